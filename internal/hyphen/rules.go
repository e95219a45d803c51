package hyphen

import (
	"strings"
	"unicode"
)

// class is what a letter is to the rules.
type class uint8

const (
	other     class = iota // a letter the rules do not know
	vowel                  // а ә е ё и і о ө у ұ ү ы э ю я, a e i o u y
	consonant              // б в г ғ д … щ, and the Latin ones
	special                // й ь ъ
)

// letter is one letter of a word part: lower-cased, where it begins in the
// token, and its class.
type letter struct {
	r   rune
	off int
	c   class
}

const (
	cyrVowels     = "аәеёиіоөуұүыэюя"
	cyrConsonants = "бвгғджзкқлмнңпрстфхһцчшщ"
	cyrSpecials   = "йьъ"
	kazakhOnly    = "әғқңөұүһі"
	kazakhSonor   = "рлйу" // may close a Kazakh syllable before another consonant
	latinVowels   = "aeiouyàáâäãåæèéêëìíîïòóôöõøœùúûüýÿ"
	latinDigraphs = "ch ck gh ph sh th wh"
)

// readPart appends the letters of part (a word between its own hyphens,
// beginning at byte base of the token) to dst. A mark over a letter
// belongs to it: no break falls before a mark.
func readPart(dst []letter, part string, base int) []letter {
	for i, r := range part {
		if !unicode.IsLetter(r) {
			continue
		}
		dst = append(dst, letter{r: unicode.ToLower(r), off: base + i})
	}
	return dst
}

// partPoints appends the break points of one word part.
func partPoints(dst []Point, w []letter) []Point {
	if len(w) < 2*MinLetters {
		return dst
	}
	cyrillic, kazakh, latin := false, false, true
	for _, l := range w {
		if unicode.Is(unicode.Cyrillic, l.r) {
			cyrillic, latin = true, false
			kazakh = kazakh || strings.ContainsRune(kazakhOnly, l.r)
		} else if !unicode.Is(unicode.Latin, l.r) {
			return dst // Greek, or any script the rules do not know
		}
	}
	if !classify(w, kazakh) {
		return dst
	}
	if latin && !cyrillic {
		return latinPoints(dst, w)
	}
	prev := -1 // the vowel before the stretch
	for j, l := range w {
		if l.c != vowel {
			continue
		}
		if prev >= 0 {
			dst = addPoint(dst, w, stretchBreak(w, prev, j, kazakh))
		}
		prev = j
	}
	return dst
}

// classify sets the class of every letter, and reports false when a
// letter is of no class the rules know.
func classify(w []letter, kazakh bool) bool {
	for i := range w {
		r := w[i].r
		switch {
		case isVowel(r):
			w[i].c = vowel
		case strings.ContainsRune(cyrConsonants, r) || unicode.Is(unicode.Latin, r):
			w[i].c = consonant
		case strings.ContainsRune(cyrSpecials, r):
			w[i].c = special
		default:
			return false
		}
		// у after a vowel is the semivowel [w]: always in a Kazakh word,
		// and in any word between two vowels (бауыр, тауы), which Russian
		// words all but never have. In a Kazakh word й is a consonant.
		if r == 'у' && i > 0 && w[i-1].c == vowel && (kazakh || i+1 < len(w) && isVowel(w[i+1].r)) ||
			r == 'й' && kazakh {
			w[i].c = consonant
		}
	}
	return true
}

func isVowel(r rune) bool {
	return strings.ContainsRune(cyrVowels, r) || strings.ContainsRune(latinVowels, r)
}

// stretchBreak returns the index of the letter before which the stretch
// between the vowels w[i] and w[j] is broken.
func stretchBreak(w []letter, i, j int, kazakh bool) int {
	if j == i+1 {
		return j // two vowels side by side
	}
	// After й or ъ, or after ь before a consonant: the syllable ends there.
	for s := j - 1; s > i; s-- {
		if w[s].c != special {
			continue
		}
		if w[s].r != 'ь' || w[s+1].c != vowel {
			return s + 1
		}
	}
	var cons []int // at most a handful: a stretch of consonants is short
	for s := i + 1; s < j; s++ {
		if w[s].c == consonant {
			cons = append(cons, s)
		}
	}
	if len(cons) == 0 {
		return j
	}
	stay := 1 // Russian: one consonant stays, the rest go on
	switch {
	case len(cons) == 1:
		stay = 0
	case kazakh && (len(cons) < 3 || strings.ContainsRune(kazakhSonor, w[cons[0]].r)):
		stay = len(cons) - 1 // Kazakh: one consonant goes on
	}
	return cons[stay]
}

// addPoint appends the break before w[b] if it leaves enough letters on
// each side and carries no й, ь or ъ to the next line.
func addPoint(dst []Point, w []letter, b int) []Point {
	if b < MinLetters || len(w)-b < MinLetters || w[b].c == special || w[b].r == 'й' {
		return dst
	}
	return append(dst, Point{Offset: w[b].off, Hyphen: true})
}

// latinPoints appends the breaks of a Latin word: only between two
// consonants alone between vowels that are not one sound.
func latinPoints(dst []Point, w []letter) []Point {
	for b := 2; b+1 < len(w); b++ {
		if w[b-2].c == vowel && w[b-1].c == consonant && w[b].c == consonant && w[b+1].c == vowel &&
			!strings.Contains(latinDigraphs, string([]rune{w[b-1].r, w[b].r})) {
			dst = addPoint(dst, w, b)
		}
	}
	return dst
}
