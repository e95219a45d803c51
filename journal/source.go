package journal

import (
	"errors"
	"iter"
	"time"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/jsonrec"
	"github.com/msedocs/msedocs/internal/layout"
	"github.com/msedocs/msedocs/internal/reread"
)

// source is what every journal hands to validation and layout: its form,
// header and sections of entries.
type source struct {
	form     forms.Journal
	header   *Header
	sections []section
}

// section is one table of entries.
type section struct {
	// spec is the form's section (journal 1); nil for a single table.
	spec *forms.Section
	// opening is the opening balance (journal 1 only).
	opening    int
	hasOpening bool
	// len is the number of entries, or -1 when they come from a stream
	// whose length is not known in advance.
	len int
	// rows yields the entries in order. It may be called more than once
	// (to validate, then to print); each call starts from the first entry.
	rows iter.Seq2[row, error]
	// encode appends an entry's JSON encoding, for a stream; first is
	// what validation read of it (see reading.go). Both are nil for
	// entries held in memory.
	encode func(row, *jsonrec.Writer)
	first  *reread.First
}

// row is one entry as validation and layout see it.
type row interface {
	// cells appends the entry's cells to dst; the first (the number) is
	// filled in by the layout.
	cells(lang Language, dst []layout.CellIn) []layout.CellIn
	// check validates the entry; c.entry is its position.
	check(c *checker)
	date() time.Time
	// no is the entry's number as given, 0 when it is to be numbered by
	// position.
	no() int
}

// sliceRows yields the entries of a slice.
func sliceRows[E row](es []E) iter.Seq2[row, error] {
	return func(yield func(row, error) bool) {
		for _, e := range es {
			if !yield(e, nil) {
				return
			}
		}
	}
}

// streamRows yields the entries of a caller's sequence.
func streamRows[E row](seq iter.Seq2[E, error]) iter.Seq2[row, error] {
	return func(yield func(row, error) bool) {
		for e, err := range seq {
			if !yield(e, err) {
				return
			}
		}
	}
}

// entrySection makes the section of a journal with one table, from its
// stream when it has one, else from its slice.
func entrySection[E row](es []E, stream iter.Seq2[E, error], rec *jsonrec.Record[E]) section {
	if stream != nil {
		encode := func(r row, w *jsonrec.Writer) {
			e := r.(E)
			rec.Encode(w, &e)
		}
		return section{len: -1, rows: streamRows(stream), encode: encode}
	}
	return section{len: len(es), rows: sliceRows(es)}
}

// validate checks a journal against the fonts and clock of r. A stream
// is read once, entry by entry, so it is never held in memory.
func (s *source) validate(r *resolved) error {
	v := s.newValidation(r)
	for si := range s.sections {
		v.section(si)
		sec := &s.sections[si]
		if sec.rows == nil {
			continue
		}
		for e, err := range sec.recording() {
			if v.entry(e, err) {
				break
			}
		}
	}
	return v.err()
}

// streamFailed records the error a stream yielded for entry c.entry and
// reports whether the stream is done. A row of ScanRows whose values did
// not fit is recorded and the stream goes on, so that every bad row is
// reported at once; so is an entry of DecodeStream whose JSON has the
// wrong shape. The problems of a query's columns are the journal's, not
// its first entry's.
func (c *checker) streamFailed(err error) bool {
	var rowErrs []error
	for _, e := range flatten(err) {
		var se *ScanError
		if !errors.As(e, &se) || se.Row == 0 || se.Column == "" {
			rowErrs = nil
			break
		}
		rowErrs = append(rowErrs, se)
	}
	if rowErrs != nil {
		for _, e := range rowErrs {
			c.add("", e)
		}
		return false
	}
	if shape := entryShape(err); shape != nil {
		for _, e := range shape {
			c.add("", e) // the stream goes on past this entry
		}
		return false
	}
	var se *ScanError
	if errors.As(err, &se) && se.Row == 0 {
		c.entry = 0
		for _, e := range flatten(err) {
			c.add("", e)
		}
		return true
	}
	c.add("", &StreamError{Err: err})
	return true
}

// flatten returns the errors joined in err, or err alone.
func flatten(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// entryShape returns the problems of one entry's JSON from
// DecodeStream, when every error joined in err is a *JSONError: the
// stream goes on after them. Otherwise it returns nil.
func entryShape(err error) []error {
	errs := flatten(err)
	for _, e := range errs {
		if _, ok := e.(*JSONError); !ok {
			return nil
		}
	}
	return errs
}
