package fonts_test

import (
	"encoding/binary"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/go-fonts/liberation/liberationmonoregular"
	"github.com/go-fonts/liberation/liberationsansbold"
	"github.com/go-fonts/liberation/liberationsansregular"
	"github.com/go-fonts/liberation/liberationserifbold"
	"github.com/go-fonts/liberation/liberationserifitalic"
	"github.com/go-fonts/liberation/liberationserifregular"
	"github.com/msedocs/msedocs/fonts"
	"github.com/msedocs/msedocs/internal/fonttest"
)

var liberation = map[string][]byte{
	"serif":        liberationserifregular.TTF,
	"serif-bold":   liberationserifbold.TTF,
	"serif-italic": liberationserifitalic.TTF,
	"sans":         liberationsansregular.TTF,
	"sans-bold":    liberationsansbold.TTF,
	"mono":         liberationmonoregular.TTF,
}

func TestParseLiberation(t *testing.T) {
	for name, ttf := range liberation {
		f, err := fonts.Parse(name, ttf)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if !f.Has('Ә') {
			t.Errorf("%s lacks Ә", name)
		}
	}
}

// damage returns Liberation Serif with edit applied to a copy of its
// tables.
func damage(t *testing.T, edit func(tables map[string][]byte)) []byte {
	t.Helper()
	tables, err := fonttest.Tables(liberationserifregular.TTF)
	if err != nil {
		t.Fatal(err)
	}
	edit(tables)
	return fonttest.Assemble(tables)
}

// setDir changes the offset and length of table tag in the directory.
func setDir(ttf []byte, tag string, off, length uint32) []byte {
	ttf = slices.Clone(ttf)
	n := int(binary.BigEndian.Uint16(ttf[4:]))
	for i := range n {
		rec := ttf[12+16*i:]
		if string(rec[:4]) == tag {
			binary.BigEndian.PutUint32(rec[8:], off)
			binary.BigEndian.PutUint32(rec[12:], length)
		}
	}
	return ttf
}

// cmap4 returns a cmap table with one (3, 1) format 4 subtable of the
// given segments (start, end, idRangeOffset) and glyph array.
func cmap4(segs [][3]uint16, glyphs int) []byte {
	be := binary.BigEndian
	n := len(segs)
	sub := make([]byte, 16+8*n+2*glyphs)
	be.PutUint16(sub, 4)
	be.PutUint16(sub[2:], uint16(len(sub)))
	be.PutUint16(sub[6:], uint16(2*n))
	for i, s := range segs {
		be.PutUint16(sub[14+2*i:], s[1])
		be.PutUint16(sub[16+2*n+2*i:], s[0])
		be.PutUint16(sub[16+6*n+2*i:], s[2])
	}
	head := []byte{0, 0, 0, 1, 0, 3, 0, 1, 0, 0, 0, 12}
	return append(head, sub...)
}

// TestParseDamaged: each damaged font is an error wrapping
// fonts.ErrBadFont that names the table at fault; none panics (the first
// one panicked inside gopdf's ParseHmtx), and none takes long.
func TestParseDamaged(t *testing.T) {
	be := binary.BigEndian
	serif := liberationserifregular.TTF
	tests := []struct {
		name string
		ttf  []byte
		want string
	}{
		{"no horizontal metrics", damage(t, func(tb map[string][]byte) { be.PutUint16(tb["hhea"][34:], 0) }),
			`table "hhea": 0 horizontal metrics`},
		{"more metrics than glyphs", damage(t, func(tb map[string][]byte) { be.PutUint16(tb["hhea"][34:], 0xFFFF) }),
			`table "hhea": 65535 horizontal metrics`},
		{"no glyphs", damage(t, func(tb map[string][]byte) { be.PutUint16(tb["maxp"][4:], 0) }),
			`table "maxp": no glyphs`},
		{"hmtx cut short", damage(t, func(tb map[string][]byte) { tb["hmtx"] = tb["hmtx"][:40] }),
			`table "hmtx": 40 bytes, want at least`},
		{"loca cut short", damage(t, func(tb map[string][]byte) { tb["loca"] = tb["loca"][:10] }),
			`table "loca": 10 bytes`},
		{"head cut short", damage(t, func(tb map[string][]byte) { tb["head"] = tb["head"][:20] }),
			`table "head": 20 bytes, want at least 54`},
		{"bad magic", damage(t, func(tb map[string][]byte) { be.PutUint32(tb["head"][12:], 1) }),
			`table "head": magic number`},
		{"zero units per em", damage(t, func(tb map[string][]byte) { be.PutUint16(tb["head"][18:], 0) }),
			`table "head": 0 units per em`},
		{"bad loca format", damage(t, func(tb map[string][]byte) { be.PutUint16(tb["head"][50:], 7) }),
			`index to loca format 7`},
		{"no glyf", damage(t, func(tb map[string][]byte) { delete(tb, "glyf") }),
			`table "glyf": missing`},
		{"OS/2 cut short", damage(t, func(tb map[string][]byte) { tb["OS/2"] = tb["OS/2"][:30] }),
			`table "OS/2": 30 bytes`},
		{"name record past the table", damage(t, func(tb map[string][]byte) { be.PutUint16(tb["name"][6+10:], 0xFFFF) }),
			`table "name": record 0 runs past`},
		{"table past the end", setDir(serif, "hmtx", uint32(len(serif)-8), 1000),
			`table "hmtx": offset`},
		{"directory cut off", serif[:40], `table directory of`},
		{"too short", serif[:7], `7 bytes, too short`},
		{"not TrueType", append([]byte("OTTO"), serif[4:]...), `sfnt version`},
		{"no Unicode cmap", damage(t, func(tb map[string][]byte) { be.PutUint16(tb["cmap"][2:], 0) }),
			`no Unicode (3, 1) subtable`},
		{"cmap subtable past the table", damage(t, func(tb map[string][]byte) { tb["cmap"] = cmap4([][3]uint16{{0xFFFF, 0xFFFF, 0}}, 0)[:20] }),
			`table "cmap"`},
		{"overlapping segments", damage(t, func(tb map[string][]byte) {
			// 4000 segments each covering the whole BMP cost gopdf 2.6·10⁸
			// map writes.
			segs := make([][3]uint16, 4000)
			for i := range segs {
				segs[i] = [3]uint16{0, 0xFFFF, 0}
			}
			tb["cmap"] = cmap4(segs, 0)
		}), `segment 1 (0x0000–0xffff) out of order or overlapping`},
		{"glyph array past the subtable", damage(t, func(tb map[string][]byte) {
			tb["cmap"] = cmap4([][3]uint16{{0x20, 0x7E, 4}, {0xFFFF, 0xFFFF, 0}}, 3)
		}), `segment 0: glyph index array runs past`},
		{"last segment short of 0xFFFF", damage(t, func(tb map[string][]byte) {
			tb["cmap"] = cmap4([][3]uint16{{0x20, 0x7E, 0}}, 0)
		}), `last segment ends at 0x007e`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := fonts.Parse("damaged", tc.ttf)
			if err == nil {
				t.Fatalf("Parse accepted it (%s)", f.Name())
			}
			if !errors.Is(err, fonts.ErrBadFont) {
				t.Errorf("error does not wrap ErrBadFont: %v", err)
			}
			if !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), `fonts: parse "damaged": `) {
				t.Errorf("error = %q, want it to name %q", err, tc.want)
			}
		})
	}
}
