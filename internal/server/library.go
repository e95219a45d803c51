package server

import (
	"errors"
	"io"
)

// Library is what the server needs of msedocs: the seam between HTTP and
// the journal and certificate packages. The command implements it in one
// file (cmd/msedocs/serve.go), so a change of the library's API changes
// that file only.
type Library interface {
	// Forms lists every form, journals first, in a stable order.
	Forms() []Form
	// Schema returns the JSON Schema of a form; ErrUnknownForm if there is
	// no such form.
	Schema(id string) ([]byte, error)
	// Decode reads records of any form from JSON: a journal, a blank
	// journal, a document or a batch of documents. Wrong input is an
	// *InputError.
	Decode(data []byte) (Records, error)
	// Blank returns a blank form with its header filled from spec;
	// ErrUnknownForm if there is no such form, an *InputError if spec does
	// not suit it.
	Blank(id string, spec BlankSpec) (Records, error)
	// ReadWorkbook reads a filled workbook back and returns it as JSON,
	// as Decode reads it. Wrong input is an *InputError naming cells.
	ReadWorkbook(data []byte) ([]byte, error)
}

// Records are decoded records, ready to be checked and printed.
type Records interface {
	// Info says what the records are, for names, logs and metrics.
	Info() Info
	// Validate returns every problem at once as an *InputError, or nil.
	Validate() error
	// Render prints the records in format into t. Writers return an
	// error once the request has ended or run out of time, and Render
	// then stops at once: the library stops at its first write error.
	Render(format Format, t Target) error
}

// Target is where Records.Render puts the files it prints.
type Target struct {
	// Several, called before the first Create, says the records are
	// bound in several volumes: the answer is then a zip of them. When it
	// is not called, volume 1 is the only one and is the answer itself.
	Several func()
	// Create returns the writer of volume n (from 1); it may be called
	// from several goroutines at once, and the volumes written in
	// parallel. Render closes each writer it gets.
	Create func(volume int) (io.WriteCloser, error)
}

// Info describes records.
type Info struct {
	// Form is the form id, e.g. "journal6", or "documents" for a batch.
	Form string
	// Name is the base of the file name to answer with, e.g. "journal6".
	Name string
	// Entries counts entries (journals) or documents; 0 for a blank.
	Entries int
	// Blank says the records are a blank form.
	Blank bool
}

// Form is one printable form.
type Form struct {
	// ID is the stable id, e.g. "journal6" or "disability".
	ID string `json:"id"`
	// Kind is "journal" or "document".
	Kind string `json:"kind"`
	// KK and RU are the titles in Kazakh and Russian.
	KK string `json:"kk"` // the title in Kazakh
	RU string `json:"ru"` // the title in Russian
	// Source is the legal source, in Russian.
	Source string `json:"source"`
}

// Format is an output file format.
type Format string

// The formats.
const (
	PDF  Format = "pdf"
	XLSX Format = "xlsx"
)

// BlankSpec is what the blank route's query fills in.
type BlankSpec struct {
	// Pages is the page count of a blank journal; 0 is the form's own.
	Pages int
	// Region and Unit fill the header's lines, in Kazakh and Russian.
	RegionKK, RegionRU, UnitKK, UnitRU string
}

// ErrUnknownForm is a form id that names no form.
var ErrUnknownForm = errors.New("unknown form")

// Problem is one thing wrong with the input: where (a JSON path such as
// "entries[3].date", a query parameter, or a sheet cell such as
// "Журнал!C14") and what, never the value found there.
type Problem struct {
	// Path is where the problem is; empty for the whole input.
	Path string `json:"path"`
	// Message says what is wrong, in English.
	Message string `json:"message"`
	// Code names the rule broken, the same in every language (e.g.
	// "required", "future_date"; see ProblemTexts), for a client to
	// show its own words; empty when there is no name for it.
	Code string `json:"code,omitempty"`
}

// InputError is input the library cannot use: records that break the
// rules (answered 422), or input that is not what it should be at all
// (Malformed, answered 400).
type InputError struct {
	// Malformed says the input could not be read as JSON or a workbook.
	Malformed bool
	// Problems lists every problem found.
	Problems []Problem
}

// Error names the first problem, with "(and more)" when there are others.
func (e *InputError) Error() string {
	if len(e.Problems) == 0 {
		return "invalid input"
	}
	p := e.Problems[0]
	s := p.Message
	if p.Path != "" {
		s = p.Path + ": " + s
	}
	if n := len(e.Problems) - 1; n > 0 {
		s += " (and more)"
	}
	return s
}
