package pdfout

import (
	"bytes"
	"errors"
	"testing"

	"github.com/msedocs/msedocs/fonts"
	"github.com/msedocs/msedocs/internal/layout"
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
	if checksum(sub) != 0xB1B0AFBA {
		t.Errorf("font checksum %#x, want 0xB1B0AFBA", checksum(sub))
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
