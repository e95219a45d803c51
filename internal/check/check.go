// Package check holds what the validation of journals and of documents
// shares: the settings resolved from either package's Options (fonts,
// the day of the clock in the department's zone) and the checks of a
// text and of a date.
package check

import (
	"fmt"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/msedocs/msedocs/fonts"
	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/calendar"
	"github.com/msedocs/msedocs/internal/jsonrec"
	"github.com/msedocs/msedocs/internal/problem"
)

// Settings are the options that journals and documents share, with the
// defaults filled in.
type Settings struct {
	// Fonts is the family text is checked against and printed in.
	Fonts *fonts.Family
	// Today is the day of the clock in the department's zone: a date
	// after it is in the future.
	Today calendar.Day
}

// Resolve fills in the defaults of the shared options: Liberation Serif
// for a nil family, the current time for a zero now, Asia/Almaty for a
// nil zone.
func Resolve(fam *fonts.Family, now time.Time, zone *time.Location) (Settings, error) {
	f, err := fonts.Or(fam)
	if err != nil {
		return Settings{}, err
	}
	if now.IsZero() {
		now = time.Now()
	}
	return Settings{Fonts: f, Today: calendar.Today(now, zone)}, nil
}

// Checker checks fields and reports each problem to Add.
type Checker struct {
	Settings
	// Add records a problem of a field.
	Add func(field string, err error)
	// MaxRunes, if not 0, is the most characters a text may hold: a
	// document prints on one page, so each of its texts is bounded.
	MaxRunes int
}

// Text checks that s is UTF-8 of no control character (a tab or a line
// break in a name is a slip, not something to print), no longer than
// MaxRunes, that it can be drawn and, if required, is not empty.
func (c *Checker) Text(field, s string, required bool) {
	if s == "" {
		if required {
			c.Add(field, problem.ErrRequired)
		}
		return
	}
	if c.MaxRunes == 0 && drawable(s, c.Fonts) {
		return // the common case, in one pass
	}
	if err := plainText(s, c.MaxRunes); err != nil {
		c.Add(field, err)
		return
	}
	if err := c.Fonts.Check(s); err != nil {
		c.Add(field, err)
	}
}

// drawable reports whether s is UTF-8 of no control character that both
// faces of fam draw: what plainText and fam.Check pass, tested in one
// pass over s rather than four.
func drawable(s string, fam *fonts.Family) bool {
	for _, r := range s {
		if r < 0x20 || (r >= 0x7f && r < 0xa0) || r == utf8.RuneError || r == '\u2028' || r == '\u2029' ||
			!fam.Regular.Has(r) || !fam.Bold.Has(r) {
			return false
		}
	}
	return true
}

// plainText returns the problem of a text that is not UTF-8, holds a
// control character or has more than max characters (0: any number).
func plainText(s string, max int) error {
	if !utf8.ValidString(s) {
		return problem.ErrInvalidUTF8
	}
	n := 0
	for _, r := range s {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return problem.ErrControlChar
		}
		n++
	}
	if max > 0 && n > max {
		return fmt.Errorf("%w: %d characters, want at most %d", problem.ErrTooLong, n, max)
	}
	return nil
}

// Date checks that t is set (if required), not before MinYear and not
// after today.
func (c *Checker) Date(field string, t time.Time, required bool) {
	switch {
	case t.IsZero():
		if required {
			c.Add(field, problem.ErrRequired)
		}
	case t.Year() < jsonrec.MinYear:
		c.Add(field, fmt.Errorf("%w: want a year from %d", problem.ErrDateRange, jsonrec.MinYear))
	case calendar.Of(t).After(c.Today):
		c.Add(field, problem.ErrFutureDate)
	}
}

// termMonths returns the months a term of the closed list runs, 0 for
// "until" and "indefinite".
func termMonths(t forms.Term) int {
	switch t {
	case forms.Term6Months:
		return 6
	case forms.Term1Year:
		return 12
	case forms.Term2Years:
		return 24
	case forms.Term5Years:
		return 60
	}
	return 0
}

// Term checks a term (field "term") and its end date (field "until") set
// on the day issued, counted from the day from (zero: from issued):
//   - the term is on the closed list forms.Terms;
//   - "indefinite" has no end date (ErrNotApplicable);
//   - "until" has one (ErrRequired), and so has every other term when
//     needUntil is set;
//   - the end is after issued (ErrDateOrder);
//   - the end of a term of months or years comes no later than the first
//     day of the month after the term has run from its start, else
//     ErrRange. The terms are those of Order No. 44 (2015), item 22, as
//     transcribed in forms.Terms; the texts seen do not say on which day
//     a term ends, so a month's allowance is left for setting the end
//     at the first of a month, as departments do, and no lower bound
//     but the date of issue is set (a term counted from an earlier day
//     ends earlier).
func (c *Checker) Term(t forms.Term, from, issued, until time.Time, needUntil bool) {
	if _, ok := t.Label(); !ok {
		if t == "" {
			c.Add("term", problem.ErrRequired)
		} else {
			c.Add("term", problem.ErrUnknownValue)
		}
		return
	}
	switch {
	case t == forms.TermIndefinite:
		if !until.IsZero() {
			c.Add("until", fmt.Errorf("%w: a term without re-examination has no end date", problem.ErrNotApplicable))
		}
		return
	case until.IsZero():
		if t == forms.TermUntil || needUntil {
			c.Add("until", problem.ErrRequired)
		}
		return
	case !issued.IsZero() && !calendar.Of(until).After(calendar.Of(issued)):
		c.Add("until", fmt.Errorf("%w: the term must end after the date of issue", problem.ErrDateOrder))
		return
	}
	start := from
	if start.IsZero() {
		start = issued
	}
	months := termMonths(t)
	if months == 0 || start.IsZero() {
		return
	}
	end := calendar.Of(start).Time().AddDate(0, months, 0)
	// The first day of the month after the one in which the term ends.
	last := time.Date(end.Year(), end.Month()+1, 1, 0, 0, 0, 0, time.UTC)
	if calendar.Of(until).Time().After(last) {
		c.Add("until", fmt.Errorf("%w: longer than the term allows", problem.ErrRange))
	}
}
