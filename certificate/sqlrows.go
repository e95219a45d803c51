package certificate

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"iter"
	"strings"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/jsonrec"
	"github.com/msedocs/msedocs/internal/sqlrows"
	"github.com/msedocs/msedocs/journal"
)

// ScanError is a problem reading documents from a database: a column of
// the query that does not fit the form (Row 0), a value of a row that
// does not fit its field (Row from 1, Column the column's name), or the
// database failing. It is package journal's type; see there.
type ScanError = journal.ScanError

// Errors wrapped by *ScanError: package journal's values.
var (
	// ErrUnknownColumn is a column of a query the form does not have.
	ErrUnknownColumn = journal.ErrUnknownColumn
	// ErrColumnType is a column, or a value, whose type does not fit
	// the field it fills.
	ErrColumnType = journal.ErrColumnType
	// ErrNotFlat is a document type that keeps a list (the measures of a
	// rehabilitation programme, the needs of a care conclusion), which
	// one row of columns does not hold naturally: read it from JSON.
	ErrNotFlat = errors.New("keeps a list, which a row of columns does not hold")
)

// Flat is a document type whose fields a row of columns holds, one a
// key: the disability certificate, the certificates of the degree of
// loss of general and of professional working capacity and the extract
// from the latter, and the two notices. The extracts from the
// rehabilitation programme (their measures) and the care conclusion (its
// needs) keep lists, and are not Flat.
type Flat interface {
	Disability | GeneralCapacity | ProfessionalCapacity | ProfessionalCapacityExtract | FullRehabilitation | ExpertNotice
}

// ScanRows reads documents of the type D from rows, a query's result,
// one row at a time: rows are never all in memory. The query's column
// names are the document's JSON keys (see Decode and JSONSchema), in any
// order, the fields of a nested record named by their path:
// `select full_name, iin, …, series as "serial.series", number as
// "serial.number", head as "issuer.head", …`. A key the query leaves out
// is base's value (nil: empty), so that what every document shares (the
// issuer) can be given once; "form" is D's. Columns and values are
// checked as journal.ScanRows checks them: the columns before the first
// row (every problem a *ScanError of Row 0, ending the sequence), then
// each row, whose values that do not fit yield a nil document and that
// row's *ScanError values while the sequence goes on. No error quotes a
// value.
//
// Each document yielded is a new *D. ScanRows closes rows when the
// sequence ends or the loop leaves it; the sequence can be read once
// only, while WritePDFStream and WriteXLSXStream read theirs twice: give
// them QueryRows.
func ScanRows[D Flat](rows *sql.Rows, base *D) iter.Seq2[Document, error] {
	return docs(rowTable(base).Scan(rows))
}

// QueryRows returns the documents of query as ScanRows reads them,
// running the query anew each time the sequence is read. For both
// readings of WritePDFStream to see the same rows, the query needs an
// ORDER BY on a unique key, and q should be a transaction that sees one
// snapshot of the data, e.g. db.BeginTx(ctx,
// &sql.TxOptions{Isolation: sql.LevelRepeatableRead, ReadOnly: true}) in
// PostgreSQL.
func QueryRows[D Flat](ctx context.Context, q journal.Queryer, base *D, query string, args ...any) iter.Seq2[Document, error] {
	return docs(rowTable(base).Query(ctx, q, query, args...))
}

var errReadTwice = errors.New("the rows were read already: a stream of documents is read twice, give it QueryRows")

// rowTable is the document type D as a query's columns fill it.
func rowTable[D Flat](base *D) sqlrows.Table[D] {
	var rec any
	switch any(base).(type) {
	case *Disability:
		rec = disabilityRecord
	case *GeneralCapacity:
		rec = generalCapacityRecord
	case *ProfessionalCapacity:
		rec = professionalCapacityRecord
	case *ProfessionalCapacityExtract:
		rec = professionalExtractRecord
	case *FullRehabilitation:
		rec = fullRehabilitationRecord
	case *ExpertNotice:
		rec = expertNoticeRecord
	}
	return sqlrows.Table[D]{Rec: rec.(*jsonrec.Record[D]), Form: any(new(D)).(Document).Form().ID, Base: base, ReadTwice: errReadTwice}
}

// docs yields each record of seq as a Document, a new *D; nil where the
// row did not fit.
func docs[D Flat](seq iter.Seq2[D, error]) iter.Seq2[Document, error] {
	return func(yield func(Document, error) bool) {
		for d, err := range seq {
			var doc Document
			if err == nil {
				doc = any(&d).(Document)
			}
			if !yield(doc, err) {
				return
			}
		}
	}
}

// Columns returns the column names a query gives documents of the form
// (see ScanRows), in the order of its JSON encoding. A form whose type
// is not Flat is ErrNotFlat, naming the keys of its lists; an unknown
// one is ErrUnknownValue.
func Columns(form string) ([]string, error) {
	c, ok := codecs[form]
	if !ok {
		return nil, fmt.Errorf("%w: form %q; want one of %s", ErrUnknownValue, form, strings.Join(documentList.IDs(), ", "))
	}
	keys, lists := c.columns()
	if len(lists) > 0 {
		return nil, fmt.Errorf("%s %w (%s): from a database take %s", form, ErrNotFlat, strings.Join(lists, ", "), strings.Join(flatForms(), ", "))
	}
	return keys, nil
}

func (c docCodec[T, P]) columns() (keys, lists []string) {
	var v T
	lists = c.rec.Columns("", &v, func(key string, _ bool, _ jsonrec.Scanner) { keys = append(keys, key) })
	return keys, lists
}

// flatForms returns the IDs of the Flat forms, in the order of the forms.
func flatForms() []string {
	var ids []string
	for _, d := range forms.Documents() {
		if _, lists := codecs[d.ID].columns(); len(lists) == 0 {
			ids = append(ids, d.ID)
		}
	}
	return ids
}
