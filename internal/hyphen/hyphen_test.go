package hyphen

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// marked returns token with a '·' at each of its break points.
func marked(token string) string {
	var sb strings.Builder
	last := 0
	for _, p := range Points(nil, token) {
		sb.WriteString(token[last:p.Offset])
		sb.WriteString("·")
		last = p.Offset
	}
	sb.WriteString(token[last:])
	return sb.String()
}

func TestPoints(t *testing.T) {
	for _, want := range []string{
		// Russian, from the forms and the law.
		"пе·ре·ос·ви·де·тель·ство·ва·ния",
		"про·фес·си·о·наль·ной",
		"тру·дос·по·соб·нос·ти",
		"ме·ди·ко-·со·ци·аль·ной", // its own hyphen: a break with none added
		"ин·ва·лид·ность",
		"ре·а·би·ли·та·ции",
		"эк·спер·ти·зы",
		"Алек·сан·дро·вич",
		"Ека·те·ри·на",
		"го·су·дар·ство",
		"ос·ви·де·тель·ство·ва·ния",
		"ут·ра·ты",
		"без",
		"ПЕ·РЕ·ОС·ВИ·ДЕ·ТЕЛЬ·СТВО·ВА·НИЯ", // capitals as small letters
		"Aл·ма·ты",                        // the first A in Latin, as typed by mistake
		"ме·ди·ко‑со·ци·аль·ной",          // a non-breaking hyphen is no break point
		"мер·зі·мін·сіз",
		"ең·бек·ке",
		"са·уық·ты·ру",
		// The rules one by one.
		"ма·ма",      // a consonant goes with the vowel after it
		"сес·тра",    // one consonant of a stretch stays
		"чув·ство",   //
		"кон·троль",  //
		"рус·ский",   // doubled consonants part
		"се·мья",     // ь before a vowel stays with its consonant
		"ста·тья",    //
		"во·ро·бьёв", //
		"подъ·езд",   // ъ stays with the letter before
		"объ·ект",    //
		"боль·шой",   // after ь before a consonant
		"вой·на",     // й stays with its vowel
		"рай·он",     //
		"ули·ца",     // no single letter left: not у·ли·ца
		"по·эт",      // two vowels, a vowel on each side
		"ра·дио",     // no single letter carried: not ра·ди·о
		"яма",        // three letters and nothing to break
		"вьюн",       //
		"Ма́·рия",    // a stress mark stays over its letter; я is not left alone
		// Kazakh, from the journals' titles and captions.
		"қа·бі·лет·ті·лік·тен",
		"анық·та·ма·лар·ды",
		"са·рап·та·ма·лық",
		"мү·ге·дек·тік",
		"жұ·мыс·кер·дің",
		"әлеу·мет·тік",        // у after a vowel is a consonant in Kazakh
		"қор·ға·уы",           //
		"ба·уыр",              // у between vowels
		"ки·ім",               // и is a vowel
		"айт·қан",             // one consonant goes on
		"жұрт·қа",             //
		"Қа·зақ·стан",         // three consonants after a non-sonorant
		"Нұр·лан·қы·зы",       //
		"ку·ә·лан·ды·рыл·ған", //
		"ме·ди·ци·на·лық-·әлеу·мет·тік",
		"са·рап·та·ма",
		"жыл·ғы",
		"қайық", // й is never carried to the next line
		// Latin: only between two consonants alone between vowels.
		"let·ter",
		"doc·tor",
		"rehabilitation",
		"mother", // th is one sound
		// Punctuation stays with its word.
		"«груп·пы»,",
		"(при",
		"на·ли·чии)",
		"эк·спер·ти·зы.",
	} {
		word := strings.ReplaceAll(want, "·", "")
		if got := marked(word); got != want {
			t.Errorf("Points(%q) = %s, want %s", word, got, want)
		}
	}
}

