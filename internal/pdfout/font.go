package pdfout

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"

	"github.com/msedocs/msedocs/fonts"
)

// fontObjects is how many objects one embedded face takes: the Type0
// font, its CID font, descriptor, font file and ToUnicode map.
const fontObjects = 5

// face is one TrueType face embedded as a CID-keyed font whose CIDs are
// the glyph indices (Identity-H, CIDToGIDMap Identity).
type face struct {
	font *fonts.Font
	res  string // resource name in page dictionaries
	name string // PostScript-style name
	obj  int    // the Type0 font's object number; the rest follow
	used map[rune]uint16
	// seen marks the runes of the dense range already in used, to keep
	// the map out of the loop over every character.
	seen [0x500 / 64]uint64
}

func newFace(f *fonts.Font, res string, obj int) *face {
	return &face{font: f, res: res, name: pdfName(f.Name()), obj: obj, used: make(map[rune]uint16)}
}

// pdfName turns a font name into a PDF name: ASCII letters, digits and
// hyphens.
func pdfName(s string) string {
	var b []byte
	for _, r := range s {
		if r < 128 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-') {
			b = append(b, byte(r))
		}
	}
	if len(b) == 0 {
		return "Font"
	}
	return string(b)
}

const hexDigits = "0123456789ABCDEF"

// encode writes s as hex glyph indices. It fails on a rune the face
// lacks.
func (f *face) encode(b *bytes.Buffer, s string) error {
	for _, r := range s {
		id, _, ok := f.font.Glyph(r)
		if !ok || r < 0x20 {
			return &fonts.GlyphError{Font: f.font.Name(), Rune: r}
		}
		if r < 0x500 {
			if f.seen[r/64]&(1<<(r%64)) == 0 {
				f.seen[r/64] |= 1 << (r % 64)
				f.used[r] = id
			}
		} else if _, seen := f.used[r]; !seen {
			f.used[r] = id
		}
		b.WriteByte(hexDigits[id>>12])
		b.WriteByte(hexDigits[id>>8&0xF])
		b.WriteByte(hexDigits[id>>4&0xF])
		b.WriteByte(hexDigits[id&0xF])
	}
	return nil
}

// use is a rune drawn and its glyph.
type use struct {
	id uint16
	r  rune
}

// write writes the face's objects. Widths and the ToUnicode map cover the
// glyphs used, in glyph order, so the output does not depend on map order.
func (f *face) write(w *Writer) {
	uses := make([]use, 0, len(f.used))
	for r, id := range f.used {
		uses = append(uses, use{id, r})
	}
	slices.SortFunc(uses, func(a, b use) int {
		if a.id != b.id {
			return int(a.id) - int(b.id)
		}
		return int(a.r) - int(b.r)
	})
	m := f.font.Metrics()
	cid, desc, file, cmap := f.obj+1, f.obj+2, f.obj+3, f.obj+4
	name := subsetTag(uses) + "+" + f.name

	w.begin(f.obj)
	w.write("<< /Type /Font /Subtype /Type0 /BaseFont /" + name + " /Encoding /Identity-H /DescendantFonts [" +
		ref(cid) + "] /ToUnicode " + ref(cmap) + " >>\n")
	w.end()

	var widths bytes.Buffer
	last := -1
	for _, u := range uses {
		if int(u.id) == last {
			continue
		}
		last = int(u.id)
		_, adv, _ := f.font.Glyph(u.r)
		fmt.Fprintf(&widths, "%d [%d] ", u.id, adv)
	}
	w.begin(cid)
	w.write("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /" + name +
		" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor " + ref(desc) +
		" /CIDToGIDMap /Identity /W [" + widths.String() + "] >>\n")
	w.end()

	flags := m.Flags
	if flags == 0 {
		flags = 32 // nonsymbolic
	}
	w.begin(desc)
	w.write(fmt.Sprintf("<< /Type /FontDescriptor /FontName /%s /Flags %d /FontBBox [%d %d %d %d] /ItalicAngle %d /Ascent %d /Descent %d /CapHeight %d /StemV 80 /FontFile2 %s >>\n",
		name, flags, m.BBox[0], m.BBox[1], m.BBox[2], m.BBox[3], m.ItalicAngle, m.Ascent, m.Descent, m.CapHeight, ref(file)))
	w.end()

	ids := make([]uint16, 0, len(uses))
	for _, u := range uses {
		ids = append(ids, u.id)
	}
	data, err := subsetTTF(f.font.Data(), ids)
	if err != nil {
		// A font we cannot subset is embedded whole.
		data = f.font.Data()
	}
	w.stream(file, "/Length1 "+strconv.Itoa(len(data)), data, true)

	var cm bytes.Buffer
	cm.WriteString("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n" +
		"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n" +
		"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n" +
		"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
	// One glyph may serve several runes; the map keeps the first.
	var pairs []use
	last = -1
	for _, u := range uses {
		if int(u.id) != last {
			pairs = append(pairs, u)
			last = int(u.id)
		}
	}
	for i := 0; i < len(pairs); i += 100 {
		chunk := pairs[i:min(i+100, len(pairs))]
		fmt.Fprintf(&cm, "%d beginbfchar\n", len(chunk))
		for _, u := range chunk {
			fmt.Fprintf(&cm, "<%04X> %s\n", u.id, utf16Hex(u.r))
		}
		cm.WriteString("endbfchar\n")
	}
	cm.WriteString("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
	w.stream(cmap, "", cm.Bytes(), true)
}

func utf16Hex(r rune) string {
	if r > 0xFFFF {
		r1, r2 := 0xD800+((r-0x10000)>>10), 0xDC00+((r-0x10000)&0x3FF)
		return fmt.Sprintf("<%04X%04X>", r1, r2)
	}
	return fmt.Sprintf("<%04X>", r)
}

// subsetTag names a subset, as PDF asks: six capital letters, here drawn
// from the glyphs it holds, so the same glyphs give the same name.
func subsetTag(uses []use) string {
	h := uint32(2166136261)
	for _, u := range uses {
		h = (h ^ uint32(u.id)) * 16777619
	}
	tag := make([]byte, 6)
	for i := range tag {
		tag[i] = 'A' + byte(h%26)
		h /= 26
	}
	return string(tag)
}
