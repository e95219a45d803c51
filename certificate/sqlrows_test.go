package certificate_test

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/msedocs/msedocs/certificate"
	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/pgtest"
)

// certsTable holds disability certificates, one a row, without the
// issuer, which the base document gives.
const certsTable = `create table certs (id int primary key, date date, series text, number text,
	full_name text, iin text, birth_date date, sex text, address text, "group" text, cause text,
	term text, "from" date, until date)`

const certsQuery = `select date, series as "serial.series", number as "serial.number", full_name, iin,
	birth_date, sex, address, "group", cause, term, "from", until from certs order by id`

// loadCerts puts docs, disability certificates, into table certs.
func loadCerts(t *testing.T, db *sql.DB, docs []certificate.Document) {
	t.Helper()
	if _, err := db.Exec(certsTable); err != nil {
		t.Fatal(err)
	}
	for i, doc := range docs {
		d := doc.(*certificate.Disability)
		until := sql.NullTime{Time: d.Period.Until, Valid: !d.Period.Until.IsZero()}
		_, err := db.Exec(`insert into certs values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
			i+1, d.Date, d.Serial.Series, d.Serial.Number, d.Person.FullName, d.Person.IIN, d.Person.BirthDate,
			string(d.Person.Sex), d.Person.Address, string(d.Group), string(d.Cause), string(d.Period.Term), d.Period.From, until)
		if err != nil {
			t.Fatal(err)
		}
	}
}

// TestDatabase prints documents read from a real PostgreSQL server
// started for the test.
func TestDatabase(t *testing.T) {
	db := pgtest.Open(t)
	docs := sampleDocs(t, forms.DocDisability, 40)
	loadCerts(t, db, docs)
	base := &certificate.Disability{Issuer: docs[0].(*certificate.Disability).Issuer}
	ctx := context.Background()
	tx, err := db.BeginTx(ctx, &sql.TxOptions{Isolation: sql.LevelRepeatableRead, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()

	t.Run("same bytes", func(t *testing.T) {
		var a, b bytes.Buffer
		if err := certificate.WritePDFStream(&a, later(), certificate.QueryRows(ctx, tx, base, certsQuery)); err != nil {
			t.Fatal(err)
		}
		if err := certificate.WritePDF(&b, later(), docs...); err != nil {
			t.Fatal(err)
		}
		if a.Len() == 0 || !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Error("the documents from the database printed other bytes than the same in memory")
		}
	})

	t.Run("columns", func(t *testing.T) {
		// A text where a date goes, an unknown column, a required key
		// left out (iin): all before the first row, and no row read.
		q := `select full_name as birth_date, 1 as nickname, "group", date, series as "serial.series",
			number as "serial.number", full_name, sex, cause, term, "from", until from certs order by id`
		err := certificate.ValidateStream(later(), certificate.QueryRows(ctx, tx, base, q))
		want := []string{
			"column birth_date: wrong type: type TEXT does not fit a date",
			"column nickname: no such column",
			"column iin: required: the query has no such column",
		}
		for _, w := range want {
			if !strings.Contains(errString(err), w) {
				t.Errorf("no %q in:\n%v", w, err)
			}
		}
		var se *certificate.ScanError
		if !errors.As(err, &se) || se.Row != 0 || len(leafErrors(err)) != len(want) {
			t.Errorf("want %d problems of the columns, row 0: %v", len(want), err)
		}
	})

	t.Run("bad rows", func(t *testing.T) {
		// Row 7 holds a group off the list (the row's problem), row 9 a
		// birth date after the date of issue (the document's): both are
		// reported, at their documents, and the rows go on.
		q := strings.Replace(certsQuery, `"group"`, `case when id = 7 then 'IV' else "group" end as "group"`, 1)
		q = strings.Replace(q, "birth_date,", "case when id = 9 then date '2029-01-01' else birth_date end as birth_date,", 1)
		err := certificate.ValidateStream(later(), certificate.QueryRows(ctx, tx, base, q))
		var se *certificate.ScanError
		if !errors.As(err, &se) || se.Row != 7 || se.Column != "group" || !errors.Is(se, certificate.ErrUnknownValue) {
			t.Errorf("row 7: %v", err)
		}
		found := false
		for _, e := range leafErrors(err) {
			var ve *certificate.ValidationError
			if errors.As(e, &ve) && ve.Entry == 9 && strings.HasPrefix(ve.JSONPath(), "documents[8].") {
				found = true
			}
			for _, d := range docs {
				if name := d.(*certificate.Disability).Person.FullName; strings.Contains(e.Error(), name) {
					t.Errorf("a message quotes a name: %v", e)
				}
			}
		}
		if !found {
			t.Errorf("no problem of document 9 in:\n%v", err)
		}
		if err := certificate.WritePDFStream(io.Discard, later(), certificate.QueryRows(ctx, tx, base, q)); err == nil {
			t.Error("printed rows with problems")
		}
	})

	t.Run("read once", func(t *testing.T) {
		rows, err := tx.QueryContext(ctx, certsQuery)
		if err != nil {
			t.Fatal(err)
		}
		err = certificate.WritePDFStream(io.Discard, later(), certificate.ScanRows(rows, base))
		if err == nil || !strings.Contains(err.Error(), "give it QueryRows") {
			t.Errorf("ScanRows read twice: %v", err)
		}
	})

	t.Run("not flat", func(t *testing.T) {
		for _, id := range []string{forms.DocSocialRehab, forms.DocProfessionalRehab, forms.DocCare} {
			if _, err := certificate.Columns(id); !errors.Is(err, certificate.ErrNotFlat) {
				t.Errorf("%s: %v, want ErrNotFlat", id, err)
			}
		}
		keys, err := certificate.Columns(forms.DocDisability)
		if err != nil || !strings.Contains(strings.Join(keys, " "), "issuer.head date serial.series serial.number full_name") {
			t.Errorf("disability: %v %v", keys, err)
		}
	})
}
