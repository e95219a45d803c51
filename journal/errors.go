package journal

import (
	"errors"

	"github.com/msedocs/msedocs/internal/jsonrec"
	"github.com/msedocs/msedocs/internal/problem"
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

// Sentinel errors wrapped by *ValidationError: package certificate
// reports the same ones, so errors.Is matches either package's name.
var (
	// ErrRequired is a value left empty that the form needs.
	ErrRequired = problem.ErrRequired
	// ErrFutureDate is a date after the day of Options.Now in Options.Zone.
	ErrFutureDate = problem.ErrFutureDate
	// ErrDateOrder is a date before one it must follow.
	ErrDateOrder = problem.ErrDateOrder
	// ErrEntryNumber is an entry number out of sequence.
	ErrEntryNumber = problem.ErrEntryNumber
	// ErrNegativeBalance is journal 1's balance below zero.
	ErrNegativeBalance = problem.ErrNegativeBalance
	// ErrNegative is a negative count.
	ErrNegative = problem.ErrNegative
	// ErrRange is a number out of its range.
	ErrRange = problem.ErrRange
	// ErrUnknownValue is a value off a closed list.
	ErrUnknownValue = problem.ErrUnknownValue
	// ErrPageCount is a blank journal's page count out of range.
	ErrPageCount = problem.ErrPageCount
)

// ValidationError is one problem found in a journal (or, the same type,
// in a document of package certificate). It names where the problem is,
// never the value found there, so it can be logged without disclosing a
// person's data: Form, Section ("A" or "B" in journal 1), Entry (from 1;
// 0 for the header), Column (the form's column number; 0 for a header
// field), Field (the column's key or the header field, e.g.
// "birth_date", "certification.date"), Path (the JSON path, e.g.
// "entries[40].birth_date") and Err, one of the sentinels or a
// *fonts.GlyphError.
type ValidationError = problem.ValidationError

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

// ErrOptions reports an Options field out of its range (an unknown
// Language, a VolumePages too small for a volume).
var ErrOptions = errors.New("option out of range")

// ErrStreamChanged reports a Stream whose second reading (to print)
// differs from the first (to validate): other entries, or another number
// of them. What is printed must be what was checked.
var ErrStreamChanged = errors.New("entry stream changed between validation and printing")

// ErrOutput reports an Output that Write cannot write to: no Create, or
// a Create that returned no writer.
var ErrOutput = errors.New("no writer")

// StreamError wraps an error returned by a caller's entry stream; the
// ValidationError around it says after which entry it came.
type StreamError struct {
	// Err is the error the stream returned.
	Err error
}

// Error returns "entry stream: " and the stream's error.
func (e *StreamError) Error() string { return "entry stream: " + e.Err.Error() }

// Unwrap returns the stream's error.
func (e *StreamError) Unwrap() error { return e.Err }
