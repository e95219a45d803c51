package pdfout

import (
	"bytes"
	"strings"
	"testing"

	"github.com/msedocs/msedocs/internal/layout"
)

// TestMatrixOnePath checks that a matrix is drawn as one filled path of
// rectangles, one for each run of dark modules in a row, and no image.
func TestMatrixOnePath(t *testing.T) {
	m := &layout.Matrix{X: 100, Y: 200, Size: 3, Module: 1.5, Dark: []bool{
		true, true, false,
		false, true, true,
		true, false, true,
	}}
	p := &layout.Page{Number: 1, W: 595, H: 842, Blocks: []layout.Block{{Role: "verify", X: 94, Y: 194, W: 16.5, H: 16.5, Matrix: m}}}
	w, err := New(family(t))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	pt := painter{w: w, b: &b, h: p.H, cur: -1}
	pt.matrix(m)
	want := "q 0 g\n" +
		"100 640.5 3 1.5 re\n" + // row 0, columns 0–1
		"101.5 639 3 1.5 re\n" + // row 1, columns 1–2
		"100 637.5 1.5 1.5 re\n" + // row 2, column 0
		"103 637.5 1.5 1.5 re\n" + // row 2, column 2
		"f Q\n"
	if got := b.String(); got != want {
		t.Errorf("content\n%s\nwant\n%s", got, want)
	}
	if err := w.Page(p); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := w.Close(&out, Info{}); err != nil {
		t.Fatal(err)
	}
	if s := out.String(); strings.Contains(s, "/XObject") || strings.Contains(s, "/Image") {
		t.Error("the matrix is drawn as an image")
	}
}
