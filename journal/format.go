package journal

import (
	"strconv"
	"strings"
	"time"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/calendar"
	"github.com/msedocs/msedocs/internal/layout"
)

// calendar.Printed is how dates stand in table cells.

func pick(t forms.Text, lang Language) string {
	if lang == Kazakh && t.KK != "" {
		return t.KK
	}
	return t.RU
}

func countCell(n int) layout.CellIn {
	return layout.CellIn{Text: strconv.Itoa(n), Value: layout.Value{Kind: layout.ValueInt, Int: n}, Align: layout.Center}
}

func dateCell(t time.Time) layout.CellIn {
	if t.IsZero() {
		return layout.CellIn{}
	}
	return layout.CellIn{Text: t.Format(calendar.Printed), Value: layout.Value{Kind: layout.ValueDate, Date: t}, Align: layout.Center}
}

func textCell(s string) layout.CellIn {
	if s == "" {
		return layout.CellIn{}
	}
	return layout.CellIn{Text: s, Value: layout.Value{Kind: layout.ValueText, Text: s}}
}

// termText prints a term, with the date for «until» and «до …» after
// the others when an end date is known.
func termText(t forms.Term, until time.Time, lang Language) string {
	label, _ := t.Label()
	s := pick(label, lang)
	date := ""
	if !until.IsZero() {
		date = until.Format(calendar.Printed)
	}
	if t == forms.TermUntil {
		return strings.ReplaceAll(s, forms.Slot, orBlank(date))
	}
	if date != "" {
		return s + ", " + pick(forms.Until().Fill(forms.Text{KK: date, RU: date}), lang)
	}
	return s
}

func orBlank(s string) string {
	if s == "" {
		return forms.Blank
	}
	return s
}

// longDate prints a date as the form's date lines want it: kk «2025
// жылғы «09» қаңтар», ru ««09» января 2025 год».
func longDate(b forms.Book, t time.Time) forms.Text {
	m := b.Months[t.Month()-1]
	d := t.Format("02")
	y := strconv.Itoa(t.Year())
	tmpl := forms.LongDate()
	return forms.Text{
		KK: strings.NewReplacer(forms.SlotYear, y, forms.SlotDay, d, forms.SlotMonth, m.KK).Replace(tmpl.KK),
		RU: strings.NewReplacer(forms.SlotYear, y, forms.SlotDay, d, forms.SlotMonth, m.RU).Replace(tmpl.RU),
	}
}
