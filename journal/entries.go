package journal

import (
	"time"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/calendar"
	"github.com/msedocs/msedocs/internal/layout"
)

// DisabilityEntry is one line of journal 2: a certificate of disability
// issued.
type DisabilityEntry struct {
	// No is the entry number; 0 numbers the entry by its position.
	No       int
	Date     time.Time // column 2: date of issue
	FullName string    // column 3
	Group    forms.Group
	Cause    forms.Cause // column 4 with Group
	Term     forms.Term  // column 5
	Until    time.Time   // column 5: end of the term, if any
	Series   string      // column 6: series and number of the certificate
}

func (e DisabilityEntry) date() time.Time { return e.Date }

func (e DisabilityEntry) no() int { return e.No }

func (e DisabilityEntry) cells(lang Language, dst []layout.CellIn) []layout.CellIn {
	g, _ := e.Group.Label()
	c, _ := e.Cause.Label()
	gc := pick(g, lang)
	if cs := pick(c, lang); cs != "" {
		gc += ", " + cs
	}
	return append(dst, layout.CellIn{}, dateCell(e.Date), textCell(e.FullName),
		textCell(gc), textCell(termText(e.Term, e.Until, lang)), textCell(e.Series), layout.CellIn{})
}

func (e DisabilityEntry) check(c *checker) {
	c.number(e.No)
	c.date("date", e.Date, true)
	c.text("full_name", e.FullName, true)
	if _, ok := e.Group.Label(); !ok {
		c.add("group_cause", errKnown(e.Group == ""))
	}
	if _, ok := e.Cause.Label(); !ok {
		c.add("group_cause", errKnown(e.Cause == ""))
	}
	checkTerm(c, e.Term, e.Until)
	c.text("series", e.Series, true)
}

// errKnown returns ErrRequired for an empty value, ErrUnknownValue for a
// value off the list.
func errKnown(empty bool) error {
	if empty {
		return ErrRequired
	}
	return ErrUnknownValue
}

func checkTerm(c *checker, t forms.Term, until time.Time) {
	if _, ok := t.Label(); !ok {
		c.add("term", errKnown(t == ""))
	}
	if t == forms.TermUntil && until.IsZero() {
		c.add("term", ErrRequired)
	}
}

func checkDegree(c *checker, d int) {
	if d < 0 || d > 100 {
		c.add("degree", ErrRange)
	}
}

// GeneralCapacityEntry is one line of journal 3: a certificate of the
// degree of loss of general working capacity issued.
type GeneralCapacityEntry struct {
	No       int
	Date     time.Time
	FullName string
	// Degree is the per cent of working capacity lost (column 4).
	Degree int
	Term   forms.Term // column 5
	Until  time.Time
	Series string // column 6
}

func (e GeneralCapacityEntry) date() time.Time { return e.Date }

func (e GeneralCapacityEntry) no() int { return e.No }

func (e GeneralCapacityEntry) cells(lang Language, dst []layout.CellIn) []layout.CellIn {
	return append(dst, layout.CellIn{}, dateCell(e.Date), textCell(e.FullName),
		percentCell(e.Degree), textCell(termText(e.Term, e.Until, lang)), textCell(e.Series), layout.CellIn{})
}

func (e GeneralCapacityEntry) check(c *checker) {
	c.number(e.No)
	c.date("date", e.Date, true)
	c.text("full_name", e.FullName, true)
	checkDegree(c, e.Degree)
	checkTerm(c, e.Term, e.Until)
	c.text("series", e.Series, true)
}

func percentCell(d int) layout.CellIn {
	c := countCell(d)
	c.Text += "%"
	return c
}

// ProfessionalCapacityEntry is one line of journal 4: a certificate of the
// degree of loss of professional working capacity, or the extract from it
// and from the МСЭ act, issued.
type ProfessionalCapacityEntry struct {
	No       int
	Date     time.Time
	FullName string
	// Document says which of the two documents was issued; it is printed
	// before the series in column 6.
	Document forms.DocumentKind
	Degree   int // column 4, per cent
	Term     forms.Term
	Until    time.Time
	Series   string
}

func (e ProfessionalCapacityEntry) date() time.Time { return e.Date }

func (e ProfessionalCapacityEntry) no() int { return e.No }

