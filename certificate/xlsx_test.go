package certificate_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/msedocs/msedocs/certificate"
	"github.com/msedocs/msedocs/forms"
	"github.com/xuri/excelize/v2"
)

func renderXLSX(t testing.TB, opts *certificate.Options, docs ...certificate.Document) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := certificate.WriteXLSX(&b, opts, docs...); err != nil {
		t.Fatalf("WriteXLSX: %v", err)
	}
	return b.Bytes()
}

// sheetText returns every cell value of a sheet, as displayed, joined.
func sheetText(t *testing.T, f *excelize.File, sheet string) string {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, r := range rows {
		for _, c := range r {
			b.WriteString(c)
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// TestXLSX opens the workbook of one of each document: a sheet per
// document, set up for its paper, holding the same wording as the PDF.
func TestXLSX(t *testing.T) {
	docs := all()
	f, err := excelize.OpenReader(bytes.NewReader(renderXLSX(t, testOptions(), docs...)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) != len(docs) {
		t.Fatalf("%d sheets, want %d", len(sheets), len(docs))
	}
	for i, d := range docs {
		form, sheet := d.Form(), sheets[i]
		if want := form.ID; !strings.HasSuffix(sheet, want) {
			t.Errorf("sheet %d is %q, want %s", i+1, sheet, want)
		}
		pl, err := f.GetPageLayout(sheet)
		if err != nil {
			t.Fatal(err)
		}
		size := map[forms.Paper]int{forms.A4: 9, forms.A5: 11}[form.Paper]
		if pl.Size == nil || *pl.Size != size || pl.Orientation == nil || *pl.Orientation != "portrait" || pl.FitToWidth == nil || *pl.FitToWidth != 1 {
			t.Errorf("%s: page setup %+v, want paper %d, portrait, one page wide", sheet, pl, size)
		}
		text := squash(sheetText(t, f, sheet))
		bk := form.Common
		for _, w := range []string{form.Title.KK, bk.Ministry.RU, bk.Head.KK, bk.Seal, issuer().Head} {
			if r, ok := d.(*certificate.ProfessionalRehab); ok && r.Full() && w == form.Title.KK {
				w = form.FullTitle.KK
			}
			if !strings.Contains(text, squash(w)) {
				t.Errorf("%s lacks %q", sheet, w)
			}
		}
		for _, fl := range form.Fields[:2] {
			if !strings.Contains(text, squash(fl.Label.KK)) || !strings.Contains(text, squash(fl.Label.RU)) {
				t.Errorf("%s lacks the label of %s", sheet, fl.Key)
			}
		}
	}
	// The disability certificate: values and their types.
	text := squash(sheetText(t, f, sheets[0]))
	for _, w := range []string{"Әбдірахманова Гүлнәр Серікқызы", "850615401232", "15.06.1985", "Сериясы / Серия АБ № 0012345", "инвалидность второй группы"} {
		if !strings.Contains(text, squash(w)) {
			t.Errorf("disability sheet lacks %q", w)
		}
	}
	date := findCell(t, f, sheets[0], "15.06.1985")
	if typ, _ := f.GetCellType(sheets[0], date); typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
		t.Errorf("the date of birth is text, want a date")
	}
	// A label keeps its lines: the Kazakh above the Russian.
	findCell(t, f, sheets[0], docs[0].Form().Fields[0].Label.Stacked())
	if merged, _ := f.GetMergeCells(sheets[0]); len(merged) == 0 {
		t.Errorf("no merged cells: paragraphs should span the width")
	}
	if dn := f.GetDefinedName(); len(dn) != len(docs) {
		t.Errorf("%d defined names, want a print area per sheet", len(dn))
	} else {
		for i, n := range dn {
			if n.Name != "_xlnm.Print_Area" || n.Scope != sheets[i] || !strings.HasPrefix(n.RefersTo, "'"+sheets[i]+"'!$A$1:") {
				t.Errorf("defined name %+v, want the print area of %s", n, sheets[i])
			}
		}
	}
	// The percentage keeps its words.
	if g := squash(sheetText(t, f, sheets[3])); !strings.Contains(g, squash("60 (алпыс / шестьдесят) %")) {
		t.Errorf("general capacity sheet lacks the degree in words")
	}
}

// findCell returns the name of the first cell showing s.
func findCell(t *testing.T, f *excelize.File, sheet, s string) string {
	t.Helper()
	rows, _ := f.GetRows(sheet)
	for r, row := range rows {
		for c, v := range row {
			if v == s {
				name, _ := excelize.CoordinatesToCellName(c+1, r+1)
				return name
			}
		}
	}
	t.Fatalf("%s: no cell shows %q", sheet, s)
	return ""
}

func TestXLSXIsDeterministic(t *testing.T) {
	opts := &certificate.Options{Now: now, Created: time.Date(2025, 3, 1, 10, 0, 0, 0, time.UTC)}
	a, b := renderXLSX(t, opts, all()...), renderXLSX(t, opts, all()...)
	if !bytes.Equal(a, b) {
		t.Errorf("two workbooks differ")
	}
	f, err := excelize.OpenReader(bytes.NewReader(a))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if p, _ := f.GetDocProps(); p.Created != "2025-03-01T10:00:00Z" {
		t.Errorf("created %q, want the date from the options", p.Created)
	}
}
