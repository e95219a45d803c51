package journal

import "github.com/msedocs/msedocs/internal/sqlrows"

// Errors wrapped by *ScanError.
var (
	// ErrUnknownColumn is a column of a query that the form's entries
	// do not have.
	ErrUnknownColumn = sqlrows.ErrUnknownColumn
	// ErrColumnType is a column, or a value, whose type does not fit
	// the field it fills.
	ErrColumnType = sqlrows.ErrColumnType
)
