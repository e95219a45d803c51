package certificate

import (
	"errors"
	"io"
	"iter"

	"github.com/msedocs/msedocs/internal/jsonrec"
	"github.com/msedocs/msedocs/internal/reread"
	"github.com/msedocs/msedocs/journal"
)

// A stream of documents, iter.Seq2[Document, error], is a batch read one
// document at a time, never held in memory: ValidateStream,
// WritePDFStream and WriteXLSXStream take one. The writers read it
// twice: once to validate (keeping a hash of each document's JSON
// encoding, 8 bytes a document), and once to print, each document
// checked against its hash, so that what is printed is what was checked.
// DecodeStream and QueryRows make streams that can be read twice.

// ErrStreamChanged reports a stream whose second reading (to print)
// differs from the first (to validate): other documents, or another
// number of them. It is package journal's value.
var ErrStreamChanged = journal.ErrStreamChanged

// StreamError wraps an error a caller's stream returned: the
// ValidationError around it says at which document. It is package
// journal's type.
type StreamError = journal.StreamError

// ValidateStream checks the documents of stream as Validate does, reading
// them once, one at a time. Each problem is a *ValidationError whose
// Item is the document's position in the stream, from 1, and whose Path
// is "documents[i]…", as in a batch. An error the stream yields in a
// document's place is reported there and the stream goes on when it is
// that document's problems (the *JSONError values DecodeStream yields
// for a document of the wrong shape, the *ScanError values QueryRows
// yields for a row that does not fit); any other error ends it, as a
// *StreamError. It returns ErrNoDocuments for an empty stream.
func ValidateStream(opts *Options, stream iter.Seq2[Document, error]) error {
	r, err := resolve(opts)
	if err != nil {
		return err
	}
	_, err = validateStream(stream, r)
	return err
}

// firstReading is what validation read of a stream.
type firstReading struct {
	sums  *reread.First
	batch batchInfo
}

// validateStream reads stream once, checking every document.
func validateStream(stream iter.Seq2[Document, error], r *resolved) (*firstReading, error) {
	if stream == nil {
		return nil, ErrNoDocuments
	}
	seq, sums := reread.Record(stream, digestDoc, BatchForm, ErrStreamChanged)
	c := &batchCheck{r: r}
	for d, err := range seq {
		if _, end := c.next(d, err); end {
			break
		}
	}
	return &firstReading{sums: sums, batch: c.batch}, c.err()
}

// batchCheck checks the documents of a stream one at a time, as
// validateStream reads them or as printOnce prints them.
type batchCheck struct {
	r     *resolved
	batch batchInfo
	errs  []error
}

// next checks the next document, or the error the stream yielded in its
// place, and reports whether it is valid and whether the stream ends.
func (c *batchCheck) next(d Document, err error) (valid, end bool) {
	c.batch.n++
	if err != nil {
		problems, end := streamProblems(err, c.batch.n)
		c.errs = append(c.errs, problems...)
		return false, end
	}
	if c.batch.n == 1 {
		c.batch.first = d
	}
	if err := validateDoc(d, c.r, c.batch.n); err != nil {
		c.errs = append(c.errs, flatten(err)...)
		return false, false
	}
	return true, false
}

// err returns every problem found, or ErrNoDocuments for a stream that
// had none.
func (c *batchCheck) err() error {
	if c.batch.n == 0 && len(c.errs) == 0 {
		return ErrNoDocuments
	}
	return errors.Join(c.errs...)
}

// streamProblems returns the problems of the error a stream yielded in
// the place of document item, and whether the stream ends there.
func streamProblems(err error, item int) (problems []error, stop bool) {
	errs := flatten(err)
	shape, rows := true, true
	for _, e := range errs {
		var se *ScanError
		_, isJSON := e.(*JSONError)
		shape = shape && isJSON
		rows = rows && errors.As(e, &se) && se.Row > 0 && se.Column != ""
	}
	switch {
	case shape:
		return errs, false // already at documents[i]…
	case rows:
		for _, e := range errs {
			var se *ScanError
			errors.As(e, &se)
			problems = append(problems, problemAt(se.Form, item, se.Column, e))
		}
		return problems, false
	}
	var se *ScanError
	if errors.As(err, &se) && se.Row == 0 {
		return errs, true // the query's columns: no document's
	}
	return []error{&ValidationError{Entry: item, Field: "document", Path: jsonPath(item, ""), Err: &StreamError{Err: err}}}, true
}

