package certificate

import (
	"github.com/msedocs/msedocs/internal/jsonrec"
	"github.com/msedocs/msedocs/internal/problem"
)

// JSONError is one problem found decoding documents from JSON: the
// journals' type, so that one program handles both. It names the path of
// the problem, e.g. "documents[3].iin", and never quotes the value.
type JSONError = jsonrec.Error

// Errors wrapped by *JSONError, the same as package journal's.
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

// Sentinel errors wrapped by *ValidationError, the same values as package
// journal's, so errors.Is matches either package's name.
var (
	// ErrRequired is a value left empty that the form needs.
	ErrRequired = problem.ErrRequired
	// ErrFutureDate is a date after the day of Options.Now in Options.Zone.
	ErrFutureDate = problem.ErrFutureDate
	// ErrDateOrder is a date before one it must follow.
	ErrDateOrder = problem.ErrDateOrder
	// ErrRange is a number out of its range.
	ErrRange = problem.ErrRange
	// ErrUnknownValue is a value off a closed list.
	ErrUnknownValue = problem.ErrUnknownValue
	// ErrNotApplicable is a value given that this document does not take.
	ErrNotApplicable = problem.ErrNotApplicable
	// ErrAge is a group, cause or term that does not fit the person's age.
	ErrAge = problem.ErrAge
	// ErrFormat is a malformed series or number.
	ErrFormat = problem.ErrFormat
	// ErrRepeated is a value listed more than once.
	ErrRepeated = problem.ErrRepeated
	// ErrExpired is a referral too old on the day of the examination.
	ErrExpired = problem.ErrExpired
)

// ValidationError is one problem found in a document: the same type as
// journal.ValidationError. Form is the document's form ID, Entry its
// position in a batch from 1 (0 when validated alone), Field the field's
// key (e.g. "iin", "issuer.head", "measures.2.until"), Path its JSON path
// (e.g. "documents[3].iin"), Err one of the sentinels, an IIN error or a
// *fonts.GlyphError. It never quotes the value.
type ValidationError = problem.ValidationError
