package pdfout

import (
	"bytes"
	"fmt"
	"strconv"

	"github.com/msedocs/msedocs/fonts"
)

// fontObjects is how many objects one embedded face takes: the Type0
// font, its CID font, descriptor, font file, ToUnicode map, CIDToGIDMap,
// CIDSet and the encoding CMap.
const fontObjects = 8

// Codes take one, two or three bytes: CIDs below oneByte are one byte,
// the next 0x0F00 two bytes from 0xF000, the rest three bytes from
// 0xFF0000. The first bytes tell the widths apart, so text is one byte
// a glyph for the first 239 glyphs of a face, which is every glyph a
// journal in Kazakh and Russian uses.
const (
	oneByte  = 0xF0
	twoBytes = oneByte + 0x0F00
)

// denseRunes is the end of the range of runes (Latin and Cyrillic, with
// every Kazakh letter) whose codes are kept in an array rather than a map.
const denseRunes = 0x500

// face is one TrueType face embedded as a CID-keyed font. Its CIDs are
// compact, given in the order glyphs are first drawn (1, 2, …; 0 is
// .notdef), and written in codes of one to three bytes (see oneByte)
// through an embedded CMap; a CIDToGIDMap takes each CID to the glyph of
// the font program.
type face struct {
	font *fonts.Font
	res  string // resource name in page dictionaries
	name string // PostScript-style name
	obj  int    // the Type0 font's object number; the rest follow
	// dense and sparse take a rune to its code; 0 means not yet drawn.
	dense  [denseRunes]uint16
	sparse map[rune]uint16
	// gids and runes take a code to its glyph and to the rune it stands
	// for; index 0 is .notdef.
	gids  []uint16
	runes []rune
}

