package journal

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"iter"
	"net"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/jsonrec"
)

// Entry is any journal's entry type: what ScanRows and QueryRows read.
type Entry interface {
	StockEntry | DisabilityEntry | GeneralCapacityEntry | ProfessionalCapacityEntry | CareEntry | ActEntry
}

// ScanError is a problem reading entries from a database: a column of
// the query that does not fit the form (Row 0, found before the first
// row is read), a value of a row that does not fit its field, or the
// database failing. It names the row and column, never the value.
type ScanError struct {
	// Form is the journal's form ID, e.g. "journal6".
	Form string
	// Row is the row's position in the query's result, from 1; 0 for a
	// problem with the query or its columns.
	Row int
	// Column is the query's column name (the entry's JSON key), if the
	// problem is in one.
	Column string
	// Err is what is wrong: ErrUnknownColumn, ErrColumnType,
	// ErrUnknownValue, ErrRequired, ErrDuplicateKey, or the driver's
	// error (its message is shown only when it cannot quote a value).
	Err error
}

// Error returns e.g. "row 42: column group: not on the closed list: …".
// It does not name the form: the ValidationError around it does.
func (e *ScanError) Error() string {
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
func (e *ScanError) Unwrap() error { return e.Err }

// ScanRows reads the entries of a journal form from rows, a query's
// result, one row at a time: rows are never all in memory. The query's
// column names are the JSON keys of the form's entries (see JSONSchema),
// in any order, e.g. `select act_date as date, full_name, birth_date, …`;
// a key the query leaves out is empty. DATE and TIMESTAMP columns fill
// dates (their calendar day), integer columns counts and numbers, text
// columns text and the IDs of closed lists (the same IDs as in JSON);
// NULL is empty. TIMESTAMPTZ is refused: it is a moment, a day only in a
// time zone, so cast it in the query.
//
// The columns are checked before the first row: an unknown column, one
// named twice, a required key left out or a type that does not fit
// yields one error (every problem joined, each a *ScanError of Row 0)
// and ends the sequence. A row with a value that does not fit (a value
// off a closed list, or of the wrong type where the driver does not
// type its columns) yields the zero entry and the errors of that row,
// and the sequence goes on. A failure of the database ends it. No error
// quotes a value.
//
// ScanRows closes rows when the sequence ends or the loop leaves it. The
// sequence can be read once only, while a journal's Stream is read twice
// (to validate, then to print): give a Stream QueryRows, which runs the
// query for each reading.
func ScanRows[E Entry](rows *sql.Rows) iter.Seq2[E, error] {
	rec, form := entryRecord[E]()
	var used atomic.Bool
	return func(yield func(E, error) bool) {
		defer rows.Close()
		var zero E
		if used.Swap(true) {
			yield(zero, &ScanError{Form: form.ID, Err: errReadTwice})
			return
		}
		fields, err := columnFields(rec, form.ID, rows)
		if err != nil {
			yield(zero, err)
			return
		}
		vals := make([]any, len(fields))
		ptrs := make([]any, len(fields))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		// The column of each key, for the field table's walk.
		col := make(map[string]int, len(fields))
		for i, f := range fields {
			if f >= 0 {
				col[rec.Fields[f].Key] = i
			}
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
				yield(zero, &ScanError{Form: form.ID, Row: n, Err: &dbError{err}})
				return
			}
			var e E
			err := rowProblems(rec.Scan("", get, &e), form.ID, n)
			if err != nil {
				e = zero
			}
			clear(vals)
			if !yield(e, err) {
				return
			}
		}
		if err := rows.Err(); err != nil {
			yield(zero, &ScanError{Form: form.ID, Row: n + 1, Err: &dbError{err}})
		}
	}
}

var errReadTwice = errors.New("the rows were read already: a journal's Stream is read twice, give it QueryRows")

