package sqlrows

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"
	"strings"
)

// Error is a problem reading records from a database: a column of the
// query that does not fit the form (Row 0, found before the first row is
// read), a value of a row that does not fit its field, or the database
// failing. It names the row and column, never the value. Packages
// journal and certificate re-export it as ScanError.
type Error struct {
	// Form is the form's ID, e.g. "journal6" or "disability".
	Form string
	// Row is the row's position in the query's result, from 1; 0 for a
	// problem with the query or its columns.
	Row int
	// Column is the query's column name (the record's JSON key, or key
	// path such as "issuer.head"), if the problem is in one.
	Column string
	// Err is what is wrong: ErrUnknownColumn, ErrColumnType,
	// ErrUnknownValue, ErrRequired, ErrDuplicateKey, or the driver's
	// error (its message is shown only when it cannot quote a value).
	Err error
}

// Error returns e.g. "row 42: column group: not on the closed list: …".
// It does not name the form: the ValidationError around it does.
func (e *Error) Error() string {
	var b strings.Builder
	if e.Row > 0 {
		b.WriteString("row " + strconv.Itoa(e.Row) + ": ")
	}
	if e.Column != "" {
		b.WriteString("column " + e.Column + ": ")
	}
	b.WriteString(e.Err.Error())
	return b.String()
}

// Unwrap returns the underlying problem.
func (e *Error) Unwrap() error { return e.Err }

// Errors wrapped by *Error.
var (
	// ErrUnknownColumn is a column of a query that the form's records
	// do not have.
	ErrUnknownColumn = errors.New("no such column in the form's entries")
	// ErrColumnType is a column, or a value, whose type does not fit
	// the field it fills.
	ErrColumnType = errors.New("wrong type")
)

// dbError is an error of the database or its driver. Its message is
// shown only when it cannot quote a row's value: a data exception of the
// server (SQLSTATE class 22, e.g. a failed cast, or 23) quotes the value,
// so only its code is shown, and so for errors of the driver other than
// those of the connection. Unwrap gives the caller the driver's error.
type dbError struct{ err error }

func (e *dbError) Error() string {
	var pg interface{ SQLState() string }
	if errors.As(e.err, &pg) {
		code := pg.SQLState()
		if strings.HasPrefix(code, "22") || strings.HasPrefix(code, "23") {
			return "database: SQLSTATE " + code + " (a value of a row the server could not use; the message is not shown as it may quote the value)"
		}
		return "database: " + e.err.Error()
	}
	var ne net.Error
	if errors.As(e.err, &ne) || errors.Is(e.err, io.ErrUnexpectedEOF) || errors.Is(e.err, context.Canceled) ||
		errors.Is(e.err, context.DeadlineExceeded) || errors.Is(e.err, sql.ErrConnDone) || errors.Is(e.err, sql.ErrTxDone) {
		return "database: " + e.err.Error()
	}
	return fmt.Sprintf("database driver failed (%T; the message is not shown as it may quote a value)", e.err)
}

func (e *dbError) Unwrap() error { return e.err }

// DBError returns the problem of a query the database refused, for the
// form: an *Error of row 0.
func DBError(form string, err error) error { return &Error{Form: form, Err: &dbError{err}} }
