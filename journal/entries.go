package journal

import (
	"time"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/calendar"
	"github.com/msedocs/msedocs/internal/jsonrec"
	"github.com/msedocs/msedocs/internal/layout"
)

// DisabilityEntry is one line of journal 2: a certificate of disability
// issued.
type DisabilityEntry struct {
	// No is the entry number; 0 numbers the entry by its position.
	No       int
	Date     time.Time // column 2: date of issue
	FullName string    // column 3
	// Group is the disability group (column 4 with Cause).
	Group  forms.Group
	Cause  forms.Cause // column 4 with Group
	Term   forms.Term  // column 5
	Until  time.Time   // column 5: end of the term, if any
	Series string      // column 6: series and number of the certificate
}

func (e DisabilityEntry) date() time.Time { return e.Date }

func (e DisabilityEntry) no() int { return e.No }

func (e DisabilityEntry) cells(lang Language, dst []layout.CellIn) []layout.CellIn {
	return disabilityTable.cells(&e, lang, dst)
}

func (e DisabilityEntry) check(c *checker) { disabilityTable.check(&e, c) }

// disabilityTable is journal 2's field table (see fieldTable).
var disabilityTable = newFieldTable([]column[DisabilityEntry]{
	noCol(func(e *DisabilityEntry) *int { return &e.No }),
	dateCol("date", true, func(e *DisabilityEntry) *time.Time { return &e.Date }),
	textCol("full_name", true, func(e *DisabilityEntry) *string { return &e.FullName }),
	{key: "group_cause",
		json: []jsonrec.Field[DisabilityEntry]{
			{Key: "group", Column: "group_cause", Required: true,
				Val: func(e *DisabilityEntry) jsonrec.Value {
					return jsonrec.EnumVal[forms.Group]{P: &e.Group, List: jsonrec.GroupList}
				}},
			{Key: "cause", Column: "group_cause", Required: true,
				Val: func(e *DisabilityEntry) jsonrec.Value {
					return jsonrec.EnumVal[forms.Cause]{P: &e.Cause, List: jsonrec.CauseList}
				}},
		},
		cell: func(e *DisabilityEntry, lang Language) layout.CellIn {
			return textCell(groupCauseText(e.Group, e.Cause, lang))
		},
		read: func(e *DisabilityEntry, c cells, n int) {
			if s := c.text(n); s != "" {
				var ok bool
				if e.Group, e.Cause, ok = parseGroupCause(s); !ok {
					c.rd.fail(c.g, c.row, n, ErrUnknownValue)
				}
			}
		},
		check: func(e *DisabilityEntry, c *checker) {
			if _, ok := e.Group.Label(); !ok {
				c.add("group_cause", errKnown(e.Group == ""))
			}
			if _, ok := e.Cause.Label(); !ok {
				c.add("group_cause", errKnown(e.Cause == ""))
			}
		},
		input: groupCauseInput},
	termCol(func(e *DisabilityEntry) *forms.Term { return &e.Term }, func(e *DisabilityEntry) *time.Time { return &e.Until }),
	textCol("series", true, func(e *DisabilityEntry) *string { return &e.Series }),
	signatureCol[DisabilityEntry]("signature"),
}, nil)

// groupCauseText prints column 4 of journal 2: «group, cause».
func groupCauseText(group forms.Group, cause forms.Cause, lang Language) string {
	g, _ := group.Label()
	c, _ := cause.Label()
	gc := pick(g, lang)
	if cs := pick(c, lang); cs != "" {
		gc += ", " + cs
	}
	return gc
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
	// No is the entry number; 0 numbers the entry by its position.
	No int
	// Date is the date of issue (column 2).
	Date time.Time
	// FullName is the person's full name (column 3).
	FullName string
	// Degree is the per cent of working capacity lost (column 4).
	Degree int
	Term   forms.Term // column 5
	// Until is the end of the term, if any (column 5).
	Until  time.Time
	Series string // column 6
}

