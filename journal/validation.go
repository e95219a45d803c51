package journal

import (
	"errors"
	"iter"
	"time"

	"github.com/msedocs/msedocs/internal/check"
)

// validation checks a journal one entry at a time: validate feeds it a
// whole reading of the entries before anything is printed; with
// Options.ReadOnce it checks each entry of the one reading just before
// the entry is laid out (see checking).
type validation struct {
	s    *source
	c    *checker
	prev time.Time // the date of the last dated entry of the section
	i    int       // entries of the section so far
}

// newValidation starts the validation of s: its header is checked.
func (s *source) newValidation(r *resolved) *validation {
	c := &checker{form: s.form, problem: problemAt}
	c.Checker = check.Checker{Settings: r.set, Add: c.add}
	c.header(s.header)
	return &validation{s: s, c: c}
}

// err returns every problem found so far, joined.
func (v *validation) err() error { return v.c.err() }

// section starts section si: its opening balance is checked, and the
// entries that follow are its own.
func (v *validation) section(si int) {
	sec, c := &v.s.sections[si], v.c
	c.section = ""
	if sec.spec != nil {
		c.section = sec.spec.ID
	}
	c.entry = 0
	if sec.hasOpening {
		c.count("opening", sec.opening)
	}
	v.prev, v.i = time.Time{}, 0
	c.last, c.odd = 0, 0
}

// entry checks the section's next entry, or the error its reading gave
// in the entry's place, and reports whether the reading is over: an
// error that ends the stream.
func (v *validation) entry(e row, err error) (done bool) {
	c := v.c
	v.i++
	c.entry = v.i
	if v.i == 1 && err == nil && e.no() > 0 {
		// A journal may continue the numbering of an earlier volume.
		c.last = e.no() - 1
	}
	if err != nil {
		if c.streamFailed(err) {
			return true
		}
		c.number(0) // the entry skipped still takes its number
		return false
	}
	e.check(c)
	d := e.date()
	c.order(v.s.header, v.prev, d)
	if !d.IsZero() {
		v.prev = d
	}
	return false
}

// errInvalid ends the printing of a journal read once (Options.ReadOnce)
// at its first problem; the problems are what Write reports.
var errInvalid = errors.New("invalid entry")

// readOnce returns the source that prints s in one reading, with the
// validation that checks it on the way (Options.ReadOnce): its entries
// are checked as the layout reads them, and from the first problem on
// the layout gets errInvalid instead while the rest are still read and
// checked, so that the validation ends with every problem. It returns
// a nil source for a journal that is not a single stream of entries
// (journal 1, a journal held in memory, a blank), or whose header is
// already invalid: those are validated first, as without ReadOnce.
func (s *source) readOnce(r *resolved) (*source, *validation) {
	if len(s.sections) != 1 || s.sections[0].rows == nil || s.sections[0].encode == nil {
		return nil, nil
	}
	v := s.newValidation(r)
	if v.err() != nil {
		return nil, nil
	}
	once := *s
	once.sections = []section{{len: -1, rows: v.checking(0)}}
	return &once, v
}

// checking returns the entries of section si, each checked before it
// is handed on.
func (v *validation) checking(si int) iter.Seq2[row, error] {
	rows := v.s.sections[si].rows
	return func(yield func(row, error) bool) {
		v.section(si)
		printing := true
		for e, err := range rows {
			n := len(v.c.errs)
			done := v.entry(e, err)
			if printing && !done && len(v.c.errs) == n {
				if !yield(e, nil) {
					return // the layout stopped for a reason of its own
				}
				continue
			}
			if printing {
				printing = false
				yield(nil, errInvalid)
			}
			if done {
				return
			}
		}
	}
}

// outcome is the result of printing a journal read once: its problems
// when it has any (the printing stopped at the first), else the
// printing's error.
func (v *validation) outcome(printErr error) error {
	if err := v.err(); err != nil {
		return err
	}
	return printErr
}
