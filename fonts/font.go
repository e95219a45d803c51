// Package fonts loads the TrueType fonts msedocs draws with, measures text
// with them and checks that they can draw it.
//
// A Font keeps the advance width of every glyph it maps, so measuring a
// string is a table look-up per rune. Measuring never guesses: a rune the
// font lacks is reported by Check and Missing, so callers can refuse to
// draw rather than print a blank.
package fonts

import (
	"errors"
	"fmt"
	"unicode"

	"github.com/go-fonts/liberation/liberationserifbold"
	"github.com/go-fonts/liberation/liberationserifregular"
	"github.com/signintech/gopdf/fontmaker/core"
)

// ErrMissingGlyph is the sentinel wrapped by *GlyphError.
var ErrMissingGlyph = errors.New("font has no glyph")

// GlyphError reports a rune a font cannot draw.
type GlyphError struct {
	Font string // the font's name
	// Rune is the character the face lacks.
	Rune rune
}

// Error returns e.g. `font "Liberation Serif": no glyph for U+1F600`.
func (e *GlyphError) Error() string {
	return fmt.Sprintf("font %q: no glyph for %U", e.Font, e.Rune)
}

// Unwrap returns ErrMissingGlyph.
func (e *GlyphError) Unwrap() error { return ErrMissingGlyph }

// denseLimit bounds the runes whose widths sit in an array: Latin, Greek and
// Cyrillic, with all Kazakh letters (up to U+04FF).
const denseLimit = 0x500

// Font is a parsed TrueType font. It is safe for concurrent use: nothing in
// it changes after Parse.
type Font struct {
	name       string
	data       []byte
	unitsPerEm float64
	ascent     float64 // in units of 1/1000 em
	descent    float64 // negative, in units of 1/1000 em
	dense      [denseLimit]glyph
	has        [denseLimit / 64]uint64
	sparse     map[rune]glyph
	metrics    Metrics
}

// glyph is a rune's glyph: its index in the font and its advance width in
// font units.
type glyph struct {
	id, advance uint16
}

// Metrics are the font-wide numbers a PDF font descriptor needs, in
// 1/1000 em.
type Metrics struct {
	BBox [4]int // xMin, yMin, xMax, yMax
	// Ascent, Descent and CapHeight are the heights above the baseline
	// of the tallest glyphs, of the lowest (negative) and of capitals,
	// in font units.
	Ascent, Descent, CapHeight int
	// ItalicAngle is the slant of the face in degrees (0 for upright).
	ItalicAngle int
	Flags       int // PDF font flags
	// UnitsPerEm is the number of font units to the em.
	UnitsPerEm int
}

// Parse reads TrueType data. name is how errors and the PDF refer to the
// font.
//
// Damaged or unsupported data is an error wrapping ErrBadFont, never a
// panic: the tables are checked before gopdf's parser reads them (see
// checkSFNT), and Parse costs time and memory in proportion to the data.
func Parse(name string, ttf []byte) (*Font, error) {
	if err := checkSFNT(name, ttf); err != nil {
		return nil, err
	}
	p, err := parseTTF(name, ttf)
	if err != nil {
		return nil, err
	}
	f := &Font{
		name:       name,
		data:       ttf,
		unitsPerEm: float64(p.UnitsPerEm()),
		sparse:     make(map[rune]glyph),
	}
	em := func(v int) int { return int(float64(v) * 1000 / f.unitsPerEm) }
	f.ascent = float64(p.Ascender()) * 1000 / f.unitsPerEm
	f.descent = float64(p.Descender()) * 1000 / f.unitsPerEm
	f.metrics = Metrics{
		BBox:        [4]int{em(p.XMin()), em(p.YMin()), em(p.XMax()), em(p.YMax())},
		Ascent:      em(p.Ascender()),
		Descent:     em(p.Descender()),
		CapHeight:   em(p.CapHeight()),
		ItalicAngle: p.ItalicAngle(),
		Flags:       p.Flag(),
		UnitsPerEm:  int(p.UnitsPerEm()),
	}
	widths := p.Widths()
	for code, id := range p.Chars() {
		if id == 0 || int(id) >= len(widths) || id > 0xFFFF {
			continue
		}
		g := glyph{id: uint16(id), advance: uint16(widths[id])}
		r := rune(code)
		if r >= 0 && r < denseLimit {
			f.dense[r] = g
			f.has[r/64] |= 1 << (r % 64)
		} else {
			f.sparse[r] = g
		}
	}
	return f, nil
}

