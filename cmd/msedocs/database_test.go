package main

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/msedocs/msedocs/internal/pgtest"
)

// entryColumns are the typed columns of each form's entries, to load a
// sample journal's JSON into a table.
var entryColumns = map[string]string{
	"journal2": `no int, date date, full_name text, "group" text, cause text, term text, until date, series text`,
	"journal3": `no int, date date, full_name text, degree int, term text, until date, series text`,
	"journal4": `no int, date date, full_name text, degree int, term text, until date, document text, series text`,
	"journal5": `no int, date date, full_name text, needs text, series text`,
	"journal6": `no int, date date, full_name text, birth_date date, unit text, last_exam_date date, conclusion text,
		basis text, sent_to text, sender text, note text`,
}

// loadSample writes a sample journal of form as JSON, its header
// without the entries, and loads the entries into table by SQL. It
// returns the query that gives them back.
func loadSample(t *testing.T, db *sql.DB, dir, form, table, n string) string {
	t.Helper()
	if r := runIn(t, dir, "", "sample", form, "-n", n, "-seed", n, "-o", "$D/"+form+".json"); r.code != 0 {
		t.Fatalf("sample: %+v", r)
	}
	data, err := os.ReadFile(filepath.Join(dir, form+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		t.Fatal(err)
	}
	cols := entryColumns[form]
	if _, err := db.Exec(`create table `+table+` as select a.id, x.* from jsonb_array_elements($1::jsonb->'entries')
		with ordinality as a(e, id), jsonb_to_record(a.e) as x(`+cols+`)`, string(data)); err != nil {
		t.Fatal(err)
	}
	delete(top, "entries")
	header, _ := json.Marshal(top)
	if err := os.WriteFile(filepath.Join(dir, form+".header.json"), header, 0o644); err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, c := range strings.Split(cols, ",") {
		names = append(names, strings.Fields(c)[0])
	}
	return "select " + strings.Join(names, ", ") + " from " + table + " order by id"
}

// TestDatabase runs render and validate on a real PostgreSQL server.
func TestDatabase(t *testing.T) {
	url := pgtest.Start(t)
	db, err := sql.Open(pgtest.Driver, url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	dir := t.TempDir()

	t.Run("same bytes as JSON", func(t *testing.T) {
		for _, form := range []string{"journal2", "journal3", "journal4", "journal5", "journal6"} {
			q := loadSample(t, db, dir, form, form, "60")
			for _, ext := range []string{"pdf", "xlsx"} {
				a := runIn(t, dir, "", "render", "-in", "$D/"+form+".json", "-o", "$D/a."+ext)
				b := runIn(t, dir, "", "render", "-in", "$D/"+form+".header.json", "-db", url, "-query", q, "-o", "$D/b."+ext)
				if a.code != 0 || b.code != 0 {
					t.Fatalf("%s: render: %+v %+v", form, a, b)
				}
				ja, _ := os.ReadFile(filepath.Join(dir, "a."+ext))
				jb, _ := os.ReadFile(filepath.Join(dir, "b."+ext))
				if len(ja) == 0 || !bytes.Equal(ja, jb) {
					t.Errorf("%s: the %s from the database differs from the one from JSON", form, ext)
				}
			}
		}
	})

	q6 := loadSample(t, db, dir, "journal6", "journal6_big", "3000")
	h6 := "$D/journal6.header.json"

	t.Run("validate", func(t *testing.T) {
		r := runIn(t, dir, "", "validate", "-in", h6, "-db", url, "-query", q6)
		if r.code != 0 || r.stdout != "$D/journal6.header.json and the query: journal6, 3000 entries from the query: no problems\n" {
			t.Errorf("validate: %+v", r)
		}
	})

	t.Run("volumes", func(t *testing.T) {
		out := t.TempDir()
		r := runIn(t, out, "", "render", "-in", strings.ReplaceAll(h6, "$D", dir), "-db", url, "-query", q6, "-volume-pages", "40", "-o", "$D/j6.pdf")
		if r.code != 0 {
			t.Fatalf("render: %+v", r)
		}
		names := files(t, out)
		if len(names) < 3 || !slices.Contains(names, "j6.vol1.pdf") || !slices.Contains(names, "j6.vol2.pdf") {
			t.Errorf("volumes written: %v", names)
		}
	})

	// Bad input: exit 1, every problem named by its row and column, no
	// person's data in any message, nothing written.
	for _, c := range []struct {
		name, query string
		want        []string
	}{
		{"bad rows",
			`select no, date, full_name, case when id = 42 then date '2031-01-01' else birth_date end as birth_date,
				conclusion, case when id = 1000 then null else sent_to end as sent_to from journal6_big order by id`,
			[]string{"msedocs: query: row 42: journal6: entry 42: column 4 (birth_date): date is in the future",
				"msedocs: query: row 1000: journal6: entry 1000: column 9 (sent_to): required"}},
		{"columns",
			`select full_name as date, no as full_name, birth_date as nickname from journal6_big`,
			[]string{"msedocs: query: column date: wrong type: type TEXT does not fit a date",
				"msedocs: query: column full_name: wrong type: type INT4 does not fit text; cast it, e.g. col::text",
				"msedocs: query: column nickname: no such column in the form's entries: want one of no, date, full_name,"}},
		{"data exception",
			`select full_name::date as date from journal6_big order by id`,
			[]string{"SQLSTATE 22007"}},
		{"syntax", `selec 1`, []string{`msedocs: query: database: ERROR: syntax error at or near "selec"`}},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, args := range [][]string{
				{"render", "-in", h6, "-db", url, "-query", c.query, "-o", "$D/out/bad.pdf"},
				{"render", "-in", h6, "-db", url, "-query", c.query, "-o", "$D/out/bad.xlsx", "-volume-pages", "20"},
				{"render", "-in", h6, "-db", url, "-query", c.query, "-o", "-"},
				{"validate", "-in", h6, "-db", url, "-query", c.query},
			} {
				os.MkdirAll(filepath.Join(dir, "out"), 0o755)
				r := runIn(t, dir, "", args...)
				if r.code != exitInvalid || r.stdout != "" {
					t.Errorf("%s: exit %d, stdout %d bytes; want exit 1 and no output", args[0], r.code, len(r.stdout))
				}
				for _, w := range c.want {
					if !strings.Contains(r.stderr, w) {
						t.Errorf("%s: no %q in:\n%s", args[0], w, r.stderr)
					}
				}
				checkNoData(t, db, r.stderr)
				if left := files(t, filepath.Join(dir, "out")); len(left) > 0 {
					t.Errorf("%s left %v", args[0], left)
				}
			}
		})
	}

	t.Run("header", func(t *testing.T) {
		for _, c := range []struct{ header, want string }{
			{"$D/journal6.json", "msedocs: $D/journal6.json: entries: with -db the entries come from the query"},
			{"$D/j1.json", "msedocs: $D/j1.json: form: journal1 keeps two sections of entries: -db prints journals 2 to 6"},
		} {
			runIn(t, dir, "", "sample", "journal1", "-n", "2", "-o", "$D/j1.json")
			r := runIn(t, dir, "", "render", "-in", c.header, "-db", url, "-query", q6, "-o", "$D/out/x.pdf")
			if r.code != exitInvalid || !strings.Contains(r.stderr, c.want) {
				t.Errorf("%s: %+v", c.header, r)
			}
		}
		for _, args := range [][]string{
			{"render", "-in", h6, "-db", url, "-o", "$D/out/x.pdf"},
			{"validate", "-in", h6, "-query", q6},
			{"validate", "-in", h6, "-db", "mysql://x", "-query", q6},
		} {
			if r := runIn(t, dir, "", args...); r.code != exitUsage {
				t.Errorf("%v: %+v, want a usage error", args, r)
			}
		}
	})
}

// checkNoData fails if msg quotes a full name of the journal 6 table.
func checkNoData(t *testing.T, db *sql.DB, msg string) {
	t.Helper()
	rows, err := db.Query(`select full_name from journal6_big`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var name string
		rows.Scan(&name)
		for _, part := range strings.Fields(name) {
			if len([]rune(part)) > 4 && strings.Contains(msg, part) {
				t.Fatalf("a message quotes a person's name:\n%s", msg)
			}
		}
	}
}
