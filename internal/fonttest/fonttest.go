// Package fonttest makes TrueType fonts for tests: a real face with some
// of its characters taken out of the character map, so that tests can
// print with a face that lacks letters (a Latin-only face) without a font
// file of their own.
package fonttest

import (
	"encoding/binary"
	"slices"

	"github.com/msedocs/msedocs/fonts"

	"github.com/msedocs/msedocs/internal/ttf"
)

// Keep returns ttf with a character map that maps only the runes of the
// BMP for which keep reports true (and the font has a glyph); every other
// table is copied unchanged.
func Keep(ttf []byte, keep func(rune) bool) ([]byte, error) {
	f, err := fonts.Parse("fonttest", ttf)
	if err != nil {
		return nil, err
	}
	tables, err := Tables(ttf)
	if err != nil {
		return nil, err
	}
	type pair struct {
		r  rune
		id uint16
	}
	var pairs []pair
	for r := rune(0); r < 0xFFFF; r++ {
		if id, _, ok := f.Glyph(r); ok && keep(r) {
			pairs = append(pairs, pair{r, id})
		}
	}
	// One segment per run of consecutive runes, its glyphs in the glyph
	// array, then the closing 0xFFFF segment.
	type seg struct{ start, end rune }
	var segs []seg
	for i, p := range pairs {
		if i > 0 && pairs[i-1].r == p.r-1 {
			segs[len(segs)-1].end = p.r
			continue
		}
		segs = append(segs, seg{p.r, p.r})
	}
	segs = append(segs, seg{0xFFFF, 0xFFFF})
	n := len(segs)
	sub := make([]byte, 16+8*n+2*len(pairs))
	be := binary.BigEndian
	be.PutUint16(sub[0:], 4)
	be.PutUint16(sub[2:], uint16(len(sub)))
	be.PutUint16(sub[6:], uint16(2*n))
	ends, starts, deltas, ranges := 14, 16+2*n, 16+4*n, 16+6*n
	glyphs := 16 + 8*n
	k := 0
	for i, s := range segs {
		be.PutUint16(sub[ends+2*i:], uint16(s.end))
		be.PutUint16(sub[starts+2*i:], uint16(s.start))
		if s.start == 0xFFFF {
			be.PutUint16(sub[deltas+2*i:], 1) // 0xFFFF maps to glyph 0
			continue
		}
		be.PutUint16(sub[ranges+2*i:], uint16(glyphs+2*k-(ranges+2*i)))
		for range s.end - s.start + 1 {
			be.PutUint16(sub[glyphs+2*k:], pairs[k].id)
			k++
		}
	}
	cmap := make([]byte, 12, 12+len(sub))
	be.PutUint16(cmap[2:], 1)
	be.PutUint16(cmap[4:], 3)
	be.PutUint16(cmap[6:], 1)
	be.PutUint32(cmap[8:], 12)
	tables["cmap"] = append(cmap, sub...)
	return Assemble(tables), nil
}

// Latin returns ttf with only the runes below U+0250 (Basic Latin and the
// Latin supplements and extensions) left in its character map.
func Latin(ttf []byte) ([]byte, error) {
	return Keep(ttf, func(r rune) bool { return r < 0x250 })
}

// Tables returns copies of the tables of a TrueType font by tag, for a
// test to damage.
func Tables(file []byte) (map[string][]byte, error) {
	tables, err := ttf.Tables(file)
	if err != nil {
		return nil, err
	}
	for tag, t := range tables {
		tables[tag] = slices.Clone(t)
	}
	return tables, nil
}

// Assemble writes tables into a TrueType file as they are, sorted by
// tag, each on a 4-byte boundary, with checksums.
func Assemble(tables map[string][]byte) []byte { return ttf.Assemble(tables, false) }
