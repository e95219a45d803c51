package journal

import (
	"context"
	"database/sql"
	"errors"
	"iter"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/jsonrec"
	"github.com/msedocs/msedocs/internal/sqlrows"
)

// Entry is any journal's entry type: what ScanRows and QueryRows read.
type Entry interface {
	StockEntry | DisabilityEntry | GeneralCapacityEntry | ProfessionalCapacityEntry | CareEntry | ActEntry
}

// ScanError is a problem reading entries (or documents, the same type
// in package certificate) from a database: a column of the query that
// does not fit the form (Row 0, found before the first row is read), a
// value of a row that does not fit its field, or the database failing.
// It names the row and column, never the value: Form, Row (from 1; 0
// for the query or its columns), Column (the query's column name, the
// entry's JSON key) and Err (ErrUnknownColumn, ErrColumnType,
// ErrUnknownValue, ErrRequired, ErrDuplicateKey, or the driver's error,
// its message shown only when it cannot quote a value). Its message
// reads e.g. "row 42: column group: not on the closed list: …".
type ScanError = sqlrows.Error

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
	return entryTable[E]().Scan(rows)
}

var errReadTwice = errors.New("the rows were read already: a journal's Stream is read twice, give it QueryRows")

// entryTable is the entry type E as a query's columns fill it.
func entryTable[E Entry]() sqlrows.Table[E] {
	rec, form := entryRecord[E]()
	return sqlrows.Table[E]{Rec: rec, Form: form.ID, ReadTwice: errReadTwice}
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
type Queryer = sqlrows.Queryer

// QueryRows returns the entries of query as ScanRows reads them, running
// the query anew each time the sequence is read: a journal's Stream is
// read twice, to validate and then to print. For both readings to see
// the same rows, the query needs an ORDER BY, and q should be a
// transaction that sees one snapshot of the data, e.g.
// db.BeginTx(ctx, &sql.TxOptions{Isolation: sql.LevelRepeatableRead,
// ReadOnly: true}) in PostgreSQL.
func QueryRows[E Entry](ctx context.Context, q Queryer, query string, args ...any) iter.Seq2[E, error] {
	return entryTable[E]().Query(ctx, q, query, args...)
}
