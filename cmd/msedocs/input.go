package main

import (
	"errors"
	"fmt"
	"io"
	"iter"
	"os"

	"github.com/msedocs/msedocs"
	"github.com/msedocs/msedocs/journal"
)

// openInput returns what reads -in path again and again, for the
// streaming decoder: the file itself, or for "-" (and a pipe or device,
// which read once) a spool file in the run's temporary folder (main's
// TMPDIR). The spool file is removed when the command ends (a.closeAll),
// or on a signal, as every file a.temps holds. It returns the name to
// give in messages.
func (a *app) openInput(path string) (open func() (io.ReadCloser, error), name string, err error) {
	switch path {
	case "":
		return nil, "", usagef("-in FILE is required (- for stdin)")
	case "-":
		return a.spool(a.stdin, "stdin")
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, path, err
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil || !st.Mode().IsRegular() {
		return a.spool(f, path)
	}
	return func() (io.ReadCloser, error) { return os.Open(path) }, path, nil
}

// spool copies r to a new temporary file, removed by a.closeAll, and
// returns what opens it.
func (a *app) spool(r io.Reader, name string) (func() (io.ReadCloser, error), string, error) {
	f, err := a.temps.createTemp("", "msedocs-input-*.json")
	if err != nil {
		return nil, name, fmt.Errorf("reading %s: %w", name, pathless(err))
	}
	spool := f.Name()
	a.atEnd(func() {
		os.Remove(spool)
		a.temps.done(spool)
	})
	_, err = io.Copy(f, r)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, name, fmt.Errorf("reading %s: %w", name, pathless(err))
	}
	return func() (io.ReadCloser, error) { return os.Open(spool) }, name, nil
}

// decodeStream decodes any form's JSON with msedocs.DecodeStream: a
// journal's entries are read one at a time from open, on each walk.
func decodeStream(open func() (io.ReadCloser, error)) (filled, error) {
	rec, err := msedocs.DecodeStream(open)
	if rec == nil {
		return nil, err
	}
	if rec.Journal != nil {
		return filledJournal{j: rec.Journal, count: countEntries(rec.Journal)}, err
	}
	if rec.Stream != nil {
		return newStreamed(rec.Stream), err
	}
	return filledDocuments{docs: rec.Documents, batch: rec.Batch}, err
}

// countEntries makes a streamed journal count its entries as they are
// read, for describe; it returns nil for a journal without a Stream.
func countEntries(j journal.Journal) *int {
	n := new(int)
	switch j := j.(type) {
	case *journal.DisabilityJournal:
		j.Stream = counted(j.Stream, n)
	case *journal.GeneralCapacityJournal:
		j.Stream = counted(j.Stream, n)
	case *journal.ProfessionalCapacityJournal:
		j.Stream = counted(j.Stream, n)
	case *journal.CareJournal:
		j.Stream = counted(j.Stream, n)
	case *journal.ActsJournal:
		j.Stream = counted(j.Stream, n)
	default:
		return nil
	}
	return n
}

// counted sets *n to the number of entries of the last complete walk of
// seq; nil stays nil.
func counted[E any](seq iter.Seq2[E, error], n *int) iter.Seq2[E, error] {
	if seq == nil {
		return nil
	}
	return func(yield func(E, error) bool) {
		k := 0
		for e, err := range seq {
			k++
			if !yield(e, err) {
				return
			}
		}
		*n = k
	}
}

// shapeErrors returns the problems of an entry's JSON that err, a
// problem Validate found in a Stream, carries, or nil: they are
// reported as decoding reports them, at their JSON path.
func shapeErrors(err error) []error {
	var ve *journal.ValidationError
	if !errors.As(err, &ve) {
		return nil
	}
	var je *journal.JSONError
	if !errors.As(ve.Err, &je) {
		return nil
	}
	return []error{je}
}

// atEnd runs fn when the command ends (closeAll).
func (a *app) atEnd(fn func()) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.ends = append(a.ends, fn)
}

// closeAll runs the functions given to atEnd, last first.
func (a *app) closeAll() {
	a.mu.Lock()
	ends := a.ends
	a.ends = nil
	a.mu.Unlock()
	for i := len(ends) - 1; i >= 0; i-- {
		ends[i]()
	}
}