func (e ProfessionalCapacityEntry) cells(lang Language, dst []layout.CellIn) []layout.CellIn {
	doc, _ := e.Document.Label()
	series := textCell(pick(doc, lang) + " " + e.Series)
	series.Value = layout.Value{Kind: layout.ValueText, Text: e.Series}
	return append(dst, layout.CellIn{}, dateCell(e.Date), textCell(e.FullName),
		percentCell(e.Degree), textCell(termText(e.Term, e.Until, lang)), series, layout.CellIn{})
}

func (e ProfessionalCapacityEntry) check(c *checker) {
	c.number(e.No)
	c.date("date", e.Date, true)
	c.text("full_name", e.FullName, true)
	checkDegree(c, e.Degree)
	checkTerm(c, e.Term, e.Until)
	if _, ok := e.Document.Label(); !ok {
		c.add("series", errKnown(e.Document == ""))
	}
	c.text("series", e.Series, true)
}

// CareEntry is one line of journal 5: a conclusion on the injured
// worker's need for additional kinds of help and care issued.
type CareEntry struct {
	No       int
	Date     time.Time
	FullName string
	// Needs is what help and care the worker needs (column 4).
	Needs  string
	Series string // column 5: series and number of the conclusion
}

func (e CareEntry) date() time.Time { return e.Date }

func (e CareEntry) no() int { return e.No }

func (e CareEntry) cells(_ Language, dst []layout.CellIn) []layout.CellIn {
	return append(dst, layout.CellIn{}, dateCell(e.Date), textCell(e.FullName),
		textCell(e.Needs), textCell(e.Series), layout.CellIn{})
}

func (e CareEntry) check(c *checker) {
	c.number(e.No)
	c.date("date", e.Date, true)
	c.text("full_name", e.FullName, true)
	c.text("needs", e.Needs, true)
	c.text("series", e.Series, true)
}

// ActEntry is one line of journal 6: an МСЭ act moved (passed on or sent).
type ActEntry struct {
	No        int
	Date      time.Time // column 2
	FullName  string    // column 3
	BirthDate time.Time // column 4
	Unit      string    // column 5: the department unit
	LastExam  time.Time // column 6: date of the last examination
	// Conclusion is column 7: group, cause, term of disability, degree
	// and term of lost working capacity.
	Conclusion string
	Basis      string // column 8: on the basis of which document
	SentTo     string // column 9: to whom passed, where sent, address
	Sender     string // column 10: sender's full name (signs on paper)
	Note       string // column 11
}

func (e ActEntry) date() time.Time { return e.Date }

func (e ActEntry) no() int { return e.No }

func (e ActEntry) cells(_ Language, dst []layout.CellIn) []layout.CellIn {
	return append(dst, layout.CellIn{}, dateCell(e.Date), textCell(e.FullName), dateCell(e.BirthDate),
		textCell(e.Unit), dateCell(e.LastExam), textCell(e.Conclusion), textCell(e.Basis),
		textCell(e.SentTo), textCell(e.Sender), textCell(e.Note))
}

func (e ActEntry) check(c *checker) {
	c.number(e.No)
	c.date("date", e.Date, true)
	c.text("full_name", e.FullName, true)
	c.date("birth_date", e.BirthDate, true)
	c.text("unit", e.Unit, false)
	c.date("last_exam_date", e.LastExam, false)
	c.text("conclusion", e.Conclusion, true)
	c.text("basis", e.Basis, false)
	c.text("sent_to", e.SentTo, true)
	c.text("sender", e.Sender, false)
	c.text("note", e.Note, false)
	if !e.BirthDate.IsZero() && !e.Date.IsZero() && calendar.Of(e.BirthDate).After(calendar.Of(e.Date)) {
		c.add("birth_date", ErrDateOrder)
	}
	if !e.LastExam.IsZero() && !e.Date.IsZero() && calendar.Of(e.LastExam).After(calendar.Of(e.Date)) {
		c.add("last_exam_date", ErrDateOrder)
	}
	if !e.LastExam.IsZero() && !e.BirthDate.IsZero() && calendar.Of(e.LastExam).Before(calendar.Of(e.BirthDate)) {
		c.add("last_exam_date", ErrDateOrder)
	}
}