// TestNotWords: a token with digits, or with '/', '@', an inner '.' and
// the like, is no word: it has no break points and takes no hyphen.
func TestNotWords(t *testing.T) {
	for _, token := range []string{
		"0012345", "№", "АБ№0012345", "880101300123", "01.01.2030", "2024–2025", "Н2О",
		"ИИН880101300123", "переосвидетельствования2", "3-й", "т.е.", "г.Астана",
		"https://msedocs.kz/жұмыскердің", "қызметкер@mail.kz", "медико/социальной",
		"д'Артаньян", "медико--социальной", "-медико", "медико-", "«»", "", "...",
		"пере\u00adосвидетельствования", "переосвидетельствования\u200b",
	} {
		if Word(token) {
			t.Errorf("Word(%q) = true, want false", token)
		}
		if got := Points(nil, token); len(got) != 0 {
			t.Errorf("Points(%q) = %v, want none", token, got)
		}
	}
	for _, token := range []string{"переосвидетельствования", "«медико-социальной»,", "(при", "Ма\u0301рия", "let"} {
		if !Word(token) {
			t.Errorf("Word(%q) = false, want true", token)
		}
	}
}

// FuzzPoints checks the rules that hold for every token: points in
// order, at letters, two letters and a vowel on each side of a break
// inside a word part, never before й, ь, ъ or a mark, and never between
// a consonant and the vowel after it.
func FuzzPoints(f *testing.F) {
	for _, s := range []string{"переосвидетельствования", "медико-социальной", "қабілеттіліктен", "әлеуметтік",
		"бауыр", "подъезд", "семья", "letter", "«группы»,", "Ма\u0301рия", "0012345", "a-b-c-d", "ааааа", "ъъъъъ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, token string) {
		pts := Points(nil, token)
		if len(pts) > 0 && !Word(token) {
			t.Fatalf("Points(%q) = %v for no word", token, pts)
		}
		last := 0
		for _, p := range pts {
			if p.Offset <= last || p.Offset >= len(token) || !utf8.RuneStart(token[p.Offset]) {
				t.Fatalf("Points(%q): offset %d out of order or inside a rune", token, p.Offset)
			}
			last = p.Offset
			before, after := token[:p.Offset], token[p.Offset:]
			b, _ := utf8.DecodeLastRuneInString(before)
			a, _ := utf8.DecodeRuneInString(after)
			if !p.Hyphen {
				if !isHyphen(b) || b == '\u2011' {
					t.Fatalf("Points(%q): a break without hyphen after %q", token, b)
				}
				continue
			}
			if !unicode.IsLetter(b) && !unicode.Is(unicode.Mn, b) || !unicode.IsLetter(a) {
				t.Fatalf("Points(%q): break between %q and %q", token, b, a)
			}
			if strings.ContainsRune("йьъЙЬЪ", a) {
				t.Fatalf("Points(%q): %q carried to the next line", token, a)
			}
			lb, la := lastPart(before), firstPart(after)
			if countLetters(lb) < MinLetters || countLetters(la) < MinLetters {
				t.Fatalf("Points(%q): fewer than %d letters at %q|%q", token, MinLetters, lb, la)
			}
			if !strings.ContainsFunc(lb, isVowelAny) || !strings.ContainsFunc(la, isVowelAny) {
				t.Fatalf("Points(%q): a side with no vowel at %q|%q", token, lb, la)
			}
			if bl := unicode.ToLower(b); strings.ContainsRune(cyrConsonants, bl) && isVowelAny(a) && unicode.Is(unicode.Cyrillic, a) {
				t.Fatalf("Points(%q): consonant %q parted from vowel %q", token, b, a)
			}
		}
	})
}

func isVowelAny(r rune) bool { return isVowel(unicode.ToLower(r)) }

// lastPart returns what follows the last hyphen of s, firstPart what
// precedes the first one.
func lastPart(s string) string {
	if i := strings.LastIndexFunc(s, isHyphen); i >= 0 {
		_, n := utf8.DecodeRuneInString(s[i:])
		return s[i+n:]
	}
	return s
}

func firstPart(s string) string {
	if i := strings.IndexFunc(s, isHyphen); i >= 0 {
		return s[:i]
	}
	return s
}
