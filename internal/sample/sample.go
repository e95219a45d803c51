// Package sample makes realistic synthetic journal entries: Kazakh and
// Russian names with every Kazakh letter, plausible dates, groups, causes
// and terms. The same seed gives the same entries, so examples, tests and
// benchmarks share real-looking input without real people's data.
package sample

import (
	"fmt"
	"iter"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/journal"
)

// Gen makes entries from a seeded random source.
type Gen struct {
	rnd   *rand.Rand
	start time.Time
}

// New returns a generator for seed; entries start on 09.01.2025.
func New(seed uint64) *Gen {
	return &Gen{rnd: rand.New(rand.NewPCG(seed, 0x6d7365)), start: time.Date(2025, 1, 9, 0, 0, 0, 0, time.UTC)}
}

func pickOne[T any](g *Gen, xs []T) T { return xs[g.rnd.IntN(len(xs))] }

var (
	kkSurnames = []string{"Әбдірахманов", "Нұрғалиев", "Жұмабеков", "Қасымов", "Серікбаев", "Төлеуов", "Оразалин", "Мұхамеджанов", "Ғабдуллин", "Үсенов", "Һасенов", "Ізбасаров", "Бөкейханов", "Сәтбаев", "Шаңғытбаев"}
	kkMale     = []string{"Нұрлан", "Ерғали", "Қайрат", "Әлібек", "Серік", "Бауыржан", "Ұлан", "Дәурен", "Жәнібек", "Іңкәр", "Өмірзақ", "Үмбетей"}
	kkFemale   = []string{"Гүлнәр", "Әсел", "Айгүл", "Жанар", "Ұлжан", "Мөлдір", "Динара", "Сәуле", "Аяулым", "Іңкәр", "Ғалия", "Өміргүл"}
	ruSurnames = []string{"Иванов", "Петров", "Сидоренко", "Кузнецов", "Ким", "Шевченко", "Павлов", "Морозов", "Волков", "Соколов"}
	ruMale     = []string{"Сергей", "Андрей", "Виктор", "Николай", "Дмитрий", "Алексей", "Юрий"}
	ruFemale   = []string{"Ольга", "Татьяна", "Елена", "Наталья", "Ирина", "Светлана", "Людмила"}
	// patronymics, male and female, from the fathers' names Иван, Петр,
	// Сергей, Николай, Виктор, Александр
	ruFathers  = [][2]string{{"Иванович", "Ивановна"}, {"Петрович", "Петровна"}, {"Сергеевич", "Сергеевна"}, {"Николаевич", "Николаевна"}, {"Викторович", "Викторовна"}, {"Александрович", "Александровна"}}
	units      = []string{"№ 1", "№ 2", "№ 3", "Алмалинский", "Бостандыкский", "Медеуский", "Есіл", "Сарыарқа"}
	cities     = []string{"г. Алматы, ул. Абая", "г. Астана, пр. Тәуелсіздік", "г. Шымкент, ул. Қазыбек би", "г. Қарағанды, ул. Бұқар жырау", "г. Өскемен, ул. Ұлан", "г. Орал, ул. Құрманғазы"}
	senders    = []string{"Иванов И.И.", "Сәрсенбаева Г.Қ.", "Нұрланұлы Е.", "Петрова О.С.", "Жақсылықов Ә.Б."}
	bases      = []string{"акт МСЭ № %d", "запрос суда № %d", "заявление получателя от %s", "запрос ДВД № %d", "направление № 031/у № %d"}
	recipients = []string{"Отдел МСЭ", "Архив департамента", "Суд района", "ЦОН", "Медицинская организация"}
	needs      = []string{"постоянный посторонний уход", "санаторно-курортное лечение", "протезно-ортопедическая помощь", "бытовой уход", "специальное медицинское наблюдение", "обеспечение лекарственными средствами", "кресло-коляска"}
)

