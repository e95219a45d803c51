package certificate_test

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/msedocs/msedocs/certificate"
	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/layout"
	"github.com/msedocs/msedocs/journal"
)

// TestBlankCarriesTheForm prints the blank of every document: one page,
// every label of the form in both languages (a line with a gap filled with
// the form's blank date), the column captions, the series and number as
// gaps, and empty cells for the values.
func TestBlankCarriesTheForm(t *testing.T) {
	for _, form := range forms.Documents() {
		t.Run(form.ID, func(t *testing.T) {
			b, ok := certificate.NewBlank(form.ID)
			if !ok {
				t.Fatal("no blank")
			}
			if err := b.Validate(nil); err != nil {
				t.Fatal(err)
			}
			data := render(t, testOptions(), b)
			if n := validatePDF(t, data); n != 1 {
				t.Errorf("%d pages, want 1", n)
			}
			text := squash(strings.Join(pageTexts(t, data), ""))
			bk := form.Common
			date := bk.FillDate("", forms.Text{}, "")
			want := []string{
				bk.FormMark.KK, bk.FormMark.RU, bk.Ministry.KK, bk.Ministry.RU,
				bk.Department.Fill(forms.Text{}).KK, bk.Department.Fill(forms.Text{}).RU,
				bk.Unit.Fill(forms.Text{}).KK, bk.Unit.Fill(forms.Text{}).RU,
				form.Title.KK, form.Title.RU, bk.Head.KK, bk.Head.RU, bk.SignatureLine, bk.SignatureHint, bk.Seal,
				bk.IssuedOn.Fill(date).KK, bk.IssuedOn.Fill(date).RU,
			}
			if form.Serial {
				want = append(want, bk.Serial.Join()+" "+forms.Blank+" "+bk.Number+" __________")
			}
			for _, c := range form.Columns {
				want = append(want, c.Caption.KK, c.Caption.RU)
			}
			for _, f := range form.Fields {
				label := f.Label
				if f.Kind == forms.FieldLine {
					label = label.Fill(date)
				}
				want = append(want, label.KK, label.RU)
			}
			for _, w := range want {
				if !strings.Contains(text, squash(w)) {
					t.Errorf("PDF text lacks %q", w)
				}
			}

			// Every value cell beside a label is empty: a ruled blank.
			pages, err := certificate.LayOut(b, testOptions())
			if err != nil {
				t.Fatal(err)
			}
			pairs := 0
			for _, blk := range pages[0].Blocks {
				if blk.Table == nil {
					continue
				}
				for _, row := range blk.Table.Rows {
					if len(row.Cells) == 2 && row.Kind == layout.RowEntry {
						pairs++
						if len(row.Cells[1].Lines) != 0 {
							t.Errorf("value cell of a blank holds %q", row.Cells[1].Lines[0].Text)
						}
					}
				}
			}
			if pairs == 0 {
				t.Errorf("no label beside a blank value")
			}
		})
	}
}

// TestBlankBatch prints every blank, with a filled document and an
// issuer's lines, in one PDF and one workbook.
func TestBlankBatch(t *testing.T) {
	var docs []certificate.Document
	for _, f := range forms.Documents() {
		docs = append(docs, &certificate.Blank{Document: f})
	}
	docs = append(docs, disability(), &certificate.Blank{Document: forms.ExpertNotice(), Issuer: issuer()})
	data := render(t, testOptions(), docs...)
	if n := validatePDF(t, data); n != len(docs) {
		t.Fatalf("%d pages, want %d", n, len(docs))
	}
	last := squash(pageTexts(t, data)[len(docs)-1])
	for _, w := range []string{issuer().Head, forms.ExpertNotice().Common.Department.Fill(issuer().Region).RU} {
		if !strings.Contains(last, squash(w)) {
			t.Errorf("blank with an issuer lacks %q", w)
		}
	}
	var b bytes.Buffer
	if err := certificate.WriteXLSX(&b, testOptions(), docs...); err != nil || !bytes.HasPrefix(b.Bytes(), []byte("PK")) {
		t.Fatalf("WriteXLSX: %v", err)
	}
}

// TestBlankInvalid refuses a blank of no known form, and an issuer that
// cannot be printed.
func TestBlankInvalid(t *testing.T) {
	if _, ok := certificate.NewBlank("journal6"); ok {
		t.Errorf("NewBlank(journal6) ok")
	}
	b := &certificate.Blank{Document: forms.Document{ID: "passport"}}
	err := certificate.WritePDF(io.Discard, testOptions(), b)
	var ve *certificate.ValidationError
	if !errors.As(err, &ve) || ve.Field != "form" || !errors.Is(err, certificate.ErrUnknownValue) {
		t.Errorf("err = %v, want form: not on the closed list", err)
	}
	b = &certificate.Blank{Document: forms.CareConclusion(), Issuer: certificate.Issuer{Head: "Ким \u2603"}}
	if err := b.Validate(nil); !errors.As(err, &ve) || ve.Field != "issuer.head" {
		t.Errorf("err = %v, want a glyph error in issuer.head", err)
	}
	// A blank records nothing.
	j := certificate.NewJournals(journal.Header{})
	if err := j.Record(&certificate.Blank{Document: forms.DisabilityCertificate()}); err != nil {
		t.Fatal(err)
	}
	if len(j.Disability.Entries)+len(j.Stock.Disability.Entries) != 0 {
		t.Errorf("a blank was recorded")
	}
}
