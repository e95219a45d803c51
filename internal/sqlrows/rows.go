// Package sqlrows reads records from the rows of a database query by
// their field tables (jsonrec.Record), one row at a time: the column
// names are the records' JSON keys, or key paths such as "issuer.head"
// for the fields of a nested record. The columns are checked before the
// first row; a row whose values do not fit yields its problems and the
// rows go on. Packages journal (entries) and certificate (documents)
// share it.
package sqlrows

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"iter"
	"strings"
	"sync/atomic"

	"github.com/msedocs/msedocs/internal/jsonrec"
	"github.com/msedocs/msedocs/internal/problem"
)

// Table is a record type as a query's columns fill it.
type Table[T any] struct {
	// Rec is the record's field table.
	Rec *jsonrec.Record[T]
	// Form is the form's ID, for errors.
	Form string
	// Base, when not nil, is what every row starts from: its columns are
	// set over a copy of Base, and a required key the query leaves out
	// is no problem when Base has it.
	Base *T
	// ReadTwice is the error of rows read a second time.
	ReadTwice error
}

// Queryer runs a query: *sql.DB, *sql.Tx and *sql.Conn are Queryers.
type Queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// Scan returns the records of rows, read one at a time; see journal's
// ScanRows for what it checks. It closes rows when the sequence ends or
// the loop leaves it, and can be read once only.
func (t Table[T]) Scan(rows *sql.Rows) iter.Seq2[T, error] {
	var used atomic.Bool
	return func(yield func(T, error) bool) {
		defer rows.Close()
		var zero T
		if used.Swap(true) {
			yield(zero, &Error{Form: t.Form, Err: t.ReadTwice})
			return
		}
		keys, err := t.columns(rows)
		if err != nil {
			yield(zero, err)
			return
		}
		vals := make([]any, len(keys))
		ptrs := make([]any, len(keys))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		col := make(map[string]int, len(keys))
		for i, k := range keys {
			col[k] = i
		}
		get := func(key string) (any, bool) {
			i, ok := col[key]
			if !ok {
				return nil, false
			}
			return vals[i], true
		}
		n := 0
		for rows.Next() {
			n++
			if err := rows.Scan(ptrs...); err != nil {
				yield(zero, &Error{Form: t.Form, Row: n, Err: &dbError{err}})
				return
			}
			var e T
			if t.Base != nil {
				e = *t.Base
			}
			err := rowProblems(t.Rec.Scan("", get, &e), t.Form, n)
			if err != nil {
				e = zero
			}
			clear(vals)
			if !yield(e, err) {
				return
			}
		}
		if err := rows.Err(); err != nil {
			yield(zero, &Error{Form: t.Form, Row: n + 1, Err: &dbError{err}})
		}
	}
}

// Query returns the records of query as Scan reads them, running the
// query anew each time the sequence is read.
func (t Table[T]) Query(ctx context.Context, q Queryer, query string, args ...any) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		rows, err := q.QueryContext(ctx, query, args...)
		if err != nil {
			var zero T
			yield(zero, DBError(t.Form, err))
			return
		}
		for e, err := range t.Scan(rows) {
			if !yield(e, err) {
				return
			}
		}
	}
}

// field is a column the record has.
type field struct {
	required, given bool
	kind            kind
}

// columns returns the key each column of rows fills, or every problem
// with the columns: an unknown one, one named twice, one of a type that
// does not fit, a required key left out.
func (t Table[T]) columns(rows *sql.Rows) ([]string, error) {
	types, err := rows.ColumnTypes()
	if err != nil {
		return nil, &Error{Form: t.Form, Err: &dbError{err}}
	}
	var e T
	if t.Base != nil {
		e = *t.Base
	}
	fields := map[string]*field{}
	var order []string
	t.Rec.Columns("", &e, func(key string, required bool, s jsonrec.Scanner) {
		fields[key] = &field{required: required, given: !s.Zero(), kind: fieldKind(s.Column())}
		order = append(order, key)
	})
	var errs []error
	fail := func(col string, err error) { errs = append(errs, &Error{Form: t.Form, Column: col, Err: err}) }
	keys := make([]string, len(types))
	seen := map[string]bool{}
	for i, ct := range types {
		name := ct.Name()
		keys[i] = name
		f := fields[name]
		switch {
		case f == nil:
			fail(name, fmt.Errorf("%w: want one of %s", ErrUnknownColumn, strings.Join(order, ", ")))
		case seen[name]:
			fail(name, fmt.Errorf("%w: the query names it twice", jsonrec.ErrDuplicateKey))
		default:
			seen[name] = true
			if err := fitType(f.kind, columnKind(ct), ct.DatabaseTypeName()); err != nil {
				fail(name, err)
			}
		}
	}
	for _, key := range order {
		if f := fields[key]; f.required && !f.given && !seen[key] {
			fail(key, fmt.Errorf("%w: the query has no such column", problem.ErrRequired))
		}
	}
	return keys, errors.Join(errs...)
}

// rowProblems turns the field table's problems with row n, each a
// *jsonrec.Error at a key, into *Error naming the row and column.
func rowProblems(err error, form string, n int) error {
	if err == nil {
		return nil
	}
	var out []error
	for _, e := range flatten(err) {
		se := &Error{Form: form, Row: n, Err: e}
		var je *jsonrec.Error
		if errors.As(e, &je) {
			se.Column, se.Err = je.Path, je.Err
		}
		out = append(out, se)
	}
	return errors.Join(out...)
}

// flatten returns the errors joined in err, or err alone.
func flatten(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}
