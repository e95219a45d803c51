// Package hyphen finds the places where a Russian or Kazakh word (in
// Cyrillic), or a Latin one, may be broken at the end of a line.
//
// The rules work on classes of letters, in the manner of the classical
// rule set for Russian (P. Khristov's): a letter is a vowel, a consonant,
// or one of the special letters й, ь, ъ. A word is broken only between
// syllables, and one place is chosen in each stretch of consonants
// between two vowels:
//
//   - at least two letters stay on each side of a break, and each side
//     keeps a vowel (no single letter is left or carried, and a piece is
//     never all consonants);
//   - й, ь and ъ are never separated from the letter before them;
//   - a consonant is never separated from the vowel after it: a single
//     consonant between vowels goes to the next line (ма-ма, се-мья,
//     воро-бьёв, where ь before a vowel stays with its consonant);
//   - two vowels side by side may be broken between (пере-осви, си-он);
//   - after й, after ъ, and after ь followed by a consonant the stretch is
//     broken right there (вой-на, подъ-езд, тель-ство, боль-шой);
//   - otherwise, in a Russian word one consonant of the stretch stays and
//     the rest go to the next line (сес-тра, чув-ство, кон-троль,
//     рус-ский); in a Kazakh word one consonant goes to the next line, as
//     Kazakh syllables begin with one consonant (айт-қан, жұрт-қа), unless
//     the stretch has three consonants or more and does not begin with a
//     sonorant р, л, й or у, which is how loans like Қазақ-стан divide.
//
// A word is Kazakh when it has a letter of the Kazakh alphabet that
// Russian lacks (ә ғ қ ң ө ұ ү һ і). In a Kazakh word у after a vowel is
// the semivowel [w] and counts as a consonant (әлеу-мет-тік, қор-ға-уы);
// after a consonant it is a vowel (алу). So it is in any word where у
// stands between two vowels (ба-уыр, та-уы), as Russian words all but
// never have it there. и is always a vowel: the [j] it
// carries belongs to its own syllable (ки-ім). й counts as a consonant
// there too (айт-қан), but is still never carried to the next line.
//
// A Latin word is broken only between two consonants that stand alone
// between vowels and are not one sound (ch, ck, gh, ph, sh, th, wh): let-
// ter, doc-tor; any other Latin word is not broken at all, since English
// and Latin syllables cannot be found from letters alone. Letters of other
// scripts are never broken.
//
// A word's own hyphen (медико-социальной) is a break point where no
// hyphen is added; the parts on each side are broken by the rules above.
// Anything but letters and such hyphens inside a token (digits, '/', '@',
// '.', an apostrophe …) makes it something other than a word, such as a
// number, a series «АБ № 0012345», a URL or an e-mail address: it has no
// break points and must never be given a hyphen (see [Word]).
//
// The package has no state: the same token always gives the same points.
package hyphen

import (
	"unicode"
	"unicode/utf8"
)

// MinLetters is the fewest letters left on either side of a break.
const MinLetters = 2

// Point is a place where a token may be broken at the end of a line.
type Point struct {
	// Offset is a byte offset into the token: token[:Offset] ends the
	// line and token[Offset:] begins the next.
	Offset int
	// Hyphen is true when a hyphen must be drawn after token[:Offset],
	// and false where the token has its own hyphen there.
	Hyphen bool
}

// Points appends to dst the places where token may be broken, in
// increasing order of Offset, and returns the extended slice. A token is
// what stands between spaces: punctuation around a word («(при», «группы,»)
// stays with it, and a token that is not a word (see [Word]) has no
// points.
func Points(dst []Point, token string) []Point {
	core, lead, ok := split(token)
	if !ok {
		return dst
	}
	var letters []letter
	total := countLetters(core)
	seen := 0 // letters of core before the part being read
	start := 0
	for start <= len(core) {
		end := start
		for end < len(core) && !isHyphen(runeAt(core, end)) {
			_, n := utf8.DecodeRuneInString(core[end:])
			end += n
		}
		letters = readPart(letters[:0], core[start:end], lead+start)
		dst = partPoints(dst, letters)
		seen += len(letters)
		if end == len(core) {
			break
		}
		r, n := utf8.DecodeRuneInString(core[end:])
		if r != '\u2011' && seen >= MinLetters && total-seen >= MinLetters {
			// The word's own hyphen: break after it, adding none.
			dst = append(dst, Point{Offset: lead + end + n})
		}
		start = end + n
	}
	return dst
}

// Word reports whether token is a word that may take a hyphen when it is
// broken: letters, with hyphens only between letters, and at most some
// punctuation before (« ( [ " ' „ “) and after (. , ; : ! ? » ) ] " ' ” …).
// A token with a digit, '/', '@', an inner '.' or any other sign is not.
func Word(token string) bool {
	_, _, ok := split(token)
	return ok
}

// split returns the core of token (the word without the punctuation
// around it), the byte offset where the core begins, and whether token is
// a word.
func split(token string) (core string, lead int, ok bool) {
	for lead < len(token) {
		r, n := utf8.DecodeRuneInString(token[lead:])
		if !isOpening(r) {
			break
		}
		lead += n
	}
	end := len(token)
	for end > lead {
		r, n := utf8.DecodeLastRuneInString(token[lead:end])
		if !isClosing(r) {
			break
		}
		end -= n
	}
	core = token[lead:end]
	if core == "" {
		return "", 0, false
	}
	prevLetter := false
	for _, r := range core {
		switch {
		case unicode.IsLetter(r):
			prevLetter = true
		case unicode.Is(unicode.Mn, r) && prevLetter:
			// A stress mark or other mark over the letter before.
		case isHyphen(r) && prevLetter:
			prevLetter = false
		default:
			return "", 0, false
		}
	}
	return core, lead, prevLetter
}

func isOpening(r rune) bool {
	switch r {
	case '«', '(', '[', '"', '\'', '„', '“':
		return true
	}
	return false
}

func isClosing(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', '»', ')', ']', '"', '\'', '”', '…':
		return true
	}
	return false
}

// isHyphen reports whether r is a hyphen inside a word: the ASCII
// hyphen-minus, the hyphen U+2010, and the non-breaking hyphen U+2011
// (which divides the word's parts but is no break point).
func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }

func runeAt(s string, i int) rune {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

func countLetters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}
