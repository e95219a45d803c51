package certificate

import (
	"time"

	"github.com/msedocs/msedocs/fonts"
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
	// NoArchive writes plain PDF instead of PDF/A-1b (ISO 19005-1, level
	// B), the archival form every PDF is in by default. Turn it off only
	// for a file a later tool will change by adding what PDF/A-1 forbids
	// (transparency, attachments, encryption), which would otherwise
	// claim a conformance it no longer has; it saves about 10 KB a file.
	NoArchive bool
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
	return r, nil
}
