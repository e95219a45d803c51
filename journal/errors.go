package journal

import (
	"errors"
	"fmt"
	"strings"

	"github.com/msedocs/msedocs/internal/jsonrec"
)

// Errors wrapped by *JSONError.
var (
	// ErrUnknownKey is a key the record does not have.
	ErrUnknownKey = jsonrec.ErrUnknownKey
	// ErrWrongType is a value of the wrong JSON type.
	ErrWrongType = jsonrec.ErrWrongType
	// ErrDateFormat is a string that is not a date YYYY-MM-DD.
	ErrDateFormat = jsonrec.ErrDateFormat
	// ErrDuplicateKey is a key given twice in one object.
	ErrDuplicateKey = jsonrec.ErrDuplicateKey
	// ErrSyntax is input that is not JSON.
	ErrSyntax = jsonrec.ErrSyntax
)

// JSONError is one problem found decoding a journal from JSON. It names
// where the problem is (Path, e.g. "entries[41].birth_date", entries
// counted from 0 as in JSON; empty for the whole input) and never quotes
// the value found there, so it can be shown without disclosing a person's
// data. Err is what is wrong: ErrUnknownKey, ErrWrongType, ErrDateFormat,
// ErrDuplicateKey, ErrUnknownValue, ErrRequired or ErrSyntax, with detail.
type JSONError = jsonrec.Error

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
)

// ValidationError is one problem found in a journal. It names where the
// problem is, never the value found there, so it can be logged without
// disclosing a person's data.
type ValidationError struct {
	// Form is the journal's form ID, e.g. "journal2".
	Form string
	// Section is "A" or "B" in journal 1; empty elsewhere.
	Section string
	// Entry is the entry's position, from 1; 0 for the journal's header.
	Entry int
	// Column is the column number of the form (1…N); 0 for a header field.
	Column int
	// Field is the column's key or the header field, e.g. "birth_date",
	// "certification.date".
	Field string
	// Err is what is wrong: one of the sentinels, or a *fonts.GlyphError.
	Err error
}

// Error returns e.g. `journal6: entry 41: column 4 (birth_date): required`.
func (e *ValidationError) Error() string {
	var b strings.Builder
	b.WriteString(e.Form)
	if e.Section != "" {
		fmt.Fprintf(&b, ": section %s", e.Section)
	}
	if e.Entry > 0 {
		fmt.Fprintf(&b, ": entry %d", e.Entry)
	}
	if e.Column > 0 {
		fmt.Fprintf(&b, ": column %d (%s)", e.Column, e.Field)
	} else if e.Field != "" {
		fmt.Fprintf(&b, ": %s", e.Field)
	}
	fmt.Fprintf(&b, ": %v", e.Err)
	return b.String()
}

// Unwrap returns the underlying problem.
func (e *ValidationError) Unwrap() error { return e.Err }

// joinErr joins errors, flattening an existing join so that the result
// lists every problem at one level.
func joinErr(err error, more ...error) error {
	var all []error
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		all = append(all, j.Unwrap()...)
	} else if err != nil {
		all = append(all, err)
	}
	return errors.Join(append(all, more...)...)
}

// StreamError wraps an error returned by a caller's entry stream; the
// ValidationError around it says after which entry it came.
type StreamError struct {
	Err error
}

// Error returns "entry stream: " and the stream's error.
func (e *StreamError) Error() string { return "entry stream: " + e.Err.Error() }

// Unwrap returns the stream's error.
func (e *StreamError) Unwrap() error { return e.Err }
