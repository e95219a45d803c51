package layout

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/msedocs/msedocs/internal/hyphen"
)

// TestWrapHyphenates: the indefinite term of journals 2–4 in its column
// (9 pt in 78.5 pt) is broken at a syllable, not «переосвидетельств-ования».
func TestWrapHyphenates(t *testing.T) {
	f := testFonts(t).Regular
	got := wrap(nil, f, 9, 78.5, "без срока переосвидетельствования")
	want := []string{"без срока", "переосвидетель-", "ствования"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	got = wrap(nil, f, 9, f.Width("медико-с", 9), "медико-социальной экспертизы")
	want = []string{"медико-", "социаль-", "ной", "экспер-", "тизы"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("own hyphen (-want +got):\n%s", diff)
	}
}

// longWords are words of the forms, and some with every rule in them.
var longWords = []string{
	"переосвидетельствования", "профессиональной", "трудоспособности", "медико-социальной",
	"освидетельствования", "инвалидности", "реабилитации", "Александрович", "Константинопольский",
	"қабілеттіліктен", "анықтамаларды", "сараптамалық", "мүгедектік", "жұмыскердің",
	"Медициналық-әлеуметтік", "куәландырылған", "Нұрланқызы", "подъезд", "воробьёв", "большой",
	"«переосвидетельствования»,", "(трудоспособности)", "rehabilitation", "letterhead",
}

// TestWrapBreaksOnlyAtLegalPoints: at every width from the word's own
// down to a few letters, a long word is broken at the last legal point
// whose piece and hyphen fit, and between other letters only when no
// legal point fits.
func TestWrapBreaksOnlyAtLegalPoints(t *testing.T) {
	f := testFonts(t).Regular
	const size = 9
	hy := f.RuneWidth('-', size)
	for _, word := range longWords {
		points := hyphen.Points(nil, word)
		for width := f.Width(word, size) - 0.5; width > 3*hy; width -= 0.75 {
			lines := wrap(nil, f, size, width, word)
			k := 0 // where the line begins in word
			for _, line := range lines[:len(lines)-1] {
				piece, added := line, false
				if !strings.HasPrefix(word[k:], line) {
					piece, added = strings.CutSuffix(line, "-")
				}
				if !strings.HasPrefix(word[k:], piece) {
					t.Fatalf("%q at %.2f: line %q is not the word's next piece", word, width, line)
				}
				end := k + len(piece)
				best := -1 // the last legal point that fits
				for _, p := range points {
					if p.Offset <= k {
						continue
					}
					w := f.Width(word[k:p.Offset], size)
					if p.Hyphen {
						w += hy
					}
					if w <= width {
						best = p.Offset
					}
				}
				if best >= 0 && end != best {
					t.Errorf("%q at %.2f: broken after %q, want after %q", word, width, word[:end], word[:best])
				}
				if best < 0 && !added && hyphen.Word(word) && endsBetweenLetters(word, end) && f.Width(piece, size)+hy <= width {
					t.Errorf("%q at %.2f: %q broken between letters without a hyphen", word, width, piece)
				}
				k = end
			}
		}
	}
}

func endsBetweenLetters(word string, end int) bool {
	b, _ := utf8.DecodeLastRuneInString(word[:end])
	a, _ := utf8.DecodeRuneInString(word[end:])
	return unicode.IsLetter(b) && unicode.IsLetter(a)
}

// TestWrapNeverHyphenatesNonWords: numbers, series, addresses and the like
// are never given a hyphen at any width, and never cut where they fit a
// line.
func TestWrapNeverHyphenatesNonWords(t *testing.T) {
	f := testFonts(t).Regular
	const size = 9
	for _, token := range []string{
		"0012345", "880101300123", "ИИН880101300123", "АБ№0012345", "№0012345", "01.01.2030", "2024–2025",
		"https://msedocs.kz/анықтамаларды", "қызметкер@mail.kz", "переосвидетельствования2", "г.Астана",
		"медико/социальной", "3-го", "Н2О-Н2О-Н2О", "т.е.", "д'Артаньян",
	} {
		for width := f.Width(token, size) - 0.25; width > 0; width -= 0.5 {
			lines := wrap(nil, f, size, width, token)
			if got := strings.Join(lines, ""); got != token {
				t.Errorf("%q at %.2f: cut as %q", token, width, lines)
			}
		}
	}
	for _, text := range []string{"АБ № 0012345", "ИИН 880101300123", "до 01.01.2030", "серия АБ№0012345 от 09.01.2025"} {
		widest := 0.0
		for _, token := range strings.Fields(text) {
			widest = max(widest, f.Width(token, size))
		}
		for width := f.Width(text, size); width >= widest; width -= 0.5 {
			lines := wrap(nil, f, size, width, text)
			for _, token := range strings.Fields(text) {
				if !containsLine(lines, token) {
					t.Errorf("%q at %.2f: %q fits a line but is cut: %q", text, width, token, lines)
				}
			}
		}
	}
}

func containsLine(lines []string, token string) bool {
	for _, l := range lines {
		if strings.Contains(l, token) {
			return true
		}
	}
	return false
}

// FuzzWrap: no panic; no rune lost or added but the hyphens wrap puts at
// the end of a line; every line fits its width unless it is one glyph
// wider than the line.
func FuzzWrap(f *testing.F) {
	fam := testFonts(f)
	for _, s := range []string{
		"без срока переосвидетельствования", "Медициналық-әлеуметтік сараптама актілерінің қозғалысын",
		"АБ № 0012345", "медико-социальной", "a  b\n\nc", "ҚҚҚҚҚҚ", "\u0301\u0301а", "x-y-z", "\xff\xfe",
		"Әлия Нұрланқызы", "ҚҚҚҚҚҚ ҚҚ", "123456", "  a  b  ", "Ш\tщ\r\n ", "",
	} {
		f.Add(s, uint16(400))
		f.Add(s, uint16(60))
	}
	f.Fuzz(func(t *testing.T, text string, width uint16) {
		if len(text) > 2000 {
			return
		}
		font, w := fam.Regular, float64(width)/10
		lines := wrap(nil, font, 9, w, text)
		for _, l := range lines {
			if font.Width(l, 9) > w+1e-9 && utf8.RuneCountInString(l) > 1 {
				t.Errorf("line %q is %v wide, over %v", l, font.Width(l, 9), w)
			}
		}
		checkRunes(t, text, lines)
	})
}

// checkRunes checks that lines hold the runes of text but spaces, in
// order, with nothing added but a hyphen at the end of a line.
func checkRunes(t *testing.T, text string, lines []string) {
	t.Helper()
	want := []rune(strings.Map(dropSpace, text))
	i := 0
	for _, l := range lines {
		got := []rune(strings.Map(dropSpace, l))
		for j, r := range got {
			switch {
			case i < len(want) && r == want[i]:
				i++
			case r == '-' && j == len(got)-1:
				// A hyphen wrap added.
			default:
				t.Fatalf("wrap(%q) = %q: rune %q added or out of order", text, lines, r)
			}
		}
	}
	if i != len(want) {
		t.Fatalf("wrap(%q) = %q: runes lost from %q", text, lines, string(want[i:]))
	}
}

func dropSpace(r rune) rune {
	if unicode.IsSpace(r) {
		return -1
	}
	return r
}
