package layout

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/msedocs/msedocs/fonts"
)

func testFonts(t testing.TB) *fonts.Family {
	t.Helper()
	fam, err := fonts.Liberation()
	if err != nil {
		t.Fatal(err)
	}
	return fam
}

func TestWrap(t *testing.T) {
	f := testFonts(t).Regular
	w := func(s string) float64 { return f.Width(s, 10) }
	tests := []struct {
		name  string
		text  string
		width float64
		want  []string
	}{
		{"fits", "Әлия Нұрланқызы", w("Әлия Нұрланқызы"), []string{"Әлия Нұрланқызы"}},
		{"breaks at space", "Әлия Нұрланқызы", w("Әлия Нұрланқызы") - 1, []string{"Әлия", "Нұрланқызы"}},
		{"newline", "Күні\nДата", 500, []string{"Күні", "Дата"}},
		{"empty line kept", "a\n\nb", 500, []string{"a", "", "b"}},
		{"collapses edge spaces", "  a  b  ", 500, []string{"a  b"}},
		{"long word split with hyphen", "ҚҚҚҚҚҚ", w("ҚҚҚ-"), []string{"ҚҚҚ-", "ҚҚҚ"}},
		{"a number is cut without a hyphen", "123456", w("123"), []string{"123", "456"}},
		{"empty", "", 100, []string{""}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := wrap(nil, f, 10, tc.width, tc.text)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("wrap(%q) (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

func TestWrapNeverExceedsWidth(t *testing.T) {
	f := testFonts(t).Regular
	text := strings.Repeat("Медициналық-әлеуметтік сараптама актілерінің қозғалысын есепке алу ", 5)
	for _, width := range []float64{20, 35, 60, 100, 250} {
		lines := wrap(nil, f, 9, width, text)
		var words []string
		for _, l := range lines {
			if got := f.Width(l, 9); got > width+1e-9 {
				t.Errorf("width %v: line %q is %v wide", width, l, got)
			}
			words = append(words, l)
		}
		// Nothing is lost: joining the pieces gives back every letter.
		letters := strings.NewReplacer(" ", "", "-", "")
		if letters.Replace(strings.Join(words, "")) != letters.Replace(text) {
			t.Errorf("width %v: letters lost", width)
		}
	}
}
