package certificate

import (
	"errors"
	"fmt"
	"strings"

	"github.com/msedocs/msedocs/journal"
)

// JSONError is one problem found decoding documents from JSON: the
// journals' type, so that one program handles both. It names the path of
// the problem, e.g. "documents[3].iin", and never quotes the value.
type JSONError = journal.JSONError

// Errors wrapped by *JSONError, shared with package journal.
var (
	ErrUnknownKey   = journal.ErrUnknownKey
	ErrWrongType    = journal.ErrWrongType
	ErrDateFormat   = journal.ErrDateFormat
	ErrDuplicateKey = journal.ErrDuplicateKey
	ErrSyntax       = journal.ErrSyntax
)

// Sentinel errors wrapped by *ValidationError. Those that journals share
// are the journal package's own, so errors.Is matches either.
var (
	ErrRequired      = journal.ErrRequired
	ErrFutureDate    = journal.ErrFutureDate
	ErrDateOrder     = journal.ErrDateOrder
	ErrRange         = journal.ErrRange
	ErrUnknownValue  = journal.ErrUnknownValue
	ErrNotApplicable = errors.New("does not apply to this document")
	ErrAge           = errors.New("does not fit the person's age")
	ErrFormat        = errors.New("malformed")
	ErrRepeated      = errors.New("listed more than once")
	ErrExpired       = errors.New("expired")
)

// ValidationError is one problem found in a document. It names where the
// problem is, never the value found there, so it can be logged without
// disclosing a person's data.
type ValidationError struct {
	// Document is the document's form ID, e.g. "disability".
	Document string
	// Item is the document's position in a batch, from 1; 0 when a
	// document is validated alone.
	Item int
	// Field is the field's key, e.g. "iin", "issuer.head", "measures.2.until".
	Field string
	// Err is what is wrong: one of the sentinels, an IIN error or a
	// *fonts.GlyphError.
	Err error
}

// Error returns e.g. `document 3 (disability): iin: IIN check digit does
// not match`.
func (e *ValidationError) Error() string {
	var b strings.Builder
	if e.Item > 0 {
		fmt.Fprintf(&b, "document %d (%s)", e.Item, e.Document)
	} else {
		b.WriteString(e.Document)
	}
	if e.Field != "" {
		fmt.Fprintf(&b, ": %s", e.Field)
	}
	fmt.Fprintf(&b, ": %v", e.Err)
	return b.String()
}

// Unwrap returns the underlying problem.
func (e *ValidationError) Unwrap() error { return e.Err }
