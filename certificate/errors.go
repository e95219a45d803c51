package certificate

import (
	"github.com/msedocs/msedocs/internal/jsonrec"
	"github.com/msedocs/msedocs/internal/problem"
)

// JSONError is one problem found decoding documents from JSON: the
// journals' type, so that one program handles both. It names the path of
// the problem, e.g. "documents[3].iin", and never quotes the value.
type JSONError = jsonrec.Error

// Errors wrapped by *JSONError: the same values as package journal's
// (see there).
var (
	ErrUnknownKey, ErrWrongType, ErrDateFormat = jsonrec.ErrUnknownKey, jsonrec.ErrWrongType, jsonrec.ErrDateFormat
	ErrDuplicateKey, ErrSyntax                 = jsonrec.ErrDuplicateKey, jsonrec.ErrSyntax
)

// Sentinel errors wrapped by *ValidationError. The first five are the
// same values as package journal's (see there), so errors.Is matches
// either package's name; the others are the documents' own.
var (
	ErrRequired, ErrFutureDate, ErrDateOrder = problem.ErrRequired, problem.ErrFutureDate, problem.ErrDateOrder
	ErrRange, ErrUnknownValue                = problem.ErrRange, problem.ErrUnknownValue

	// The documents' own: a value given that this document does not
	// take; a group, cause or term that does not fit the person's age; a
	// malformed series or number; a value listed more than once; a
	// referral too old on the day of the examination.
	ErrNotApplicable, ErrAge, ErrFormat = problem.ErrNotApplicable, problem.ErrAge, problem.ErrFormat
	ErrRepeated, ErrExpired             = problem.ErrRepeated, problem.ErrExpired
)

// ValidationError is one problem found in a document: the same type as
// journal.ValidationError. Form is the document's form ID, Entry its
// position in a batch from 1 (0 when validated alone), Field the field's
// key (e.g. "iin", "issuer.head", "measures.2.until"), Path its JSON path
// (e.g. "documents[3].iin"), Err one of the sentinels, an IIN error or a
// *fonts.GlyphError. It never quotes the value.
type ValidationError = problem.ValidationError
