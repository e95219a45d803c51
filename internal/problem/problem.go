// Package problem defines, once, the validation error and its sentinels
// that packages journal and certificate both report (and re-export), so
// that a program handles the problems of any form alike.
package problem

import (
	"errors"
	"fmt"
	"strings"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/jsonrec"
)

// Sentinel errors wrapped by *ValidationError.
var (
	ErrRequired        = errors.New("required")
	ErrFutureDate      = errors.New("date is in the future")
	ErrDateOrder       = errors.New("date out of order")
	ErrEntryNumber     = errors.New("entry number out of sequence")
	ErrNegativeBalance = errors.New("balance below zero")
	ErrNegative        = errors.New("must not be negative")
	ErrRange           = errors.New("out of range")
	ErrUnknownValue    = jsonrec.ErrUnknownValue
	ErrPageCount       = errors.New("page count")
	ErrNotApplicable   = errors.New("does not apply to this document")
	ErrAge             = errors.New("does not fit the person's age")
	ErrFormat          = errors.New("malformed")
	ErrRepeated        = errors.New("listed more than once")
	ErrExpired         = errors.New("expired")
)

// Errors of an individual identification number (ИИН / ЖСН), wrapped by
// *ValidationError (package certificate re-exports them). They never
// quote the number.
var (
	ErrIINFormat    = errors.New("IIN is not 12 digits")
	ErrIINCentury   = errors.New("IIN digit 7 is not 1 to 6")
	ErrIINDate      = errors.New("IIN digits 1 to 6 are not a date")
	ErrIINChecksum  = errors.New("IIN check digit does not match")
	ErrIINBirthDate = errors.New("IIN does not match the date of birth")
	ErrIINSex       = errors.New("IIN does not match the sex")
)

// ValidationError is one problem found in a journal or a document. It
// names where the problem is, never the value found there, so it can be
// logged without disclosing a person's data.
type ValidationError struct {
	// Form is the form's ID, e.g. "journal2" or "disability"; empty for
	// a document missing from a batch.
	Form string
	// Section is "A" or "B" in journal 1; empty elsewhere.
	Section string
	// Entry is, in a journal, the entry's position from 1 (0 for the
	// header); for a document, its position in a batch from 1 (0 when it
	// is validated alone).
	Entry int
	// Column is a journal column's number on the form (1…N); 0 for a
	// header field and for documents.
	Column int
	// Field is the column's or field's key, e.g. "birth_date",
	// "certification.date", "measures.2.until".
	Field string
	// Path is where the problem lies in the record's JSON encoding, e.g.
	// "entries[40].birth_date" or "documents[3].iin"; empty when the
	// problem has no place of its own in the JSON.
	Path string
	// Err is what is wrong: one of the sentinels, or a more detailed
	// error such as an IIN error or a *fonts.GlyphError.
	Err error
}

// Error returns e.g. `journal6: entry 41: column 4 (birth_date): required`
// or `document 3 (disability): iin: IIN check digit does not match`.
func (e *ValidationError) Error() string {
	var b strings.Builder
	// part adds one part of the place, after ": " unless it is the first,
	// so that a problem of no form (a zero value) starts with what is
	// missing, never with ": ".
	part := func(format string, a ...any) {
		if b.Len() > 0 {
			b.WriteString(": ")
		}
		fmt.Fprintf(&b, format, a...)
	}
	if _, journal := forms.JournalByID(e.Form); !journal {
		switch {
		case e.Entry > 0 && e.Form != "":
			part("document %d (%s)", e.Entry, e.Form)
		case e.Entry > 0:
			part("document %d", e.Entry)
		default:
			b.WriteString(e.Form)
		}
		if e.Field != "" {
			part("%s", e.Field)
		}
		part("%v", e.Err)
		return b.String()
	}
	b.WriteString(e.Form)
	if e.Section != "" {
		part("section %s", e.Section)
	}
	if e.Entry > 0 {
		part("entry %d", e.Entry)
	}
	if e.Column > 0 {
		part("column %d (%s)", e.Column, e.Field)
	} else if e.Field != "" {
		part("%s", e.Field)
	}
	part("%v", e.Err)
	return b.String()
}

// Unwrap returns the underlying problem.
func (e *ValidationError) Unwrap() error { return e.Err }

// JSONPath returns Path: where the problem lies in the JSON encoding.
func (e *ValidationError) JSONPath() string { return e.Path }
