package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"strconv"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver of database/sql: postgres:// URLs

	"github.com/msedocs/msedocs/journal"
)

// drivers are the database/sql drivers by URL scheme. Another database
// is one import and one line here.
var drivers = map[string]string{"postgres": "pgx", "postgresql": "pgx"}

// dbAbout is the help of render's -db and -query.
const dbAbout = "With -db URL and -query SQL the entries are the rows of the query, read\n" +
	"with a cursor, never all in memory, and -in is the journal's header: the\n" +
	"journal's JSON without entries. The query's column names are the entries'\n" +
	"JSON keys (msedocs schema), e.g. \"select act_date as date, full_name, …\";\n" +
	"DATE and TIMESTAMP columns give dates, integers counts, text text or the ids\n" +
	"of closed lists, NULL nothing. A column the form has not, or of a type that\n" +
	"does not fit, is an error before any row is read; a row that fails is named\n" +
	"by its number and column, and no file is left. The query runs once, in a\n" +
	"read-only transaction, each row checked as it prints: give it an ORDER BY\n" +
	"on a unique key. Journals 2 to 6."

// dbFlags are the flags of render and validate that take the entries
// from a database.
type dbFlags struct {
	url, query *string
}

func addDBFlags(fs interface {
	String(name, value, usage string) *string
}) dbFlags {
	return dbFlags{
		url: fs.String("db", "", "database `URL` whose query gives the entries, e.g. postgres://user@host/db;\n"+
			"-in is then the journal's header, without entries"),
		query: fs.String("query", "", "`SQL` giving the entries with -db: its column names are the entries' JSON keys,\n"+
			"e.g. \"select act_date as date, full_name, … from acts order by act_date, id\""),
	}
}

// used reports whether the entries come from a database, or why the
// flags are wrong.
func (f dbFlags) used() (bool, error) {
	switch {
	case *f.url == "" && *f.query == "":
		return false, nil
	case *f.url == "":
		return false, usagef("-query needs -db URL")
	case *f.query == "":
		return false, usagef("-db needs -query SQL")
	}
	u, err := url.Parse(*f.url)
	if err != nil || drivers[u.Scheme] == "" {
		return false, usagef("-db: want a postgres:// URL")
	}
	return true, nil
}

// dbJournal is a journal whose header comes from a JSON file and whose
// entries are the rows of a query.
//
// The query runs once, inside a read-only transaction: the writers
// check each row as they print it (journal.Options.ReadOnce), and a row
// that fails stops the printing; the rest are still read and checked so
// that every bad row is reported, and the half-written files are
// removed. Nothing is spooled: memory and disk stay flat whatever the
// length, and no person's data is copied out of the database onto a disk
// where nobody looks after it. validate reads the rows once, without
// printing. The transaction is REPEATABLE READ so that a library user's
// two readings (journal.Write without ReadOnce) see one snapshot; a query
// without an ORDER BY on a unique key may still give its rows in another
// order then, which the library reports (journal.ErrStreamChanged), and
// problems adds how to avoid it.
type dbJournal struct {
	j      journal.Journal
	header string // the header file's name, for messages
	db     *sql.DB
	tx     *sql.Tx
	count  int // entries of the last reading
}

// openDB reads the header at path and prepares the entries of query on
// the database at dbURL.
func (a *app) openDB(path, dbURL, query string) (*dbJournal, error) {
	data, name, err := a.readInput(path)
	if err != nil {
		return nil, err
	}
	j, err := journal.UnmarshalJSON(data)
	if err != nil {
		return nil, &inputError{name, err}
	}
	u, _ := url.Parse(dbURL)
	db, err := sql.Open(drivers[u.Scheme], dbURL)
	if err != nil {
		return nil, fmt.Errorf("-db: %w", err)
	}
	ctx := context.Background()
	tx, err := db.BeginTx(ctx, &sql.TxOptions{Isolation: sql.LevelRepeatableRead, ReadOnly: true})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("-db: %w", err)
	}
	f := &dbJournal{j: j, header: name, db: db, tx: tx}
	if err := f.setStream(ctx, query); err != nil {
		f.close()
		return nil, &inputError{name, err}
	}
	return f, nil
}

// setStream gives the journal the query's rows as its entries.
func (f *dbJournal) setStream(ctx context.Context, query string) error {
	tx := f.tx
	switch j := f.j.(type) {
	case *journal.DisabilityJournal:
		j.Stream = counted(journal.QueryRows[journal.DisabilityEntry](ctx, tx, query), &f.count)
		return noEntries(len(j.Entries))
	case *journal.GeneralCapacityJournal:
		j.Stream = counted(journal.QueryRows[journal.GeneralCapacityEntry](ctx, tx, query), &f.count)
		return noEntries(len(j.Entries))
	case *journal.ProfessionalCapacityJournal:
		j.Stream = counted(journal.QueryRows[journal.ProfessionalCapacityEntry](ctx, tx, query), &f.count)
		return noEntries(len(j.Entries))
	case *journal.CareJournal:
		j.Stream = counted(journal.QueryRows[journal.CareEntry](ctx, tx, query), &f.count)
		return noEntries(len(j.Entries))
	case *journal.ActsJournal:
		j.Stream = counted(journal.QueryRows[journal.ActEntry](ctx, tx, query), &f.count)
		return noEntries(len(j.Entries))
	case *journal.Blank:
		return &pathError{path: "blank", err: errors.New("a blank journal has no entries to take from -db")}
	}
	return &pathError{path: "form", err: errors.New("journal1 keeps two sections of entries: -db prints journals 2 to 6")}
}

func noEntries(n int) error {
	if n > 0 {
		return &pathError{path: "entries", err: errors.New("with -db the entries come from the query: leave them out of the header")}
	}
	return nil
}

func (f *dbJournal) close() {
	f.tx.Rollback() // read only: nothing to keep
	f.db.Close()
}

func (f *dbJournal) validate() error { return f.problems(f.j.Validate(nil)) }

func (f *dbJournal) write(o *output) error {
	// No check before: the writers check each row as they print it
	// (journal.Options.ReadOnce), so the query runs once; an invalid
	// journal's half-written files are removed.
	return f.problems(filledJournal{j: f.j}.write(o))
}

func (f *dbJournal) describe() string {
	n := f.count
	if n == 1 {
		return f.j.Form().ID + ", 1 entry from the query"
	}
	return fmt.Sprintf("%s, %d entries from the query", f.j.Form().ID, n)
}

// problems names where each problem of err is: a row of the query, a
// column of the query, or a key of the header file. Nothing else changes.
func (f *dbJournal) problems(err error) error {
	if err == nil {
		return nil
	}
	var out []error
	for _, e := range leaves(err) {
		var ve *journal.ValidationError
		var se *journal.ScanError
		switch {
		case !errors.As(e, &ve):
		case errors.As(ve, &se):
			e = &inputError{"query", se}
		case errors.Is(ve, journal.ErrStreamChanged):
			e = &inputError{"query", fmt.Errorf("%w (order the query by a unique key: ORDER BY)", ve)}
		case ve.Entry > 0:
			e = &inputError{"query", &pathError{path: "row " + strconv.Itoa(ve.Entry), err: ve}}
		default:
			e = &inputError{f.header, &pathError{path: ve.JSONPath(), err: ve}}
		}
		out = append(out, e)
	}
	return errors.Join(out...)
}
