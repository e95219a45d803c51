package certificate

import (
	"time"

	"github.com/msedocs/msedocs/fonts"
	"github.com/msedocs/msedocs/internal/check"
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

// resolved is the documents' Options with the shared settings (fonts,
// today) worked out.
type resolved struct {
	Options
	set check.Settings
}

func resolve(o *Options) (*resolved, error) {
	var opts Options
	if o != nil {
		opts = *o
	}
	set, err := check.Resolve(opts.Fonts, opts.Now, opts.Zone)
	return &resolved{Options: opts, set: set}, err
}
