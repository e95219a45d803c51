package fieldtab

import (
	"slices"
	"testing"

	"github.com/msedocs/msedocs/internal/jsonrec"
)

type rec struct{ A, B string }

// TestTable walks a small table: the record holds every line's JSON
// fields in order, Print and Check run every line in order, and Keys
// lists what the lines print.
func TestTable(t *testing.T) {
	str := func(key string, p func(*rec) *string) []jsonrec.Field[rec] {
		return []jsonrec.Field[rec]{{Key: key, Val: func(r *rec) jsonrec.Value { return jsonrec.StringVal{P: p(r)} }}}
	}
	tab := &Table[rec, *[]string, *[]string]{Fields: []Field[rec, *[]string, *[]string]{
		{Keys: []string{"a"}, JSON: str("a", func(r *rec) *string { return &r.A }),
			Print: func(r *rec, out *[]string) { *out = append(*out, "a="+r.A) },
			Check: func(r *rec, errs *[]string) { *errs = append(*errs, "a") }},
		{Keys: []string{"b"}, JSON: str("b", func(r *rec) *string { return &r.B }),
			Print: func(r *rec, out *[]string) { *out = append(*out, "b="+r.B) }},
		{Check: func(r *rec, errs *[]string) { *errs = append(*errs, "rule") }},
	}}
	r := &rec{A: "1", B: "2"}
	var out, errs []string
	tab.Print(r, &out)
	tab.Check(r, &errs)
	if !slices.Equal(out, []string{"a=1", "b=2"}) || !slices.Equal(errs, []string{"a", "rule"}) {
		t.Errorf("printed %q, checked %q", out, errs)
	}
	if got := tab.Keys(); !slices.Equal(got, []string{"a", "b"}) {
		t.Errorf("keys %q", got)
	}
	record := tab.Record(true)
	if !record.Inline || len(record.Fields) != 2 || record.Fields[0].Key != "a" || record.Fields[1].Key != "b" {
		t.Errorf("record %+v", record)
	}
}

func TestMismatch(t *testing.T) {
	for _, c := range []struct {
		table, form []string
		want        string
	}{
		{[]string{"a", "b"}, []string{"a", "b"}, ""},
		{[]string{"a"}, []string{"a", "b"}, "the form's field b has no line"},
		{[]string{"a", "c"}, []string{"a"}, "line c prints no field of the form"},
		{[]string{"b", "a"}, []string{"a", "b"}, "line b stands where the form has a"},
	} {
		if got := Mismatch(c.table, c.form); got != c.want {
			t.Errorf("Mismatch(%q, %q) = %q, want %q", c.table, c.form, got, c.want)
		}
	}
}
