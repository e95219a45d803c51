package journal

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/fieldtab"
	"github.com/msedocs/msedocs/internal/jsonrec"
)

// tableInfo is what the test needs of a field table, whatever its type.
type tableInfo struct {
	keys []string
	// columnOf returns, for each JSON key, the column it is printed in.
	jsonColumns map[string]string
	cells       int
}

func infoOf[E any](t *fieldTable[E]) tableInfo {
	info := tableInfo{keys: t.keys(), jsonColumns: map[string]string{}}
	for _, c := range t.cols {
		for _, f := range c.json {
			info.jsonColumns[f.Key] = c.key
			if f.Column != c.key {
				info.jsonColumns[f.Key] = "mismatch:" + f.Column
			}
		}
	}
	var e E
	info.cells = len(t.cells(&e, Russian, nil))
	return info
}

// TestFieldTablesFollowTheForms walks every form's columns against its
// field table: the same keys in the same order, a cell for each, and each
// JSON key in the column that names it. Adding a column to a form without
// its line in the table (or the other way round) fails here.
func TestFieldTablesFollowTheForms(t *testing.T) {
	tables := map[string]tableInfo{
		forms.JournalStock:                infoOf(stockTable),
		forms.JournalDisability:           infoOf(disabilityTable),
		forms.JournalGeneralCapacity:      infoOf(generalCapacityTable),
		forms.JournalProfessionalCapacity: infoOf(professionalCapacityTable),
		forms.JournalCare:                 infoOf(careTable),
		forms.JournalActs:                 infoOf(actTable),
	}
	for _, form := range forms.Journals() {
		info, ok := tables[form.ID]
		if !ok {
			t.Errorf("%s: no field table", form.ID)
			continue
		}
		var want []string
		for _, c := range form.Columns {
			want = append(want, c.Key)
		}
		if m := fieldtab.Mismatch(info.keys, want); m != "" {
			t.Errorf("%s: %s", form.ID, m)
		}
		if info.cells != len(form.Columns) {
			t.Errorf("%s: %d cells for %d columns", form.ID, info.cells, len(form.Columns))
		}
		for key, col := range info.jsonColumns {
			if !slices.Contains(want, col) {
				t.Errorf("%s: JSON key %q in column %q, not a column of the form", form.ID, key, col)
			}
		}
	}
}

// TestScanFromDatabaseValues shows the database walk of a field table:
// values as database/sql gives them (time.Time, int64, string, nil) go
// through the same JSON fields.
func TestScanFromDatabaseValues(t *testing.T) {
	row := map[string]any{
		"no": int64(3), "date": mustDate("2025-01-09"), "full_name": "Ким Ольга", "degree": int64(40),
		"term": "1y", "until": mustDate("2026-01-09"), "document": "extract", "series": []byte("ВЕ № 1"),
	}
	var e ProfessionalCapacityEntry
	if err := professionalCapacityEntryRecord.Scan("", func(k string) (any, bool) { v, ok := row[k]; return v, ok }, &e); err != nil {
		t.Fatal(err)
	}
	if e.No != 3 || e.Degree != 40 || e.Term != forms.Term1Year || e.Document != forms.DocExtract || e.Series != "ВЕ № 1" || e.Until.Year() != 2026 {
		t.Errorf("scanned %+v", e)
	}
	row["degree"], row["term"] = "forty", "forever"
	err := professionalCapacityEntryRecord.Scan("entries[2]", func(k string) (any, bool) { v, ok := row[k]; return v, ok }, &e)
	var je *jsonrec.Error
	if !errorsAs(err, &je) {
		t.Fatalf("bad values: %v", err)
	}
}

func mustDate(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func errorsAs(err error, target any) bool { return errors.As(err, target) }
