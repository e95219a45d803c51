package certificate

import (
	"strconv"
	"time"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/calendar"
	"github.com/msedocs/msedocs/internal/layout"
)

// value is what a field prints: Kazakh above Russian (once when they are
// the same), and the typed value for printers that keep types.
type value struct {
	text  forms.Text
	typed layout.Value
}

// content is what one document prints besides the shared wording: the
// values of its fields by key and the rows of its table.
type content struct {
	form   forms.Document
	issuer Issuer
	date   time.Time
	// serial is the blank's series and number as printed; "" for none.
	serial string
	// ident is what identifies an issued document in its verification
	// URL: the series and number of its blank, or what stands for them
	// (see Options.VerifyURL); nil for a blank form, which carries no
	// code.
	ident *Serial
	// full prints the form's FullTitle; duplicate marks a duplicate.
	full, duplicate bool
	values          map[string]value
	rows            [][]layout.CellIn
	err             error
}

func newContent(form forms.Document, iss Issuer, date time.Time) *content {
	return &content{form: form, issuer: iss, date: date, values: map[string]value{}}
}

func (ct *content) set(key string, t forms.Text, typed layout.Value) {
	ct.values[key] = value{text: t, typed: typed}
}

// plain sets a value that reads the same in both languages.
func (ct *content) plain(key, s string) {
	if s != "" {
		ct.set(key, forms.Text{KK: s, RU: s}, layout.Value{Kind: layout.ValueText, Text: s})
	}
}

// day sets a date written in figures.
func (ct *content) day(key string, t time.Time) {
	if !t.IsZero() {
		s := t.Format(calendar.Printed)
		ct.set(key, forms.Text{KK: s, RU: s}, layout.Value{Kind: layout.ValueDate, Date: day(t)})
	}
}

// long sets a date written as the form's date line, its Kazakh month
// in the case the field's line governs.
func (ct *content) long(key string, t time.Time) {
	if !t.IsZero() {
		f, _ := ct.form.Field(key)
		ct.set(key, ct.longDateIn(t, f.DateCase), layout.Value{Kind: layout.ValueDate, Date: day(t)})
	}
}

// statement sets a field that prints its label alone.
func (ct *content) statement(key string) {
	ct.set(key, forms.Text{}, layout.Value{})
}

// labeled is a value of a closed list: forms.Group, forms.Cause, ….
type labeled interface {
	Label() (forms.Text, bool)
}

// label sets the label of a closed-list value, if it is on the list.
func (ct *content) label(key string, v labeled) {
	if t, ok := v.Label(); ok {
		ct.set(key, t, layout.Value{Kind: layout.ValueText, Text: t.RU})
	}
}

// person sets the person's fields.
func (ct *content) person(p *Person) {
	ct.plain("full_name", p.FullName)
	ct.plain("iin", p.IIN)
	ct.day("birth_date", p.BirthDate)
	ct.plain("address", p.Address)
}

// period sets the term, its end and its start.
func (ct *content) period(p Period) {
	ct.set("term", ct.termText(p), layout.Value{Kind: layout.ValueText, Text: string(p.Term)})
	ct.long("until", p.Until)
	ct.long("from", p.From)
}

// termText is the term's label, with the date of «until».
func (ct *content) termText(p Period) forms.Text {
	label, _ := p.Term.Label()
	if p.Term == forms.TermUntil {
		return label.Fill(ct.longDateIn(p.Until, p.Term.DateCase()))
	}
	return label
}

// termWithEnd is the term's label followed by its end, «…, до «01»
// февраля 2026 г.», for a notice that has no line of its own for the end.
func (ct *content) termWithEnd(p Period) forms.Text {
	t := ct.termText(p)
	until, ok := forms.TermUntil.Label()
	if p.Term == forms.TermUntil || p.Until.IsZero() || !ok {
		return t
	}
	end := until.Fill(ct.longDateIn(p.Until, forms.TermUntil.DateCase()))
	return forms.Text{KK: t.KK + ", " + end.KK, RU: t.RU + ", " + end.RU}
}

// longDate writes t as the form's date line: «2025 жылғы «09» қаңтар» /
// «09» января 2025 г.».
func (ct *content) longDate(t time.Time) forms.Text {
	return ct.longDateIn(t, forms.Nominative)
}

// longDateIn writes t as longDate does, the Kazakh month in case c:
// «2026 жылғы «01» сәуірге» before «дейін».
func (ct *content) longDateIn(t time.Time, c forms.Case) forms.Text {
	bk := ct.form.Common
	if t.IsZero() {
		return bk.FillDate("", forms.Text{}, "")
	}
	return bk.FillDate(t.Format("02"), bk.Month(int(t.Month()), c), strconv.Itoa(t.Year()))
}
