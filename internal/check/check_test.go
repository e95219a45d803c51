package check

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/problem"
)

// got collects the problems a Checker reports, by field.
type got map[string]error

func newChecker(t *testing.T) (*Checker, got) {
	t.Helper()
	set, err := Resolve(nil, time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC), nil)
	if err != nil {
		t.Fatal(err)
	}
	g := got{}
	return &Checker{Settings: set, Add: func(f string, err error) { g[f] = err }}, g
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestTerm(t *testing.T) {
	issued := day(2025, 1, 9)
	for _, tc := range []struct {
		name      string
		term      forms.Term
		from      time.Time
		until     time.Time
		needUntil bool
		field     string
		want      error
	}{
		{"indefinite", forms.TermIndefinite, time.Time{}, time.Time{}, true, "", nil},
		{"indefinite with an end", forms.TermIndefinite, time.Time{}, day(2030, 1, 1), false, "until", problem.ErrNotApplicable},
		{"until without an end", forms.TermUntil, time.Time{}, time.Time{}, false, "until", problem.ErrRequired},
		{"until before the date", forms.TermUntil, time.Time{}, day(2024, 1, 1), false, "until", problem.ErrDateOrder},
		{"until on the date", forms.TermUntil, time.Time{}, issued, false, "until", problem.ErrDateOrder},
		{"until far on", forms.TermUntil, time.Time{}, day(2040, 1, 1), false, "", nil},
		{"1y without an end, journal", forms.Term1Year, time.Time{}, time.Time{}, false, "", nil},
		{"1y without an end, document", forms.Term1Year, time.Time{}, time.Time{}, true, "until", problem.ErrRequired},
		{"1y to the day", forms.Term1Year, time.Time{}, day(2026, 1, 9), false, "", nil},
		{"1y to the 1st of the month after", forms.Term1Year, time.Time{}, day(2026, 2, 1), false, "", nil},
		{"1y and a month", forms.Term1Year, time.Time{}, day(2026, 2, 2), false, "until", problem.ErrRange},
		{"1y before the date", forms.Term1Year, time.Time{}, day(2024, 1, 1), false, "until", problem.ErrDateOrder},
		{"5y 15 years on", forms.Term5Years, time.Time{}, day(2040, 1, 9), false, "until", problem.ErrRange},
		{"6m counted from earlier", forms.Term6Months, day(2024, 10, 1), day(2025, 4, 1), true, "", nil},
		{"6m counted from earlier, too long", forms.Term6Months, day(2024, 10, 1), day(2025, 7, 9), true, "until", problem.ErrRange},
		{"2y to the 1st of the month after", forms.Term2Years, time.Time{}, day(2027, 2, 1), false, "", nil},
		{"no term", "", time.Time{}, time.Time{}, false, "term", problem.ErrRequired},
		{"unknown term", "3y", time.Time{}, time.Time{}, false, "term", problem.ErrUnknownValue},
	} {
		c, g := newChecker(t)
		c.Term(tc.term, tc.from, issued, tc.until, tc.needUntil)
		if tc.want == nil {
			if len(g) > 0 {
				t.Errorf("%s: %v", tc.name, g)
			}
			continue
		}
		if len(g) != 1 || !errors.Is(g[tc.field], tc.want) {
			t.Errorf("%s: got %v, want %s: %v", tc.name, g, tc.field, tc.want)
		}
	}
}

func TestText(t *testing.T) {
	for _, tc := range []struct {
		s    string
		max  int
		want error
	}{
		{"Сәтбаев Ұлан", 0, nil},
		{"Сәтбаев\tҰлан", 0, problem.ErrControlChar},
		{"Сәтбаев\nҰлан", 0, problem.ErrControlChar},
		{"Сәтбаев\u2028Ұлан", 0, problem.ErrControlChar},
		{"Ab\xff\xfe", 0, problem.ErrInvalidUTF8},
		{strings.Repeat("ә", 10), 10, nil},
		{strings.Repeat("ә", 11), 10, problem.ErrTooLong},
	} {
		c, g := newChecker(t)
		c.MaxRunes = tc.max
		c.Text("full_name", tc.s, true)
		if tc.want == nil && len(g) > 0 || tc.want != nil && !errors.Is(g["full_name"], tc.want) {
			t.Errorf("Text(%q) = %v, want %v", tc.s, g, tc.want)
		}
		if err := g["full_name"]; err != nil && strings.Contains(err.Error(), "Сәтбаев") {
			t.Errorf("the problem quotes the text: %v", err)
		}
	}
}

func TestDateBeforeMinYear(t *testing.T) {
	c, g := newChecker(t)
	c.Date("date", day(1, 1, 2), true)
	if !errors.Is(g["date"], problem.ErrDateRange) {
		t.Errorf("year 1: %v, want ErrDateRange", g)
	}
}

// FuzzDrawable: the one-pass test of the common case passes exactly the
// texts that plainText and the fonts pass.
func FuzzDrawable(f *testing.F) {
	for _, s := range []string{"", "Ұлықбекова Һәлима Іңкәрқызы", "a\nb", "\x7f", "\u0085", "\u2028", "\ufffd", "\xff", "中", "№ 2, «ок»"} {
		f.Add(s)
	}
	set, err := Resolve(nil, time.Now(), nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		slow := plainText(s, 0) == nil && set.Fonts.Check(s) == nil
		if fast := drawable(s, set.Fonts); fast != slow {
			t.Errorf("drawable(%q) = %v, plainText and Check say %v", s, fast, slow)
		}
	})
}
