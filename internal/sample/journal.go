package sample

import (
	"fmt"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/journal"
)

var regions = []forms.Text{
	{KK: "Алматы қаласы", RU: "городу Алматы"},
	{KK: "Астана қаласы", RU: "городу Астана"},
	{KK: "Шымкент қаласы", RU: "городу Шымкент"},
	{KK: "Қарағанды облысы", RU: "Карагандинской области"},
	{KK: "Шығыс Қазақстан облысы", RU: "Восточно-Казахстанской области"},
}

// Header returns a journal header: a region and unit, the date the
// entries start on, and a certification three days before.
func (g *Gen) Header() journal.Header {
	unit := fmt.Sprintf("№ %d", 1+g.rnd.IntN(5))
	return journal.Header{
		Region:  pickOne(g, regions),
		Unit:    forms.Text{KK: unit, RU: unit},
		Started: g.start,
		Certification: &journal.Certification{
			DeputyHead: g.FullName(),
			Date:       g.start.AddDate(0, 0, -3),
		},
	}
}

// Journal returns the journal of the form id ("journal1" … "journal6")
// with a header and n entries; journal 1 gives section A the first half
// (rounded up) and section B the rest.
func (g *Gen) Journal(id string, n int) (journal.Journal, error) {
	if n < 0 {
		return nil, fmt.Errorf("sample: negative number of entries %d", n)
	}
	h := g.Header()
	switch id {
	case "journal1":
		return &journal.StockJournal{Header: h, Disability: g.Stock(n - n/2), Professional: g.Stock(n / 2)}, nil
	case "journal2":
		return &journal.DisabilityJournal{Header: h, Entries: g.Disability(n)}, nil
	case "journal3":
		return &journal.GeneralCapacityJournal{Header: h, Entries: g.GeneralCapacity(n)}, nil
	case "journal4":
		return &journal.ProfessionalCapacityJournal{Header: h, Entries: g.ProfessionalCapacity(n)}, nil
	case "journal5":
		return &journal.CareJournal{Header: h, Entries: g.Care(n)}, nil
	case "journal6":
		return &journal.ActsJournal{Header: h, Entries: g.Acts(n)}, nil
	}
	return nil, fmt.Errorf("sample: no journal form %q", id)
}
