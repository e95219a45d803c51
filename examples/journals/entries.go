package main

import (
	"fmt"
	"time"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/journal"
)

// The entries are made up from a few names and a counter, with exported
// names only, as a program of yours would fill them from its records.

var (
	surnames = []string{"Әбдірахманова", "Қасымов", "Ким", "Һасенова", "Жұмабеков", "Иванова", "Сәтбаев", "Оразалина"}
	given    = []string{"Гүлнәр Серікқызы", "Өмірзақ Қайратұлы", "Ольга Петровна", "Айгүл Әлібекқызы", "Нұрлан Жәнібекұлы", "Мария Ивановна"}
	needs    = []string{"санаторно-курортное лечение", "протезно-ортопедическая помощь", "постоянный посторонний уход", "специальный транспорт"}
	sentTo   = []string{"Архив департамента, г. Алматы, пр. Абая 12", "Медицинская организация, г. Алматы, ул. Толе би 96", "Отдел № 3, г. Алматы"}
)

// day returns the i-th working day of 2025 from 9 January.
func day(i int) time.Time { return time.Date(2025, 1, 9+i*3/2, 0, 0, 0, 0, time.UTC) }

func name(i int) string { return surnames[i%len(surnames)] + " " + given[i%len(given)] }

func series(i int) string { return fmt.Sprintf("АБ № %07d", 12345+i*7) }

// term returns a term and its end date, taking turns.
func term(i int, d time.Time) (forms.Term, time.Time) {
	switch i % 3 {
	case 0:
		return forms.Term1Year, d.AddDate(1, 0, 0)
	case 1:
		return forms.Term2Years, d.AddDate(2, 0, 0)
	}
	return forms.TermUntil, d.AddDate(3, 0, 0)
}

func disabilityEntries(n int) []journal.DisabilityEntry {
	groups := []forms.Group{forms.GroupI, forms.GroupII, forms.GroupIII}
	causes := []forms.Cause{forms.CauseGeneralDisease, forms.CauseWorkInjury, forms.CauseSinceChildhood}
	out := make([]journal.DisabilityEntry, n)
	for i := range out {
		d := day(i)
		t, until := term(i, d)
		out[i] = journal.DisabilityEntry{Date: d, FullName: name(i), Group: groups[i%3], Cause: causes[i%len(causes)],
			Term: t, Until: until, Series: series(i)}
	}
	return out
}

func generalCapacityEntries(n int) []journal.GeneralCapacityEntry {
	out := make([]journal.GeneralCapacityEntry, n)
	for i := range out {
		d := day(i)
		t, until := term(i, d)
		out[i] = journal.GeneralCapacityEntry{Date: d, FullName: name(i), Degree: 30 + i%60, Term: t, Until: until, Series: series(i)}
	}
	return out
}

func professionalCapacityEntries(n int) []journal.ProfessionalCapacityEntry {
	docs := []forms.DocumentKind{forms.DocCertificate, forms.DocExtract}
	out := make([]journal.ProfessionalCapacityEntry, n)
	for i := range out {
		d := day(i)
		t, until := term(i, d)
		out[i] = journal.ProfessionalCapacityEntry{Date: d, FullName: name(i), Document: docs[i%2], Degree: 10 + i%80,
			Term: t, Until: until, Series: series(i)}
	}
	return out
}

func careEntries(n int) []journal.CareEntry {
	out := make([]journal.CareEntry, n)
	for i := range out {
		out[i] = journal.CareEntry{Date: day(i), FullName: name(i), Needs: needs[i%len(needs)], Series: series(i)}
	}
	return out
}

func actEntries(n int) []journal.ActEntry {
	out := make([]journal.ActEntry, n)
	for i := range out {
		d := day(i)
		out[i] = journal.ActEntry{Date: d, FullName: name(i), BirthDate: time.Date(1960+i%40, time.Month(1+i%12), 1+i%28, 0, 0, 0, 0, time.UTC),
			LastExam: d.AddDate(-1, 0, 0), Conclusion: "II группа, общее заболевание, до " + d.AddDate(1, 0, 0).Format("02.01.2006"),
			Basis: fmt.Sprintf("запрос № %d", 1000+i), SentTo: sentTo[i%len(sentTo)], Sender: "Иванов И.И."}
	}
	return out
}

// stockSection receives blanks now and then and issues a few at a time.
func stockSection(n int) journal.StockSection {
	s := journal.StockSection{Opening: 50}
	for i := range n {
		e := journal.StockEntry{Date: day(i), Series: series(i)}
		if i%5 == 0 {
			e.Received = 20
		} else {
			e.Issued = 1 + i%3
			e.Unit, e.Recipient = fmt.Sprintf("отдел № %d", 1+i%4), name(i)
		}
		s.Entries = append(s.Entries, e)
	}
	return s
}
