// Package check holds what the validation of journals and of documents
// shares: the settings resolved from either package's Options (fonts,
// the day of the clock in the department's zone) and the checks of a
// text and of a date.
package check

import (
	"time"

	"github.com/msedocs/msedocs/fonts"
	"github.com/msedocs/msedocs/internal/calendar"
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
}

// Text checks that s can be drawn and, if required, is not empty.
func (c *Checker) Text(field, s string, required bool) {
	if s == "" {
		if required {
			c.Add(field, problem.ErrRequired)
		}
		return
	}
	if err := c.Fonts.Check(s); err != nil {
		c.Add(field, err)
	}
}

// Date checks that t is set (if required) and not after today.
func (c *Checker) Date(field string, t time.Time, required bool) {
	switch {
	case t.IsZero():
		if required {
			c.Add(field, problem.ErrRequired)
		}
	case calendar.Of(t).After(c.Today):
		c.Add(field, problem.ErrFutureDate)
	}
}