func (e GeneralCapacityEntry) date() time.Time { return e.Date }

func (e GeneralCapacityEntry) no() int { return e.No }

func (e GeneralCapacityEntry) cells(lang Language, dst []layout.CellIn) []layout.CellIn {
	return generalCapacityTable.cells(&e, lang, dst)
}

func (e GeneralCapacityEntry) check(c *checker) { generalCapacityTable.check(&e, c) }

// generalCapacityTable is journal 3's field table (see fieldTable).
var generalCapacityTable = newFieldTable([]column[GeneralCapacityEntry]{
	noCol(func(e *GeneralCapacityEntry) *int { return &e.No }),
	dateCol("date", true, func(e *GeneralCapacityEntry) *time.Time { return &e.Date }),
	textCol("full_name", true, func(e *GeneralCapacityEntry) *string { return &e.FullName }),
	degreeCol(func(e *GeneralCapacityEntry) *int { return &e.Degree }),
	termCol(func(e *GeneralCapacityEntry) *forms.Term { return &e.Term }, func(e *GeneralCapacityEntry) *time.Time { return &e.Until }),
	textCol("series", true, func(e *GeneralCapacityEntry) *string { return &e.Series }),
	signatureCol[GeneralCapacityEntry]("signature"),
}, nil)

// percentCell is a per cent: the number, printed with its unit.
func percentCell(d int) layout.CellIn {
	c := countCell(d)
	c.Value.Unit = "%"
	c.Text += c.Value.Unit
	return c
}

// ProfessionalCapacityEntry is one line of journal 4: a certificate of the
// degree of loss of professional working capacity, or the extract from it
// and from the МСЭ act, issued.
type ProfessionalCapacityEntry struct {
	// No is the entry number; 0 numbers the entry by its position.
	No int
	// Date is the date of issue (column 2).
	Date time.Time
	// FullName is the person's full name (column 3).
	FullName string
	// Document says which of the two documents was issued; it is printed
	// before the series in column 6.
	Document forms.DocumentKind
	Degree   int // column 4, per cent
	// Term is the term of the degree (column 5).
	Term forms.Term
	// Until is the end of the term, if any (column 5).
	Until time.Time
	// Series is the series and number of the document (column 6).
	Series string
}

func (e ProfessionalCapacityEntry) date() time.Time { return e.Date }

func (e ProfessionalCapacityEntry) no() int { return e.No }

func (e ProfessionalCapacityEntry) cells(lang Language, dst []layout.CellIn) []layout.CellIn {
	return professionalCapacityTable.cells(&e, lang, dst)
}

func (e ProfessionalCapacityEntry) check(c *checker) { professionalCapacityTable.check(&e, c) }

// professionalCapacityTable is journal 4's field table (see fieldTable).
var professionalCapacityTable = newFieldTable([]column[ProfessionalCapacityEntry]{
	noCol(func(e *ProfessionalCapacityEntry) *int { return &e.No }),
	dateCol("date", true, func(e *ProfessionalCapacityEntry) *time.Time { return &e.Date }),
	textCol("full_name", true, func(e *ProfessionalCapacityEntry) *string { return &e.FullName }),
	degreeCol(func(e *ProfessionalCapacityEntry) *int { return &e.Degree }),
	termCol(func(e *ProfessionalCapacityEntry) *forms.Term { return &e.Term }, func(e *ProfessionalCapacityEntry) *time.Time { return &e.Until }),
	{key: "series",
		json: []jsonrec.Field[ProfessionalCapacityEntry]{
			{Key: "document", Column: "series", Required: true,
				Doc: "Which document was issued; printed before the series.",
				Val: func(e *ProfessionalCapacityEntry) jsonrec.Value {
					return jsonrec.EnumVal[forms.DocumentKind]{P: &e.Document, List: documentList}
				}},
			textField("series", true, func(e *ProfessionalCapacityEntry) *string { return &e.Series }),
		},
		// The cell's value is what it prints, «справка АБ № 1234567», so
		// that a workbook read back recovers both the kind and the series.
		cell: func(e *ProfessionalCapacityEntry, lang Language) layout.CellIn {
			doc, _ := e.Document.Label()
			label := pick(doc, lang)
			series := textCell(label + " " + e.Series)
			if label == "" {
				series.Value = layout.Value{Kind: layout.ValueText, Text: e.Series}
			}
			return series
		},
		read: func(e *ProfessionalCapacityEntry, c cells, n int) { e.Document, e.Series = parseDocSeries(c.text(n)) },
		check: func(e *ProfessionalCapacityEntry, c *checker) {
			if _, ok := e.Document.Label(); !ok {
				c.add("series", errKnown(e.Document == ""))
			}
			c.Text("series", e.Series, true)
		}},
	signatureCol[ProfessionalCapacityEntry]("signature"),
}, nil)