// FullName returns a Kazakh or Russian full name.
func (g *Gen) FullName() string {
	if g.rnd.IntN(3) > 0 {
		s := pickOne(g, kkSurnames)
		if g.rnd.IntN(2) == 0 {
			return s + " " + pickOne(g, kkMale) + " " + pickOne(g, kkMale) + "ұлы"
		}
		return s + "а " + pickOne(g, kkFemale) + " " + pickOne(g, kkMale) + "қызы"
	}
	s := pickOne(g, ruSurnames)
	if g.rnd.IntN(2) == 0 {
		return s + " " + pickOne(g, ruMale) + " " + pickOne(g, ruFathers)[0]
	}
	if strings.HasSuffix(s, "о") || s == "Ким" {
		return s + " " + pickOne(g, ruFemale) + " " + pickOne(g, ruFathers)[1]
	}
	return s + "а " + pickOne(g, ruFemale) + " " + pickOne(g, ruFathers)[1]
}

// date returns the date of entry i of n: the entries spread over one
// year, a few a day.
func (g *Gen) date(i, n int) time.Time { return g.start.AddDate(0, 0, i*365/max(n, 1)) }

func (g *Gen) birth() time.Time {
	return time.Date(1950+g.rnd.IntN(55), time.Month(1+g.rnd.IntN(12)), 1+g.rnd.IntN(28), 0, 0, 0, 0, time.UTC)
}

func (g *Gen) series() string {
	return fmt.Sprintf("%c%c № %07d", 'А'+rune(g.rnd.IntN(6)), 'А'+rune(g.rnd.IntN(6)), g.rnd.IntN(10_000_000))
}

func (g *Gen) term(d time.Time) (forms.Term, time.Time) {
	switch g.rnd.IntN(5) {
	case 0:
		return forms.Term6Months, d.AddDate(0, 6, 0)
	case 1:
		return forms.Term1Year, d.AddDate(1, 0, 0)
	case 2:
		return forms.Term2Years, d.AddDate(2, 0, 0)
	case 3:
		return forms.TermUntil, d.AddDate(3, 0, 0)
	}
	return forms.TermIndefinite, time.Time{}
}

var groups = []forms.Group{forms.GroupI, forms.GroupII, forms.GroupIII}
var causes = []forms.Cause{forms.CauseGeneralDisease, forms.CauseWorkInjury, forms.CauseOccupationalDisease, forms.CauseSinceChildhood}

// Conclusion returns an МСЭ conclusion of 60 to 200 characters.
func (g *Gen) Conclusion(d time.Time) string {
	gr := pickOne(g, groups)
	c, _ := pickOne(g, causes).Label()
	until := d.AddDate(1+g.rnd.IntN(2), 0, 0).Format("02.01.2006")
	s := fmt.Sprintf("%s группа, %s, до %s", string(gr), c.RU, until)
	if g.rnd.IntN(2) == 0 {
		s += fmt.Sprintf("; УОТ %d%% до %s", 30+g.rnd.IntN(71), until)
	}
	if g.rnd.IntN(3) == 0 {
		s += fmt.Sprintf("; УПТ %d%%, %s, до %s", 10+g.rnd.IntN(90), "трудовое увечье", until)
	}
	return s
}

// Acts returns n entries of journal 6.
func (g *Gen) Acts(n int) []journal.ActEntry { return g.acts(0, n, n) }

// acts returns entries from, from+1, … (k of them) of a journal of n.
func (g *Gen) acts(from, k, n int) []journal.ActEntry {
	out := make([]journal.ActEntry, k)
	for j := range out {
		i := from + j
		d := g.date(i, n)
		basis := pickOne(g, bases)
		if strings.Contains(basis, "%s") {
			basis = fmt.Sprintf(basis, d.AddDate(0, 0, -3).Format("02.01.2006"))
		} else {
			basis = fmt.Sprintf(basis, 1000+g.rnd.IntN(9000))
		}
		note := ""
		if g.rnd.IntN(4) == 0 {
			note = "повторно"
		}
		out[j] = journal.ActEntry{
			No: i + 1, Date: d, FullName: g.FullName(), BirthDate: g.birth(),
			Unit: pickOne(g, units), LastExam: d.AddDate(0, -g.rnd.IntN(12)-1, -g.rnd.IntN(20)),
			Conclusion: g.Conclusion(d), Basis: basis,
			SentTo: pickOne(g, recipients) + ", " + pickOne(g, cities) + fmt.Sprintf(" %d", 1+g.rnd.IntN(150)),
			Sender: pickOne(g, senders), Note: note,
		}
	}
	return out
}

