package pdfout

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	"github.com/msedocs/msedocs/internal/ttf"
)

// errFont reports TrueType data this package cannot subset.
var errFont = errors.New("pdf: malformed TrueType font")

// keepTables are the tables a subset keeps: what a PDF viewer needs to
// draw TrueType glyphs (PDF 32000-1, 9.9), with cmap, OS/2 and name for
// the tools that look for them. Layout tables (GSUB, GPOS, kern …) go.
var keepTables = []string{"OS/2", "cmap", "cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post", "prep"}

// subsetTTF returns font with every glyph not in used emptied. Glyph
// indices do not change, so text encoded with the full font's indices
// draws the same; composite glyphs keep their components.
func subsetTTF(font []byte, used []uint16) ([]byte, error) {
	tables, err := ttfTables(font)
	if err != nil {
		return nil, err
	}
	head, maxp, loca, glyf := tables["head"], tables["maxp"], tables["loca"], tables["glyf"]
	if len(head) < 54 || len(maxp) < 6 || loca == nil || glyf == nil {
		return nil, errFont
	}
	g := &glyphs{glyf: glyf}
	if err := g.readLoca(loca, int(binary.BigEndian.Uint16(maxp[4:])), binary.BigEndian.Uint16(head[50:]) == 1); err != nil {
		return nil, err
	}
	keep, err := g.closure(used)
	if err != nil {
		return nil, err
	}
	newGlyf, newLoca := g.subset(keep)
	out := map[string][]byte{"glyf": newGlyf, "loca": newLoca}
	newHead := slices.Clone(head)
	binary.BigEndian.PutUint16(newHead[50:], 1) // long loca offsets
	binary.BigEndian.PutUint32(newHead[8:], 0)  // checkSumAdjustment, set below
	out["head"] = newHead
	if post := tables["post"]; len(post) >= 32 {
		// Version 3: no glyph names.
		p := slices.Clone(post[:32])
		binary.BigEndian.PutUint32(p, 0x00030000)
		out["post"] = p
	}
	for _, tag := range keepTables {
		if _, done := out[tag]; !done && tables[tag] != nil {
			out[tag] = tables[tag]
		}
	}
	return ttf.Assemble(out, true), nil
}

// glyphs are the glyph data of a font and where each glyph lies in it.
type glyphs struct {
	glyf []byte
	// offsets has one offset a glyph, and the end of the last.
	offsets []int
}

// readLoca reads the offsets of n glyphs from the loca table, in its
// long (32-bit) or short (16-bit, halved) format.
func (g *glyphs) readLoca(loca []byte, n int, long bool) error {
	g.offsets = make([]int, n+1)
	for i := range g.offsets {
		if long {
			if len(loca) < 4*(i+1) {
				return errFont
			}
			g.offsets[i] = int(binary.BigEndian.Uint32(loca[4*i:]))
		} else {
			if len(loca) < 2*(i+1) {
				return errFont
			}
			g.offsets[i] = 2 * int(binary.BigEndian.Uint16(loca[2*i:]))
		}
	}
	return nil
}

// count is the number of glyphs.
func (g *glyphs) count() int { return len(g.offsets) - 1 }

// glyph returns the data of glyph i.
func (g *glyphs) glyph(i int) ([]byte, error) {
	if i >= g.count() || g.offsets[i] > g.offsets[i+1] || g.offsets[i+1] > len(g.glyf) {
		return nil, errFont
	}
	return g.glyf[g.offsets[i]:g.offsets[i+1]], nil
}

// closure marks the glyphs to keep: .notdef, the glyphs used and,
// recursively, their components.
func (g *glyphs) closure(used []uint16) ([]bool, error) {
	keep := make([]bool, g.count())
	queue := append([]uint16{0}, used...)
	for len(queue) > 0 {
		i := int(queue[0])
		queue = queue[1:]
		if i >= g.count() || keep[i] {
			continue
		}
		keep[i] = true
		data, err := g.glyph(i)
		if err != nil {
			return nil, err
		}
		comps, err := components(data)
		if err != nil {
			return nil, err
		}
		queue = append(queue, comps...)
	}
	return keep, nil
}

// subset returns new glyf and long-format loca tables holding the kept
// glyphs only, each padded to 4 bytes; the others are empty.
func (g *glyphs) subset(keep []bool) (glyf, loca []byte) {
	n := g.count()
	loca = make([]byte, 4*(n+1))
	for i := 0; i < n; i++ {
		binary.BigEndian.PutUint32(loca[4*i:], uint32(len(glyf)))
		if keep[i] {
			data, _ := g.glyph(i)
			glyf = append(glyf, data...)
			for len(glyf)%4 != 0 {
				glyf = append(glyf, 0)
			}
		}
	}
	binary.BigEndian.PutUint32(loca[4*n:], uint32(len(glyf)))
	return glyf, loca
}

// ttfTables reads the table directory of a TrueType font.
func ttfTables(font []byte) (map[string][]byte, error) {
	tables, err := ttf.Tables(font)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errFont, err)
	}
	return tables, nil
}

// components returns the glyphs a composite glyph is built from.
func components(g []byte) ([]uint16, error) {
	if len(g) < 10 || int16(binary.BigEndian.Uint16(g)) >= 0 {
		return nil, nil // empty or simple glyph
	}
	const (
		argsAreWords = 0x0001
		haveScale    = 0x0008
		moreComps    = 0x0020
		haveXYScale  = 0x0040
		haveTwoByTwo = 0x0080
	)
	var out []uint16
	p := 10
	for {
		if p+4 > len(g) {
			return nil, errFont
		}
		flags := binary.BigEndian.Uint16(g[p:])
		out = append(out, binary.BigEndian.Uint16(g[p+2:]))
		p += 4
		if flags&argsAreWords != 0 {
			p += 4
		} else {
			p += 2
		}
		switch {
		case flags&haveScale != 0:
			p += 2
		case flags&haveXYScale != 0:
			p += 4
		case flags&haveTwoByTwo != 0:
			p += 8
		}
		if flags&moreComps == 0 {
			return out, nil
		}
	}
}
