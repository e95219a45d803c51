package journal

import (
	"errors"
	"fmt"
	"time"

	"github.com/msedocs/msedocs/fonts"
	"github.com/msedocs/msedocs/internal/check"
	"github.com/msedocs/msedocs/internal/numwords"
)

// Language chooses the language of values taken from closed lists (groups,
// causes, terms) in the entries. Captions are always printed in both.
type Language int

// Languages of values.
const (
	Russian Language = iota
	Kazakh
)

// Options adjust how a journal is printed. A nil *Options means the
// defaults: A4, Liberation Serif, values in Russian, no creation date.
type Options struct {
	// Fonts is the family to print with; nil means Liberation Serif.
	// Every rune printed must be in both faces.
	Fonts *fonts.Family
	// Created is written into the file as its creation date. Zero writes
	// none: output never depends on the clock.
	Created time.Time
	// Now is the moment against which dates are checked for being in the
	// future; zero means the current time.
	Now time.Time
	// Zone is the department's time zone: dates are calendar days, and
	// a date is in the future when it is after the day Now falls on in
	// Zone. Nil means Asia/Almaty (UTC+5), whose zone data is embedded.
	Zone *time.Location
	// Language of values from closed lists.
	Language Language
	// VolumePages is the most pages one bound volume may have when Write
	// splits a long journal: MinVolumePages (a title, a page of entries
	// and the certification) or more; 0 means DefaultVolumePages (500)
	// and NoVolumeLimit never splits. Any other value is an error. Write
	// holds the laid-out pages of a volume until its last entry is placed
	// (its title states it): some 35 KB a page of journal 6, so memory
	// grows with VolumePages, not with the journal.
	VolumePages int
	// NoArchive writes plain PDF instead of PDF/A-1b (ISO 19005-1, level
	// B), the archival form every PDF is in by default. Turn it off only
	// for a file a later tool will change by adding what PDF/A-1 forbids
	// (transparency, attachments, encryption), which would otherwise
	// claim a conformance it no longer has; it saves about 10 KB a file.
	NoArchive bool
	// ReadOnce reads a Stream once instead of twice: each entry is
	// checked just before it is laid out, rather than all of them
	// before anything is printed. It saves a reading of the source (a
	// query run again, a file parsed again) and lets checking and
	// printing share the machine. The price: a problem stops the
	// printing part way, after pages already handed to the writer.
	// Write and WritePDF then read the rest of the stream and return
	// every problem, as without ReadOnce, but the caller must discard
	// what was written (the command line writes temporary files and
	// removes them). Without ReadOnce nothing is written for an invalid
	// journal. Journals held in memory, journal 1 and a journal whose
	// header is invalid are checked first in any case; WriteXLSX of one
	// workbook always reads a Stream once, as it writes nothing before
	// the workbook is complete.
	ReadOnce bool
	// Progress, when not nil, is told after each page how much is done:
	// entries (pages, for a blank journal) out of total, or of -1 when
	// the entries come from a Stream. Write calls it from several
	// goroutines, never two at a time.
	Progress func(done, total int)
}

// resolved is Options with the defaults filled in.
type resolved struct {
	Options
	set check.Settings
}

func resolve(o *Options) (*resolved, error) {
	r := &resolved{}
	if o != nil {
		r.Options = *o
	}
	var errs []error
	if r.Language != Russian && r.Language != Kazakh {
		errs = append(errs, fmt.Errorf("%w: Options.Language %d, want Russian (%d) or Kazakh (%d)",
			ErrOptions, r.Language, Russian, Kazakh))
	}
	if v := r.VolumePages; v != 0 && v != NoVolumeLimit && (v < MinVolumePages || v > numwords.Max) {
		errs = append(errs, fmt.Errorf("%w: Options.VolumePages %d, want 0, NoVolumeLimit or %d to %d",
			ErrOptions, v, MinVolumePages, numwords.Max))
	}
	var err error
	r.set, err = check.Resolve(r.Options.Fonts, r.Now, r.Zone)
	return r, errors.Join(append(errs, err)...)
}
