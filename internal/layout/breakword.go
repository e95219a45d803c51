package layout

import (
	"unicode"
	"unicode/utf8"

	"github.com/msedocs/msedocs/fonts"
	"github.com/msedocs/msedocs/internal/hyphen"
)

// breakWord sets a word wider than the line. It appends to dst every
// piece but the last, each broken at the last legal hyphenation point
// (see package hyphen) whose piece, with its hyphen, fits the width, and
// returns where the last piece begins in word and how wide it is, so the
// words after it can join its line.
//
// Every piece takes at least one glyph, so the loop ends within
// len(word) rounds; each round reads at most one line's worth of glyphs
// past where it begins.
func breakWord(dst []string, f *fonts.Font, size, width float64, word string) ([]string, int, float64) {
	b := wordBreaker{f: f, size: size, width: width, hy: f.RuneWidth('-', size),
		word: word, isWord: hyphen.Word(word), points: hyphen.Points(nil, word)}
	k := 0
	for {
		end, w, mark, fits := b.piece(k)
		if fits {
			return dst, k, w
		}
		piece := word[k:end]
		if mark {
			piece += "-"
		}
		dst = append(dst, piece)
		for len(b.points) > 0 && b.points[0].Offset <= end {
			b.points = b.points[1:]
		}
		k = end
	}
}

// wordBreaker holds what breakWord needs for each piece of a word.
type wordBreaker struct {
	f               *fonts.Font
	size, width, hy float64 // hy is the width of a hyphen
	word            string
	isWord          bool           // a word that may take a hyphen
	points          []hyphen.Point // the legal points after the piece's start
}

// piece looks at word[k:]: if it fits the width, fits is true and w its
// width; otherwise it returns where the piece that begins at k ends, and
// whether a hyphen is drawn after it.
func (b *wordBreaker) piece(k int) (end int, w float64, mark, fits bool) {
	legal, legalHy := -1, false
	emergency, emergencyHy := -1, false // the last break between glyphs, with a hyphen where one is wanted
	bare := -1                          // the last break between glyphs, without a hyphen
	points := b.points
	var prev rune
	for p, r := range b.word[k:] {
		at := k + p
		if p > 0 {
			for len(points) > 0 && points[0].Offset < at {
				points = points[1:]
			}
			if len(points) > 0 && points[0].Offset == at {
				if pt := points[0]; !pt.Hyphen && w <= b.width || pt.Hyphen && w+b.hy <= b.width {
					legal, legalHy = at, pt.Hyphen
				}
			}
			bare = at
			if wantHy := b.isWord && unicode.IsLetter(prev) && unicode.IsLetter(r); !wantHy || w+b.hy <= b.width {
				emergency, emergencyHy = at, wantHy
			}
		}
		rw := b.f.RuneWidth(r, b.size)
		if w+rw > b.width {
			return b.fallback(k, legal, legalHy, emergency, emergencyHy, bare)
		}
		w += rw
		prev = r
	}
	return 0, w, false, true
}

// fallback chooses where a piece that does not fit ends: at the last legal
// point that fits if there is one.
func (b *wordBreaker) fallback(k, legal int, legalHy bool, emergency int, emergencyHy bool, bare int) (end int, w float64, mark, fits bool) {
	switch {
	case legal >= 0:
		return legal, 0, legalHy, false
	// No legal point fits. Breaking between any two letters is the last
	// resort: it writes a word as no reader would, but the other choice is
	// to let the word run over the cell's edge into its neighbour's text
	// or off the page, where part of it would not be read at all. A token
	// that is not a word (a number, a series, an address) is cut without a
	// hyphen, which would read as a minus or as a part of it.
	case emergency >= 0:
		return emergency, 0, emergencyHy, false
	case bare >= 0:
		return bare, 0, false, false
	}
	// Not even one glyph fits: it takes a line of its own.
	_, n := utf8.DecodeRuneInString(b.word[k:])
	return k + n, 0, false, false
}