// columnFields returns, for each column of rows, the index of the field
// of rec it fills, or every problem with the columns.
func columnFields[E any](rec *jsonrec.Record[E], form string, rows *sql.Rows) ([]int, error) {
	types, err := rows.ColumnTypes()
	if err != nil {
		return nil, &ScanError{Form: form, Err: &dbError{err}}
	}
	var errs []error
	fail := func(col string, err error) { errs = append(errs, &ScanError{Form: form, Column: col, Err: err}) }
	fields := make([]int, len(types))
	seen := make([]bool, len(rec.Fields))
	var e E
	for i, ct := range types {
		name := ct.Name()
		f := fieldIndex(rec, name)
		fields[i] = f
		switch {
		case f < 0:
			fail(name, fmt.Errorf("%w: want one of %s", ErrUnknownColumn, strings.Join(fieldKeys(rec), ", ")))
		case seen[f]:
			fail(name, fmt.Errorf("%w: the query names it twice", ErrDuplicateKey))
		default:
			seen[f] = true
			if err := fitType(fieldKind(rec.Fields[f].Val(&e)), columnKind(ct), ct.DatabaseTypeName()); err != nil {
				fail(name, err)
			}
		}
	}
	for f, ok := range seen {
		if !ok && rec.Fields[f].Required {
			fail(rec.Fields[f].Key, fmt.Errorf("%w: the query has no such column", ErrRequired))
		}
	}
	return fields, errors.Join(errs...)
}

// rowProblems turns the field table's problems with row n, each a
// *JSONError at a key, into *ScanError naming the row and column.
func rowProblems(err error, form string, n int) error {
	if err == nil {
		return nil
	}
	var out []error
	for _, e := range flatten(err) {
		se := &ScanError{Form: form, Row: n, Err: e}
		var je *JSONError
		if errors.As(e, &je) {
			se.Column, se.Err = je.Path, je.Err
		}
		out = append(out, se)
	}
	return errors.Join(out...)
}

func fieldIndex[E any](rec *jsonrec.Record[E], key string) int {
	for i, f := range rec.Fields {
		if f.Key == key {
			return i
		}
	}
	return -1
}

func fieldKeys[E any](rec *jsonrec.Record[E]) []string {
	keys := make([]string, len(rec.Fields))
	for i, f := range rec.Fields {
		keys[i] = f.Key
	}
	return keys
}

// entryRecord returns the field table and the form of the entry type E.
func entryRecord[E Entry]() (*jsonrec.Record[E], forms.Journal) {
	var rec, form any
	switch any(*new(E)).(type) {
	case StockEntry:
		rec, form = stockEntryRecord, forms.Journal1()
	case DisabilityEntry:
		rec, form = disabilityEntryRecord, forms.Journal2()
	case GeneralCapacityEntry:
		rec, form = generalCapacityEntryRecord, forms.Journal3()
	case ProfessionalCapacityEntry:
		rec, form = professionalCapacityEntryRecord, forms.Journal4()
	case CareEntry:
		rec, form = careEntryRecord, forms.Journal5()
	case ActEntry:
		rec, form = actEntryRecord, forms.Journal6()
	}
	return rec.(*jsonrec.Record[E]), form.(forms.Journal)
}

// Queryer runs a query: *sql.DB, *sql.Tx and *sql.Conn are Queryers.
type Queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// QueryRows returns the entries of query as ScanRows reads them, running
// the query anew each time the sequence is read: a journal's Stream is
// read twice, to validate and then to print. For both readings to see
// the same rows, the query needs an ORDER BY, and q should be a
// transaction that sees one snapshot of the data, e.g.
// db.BeginTx(ctx, &sql.TxOptions{Isolation: sql.LevelRepeatableRead,
// ReadOnly: true}) in PostgreSQL.
func QueryRows[E Entry](ctx context.Context, q Queryer, query string, args ...any) iter.Seq2[E, error] {
	return func(yield func(E, error) bool) {
		rows, err := q.QueryContext(ctx, query, args...)
		if err != nil {
			_, form := entryRecord[E]()
			var zero E
			yield(zero, &ScanError{Form: form.ID, Err: &dbError{err}})
			return
		}
		for e, err := range ScanRows[E](rows) {
			if !yield(e, err) {
				return
			}
		}
	}
}

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
