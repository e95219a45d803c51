package certificate

import (
	"strconv"
	"strings"
	"time"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/layout"
)

// BlankMeasures is the number of numbered empty rows a blank's table of
// measures has: enough for a programme, with the form still on one page.
const BlankMeasures = 8

// Blank is a document form to be filled in by hand, as journal.Blank is a
// journal's: every label of the form, each value a ruled blank in the
// table of fields, the series and number, the date lines and the date of
// issue as the form's own gaps («______», «20__ жылғы «__» ______»), the
// signature and the seal. It prints like a filled document, with
// WritePDF and WriteXLSX, alone or in a batch with others:
//
//	certificate.WritePDF(w, nil, &certificate.Blank{Document: forms.DisabilityCertificate()})
//
// Lines of the form that only state something (the notice's decision, the
// note on a defective referral) are printed too, to be kept or struck out.
// The rehabilitation extracts get BlankMeasures numbered empty rows in
// their table of measures. A Blank is not recorded in the journals.
type Blank struct {
	// Document is the form to print, one of forms.Documents.
	Document forms.Document
	// Issuer, when set, fills the department's lines and the name under
	// the signature; its zero value leaves them to be written by hand.
	Issuer Issuer
}

// NewBlank returns the blank of the document form with the given ID
// (forms.DocDisability …), and whether there is such a form.
func NewBlank(id string) (*Blank, bool) {
	form, ok := forms.DocumentByID(id)
	if !ok {
		return nil, false
	}
	return &Blank{Document: form}, true
}

// Form returns the blank's form.
func (b *Blank) Form() forms.Document { return b.Document }

func (b *Blank) check(c *checker) {
	switch _, ok := forms.DocumentByID(b.Document.ID); {
	case b.Document.ID == "" && len(b.Document.Fields) == 0:
		// The zero Blank: say the form is missing, not unknown.
		c.add("form", ErrRequired)
	case !ok || len(b.Document.Fields) == 0:
		c.add("form", ErrUnknownValue)
	}
	c.bilingual("issuer.region", b.Issuer.Region, false)
	c.bilingual("issuer.unit", b.Issuer.Unit, false)
	c.Text("issuer.head", b.Issuer.Head, false)
}

func (b *Blank) content() *content {
	form := b.Document
	ct := newContent(form, b.Issuer, time.Time{})
	if form.Serial {
		ct.serial = serialText(form.Common, Serial{Series: forms.Blank, Number: strings.Repeat("_", 10)})
	}
	date := ct.longDate(time.Time{}) // the form's blank date
	for _, f := range form.Fields {
		switch {
		case f.Kind == forms.FieldLine && strings.Contains(f.Label.KK+f.Label.RU, forms.Slot):
			// Every line of the documents with a gap dates something.
			ct.set(f.Key, date, layout.Value{})
		case f.Kind == forms.FieldTable && len(form.Columns) > 0:
			ct.statement(f.Key)
			for i := range BlankMeasures {
				row := []layout.CellIn{{Text: strconv.Itoa(i + 1), Value: layout.Value{Kind: layout.ValueInt, Int: i + 1}, Align: layout.Center}}
				for range form.Columns[1:] {
					row = append(row, layout.CellIn{})
				}
				ct.rows = append(ct.rows, row)
			}
		default:
			ct.statement(f.Key) // the label beside an empty ruled cell
		}
	}
	return ct
}

func (b *Blank) record(*Journals) {}