// parseTTF runs gopdf's parser on data checkSFNT has passed. The
// deferred recover is a last line of defence, not the check: gopdf is not
// ours and reads offsets from the file without bounds checks, so a case
// checkSFNT misses (or a later gopdf) must still be an error and not take
// the caller's process down. Recovering is safe here because the parser
// only fills its own local value, which is dropped.
func parseTTF(name string, ttf []byte) (p *core.TTFParser, err error) {
	defer func() {
		if v := recover(); v != nil {
			p, err = nil, &FontError{Font: name, Reason: fmt.Sprintf("parser failed: %v", v)}
		}
	}()
	p = new(core.TTFParser)
	if err := p.ParseFontData(ttf); err != nil {
		return nil, &FontError{Font: name, Reason: err.Error()}
	}
	return p, nil
}

// Name returns the name given to Parse.
func (f *Font) Name() string { return f.name }

// Data returns the TrueType data the font was parsed from.
func (f *Font) Data() []byte { return f.data }

// Has reports whether the font maps r to a glyph.
func (f *Font) Has(r rune) bool {
	if r >= 0 && r < denseLimit {
		return f.has[r/64]&(1<<(r%64)) != 0
	}
	_, ok := f.sparse[r]
	return ok
}

// Missing returns the first rune of s that the font cannot draw. Line
// breaks are not drawn and never missing.
func (f *Font) Missing(s string) (rune, bool) {
	for _, r := range s {
		if r == '\n' {
			continue
		}
		if !f.Has(r) || unicode.IsControl(r) {
			return r, true
		}
	}
	return 0, false
}

// Check returns a *GlyphError for the first rune of s the font cannot draw.
func (f *Font) Check(s string) error {
	if r, ok := f.Missing(s); ok {
		return &GlyphError{Font: f.name, Rune: r}
	}
	return nil
}

// advance returns the advance width of r in font units.
func (f *Font) advance(r rune) float64 {
	if r >= 0 && r < denseLimit {
		return float64(f.dense[r].advance)
	}
	return float64(f.sparse[r].advance)
}

// Glyph returns the index of r's glyph in the font and its advance width
// in 1/1000 em; ok is false when the font lacks r.
func (f *Font) Glyph(r rune) (id uint16, width int, ok bool) {
	var g glyph
	if r >= 0 && r < denseLimit {
		g, ok = f.dense[r], f.has[r/64]&(1<<(r%64)) != 0
	} else {
		g, ok = f.sparse[r]
	}
	return g.id, int(float64(g.advance)*1000/f.unitsPerEm + 0.5), ok
}

// Metrics returns the font-wide metrics.
func (f *Font) Metrics() Metrics { return f.metrics }

// Width returns the width of s set at size points, in points. Runes the
// font lacks count as zero: check text before drawing it.
func (f *Font) Width(s string, size float64) float64 {
	var units float64
	for _, r := range s {
		units += f.advance(r)
	}
	return units * size / f.unitsPerEm
}

// RuneWidth returns the width of r set at size points, in points.
func (f *Font) RuneWidth(r rune, size float64) float64 {
	return f.advance(r) * size / f.unitsPerEm
}

// Ascent returns how far the font rises above the baseline at size points.
func (f *Font) Ascent(size float64) float64 { return f.ascent * size / 1000 }

// Descent returns how far the font falls below the baseline at size points,
// as a positive number.
func (f *Font) Descent(size float64) float64 { return -f.descent * size / 1000 }

// Family is the pair of faces a document is set in.
type Family struct {
	// Regular is the upright face of body text.
	Regular *Font
	// Bold is the face of headings and captions.
	Bold *Font
}

// Check returns a *GlyphError for the first rune of s that either face
// cannot draw.
func (fam *Family) Check(s string) error {
	if err := fam.Regular.Check(s); err != nil {
		return err
	}
	return fam.Bold.Check(s)
}

// Liberation returns Liberation Serif, regular and bold, the faces used
// when a caller gives none. It covers Latin, Cyrillic and every Kazakh
// letter. Each call parses the fonts anew; keep the result to reuse it.
func Liberation() (*Family, error) {
	reg, err := Parse("Liberation Serif", liberationserifregular.TTF)
	if err != nil {
		return nil, err
	}
	bold, err := Parse("Liberation Serif Bold", liberationserifbold.TTF)
	if err != nil {
		return nil, err
	}
	return &Family{Regular: reg, Bold: bold}, nil
}

// Or returns fam, or Liberation Serif when fam is nil: the rule every
// printer of msedocs follows for its Options.Fonts.
func Or(fam *Family) (*Family, error) {
	if fam != nil {
		return fam, nil
	}
	return Liberation()
}
