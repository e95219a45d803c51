package main

import (
	"errors"
	"io"
	"iter"

	"github.com/msedocs/msedocs/certificate"
)

// streamedDocuments are a batch of documents read one at a time on each
// walk, from a file (certificate.DecodeStream) or a query
// (certificate.QueryRows): never all in memory.
type streamedDocuments struct {
	stream iter.Seq2[certificate.Document, error]
	// last counts the documents of the last complete walk, for describe.
	last *tally
}

func newStreamed(stream iter.Seq2[certificate.Document, error]) streamedDocuments {
	return streamedDocuments{stream: stream, last: &tally{}}
}

// counted is the stream, counting each walk's documents into f.last.
func (f streamedDocuments) counted() iter.Seq2[certificate.Document, error] {
	return func(yield func(certificate.Document, error) bool) {
		var t tally
		for d, err := range f.stream {
			t.add(d)
			if !yield(d, err) {
				return
			}
		}
		*f.last = t
	}
}

func (f streamedDocuments) validate() error {
	return docProblems(certificate.ValidateStream(nil, f.counted()), true)
}

// streamProblem reports whether err, from a writer of a stream, is a
// problem of the input, reported as validate reports it.
func streamProblem(err error) bool {
	return inputProblem(err) || errors.Is(err, certificate.ErrNoDocuments)
}

func (f streamedDocuments) write(o *output) error {
	opts := docOptions(o)
	// A PDF reads the documents once, each checked as it prints: what
	// an invalid batch leaves half-written is a temporary file, removed,
	// or a buffer for stdout, dropped. A workbook, of at most
	// certificate.MaxSheets documents, counts them first.
	opts.ReadOnce = o.format != "xlsx"
	return o.write(func(w io.Writer) error {
		if o.format == "xlsx" {
			return certificate.WriteXLSXStream(w, opts, f.counted())
		}
		return certificate.WritePDFStream(w, opts, f.counted())
	})
}

func (f streamedDocuments) describe() string { return f.last.describe() }
