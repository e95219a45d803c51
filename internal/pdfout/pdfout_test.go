package pdfout

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/msedocs/msedocs/fonts"
	"github.com/msedocs/msedocs/internal/layout"
	"github.com/msedocs/msedocs/internal/pdftest"

	"github.com/msedocs/msedocs/internal/ttf"
)

func family(t *testing.T) *fonts.Family {
	t.Helper()
	fam, err := fonts.Liberation()
	if err != nil {
		t.Fatal(err)
	}
	return fam
}

func page(text string) *layout.Page {
	return &layout.Page{Number: 1, W: 595, H: 842, Blocks: []layout.Block{{
		Role:  layout.RoleText,
		Lines: []layout.Line{{X: 50, Y: 50, Text: text, Size: 10}},
	}}}
}

func TestSubsetKeepsUsedGlyphs(t *testing.T) {
	f := family(t).Regular
	var used []uint16
	for _, r := range "Әлия Қ" {
		id, _, _ := f.Glyph(r)
		used = append(used, id)
	}
	sub, err := subsetTTF(f.Data(), used)
	if err != nil {
		t.Fatal(err)
	}
	if len(sub) >= len(f.Data())/4 {
		t.Errorf("subset is %d bytes of %d", len(sub), len(f.Data()))
	}
	// The subset is still a font with the same glyph indices and widths.
	g, err := fonts.Parse("subset", sub)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range "Әлия Қ" {
		id1, w1, _ := f.Glyph(r)
		id2, w2, ok := g.Glyph(r)
		if !ok || id1 != id2 || w1 != w2 {
			t.Errorf("%c: glyph %d/%d width %d/%d", r, id1, id2, w1, w2)
		}
	}
	tables, err := ttfTables(sub)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := tables["GSUB"]; ok {
		t.Errorf("layout tables kept")
	}
	if ttf.Checksum(sub) != 0xB1B0AFBA {
		t.Errorf("font checksum %#x, want 0xB1B0AFBA", ttf.Checksum(sub))
	}
}

func TestMissingGlyphFails(t *testing.T) {
	w, err := NewStream(&bytes.Buffer{}, family(t))
	if err != nil {
		t.Fatal(err)
	}
	err = w.Page(page("ok \U0001F600"))
	var ge *fonts.GlyphError
	if !errors.As(err, &ge) || ge.Rune != 0x1F600 {
		t.Fatalf("err = %v, want a glyph error", err)
	}
}

