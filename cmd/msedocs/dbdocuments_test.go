package main

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/msedocs/msedocs/internal/pgtest"
)

// loadCerts writes a sample batch of n disability certificates as JSON
// ($D/certs.json), the header of the rows (one certificate holding only
// the issuer, $D/certs.header.json), and loads the certificates into
// table certs. It returns the query that gives them back.
func loadCerts(t *testing.T, db *sql.DB, dir, n string) string {
	t.Helper()
	if r := runIn(t, dir, "", "sample", "disability", "-n", n, "-o", "$D/certs.json"); r.code != 0 {
		t.Fatalf("sample: %+v", r)
	}
	data, err := os.ReadFile(filepath.Join(dir, "certs.json"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`create table certs as select a.id, x.*, a.e->'serial'->>'series' as series,
		a.e->'serial'->>'number' as number
		from jsonb_array_elements($1::jsonb->'documents') with ordinality as a(e, id),
		jsonb_to_record(a.e) as x(date date, full_name text, iin text, birth_date date, sex text, address text,
			"group" text, cause text, term text, "from" date, until date)`, string(data)); err != nil {
		t.Fatal(err)
	}
	var batch struct{ Documents []map[string]json.RawMessage }
	if err := json.Unmarshal(data, &batch); err != nil {
		t.Fatal(err)
	}
	header, _ := json.Marshal(map[string]json.RawMessage{"form": json.RawMessage(`"disability"`), "issuer": batch.Documents[0]["issuer"]})
	if err := os.WriteFile(filepath.Join(dir, "certs.header.json"), header, 0o644); err != nil {
		t.Fatal(err)
	}
	return `select date, series as "serial.series", number as "serial.number", full_name, iin, birth_date, sex,
		address, "group", cause, term, "from", until from certs order by id`
}

// TestDatabaseDocuments renders and validates documents from a real
// PostgreSQL server: a document a row.
func TestDatabaseDocuments(t *testing.T) {
	url := pgtest.Start(t)
	db, err := sql.Open(pgtest.Driver, url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	dir := t.TempDir()
	q := loadCerts(t, db, dir, "30")
	h := "$D/certs.header.json"

	t.Run("same bytes as JSON", func(t *testing.T) {
		for _, ext := range []string{"pdf", "xlsx"} {
			a := runIn(t, dir, "", "render", "-in", "$D/certs.json", "-o", "$D/a."+ext)
			b := runIn(t, dir, "", "render", "-in", h, "-db", url, "-query", q, "-o", "$D/b."+ext)
			if a.code != 0 || b.code != 0 {
				t.Fatalf("render: %+v %+v", a, b)
			}
			ja, _ := os.ReadFile(filepath.Join(dir, "a."+ext))
			jb, _ := os.ReadFile(filepath.Join(dir, "b."+ext))
			if len(ja) == 0 || !bytes.Equal(ja, jb) {
				t.Errorf("the %s from the database differs from the one from JSON", ext)
			}
		}
	})

	t.Run("validate", func(t *testing.T) {
		r := runIn(t, dir, "", "validate", "-in", h, "-db", url, "-query", q)
		if r.code != 0 || r.stdout != "$D/certs.header.json and the query: documents, 30 documents (30 disability) from the query: no problems\n" {
			t.Errorf("validate: %+v", r)
		}
	})

	for _, c := range []struct {
		name, query string
		want        []string
	}{
		{"bad row", strings.Replace(q, `"group"`, `case when id = 7 then 'IV' else "group" end as "group"`, 1),
			[]string{"msedocs: query: row 7: column group: not on the closed list"}},
		{"bad-typed column", strings.Replace(q, "birth_date,", "full_name as birth_date,", 1),
			[]string{"msedocs: query: column birth_date: wrong type: type TEXT does not fit a date"}},
		{"no rows", strings.Replace(q, "order by", "where false order by", 1),
			[]string{"msedocs: query: no rows: certificate: no documents"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, args := range [][]string{
				{"render", "-in", h, "-db", url, "-query", c.query, "-o", "$D/out/bad.pdf"},
				{"render", "-in", h, "-db", url, "-query", c.query, "-o", "$D/out/bad.xlsx"},
				{"validate", "-in", h, "-db", url, "-query", c.query},
			} {
				os.MkdirAll(filepath.Join(dir, "out"), 0o755)
				r := runIn(t, dir, "", args...)
				if r.code != exitInvalid || r.stdout != "" {
					t.Errorf("%s: exit %d, stdout %q; want exit 1 and no output", args[0], r.code, r.stdout)
				}
				for _, w := range c.want {
					if !strings.Contains(r.stderr, w) {
						t.Errorf("%s: no %q in:\n%s", args[0], w, r.stderr)
					}
				}
				if left := files(t, filepath.Join(dir, "out")); len(left) > 0 {
					t.Errorf("%s left %v", args[0], left)
				}
			}
		})
	}

	t.Run("header value every row takes", func(t *testing.T) {
		// The header's issuer head holds a tab, and every row takes it:
		// one problem of the header, not one a row.
		data, _ := os.ReadFile(filepath.Join(dir, "certs.header.json"))
		var top map[string]map[string]any
		json.Unmarshal(bytes.Replace(data, []byte(`"form":"disability",`), nil, 1), &top)
		top["issuer"]["head"] = "Әли\tҰлы"
		out, _ := json.Marshal(map[string]any{"form": "disability", "issuer": top["issuer"]})
		os.WriteFile(filepath.Join(dir, "badhead.json"), out, 0o644)
		r := runIn(t, dir, "", "validate", "-in", "$D/badhead.json", "-db", url, "-query", q)
		if r.code != exitInvalid || strings.Count(r.stderr, "issuer.head") != 1 ||
			!strings.Contains(r.stderr, "$D/badhead.json: issuer.head: every row of the query: ") {
			t.Errorf("validate: %+v", r)
		}
	})

	t.Run("header", func(t *testing.T) {
		runIn(t, dir, "", "sample", "rehab_social", "-n", "1", "-o", "$D/rehab.json")
		data, _ := os.ReadFile(filepath.Join(dir, "rehab.json"))
		var batch struct{ Documents []json.RawMessage }
		json.Unmarshal(data, &batch)
		os.WriteFile(filepath.Join(dir, "rehab1.json"), batch.Documents[0], 0o644)
		for _, c := range []struct{ header, want string }{
			{"$D/rehab1.json", "rehab_social keeps a list, which a row of columns does not hold (measures): from a database take disability,"},
			{"$D/certs.json", "the header is one document of the form the rows fill, not a batch"},
		} {
			r := runIn(t, dir, "", "render", "-in", c.header, "-db", url, "-query", q, "-o", "$D/out/x.pdf")
			if r.code != exitUsage || !strings.Contains(r.stderr, c.want) {
				t.Errorf("%s: %+v", c.header, r)
			}
		}
	})
}
