// Package pdftest reads PDF files back for tests: the text of each page
// (github.com/ledongthuc/pdf's reader, following form XObjects and
// decoding codes of one to three bytes through ToUnicode), pdfcpu's
// validation and page count, and the external checkers (tools.go).
package pdftest

import (
	"bytes"
	"strings"
	"testing"

	"github.com/ledongthuc/pdf"
	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

// Texts extracts the text of every page, in drawing order, the text of
// form XObjects (a table header drawn once and placed on every page)
// included where they are placed.
func Texts(t testing.TB, data []byte) []string {
	t.Helper()
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	out := make([]string, r.NumPage())
	for i := range out {
		p := r.Page(i + 1)
		var b strings.Builder
		if err := text(&b, p.V.Key("Contents"), p.Resources(), 0); err != nil {
			t.Fatalf("page %d: %v", i+1, err)
		}
		out[i] = b.String()
	}
	return out
}

// PageText returns the text of page n (from 1), as Texts reads it, and
// the number of pages, without reading the other pages.
func PageText(t testing.TB, data []byte, n int) (string, int) {
	t.Helper()
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	p := r.Page(n)
	var b strings.Builder
	if err := text(&b, p.V.Key("Contents"), p.Resources(), 0); err != nil {
		t.Fatalf("page %d: %v", n, err)
	}
	return b.String(), r.NumPage()
}

// maxDepth bounds forms placed inside forms.
const maxDepth = 8

// text writes the text shown by a content stream with resources res,
// descending into the forms it places.
func text(b *strings.Builder, strm, res pdf.Value, depth int) (err error) {
	defer func() {
		// ledongthuc/pdf panics on malformed content.
		if r := recover(); r != nil {
			err = &panicError{r}
		}
	}()
	fonts := map[string]pdf.TextEncoding{}
	var enc pdf.TextEncoding
	show := func(v pdf.Value) {
		if enc != nil && v.Kind() == pdf.String {
			b.WriteString(enc.Decode(v.RawString()))
		}
	}
	var inner error
	pdf.Interpret(strm, func(stk *pdf.Stack, op string) {
		args := make([]pdf.Value, stk.Len())
		for i := len(args) - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		switch {
		case op == "BT":
			b.WriteString("\n")
		case op == "Tf" && len(args) == 2:
			name := args[0].Name()
			e, ok := fonts[name]
			if !ok {
				e = encoder(res.Key("Font").Key(name))
				fonts[name] = e
			}
			enc = e
		case (op == "Tj" || op == "'") && len(args) == 1:
			show(args[0])
		case op == "\"" && len(args) == 3:
			show(args[2])
		case op == "TJ" && len(args) == 1:
			for i := range args[0].Len() {
				show(args[0].Index(i))
			}
		case op == "Do" && len(args) == 1 && depth < maxDepth:
			xo := res.Key("XObject").Key(args[0].Name())
			if xo.Key("Subtype").Name() == "Form" {
				if err := text(b, xo, xo.Key("Resources"), depth+1); err != nil && inner == nil {
					inner = err
				}
			}
		}
	})
	return inner
}

// encoder returns how to decode a font's codes: through its ToUnicode
// map when it has one (read here, for codes of any width), else as
// ledongthuc/pdf does.
func encoder(font pdf.Value) pdf.TextEncoding {
	if m := readToUnicode(font); m != nil && len(m.spaces) > 0 {
		return m
	}
	f := &pdf.Font{V: font}
	return f.Encoder()
}

type panicError struct{ v any }

func (e *panicError) Error() string { return "pdf: malformed content" }

// Squash removes white space, so that text wrapped over several lines can
// be found whole.
func Squash(s string) string { return strings.Join(strings.Fields(s), "") }

// Pages runs pdfcpu's validation and returns the page count.
func Pages(t testing.TB, data []byte) int {
	t.Helper()
	conf := model.NewDefaultConfiguration()
	if err := api.Validate(bytes.NewReader(data), conf); err != nil {
		t.Fatalf("pdfcpu validation: %v", err)
	}
	n, err := api.PageCount(bytes.NewReader(data), conf)
	if err != nil {
		t.Fatal(err)
	}
	return n
}