func TestSameInputSameBytes(t *testing.T) {
	out := func() []byte {
		var b bytes.Buffer
		w, err := NewStream(&b, family(t))
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range []string{"Қазақстан", "Республикасы", "Һ І Ү Ұ Ө Ң Қ Ғ Ә"} {
			if err := w.Page(page(s)); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Finish(Info{Title: "Журнал"}); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	a, b := out(), out()
	if !bytes.Equal(a, b) {
		t.Fatal("two runs differ")
	}
	if !bytes.HasPrefix(a, []byte("%PDF-1.4")) || !bytes.HasSuffix(a, []byte("%%EOF\n")) {
		t.Errorf("not framed as a PDF file")
	}
	if bytes.Contains(a, []byte("CreationDate")) {
		t.Errorf("creation date written without one being given")
	}
}

func TestNoPages(t *testing.T) {
	w, err := New(family(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Close(&bytes.Buffer{}, Info{}); err == nil {
		t.Fatal("a document without pages was written")
	}
}

// tablePage is a page with a two-row header, entries and empty ruled
// rows, as a journal's page.
func tablePage(n, entries, blanks int) *layout.Page {
	cell := func(x, w float64, y float64, text string) layout.Cell {
		c := layout.Cell{X: x, W: w, H: 20}
		if text != "" {
			c.Lines = []layout.Line{{X: x + 2, Y: y + 14, Text: text, Size: 8}}
		}
		return c
	}
	row := func(kind layout.RowKind, y float64, a, b string) layout.Row {
		return layout.Row{Kind: kind, Repeat: n > 1 && kind == layout.RowHeader, Y: y, H: 20,
			Cells: []layout.Cell{cell(50, 100, y, a), cell(150, 200, y, b)}}
	}
	rows := []layout.Row{
		row(layout.RowHeader, 50, "Күні / Дата", "Тегі, аты / Фамилия, имя"),
		row(layout.RowNumbers, 70, "1", "2"),
	}
	y := 90.0
	for i := range entries {
		rows = append(rows, row(layout.RowEntry, y, fmt.Sprintf("%02d.01.2025", i+1), fmt.Sprintf("Әбенова Ғалия %d-%d", n, i)))
		y += 20
	}
	for range blanks {
		rows = append(rows, row(layout.RowBlank, y, "", ""))
		y += 20
	}
	return &layout.Page{Number: n, W: 595, H: 842, Blocks: []layout.Block{
		{Role: layout.RoleTable, Table: &layout.Fragment{Edges: []float64{50, 150, 350}, Rows: rows}},
		{Role: layout.RolePageNumber, Lines: []layout.Line{{X: 500, Y: 820, Text: fmt.Sprint(n), Size: 8}}},
	}}
}

// document writes pages with the queue as given and returns the file.
func document(t *testing.T, serial bool, limit int, pages ...*layout.Page) []byte {
	t.Helper()
	var b bytes.Buffer
	w, err := NewStream(&b, family(t))
	if err != nil {
		t.Fatal(err)
	}
	w.queue.serial, w.queue.limit = serial, limit
	for _, p := range pages {
		if err := w.Page(p); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Finish(Info{Title: "Журнал", Creator: "msedocs"}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestParallelSameBytes compares pages compressed in parallel, with few
// or many in flight, with a serial run (run it with -race).
func TestParallelSameBytes(t *testing.T) {
	var pages []*layout.Page
	for n := 1; n <= 60; n++ {
		pages = append(pages, tablePage(n, n%7, 12-n%7))
	}
	serial := document(t, true, 1, pages...)
	for _, limit := range []int{1, 2, 3, 16} {
		if got := document(t, false, limit, pages...); !bytes.Equal(got, serial) {
			t.Errorf("%d pages in flight: the bytes differ from a serial run", limit)
		}
	}
}

// TestRepeatedPartsDrawnOnce checks that the header and the empty ruled
// rows are forms, one for each distinct part, and that every reader
// still finds the header's text on every page.
func TestRepeatedPartsDrawnOnce(t *testing.T) {
	var pages []*layout.Page
	for n := 1; n <= 20; n++ {
		pages = append(pages, tablePage(n, 3, 5))
	}
	pages = append(pages, tablePage(21, 3, 2)) // fewer blank rows: another form
	data := document(t, false, 4, pages...)
	if n := bytes.Count(data, []byte("/Subtype /Form")); n != 3 {
		t.Errorf("%d forms, want 3: the header, and two runs of blank rows", n)
	}
	if n := pdftest.Pages(t, data); n != 21 {
		t.Fatalf("%d pages, want 21", n)
	}
	for i, text := range pdftest.Texts(t, data) {
		s := pdftest.Squash(text)
		if !strings.Contains(s, "Тегі,аты/Фамилия,имя") || !strings.Contains(s, fmt.Sprintf("ӘбеноваҒалия%d-2", i+1)) {
			t.Errorf("page %d: %q lacks the header or the entries", i+1, s)
		}
	}
	for i, text := range pdftest.Poppler(t, "forms.pdf", data) {
		if !strings.Contains(text, "Фамилия, имя") {
			t.Errorf("pdftotext: page %d lacks the header", i+1)
		}
	}
	pdftest.QPDF(t, "forms.pdf", data)
}

// TestKazakhTextExact checks that text reads back exactly, every Kazakh
// letter included, through the ToUnicode map of the compact codes, and
// that the codes are compact: the first glyphs take codes 1, 2, ….
func TestKazakhTextExact(t *testing.T) {
	const s = "ӘҒҚҢӨҰҮҺІ әғқңөұүһі Қазақстан"
	data := document(t, false, 2, page(s))
	if got := pdftest.Squash(pdftest.Texts(t, data)[0]); got != pdftest.Squash(s) {
		t.Errorf("ledongthuc/pdf reads %q, want %q", got, s)
	}
	if got := pdftest.Poppler(t, "kk.pdf", data); len(got) != 1 || strings.TrimSpace(got[0]) != s {
		t.Errorf("pdftotext reads %q, want %q", got, s)
	}
	w, err := NewStream(&bytes.Buffer{}, family(t))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := w.faces[0].encode(&b, "ӘҒӘ"); err != nil {
		t.Fatal(err)
	}
	if got := b.String(); got != "(\x01\x02\x01)" {
		t.Errorf("ӘҒӘ encoded as %q, want codes 1 2 1", got)
	}
}

// TestArchive validates a document as PDF/A-1b with Preflight, with
// and without a creation date.
func TestArchive(t *testing.T) {
	dated := func(info Info) []byte {
		var b bytes.Buffer
		w, err := NewStream(&b, family(t))
		if err != nil {
			t.Fatal(err)
		}
		if err := w.Page(tablePage(1, 2, 2)); err != nil {
			t.Fatal(err)
		}
		if err := w.Finish(info); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	info := Info{Title: "Журнал <№ 2> & «копия»", Subject: "Приказ № 318", Author: "Әбенова", Creator: "msedocs", Producer: "msedocs"}
	files := map[string][]byte{"undated.pdf": dated(info)}
	info.Created = time.Date(2025, 1, 9, 10, 11, 12, 0, time.UTC)
	files["dated.pdf"] = dated(info)
	pdftest.Preflight(t, files)
}

// TestGridRules checks the short way to a plain grid's rules against
// layout's merge of every cell's edges, and that it declines the rest.
func TestGridRules(t *testing.T) {
	p := tablePage(2, 4, 3)
	rows := p.Blocks[0].Table.Rows
	head, body, tail := split(rows)
	for name, part := range map[string][]layout.Row{"head": head, "body": body, "tail": tail, "all": rows} {
		got, ok := gridRules(part, nil)
		if !ok {
			t.Errorf("%s: a plain grid declined", name)
			continue
		}
		if want := (&layout.Fragment{Rows: part}).Rules(); !slices.Equal(got, want) {
			t.Errorf("%s: rules\n%v\nwant\n%v", name, got, want)
		}
	}
	spanned := slices.Clone(head)
	spanned[0].Cells = []layout.Cell{{X: 50, W: 300, H: 20}}
	if _, ok := gridRules(spanned, nil); ok {
		t.Errorf("rows with a spanning cell taken for a grid")
	}
}

// TestManyGlyphs draws more glyphs than one-byte codes hold: the rest
// take two bytes, and every reader still gets the text back exactly.
func TestManyGlyphs(t *testing.T) {
	f := family(t).Regular
	var rs []rune
	for _, span := range [][2]rune{{0x21, 0x7E}, {0xA1, 0x17F}, {0x400, 0x4FF}} {
		for r := span[0]; r <= span[1]; r++ {
			if f.Has(r) && family(t).Bold.Has(r) {
				rs = append(rs, r)
			}
		}
	}
	if len(rs) < 2*oneByte {
		t.Fatalf("only %d glyphs", len(rs))
	}
	var pages []*layout.Page
	for i := 0; i < len(rs); i += 60 {
		pages = append(pages, page(string(rs[i:min(i+60, len(rs))])))
	}
	data := document(t, false, 3, pages...)
	texts := pdftest.Texts(t, data)
	popp := pdftest.Poppler(t, "many.pdf", data)
	for i := range pages {
		want := pages[i].Blocks[0].Lines[0].Text
		if got := pdftest.Squash(texts[i]); got != pdftest.Squash(want) {
			t.Errorf("page %d: ledongthuc/pdf reads %q, want %q", i+1, got, want)
		}
		if i < len(popp) && pdftest.Squash(popp[i]) != pdftest.Squash(want) {
			t.Errorf("page %d: pdftotext reads %q, want %q", i+1, popp[i], want)
		}
	}
	pdftest.QPDF(t, "many.pdf", data)
	pdftest.Preflight(t, map[string][]byte{"many.pdf": data})
}
