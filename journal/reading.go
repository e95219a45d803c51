package journal

import (
	"errors"
	"iter"

	"github.com/msedocs/msedocs/internal/reread"
)

// A Stream is read twice: once to validate, once to print (unless
// Options.ReadOnce, see validation.go). Validation keeps a hash of each
// entry's digest form (8 bytes an entry, not the entry), and printing
// reads through a check of every entry against it, so that what is
// printed is what was checked: an entry that differs, or another number
// of entries, is ErrStreamChanged.

// recording returns the entries of sec as validation reads them, noting
// each one's hash in sec.first when sec is a stream (internal/reread).
func (sec *section) recording() iter.Seq2[row, error] {
	if sec.encode == nil || sec.rows == nil {
		return sec.rows
	}
	seq, first := reread.Record(sec.rows, sec.encode, "entries", ErrStreamChanged)
	sec.first = first
	return seq
}

// entries returns the entries of sec as printing reads them: a stream
// that was validated is compared, entry by entry, with what validation
// read, and any difference ends it with ErrStreamChanged.
func (sec *section) entries() iter.Seq2[row, error] {
	if sec.first == nil {
		return sec.rows
	}
	return reread.Check(sec.rows, sec.first, sec.encode)
}

// streamErr wraps an error met while reading entries: a caller's stream
// error as a *StreamError, a changed stream as it is.
func streamErr(err error) error {
	if errors.Is(err, ErrStreamChanged) {
		return err
	}
	return &StreamError{Err: err}
}
