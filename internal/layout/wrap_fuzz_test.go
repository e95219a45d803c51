package layout

import (
	"math"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzWrap checks the line breaker on any text and width: no panic, no
// rune lost or added (but spaces, which break lines, and the hyphens it
// adds), and every line fits its width unless it is a single glyph wider
// than the width.
func FuzzWrap(f *testing.F) {
	fam := testFonts(f)
	for _, s := range []string{"Әлия Нұрланқызы", "ҚҚҚҚҚҚ ҚҚ", "123456", "a\n\nb", "  a  b  ", "Ш\tщ\r\n ", "\xff\xfe x", ""} {
		f.Add(s, 30.0)
	}
	f.Fuzz(func(t *testing.T, text string, width float64) {
		if math.IsNaN(width) || width < 1 || width > 1000 || len(text) > 4096 {
			t.Skip()
		}
		font := fam.Regular
		lines := wrap(nil, font, 10, width, text)
		if len(lines) == 0 {
			t.Fatal("no line")
		}
		// The runes of each piece, decoded piece by piece, without
		// spaces and hyphens.
		runes := func(pieces []string) []rune {
			var out []rune
			for _, p := range pieces {
				for _, r := range p {
					if !unicode.IsSpace(r) && r != '-' {
						out = append(out, r)
					}
				}
			}
			return out
		}
		var words []string
		for _, l := range lines {
			words = append(words, strings.Split(l, " ")...)
		}
		if got, want := runes(words), runes(strings.FieldsFunc(text, func(r rune) bool { return r == ' ' || r == '\n' })); !slices.Equal(got, want) {
			t.Fatalf("runes changed: %q became %q", text, lines)
		}
		for _, l := range lines {
			if font.Width(l, 10) > width+1e-9 && utf8.RuneCountInString(strings.TrimSuffix(l, "-")) > 1 {
				t.Fatalf("line %q is %.2f wide, more than %.2f", l, font.Width(l, 10), width)
			}
		}
	})
}
