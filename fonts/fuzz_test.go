package fonts_test

import (
	"encoding/binary"
	"io"
	"slices"
	"testing"

	"github.com/msedocs/msedocs/fonts"
	"github.com/msedocs/msedocs/internal/layout"
	"github.com/msedocs/msedocs/internal/pdfout"
)

// seeds returns the Liberation faces whole, cut short at telling places,
// and with bits flipped in the fields gopdf trusts: the table directory,
// hhea's metric count, maxp's glyph count and the cmap.
func seeds(f *testing.F) [][]byte {
	var out [][]byte
	for _, name := range []string{"serif", "mono"} {
		ttf := liberation[name]
		out = append(out, ttf)
		for _, n := range []int{11, 12, 27, 200, len(ttf) / 2, len(ttf) - 1} {
			out = append(out, ttf[:n])
		}
		at := func(tag string) int {
			n := int(binary.BigEndian.Uint16(ttf[4:]))
			for i := range n {
				if rec := ttf[12+16*i:]; string(rec[:4]) == tag {
					return int(binary.BigEndian.Uint32(rec[8:]))
				}
			}
			f.Fatalf("%s has no %s", name, tag)
			return 0
		}
		flip := func(pos int, mask byte) {
			b := slices.Clone(ttf)
			b[pos] ^= mask
			out = append(out, b)
		}
		flip(5, 0x40)               // numTables
		flip(12+8, 0x80)            // first table's offset
		flip(12+12+1, 0x10)         // first table's length
		flip(at("hhea")+34, 0xFF)   // numberOfHMetrics
		flip(at("hhea")+35, 0xFF)   //
		flip(at("maxp")+4, 0x80)    // numGlyphs
		flip(at("cmap")+3, 0x04)    // cmap subtables
		flip(at("cmap")+12+7, 0x20) // first cmap subtable's offset
		flip(at("head")+18, 0xFF)   // unitsPerEm
		flip(at("loca")+8, 0xFF)    // a glyph's offset
	}
	return out
}

// FuzzParse: no data makes Parse panic or run on; a font it accepts can
// be measured and printed.
func FuzzParse(f *testing.F) {
	for _, s := range seeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, ttf []byte) {
		font, err := fonts.Parse("fuzz", ttf)
		if err != nil {
			return
		}
		text := ""
		for _, r := range "AaЖжӘә0 " {
			font.Width(string(r), 10)
			font.Glyph(r)
			if font.Has(r) {
				text += string(r)
			}
		}
		font.Check("Әлия")
		if text == "" {
			return
		}
		fam := &fonts.Family{Regular: font, Bold: font}
		w, err := pdfout.NewStream(io.Discard, fam)
		if err != nil {
			t.Fatal(err)
		}
		page := &layout.Page{Number: 1, W: 200, H: 200, Blocks: []layout.Block{{
			Role: layout.RoleText, W: 200, H: 20,
			Lines: []layout.Line{{X: 10, Y: 20, Text: text, Size: 10}},
		}}}
		if err := w.Page(page); err != nil {
			t.Fatalf("page with %q: %v", text, err)
		}
		if err := w.Finish(pdfout.Info{}); err != nil {
			t.Fatal(err)
		}
	})
}
