package xlsxout

import (
	"bytes"
	"image/png"
	"testing"

	"github.com/msedocs/msedocs/internal/layout"
	"github.com/xuri/excelize/v2"
)

// TestMatrixPicture writes a document with a matrix block beside its last
// line and a caption below it: the matrix becomes a PNG picture anchored
// at the cell it stands in, its modules as drawn, and the caption a row
// below the picture.
func TestMatrixPicture(t *testing.T) {
	pages := doc(419.5, 595.3, layout.Paper{Name: "A5"})
	pages[0].Margins = layout.Margins{Top: 20, Right: 23.5, Bottom: 20, Left: 34}
	dark := []bool{true, false, true, false, true, false, true, true, false}
	m := &layout.Matrix{X: 300 + 4*2, Y: 100 + 4*2, Size: 3, Module: 2, Dark: dark, Text: "https://example.kz/v/1"}
	pages[0].Blocks = append(pages[0].Blocks,
		layout.Block{Role: "verify", X: 300, Y: 100, W: 22, H: 22, Matrix: m},
		layout.Block{Role: "verify-url", X: 280, Y: 124, W: 42, H: 6, Align: layout.Right,
			Lines: []layout.Line{{X: 290, Y: 129, Text: m.Text, Size: 5}}},
	)
	write := func() []byte {
		w, err := New(Config{})
		if err != nil {
			t.Fatal(err)
		}
		if err := w.Document("doc", pages); err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := w.Close(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	data := write()
	if again := write(); !bytes.Equal(data, again) {
		t.Error("the same page gives different bytes")
	}
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cells, err := f.GetPictureCells("doc")
	if err != nil || len(cells) != 1 {
		t.Fatalf("picture cells %q, %v", cells, err)
	}
	// The signature line's row (row 7) holds the top of the picture, in
	// the value column (C, from x = 215).
	if cells[0] != "C7" {
		t.Errorf("picture at %s, want C7", cells[0])
	}
	pics, _ := f.GetPictures("doc", cells[0])
	if len(pics) != 1 || pics[0].Format.Hyperlink != m.Text {
		t.Fatalf("pictures %+v", pics)
	}
	img, err := png.Decode(bytes.NewReader(pics[0].File))
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 11*modulePx || b.Dy() != 11*modulePx {
		t.Errorf("picture %v, want %d pixels a side", b, 11*modulePx)
	}
	for r := 0; r < 11; r++ {
		for c := 0; c < 11; c++ {
			px, _, _, _ := img.At(c*modulePx+modulePx/2, r*modulePx+modulePx/2).RGBA()
			if want := m.At(r-4, c-4); (px < 0x8000) != want {
				t.Fatalf("module %d,%d: dark %v, want %v", r, c, px < 0x8000, want)
			}
		}
	}
	rows, _ := f.GetRows("doc")
	if last := rows[len(rows)-1]; len(last) == 0 || last[0] != m.Text || len(rows) < 9 {
		t.Errorf("rows %q: want the caption in a row of its own below the picture", rows)
	}
}
