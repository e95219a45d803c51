package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"iter"

	"github.com/msedocs/msedocs/certificate"
)

// dbDocuments are documents whose values are the rows of a query, one
// document a row, over what the header file gives them all (the
// issuer, say): the header is one document of a Flat form
// (certificate.Flat) without the rows' keys. They are read as a
// journal's rows are (see dbJournal): once for a PDF, each checked as it
// prints; twice for a workbook, in one read-only snapshot, to count and
// check them first.
type dbDocuments struct {
	streamedDocuments
	header string // the header file's name, for messages
	db     *sql.DB
	tx     *sql.Tx
}

// openDBDocuments prepares the documents of query, over the header data
// read from the file name, on the database at dbURL.
func openDBDocuments(data []byte, name, dbURL, query string) (*dbDocuments, error) {
	docs, err := certificate.Decode(data)
	if err != nil {
		return nil, &inputError{name, err}
	}
	if len(docs) != 1 {
		return nil, usagef("-db: %s: the header is one document of the form the rows fill, not a batch", name)
	}
	form := docs[0].Form().ID
	if _, err := certificate.Columns(form); err != nil {
		return nil, usagef("-db: %s: %v", name, err)
	}
	if _, ok := docs[0].(*certificate.Blank); ok {
		return nil, usagef("-db: %s: a blank has no values to take from the query", name)
	}
	db, tx, err := snapshot(dbURL)
	if err != nil {
		return nil, err
	}
	f := &dbDocuments{streamedDocuments: newStreamed(queryDocs(context.Background(), tx, docs[0], query)), header: name, db: db, tx: tx}
	return f, nil
}

// queryDocs returns the documents of query over base, of base's type.
func queryDocs(ctx context.Context, tx *sql.Tx, base certificate.Document, query string) iter.Seq2[certificate.Document, error] {
	switch d := base.(type) {
	case *certificate.Disability:
		return certificate.QueryRows(ctx, tx, d, query)
	case *certificate.GeneralCapacity:
		return certificate.QueryRows(ctx, tx, d, query)
	case *certificate.ProfessionalCapacity:
		return certificate.QueryRows(ctx, tx, d, query)
	case *certificate.ProfessionalCapacityExtract:
		return certificate.QueryRows(ctx, tx, d, query)
	case *certificate.FullRehabilitation:
		return certificate.QueryRows(ctx, tx, d, query)
	case *certificate.ExpertNotice:
		return certificate.QueryRows(ctx, tx, d, query)
	}
	return nil // not Flat: refused by certificate.Columns
}

func (f *dbDocuments) close() {
	f.tx.Rollback() // read only: nothing to keep
	f.db.Close()
}

func (f *dbDocuments) validate() error {
	return f.problems(certificate.ValidateStream(nil, f.counted()))
}

func (f *dbDocuments) write(o *output) error {
	// The writers check the rows (streamedDocuments.write): the query
	// runs once for a PDF, twice for a workbook, never three times.
	return f.problems(f.streamedDocuments.write(o))
}

func (f *dbDocuments) describe() string {
	return f.streamedDocuments.describe() + " from the query"
}

// problems names where each problem of err is (queryProblems); no
// rows at all is the query's.
func (f *dbDocuments) problems(err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, certificate.ErrNoDocuments) {
		return &inputError{"query", errors.New("no rows: " + err.Error())}
	}
	return queryProblems(everyRow(err, f.last.n, f.header), f.header)
}

// everyRow folds a problem that every row of the query has alike into
// one, named once at the header file: a value of the header that every
// row takes (an issuer's head with a tab in it, say) is one problem of
// the header, not a hundred thousand problems of rows. A problem only
// some rows have stays a problem of each of those rows.
func everyRow(err error, rows int, header string) error {
	if rows < 2 {
		return err
	}
	// A row's problem is known by its field and what is wrong.
	type kind struct{ field, what string }
	errs := leaves(err)
	ves := make([]*certificate.ValidationError, len(errs))
	seen := map[kind]map[int]bool{} // the rows that have each
	for i, e := range errs {
		if errors.As(e, &ves[i]) && ves[i].Entry > 0 {
			k := kind{ves[i].Field, ves[i].Err.Error()}
			if seen[k] == nil {
				seen[k] = map[int]bool{}
			}
			seen[k][ves[i].Entry] = true
		}
	}
	var out []error
	said := map[kind]bool{}
	for i, e := range errs {
		ve := ves[i]
		if ve == nil || ve.Entry == 0 {
			out = append(out, e)
			continue
		}
		switch k := (kind{ve.Field, ve.Err.Error()}); {
		case len(seen[k]) < rows:
			out = append(out, e)
		case !said[k]:
			said[k] = true
			out = append(out, &inputError{header, &pathError{path: ve.Field,
				err: fmt.Errorf("every row of the query: %w (give it in the header or select it)", ve.Err)}})
		}
	}
	return errors.Join(out...)
}