// printer prints validated documents: the PDF or the workbook. batch
// says what the file states of them (its title), known before printing
// when they were validated first, else once docs is read to its end.
type printer func(w io.Writer, r *resolved, docs iter.Seq2[Document, error], batch *batchInfo) error

// batchInfo is what a file of documents states of them: the first, and how
// many there are.
type batchInfo struct {
	first Document
	n     int
}

// printSlice validates docs with opts and prints them with p.
func printSlice(w io.Writer, opts *Options, docs []Document, p printer) error {
	r, err := resolve(opts)
	if err != nil {
		return err
	}
	if err := validateAll(docs, r); err != nil {
		return err
	}
	return p(w, r, sliceStream(docs), &batchInfo{first: docs[0], n: len(docs)})
}

// printStream reads stream to validate it with opts, then again to print
// it with p; with Options.ReadOnce, once (printOnce).
func printStream(w io.Writer, opts *Options, stream iter.Seq2[Document, error], p printer) error {
	r, err := resolve(opts)
	if err != nil {
		return err
	}
	if r.ReadOnce {
		return printOnce(w, r, stream, p)
	}
	fr, err := validateStream(stream, r)
	if err != nil {
		return err
	}
	return p(w, r, fr.printing(stream), &fr.batch)
}

// errInvalid ends the printing of a stream read once at its first
// problem; the problems are the error.
var errInvalid = errors.New("invalid document")

// printOnce prints stream in one reading, each document checked just
// before p lays it out. From the first problem on p gets errInvalid and
// stops, while the rest is still read and checked, so that the error
// lists every problem, as validateStream's would.
func printOnce(w io.Writer, r *resolved, stream iter.Seq2[Document, error], p printer) error {
	if stream == nil {
		return ErrNoDocuments
	}
	c := &batchCheck{r: r}
	checked := func(yield func(Document, error) bool) {
		printing := true
		for d, err := range stream {
			valid, end := c.next(d, err)
			switch {
			case valid && printing:
				if !yield(d, nil) {
					return // the printer stopped for a reason of its own
				}
			case !valid && printing:
				printing = false
				yield(nil, errInvalid)
			}
			if end {
				return
			}
		}
	}
	perr := p(w, r, checked, &c.batch)
	if err := c.err(); err != nil {
		return err
	}
	return perr
}

// printing returns the documents of stream as printing reads them, each
// checked against the first reading; an error of the stream ends it.
func (fr *firstReading) printing(stream iter.Seq2[Document, error]) iter.Seq2[Document, error] {
	return func(yield func(Document, error) bool) {
		for d, err := range reread.Check(stream, fr.sums, digestDoc) {
			if err != nil && !errors.Is(err, ErrStreamChanged) {
				err = &StreamError{Err: err}
			}
			if !yield(d, err) || err != nil {
				return
			}
		}
	}
}

// digestDoc writes the digest form of a document's JSON encoding.
func digestDoc(d Document, w *jsonrec.Writer) {
	if err := encodeDoc(w, d); err != nil {
		w.Fail(err)
	}
}

// sliceStream yields the documents of a slice.
func sliceStream(docs []Document) iter.Seq2[Document, error] {
	return func(yield func(Document, error) bool) {
		for _, d := range docs {
			if !yield(d, nil) {
				return
			}
		}
	}
}

// flatten returns the errors joined in err, or err alone.
func flatten(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// MaxSheets is the most documents WriteXLSX and WriteXLSXStream put in
// one workbook, a sheet each. Unlike a PDF, a workbook is not written
// page by page: the spreadsheet writer keeps every sheet (about 250 KB
// each) until the workbook is closed, and the time to add a sheet grows
// with the sheets before it (a sheet's print area is a defined name that
// the writer checks against all the others): 1 000 disability
// certificates take 8 s and 260 MB, 2 000 take 43 s and 490 MB. A longer
// batch is printed as PDF, or in parts.
const MaxSheets = 1000

// ErrTooManySheets is a batch of more than MaxSheets documents to write
// as a workbook.
var ErrTooManySheets = errors.New("too many documents for one workbook")