func newFace(f *fonts.Font, res string, obj int) *face {
	return &face{font: f, res: res, name: pdfName(f.Name()), obj: obj,
		sparse: make(map[rune]uint16), gids: []uint16{0}, runes: []rune{0}}
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

// code returns the code of r, giving it the next one on first use. It
// fails on a rune the face lacks, and when the codes run out.
func (f *face) code(r rune) (uint16, error) {
	if r >= 0x20 && r < denseRunes {
		if c := f.dense[r]; c != 0 {
			return c, nil
		}
	} else if c, ok := f.sparse[r]; ok {
		return c, nil
	}
	id, _, ok := f.font.Glyph(r)
	if !ok || r < 0x20 || len(f.gids) > 0xFFFF {
		return 0, &fonts.GlyphError{Font: f.font.Name(), Rune: r}
	}
	c := uint16(len(f.gids))
	f.gids = append(f.gids, id)
	f.runes = append(f.runes, r)
	if r < denseRunes {
		f.dense[r] = c
	} else {
		f.sparse[r] = c
	}
	return c, nil
}

// encode writes s as a PDF literal string of codes. It fails on a rune
// the face lacks.
func (f *face) encode(b *bytes.Buffer, s string) error {
	b.WriteByte('(')
	for _, r := range s {
		c, err := f.code(r)
		if err != nil {
			return err
		}
		switch {
		case c < oneByte:
			putByte(b, byte(c))
		case c < twoBytes:
			k := 0xF000 + int(c) - oneByte
			putByte(b, byte(k>>8))
			putByte(b, byte(k))
		default:
			k := 0xFF0000 + int(c) - twoBytes
			putByte(b, byte(k>>16))
			putByte(b, byte(k>>8))
			putByte(b, byte(k))
		}
	}
	b.WriteByte(')')
	return nil
}

// codeHex returns the code of CID c in hex, as CMaps write it.
func codeHex(c int) string {
	switch {
	case c < oneByte:
		return fmt.Sprintf("<%02X>", c)
	case c < twoBytes:
		return fmt.Sprintf("<%04X>", 0xF000+c-oneByte)
	}
	return fmt.Sprintf("<%06X>", 0xFF0000+c-twoBytes)
}

// codePrefix tells the width of CID c's code and its bytes but the
// last.
func codePrefix(c int) int {
	switch {
	case c < oneByte:
		return -1
	case c < twoBytes:
		return (0xF000 + c - oneByte) >> 8
	}
	return (0xFF0000+c-twoBytes)>>8 | 1<<24
}

// codespace is the codespace ranges of every CMap of a face.
const codespace = "3 begincodespacerange\n<00> <EF>\n<F000> <FEFF>\n<FF0000> <FFFFFF>\nendcodespacerange\n"

// encoding returns the CMap that takes codes to CIDs, of the CIDs in
// use.
func (f *face) encoding(name string) []byte {
	var cm bytes.Buffer
	cm.WriteString("%!PS-Adobe-3.0 Resource-CMap\n/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n" +
		"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> def\n" +
		"/CMapName /" + name + " def\n/CMapType 1 def\n/WMode 0 def\n" + codespace)
	// One range for each run of codes that differ in the last byte.
	type span struct{ from, to int }
	var spans []span
	n := len(f.gids) - 1 // CIDs 1…n
	for c := 1; c <= n; {
		end := c
		for end < n && codePrefix(end+1) == codePrefix(c) {
			end++
		}
		spans = append(spans, span{c, end})
		c = end + 1
	}
	for i := 0; i < len(spans); i += 100 {
		chunk := spans[i:min(i+100, len(spans))]
		fmt.Fprintf(&cm, "%d begincidrange\n", len(chunk))
		for _, sp := range chunk {
			fmt.Fprintf(&cm, "%s %s %d\n", codeHex(sp.from), codeHex(sp.to), sp.from)
		}
		cm.WriteString("endcidrange\n")
	}
	cm.WriteString("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
	return cm.Bytes()
}

// putByte writes one byte of a literal string, escaped where a reader
// would not take it as it is.
func putByte(b *bytes.Buffer, c byte) {
	switch c {
	case '(', ')', '\\':
		b.WriteByte('\\')
		b.WriteByte(c)
	case '\r':
		b.WriteString(`\r`)
	default:
		b.WriteByte(c)
	}
}

// write writes the face's objects, all in code order. Nothing depends on
// map order.
func (f *face) write(w *Writer, archive bool) {
	m := f.font.Metrics()
	cid, desc, file, cmap, gidMap, cidSet, enc := f.obj+1, f.obj+2, f.obj+3, f.obj+4, f.obj+5, f.obj+6, f.obj+7
	tag := subsetTag(f.gids)
	name := tag + "+" + f.name
	encName := "MSE-" + tag + "-" + f.res

	w.begin(f.obj)
	w.write("<< /Type /Font /Subtype /Type0 /BaseFont /" + name + " /Encoding " + ref(enc) + " /DescendantFonts [" +
		ref(cid) + "] /ToUnicode " + ref(cmap) + " >>\n")
	w.end()
	w.streamNow(enc, "/Type /CMap /CMapName /"+encName+
		" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /WMode 0", f.encoding(encName), true)

	w.begin(cid)
	w.write("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /" + name +
		" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor " + ref(desc) +
		" /CIDToGIDMap " + ref(gidMap) + " /W [" + f.widths() + "] >>\n")
	w.end()

	flags := m.Flags
	if flags == 0 {
		flags = 32 // nonsymbolic
	}
	set := ""
	if archive {
		set = " /CIDSet " + ref(cidSet)
	}
	w.begin(desc)
	w.write(fmt.Sprintf("<< /Type /FontDescriptor /FontName /%s /Flags %d /FontBBox [%d %d %d %d] /ItalicAngle %d /Ascent %d /Descent %d /CapHeight %d /StemV 80 /FontFile2 %s%s >>\n",
		name, flags, m.BBox[0], m.BBox[1], m.BBox[2], m.BBox[3], m.ItalicAngle, m.Ascent, m.Descent, m.CapHeight, ref(file), set))
	w.end()

	data, err := subsetTTF(f.font.Data(), f.gids[1:])
	if err != nil {
		// A font we cannot subset is embedded whole.
		data = f.font.Data()
	}
	w.streamNow(file, "/Length1 "+strconv.Itoa(len(data)), data, true)
	w.streamNow(cmap, "", f.toUnicode(), true)

	w.streamNow(gidMap, "", f.gidMap(), true)
	if archive {
		w.streamNow(cidSet, "", f.cidSet(), true)
	}
}

// widths returns the /W array's content: the advance of every code from
// 1 on, in code order.
func (f *face) widths() string {
	var widths bytes.Buffer
	widths.WriteString("1 [")
	for i, r := range f.runes[1:] {
		if i > 0 {
			widths.WriteByte(' ')
		}
		_, adv, _ := f.font.Glyph(r)
		widths.WriteString(strconv.Itoa(adv))
	}
	widths.WriteString("]")
	return widths.String()
}

// gidMap returns the CIDToGIDMap stream: the glyph of each code, two
// bytes big-endian.
func (f *face) gidMap() []byte {
	gm := make([]byte, 2*len(f.gids))
	for i, g := range f.gids {
		gm[2*i], gm[2*i+1] = byte(g>>8), byte(g)
	}
	return gm
}

// cidSet returns the CIDSet stream of PDF/A: every code in use has its
// glyph in the subset.
func (f *face) cidSet() []byte {
	bits := make([]byte, (len(f.gids)+7)/8)
	for i := range f.gids {
		bits[i/8] |= 0x80 >> (i % 8)
	}
	return bits
}

// toUnicode returns the CMap that takes each code back to its rune.
func (f *face) toUnicode() []byte {
	var cm bytes.Buffer
	cm.WriteString("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n" +
		"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n" +
		"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n" +
		codespace)
	runes := f.runes[1:]
	for i := 0; i < len(runes); i += 100 {
		chunk := runes[i:min(i+100, len(runes))]
		fmt.Fprintf(&cm, "%d beginbfchar\n", len(chunk))
		for j, r := range chunk {
			fmt.Fprintf(&cm, "%s %s\n", codeHex(i+j+1), utf16Hex(r))
		}
		cm.WriteString("endbfchar\n")
	}
	cm.WriteString("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
	return cm.Bytes()
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
func subsetTag(gids []uint16) string {
	h := uint32(2166136261)
	for _, g := range gids {
		h = (h ^ uint32(g)) * 16777619
	}
	tag := make([]byte, 6)
	for i := range tag {
		tag[i] = 'A' + byte(h%26)
		h /= 26
	}
	return string(tag)
}