// Disability returns n entries of journal 2.
func (g *Gen) Disability(n int) []journal.DisabilityEntry {
	out := make([]journal.DisabilityEntry, n)
	for i := range out {
		d := g.date(i, n)
		t, until := g.term(d)
		out[i] = journal.DisabilityEntry{No: i + 1, Date: d, FullName: g.FullName(),
			Group: pickOne(g, groups), Cause: pickOne(g, causes), Term: t, Until: until, Series: g.series()}
	}
	return out
}

// GeneralCapacity returns n entries of journal 3.
func (g *Gen) GeneralCapacity(n int) []journal.GeneralCapacityEntry {
	out := make([]journal.GeneralCapacityEntry, n)
	for i := range out {
		d := g.date(i, n)
		t, until := g.term(d)
		out[i] = journal.GeneralCapacityEntry{No: i + 1, Date: d, FullName: g.FullName(),
			Degree: 30 + g.rnd.IntN(71), Term: t, Until: until, Series: g.series()}
	}
	return out
}

// ProfessionalCapacity returns n entries of journal 4.
func (g *Gen) ProfessionalCapacity(n int) []journal.ProfessionalCapacityEntry {
	out := make([]journal.ProfessionalCapacityEntry, n)
	for i := range out {
		d := g.date(i, n)
		t, until := g.term(d)
		doc := forms.DocCertificate
		if g.rnd.IntN(3) == 0 {
			doc = forms.DocExtract
		}
		out[i] = journal.ProfessionalCapacityEntry{No: i + 1, Date: d, FullName: g.FullName(), Document: doc,
			Degree: 5 + g.rnd.IntN(96), Term: t, Until: until, Series: g.series()}
	}
	return out
}

// Care returns n entries of journal 5.
func (g *Gen) Care(n int) []journal.CareEntry {
	out := make([]journal.CareEntry, n)
	for i := range out {
		out[i] = journal.CareEntry{No: i + 1, Date: g.date(i, n), FullName: g.FullName(),
			Needs: pickOne(g, needs) + ", " + pickOne(g, needs), Series: g.series()}
	}
	return out
}

// Stock returns a section of journal 1 with n entries: a delivery of
// blanks every twentieth entry, issues to units otherwise.
func (g *Gen) Stock(n int) journal.StockSection {
	s := journal.StockSection{Opening: 50, Entries: make([]journal.StockEntry, n)}
	for i := range s.Entries {
		d := g.date(i, n)
		if i%20 == 0 {
			first := 1000 + i*10
			s.Entries[i] = journal.StockEntry{No: i + 1, Date: d, Received: 100,
				Series: fmt.Sprintf("АБ № %07d–%07d", first, first+99)}
			continue
		}
		s.Entries[i] = journal.StockEntry{No: i + 1, Date: d, Issued: 1 + g.rnd.IntN(5),
			Series: g.series(), Unit: "отдел " + pickOne(g, units), Recipient: g.FullName()}
	}
	return s
}

// ActsStream returns n entries of journal 6 as a sequence made anew on
// each reading, as a database cursor would give them: the same entries
// every time, never all in memory.
func ActsStream(seed uint64, n int) iter.Seq2[journal.ActEntry, error] {
	const chunk = 256
	return func(yield func(journal.ActEntry, error) bool) {
		g := New(seed)
		for done := 0; done < n; {
			k := min(chunk, n-done)
			for _, e := range g.acts(done, k, n) {
				if !yield(e, nil) {
					return
				}
			}
			done += k
		}
	}
}
