package certificate

import (
	"time"

	"github.com/msedocs/msedocs/fonts"
	"github.com/msedocs/msedocs/internal/calendar"
)

// Options adjust how documents are printed. A nil *Options means the
// defaults: Liberation Serif, no creation date, dates checked against the
// clock.
type Options struct {
	// Fonts is the family to print with; nil means Liberation Serif.
	// Every rune printed must be in both faces.
	Fonts *fonts.Family
	// Created is written into the file as its creation date. Zero writes
	// none (an XLSX file states a fixed date, 2000-01-01): output
	// never depends on the clock.
	Created time.Time
	// Now is the moment against which dates are checked for being in the
	// future; zero means the current time.
	Now time.Time
	// Zone is the department's time zone: dates are calendar days, and
	// a date is in the future when it is after the day Now falls on in
	// Zone. Nil means Asia/Almaty (UTC+5), whose zone data is embedded.
	Zone *time.Location
}

// resolved is Options with the defaults filled in.
type resolved struct {
	Options
	fonts *fonts.Family
}

func resolve(o *Options) (*resolved, error) {
	r := &resolved{}
	if o != nil {
		r.Options = *o
	}
	fam, err := fonts.Or(r.Options.Fonts)
	if err != nil {
		return nil, err
	}
	r.fonts = fam
	if r.Now.IsZero() {
		r.Now = time.Now()
	}
	if r.Zone == nil {
		r.Zone = calendar.Zone()
	}
	return r, nil
}

// today is the day of Now in the department's zone.
func (r *resolved) today() calendar.Day { return calendar.Today(r.Now, r.Zone) }
