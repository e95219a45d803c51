package journal_test

import (
	"strings"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/sample"
	"github.com/msedocs/msedocs/internal/testkit"
	"github.com/msedocs/msedocs/journal"
)

// day and now are the fixtures' calendar day and clock (testkit).
var day, now = testkit.Day, testkit.Now()

func testOptions() *journal.Options { return &journal.Options{Now: now} }

func header() journal.Header {
	return journal.Header{
		Region:  forms.Text{KK: "Астана қаласы", RU: "городу Астана"},
		Unit:    forms.Text{KK: "№ 2", RU: "№ 2"},
		Started: day(2025, 1, 9),
		Certification: &journal.Certification{
			DeputyHead: "Ұлықбекова Һәлима Іңкәрқызы",
			Date:       day(2025, 1, 6),
		},
	}
}

// filled returns every journal with n sample entries (journal 1: n in
// each section).
func filled(n int) []journal.Journal {
	g := sample.New(7)
	h := header()
	return []journal.Journal{
		&journal.StockJournal{Header: h, Disability: g.Stock(n), Professional: g.Stock(n)},
		&journal.DisabilityJournal{Header: h, Entries: g.Disability(n)},
		&journal.GeneralCapacityJournal{Header: h, Entries: g.GeneralCapacity(n)},
		&journal.ProfessionalCapacityJournal{Header: h, Entries: g.ProfessionalCapacity(n)},
		&journal.CareJournal{Header: h, Entries: g.Care(n)},
		&journal.ActsJournal{Header: h, Entries: g.Acts(n)},
	}
}

// kazakhName holds all nine Kazakh letters, capital and small.
const kazakhName = "Әбғалиқызы Ңөұүһі Ғалымжан Қасым-Өмірұлы Ұлан Үкілі Һәкім Іңкәр"

// tallActs is journal 6 with one entry taller than a whole page.
func tallActs() *journal.ActsJournal {
	j := &journal.ActsJournal{Header: header(), Entries: sample.New(3).Acts(3)}
	j.Entries[1].Conclusion = strings.Repeat("II группа, общее заболевание, до 01.02.2026; УОТ 60% до 01.02.2026. ", 40)
	return j
}