// CareEntry is one line of journal 5: a conclusion on the injured
// worker's need for additional kinds of help and care issued.
type CareEntry struct {
	// No is the entry number; 0 numbers the entry by its position.
	No int
	// Date is the date of issue (column 2).
	Date time.Time
	// FullName is the worker's full name (column 3).
	FullName string
	// Needs is what help and care the worker needs (column 4).
	Needs  string
	Series string // column 5: series and number of the conclusion
}

func (e CareEntry) date() time.Time { return e.Date }

func (e CareEntry) no() int { return e.No }

func (e CareEntry) cells(lang Language, dst []layout.CellIn) []layout.CellIn {
	return careTable.cells(&e, lang, dst)
}

func (e CareEntry) check(c *checker) { careTable.check(&e, c) }

// careTable is journal 5's field table (see fieldTable).
var careTable = newFieldTable([]column[CareEntry]{
	noCol(func(e *CareEntry) *int { return &e.No }),
	dateCol("date", true, func(e *CareEntry) *time.Time { return &e.Date }),
	textCol("full_name", true, func(e *CareEntry) *string { return &e.FullName }),
	textCol("needs", true, func(e *CareEntry) *string { return &e.Needs }),
	textCol("series", true, func(e *CareEntry) *string { return &e.Series }),
	signatureCol[CareEntry]("signature"),
}, nil)

// ActEntry is one line of journal 6: an МСЭ act moved (passed on or sent).
type ActEntry struct {
	// No is the entry number; 0 numbers the entry by its position.
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

func (e ActEntry) cells(lang Language, dst []layout.CellIn) []layout.CellIn {
	return actTable.cells(&e, lang, dst)
}

func (e ActEntry) check(c *checker) { actTable.check(&e, c) }

// actTable is journal 6's field table (see fieldTable).
var actTable = newFieldTable([]column[ActEntry]{
	noCol(func(e *ActEntry) *int { return &e.No }),
	dateCol("date", true, func(e *ActEntry) *time.Time { return &e.Date }),
	textCol("full_name", true, func(e *ActEntry) *string { return &e.FullName }),
	dateCol("birth_date", true, func(e *ActEntry) *time.Time { return &e.BirthDate }),
	textCol("unit", false, func(e *ActEntry) *string { return &e.Unit }),
	dateCol("last_exam_date", false, func(e *ActEntry) *time.Time { return &e.LastExam }),
	textCol("conclusion", true, func(e *ActEntry) *string { return &e.Conclusion }),
	textCol("basis", false, func(e *ActEntry) *string { return &e.Basis }),
	textCol("sent_to", true, func(e *ActEntry) *string { return &e.SentTo }),
	textCol("sender", false, func(e *ActEntry) *string { return &e.Sender }),
	textCol("note", false, func(e *ActEntry) *string { return &e.Note }),
}, actDates)

// actDates checks the order of an act's dates: birth, last examination,
// the entry.
func actDates(e *ActEntry, c *checker) {
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
