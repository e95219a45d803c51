package journal_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/journal"
)

// schemaOf returns the parsed schema of a form.
func schemaOf(t *testing.T, id string) map[string]any {
	t.Helper()
	data, err := journal.JSONSchema(id)
	if err != nil {
		t.Fatal(err)
	}
	var s map[string]any
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatalf("%s: schema is not JSON: %v", id, err)
	}
	return s
}

// checkSchema validates v against s: the keywords the schemas use (type,
// const, enum, properties, required, additionalProperties, items, oneOf,
// minimum, maximum, pattern). It returns the problems.
func checkSchema(s map[string]any, v any, path string) []string {
	var errs []string
	fail := func(format string, args ...any) { errs = append(errs, path+": "+fmt.Sprintf(format, args...)) }
	if c, ok := s["const"]; ok && c != v {
		fail("want %v", c)
	}
	if e, ok := s["enum"].([]any); ok {
		found := false
		for _, x := range e {
			found = found || x == v
		}
		if !found {
			fail("not in enum")
		}
	}
	if ty, ok := s["type"].(string); ok && !hasType(v, ty) {
		fail("want %s", ty)
		return errs
	}
	if one, ok := s["oneOf"].([]any); ok {
		n := 0
		for _, b := range one {
			if len(checkSchema(b.(map[string]any), v, path)) == 0 {
				n++
			}
		}
		if n != 1 {
			fail("matches %d of oneOf", n)
		}
	}
	switch x := v.(type) {
	case map[string]any:
		props, _ := s["properties"].(map[string]any)
		for k, pv := range x {
			ps, ok := props[k]
			if !ok {
				if s["additionalProperties"] == false {
					fail("unknown key %s", k)
				}
				continue
			}
			errs = append(errs, checkSchema(ps.(map[string]any), pv, path+"."+k)...)
		}
		if req, ok := s["required"].([]any); ok {
			for _, r := range req {
				if _, ok := x[r.(string)]; !ok {
					fail("%s required", r)
				}
			}
		}
	case []any:
		if items, ok := s["items"].(map[string]any); ok {
			for i, it := range x {
				errs = append(errs, checkSchema(items, it, path+"["+strconv.Itoa(i)+"]")...)
			}
		}
	case float64:
		if m, ok := s["minimum"].(float64); ok && x < m {
			fail("below minimum")
		}
		if m, ok := s["maximum"].(float64); ok && x > m {
			fail("above maximum")
		}
	case string:
		if p, ok := s["pattern"].(string); ok && !regexp.MustCompile(p).MatchString(x) {
			fail("does not match %s", p)
		}
	}
	return errs
}

func hasType(v any, ty string) bool {
	switch x := v.(type) {
	case map[string]any:
		return ty == "object"
	case []any:
		return ty == "array"
	case string:
		return ty == "string"
	case bool:
		return ty == "boolean"
	case float64:
		return ty == "number" || ty == "integer" && x == math.Trunc(x)
	}
	return ty == "null"
}

// TestSchemaAcceptsTheEncoding checks every journal's encoding against
// its form's schema.
func TestSchemaAcceptsTheEncoding(t *testing.T) {
	for _, j := range jsonJournals() {
		data, err := journal.Encode(j)
		if err != nil {
			t.Fatal(err)
		}
		var v any
		if err := json.Unmarshal(data, &v); err != nil {
			t.Fatal(err)
		}
		if errs := checkSchema(schemaOf(t, j.Form().ID), v, "$"); len(errs) > 0 {
			t.Errorf("%s: the schema rejects the encoding:\n%s", j.Form().ID, strings.Join(errs, "\n"))
		}
	}
}

// TestSchemaRejectsWhatTheDecoderRejects checks that inputs the decoder
// refuses are refused by the schema too.
func TestSchemaRejectsWhatTheDecoderRejects(t *testing.T) {
	entry := `{"date": "2025-01-09", "full_name": "a", "group": "II", "cause": "work_injury", "term": "1y", "series": "s"}`
	for _, in := range []string{
		`{"form": "journal2", "entries": [` + strings.Replace(entry, `"II"`, `"IV"`, 1) + `]}`,
		`{"form": "journal2", "entries": [` + strings.Replace(entry, `"2025-01-09"`, `"09.01.2025"`, 1) + `]}`,
		`{"form": "journal2", "entries": [` + strings.Replace(entry, `"a"`, `1`, 1) + `]}`,
		`{"form": "journal2", "entries": [` + strings.Replace(entry, `"date"`, `"day"`, 1) + `]}`,
		`{"form": "journal2", "entries": [` + strings.Replace(entry, `{`, `{"no": 1.5, `, 1) + `]}`,
		`{"form": "journal2", "region": {"en": "x"}}`,
		`{"form": "journal2", "blank": false}`,
		`{"form": "journal2", "blank": true, "entries": []}`,
		`{"entries": []}`,
	} {
		if _, err := journal.Decode([]byte(in)); err == nil {
			t.Errorf("the decoder takes %s", in)
		}
		var v any
		json.Unmarshal([]byte(in), &v)
		if len(checkSchema(schemaOf(t, "journal2"), v, "$")) == 0 {
			t.Errorf("the schema takes %s", in)
		}
	}
	var v any
	json.Unmarshal([]byte(`{"form": "journal2", "entries": [`+entry+`]}`), &v)
	if errs := checkSchema(schemaOf(t, "journal2"), v, "$"); len(errs) > 0 {
		t.Errorf("the schema rejects a good entry: %v", errs)
	}
}

// entrySchema returns the schema of the entries of a filled journal of
// the form; for journal 1, those of section A.
func entrySchema(s map[string]any) map[string]any {
	filled := s["oneOf"].([]any)[0].(map[string]any)
	props := filled["properties"].(map[string]any)
	list, ok := props["entries"].(map[string]any)
	if !ok {
		list = props["disability"].(map[string]any)["properties"].(map[string]any)["entries"].(map[string]any)
	}
	return list["items"].(map[string]any)
}

var columnRE = regexp.MustCompile(`^Column (\d+): `)

// schemaColumns maps the entry keys of a form's schema to the keys of the
// columns their descriptions name.
func schemaColumns(t *testing.T, form forms.Journal, entry map[string]any) map[string]string {
	t.Helper()
	out := map[string]string{}
	for k, p := range entry["properties"].(map[string]any) {
		d, _ := p.(map[string]any)["description"].(string)
		m := columnRE.FindStringSubmatch(d)
		if m == nil {
			t.Errorf("%s: %s names no column: %q", form.ID, k, d)
			continue
		}
		n, _ := strconv.Atoi(m[1])
		c, ok := form.Column(n)
		if !ok {
			t.Errorf("%s: %s names column %d, which the form lacks", form.ID, k, n)
			continue
		}
		if !strings.Contains(d, c.Caption.RU) || !strings.Contains(d, c.Caption.KK) {
			t.Errorf("%s: %s: description lacks the caption of column %d", form.ID, k, n)
		}
		out[k] = c.Key
	}
	return out
}

// TestSchemaCoversTheForm checks that every column of a form that holds
// typed data is filled by some key of the entries.
func TestSchemaCoversTheForm(t *testing.T) {
	for _, form := range forms.Journals() {
		cols := schemaColumns(t, form, entrySchema(schemaOf(t, form.ID)))
		covered := map[string]bool{}
		for _, c := range cols {
			covered[c] = true
		}
		for _, c := range form.Columns {
			if c.Kind != forms.KindSignature && c.Kind != forms.KindBalance && !covered[c.Key] {
				t.Errorf("%s: column %d (%s) has no key", form.ID, c.Num, c.Key)
			}
		}
	}
}

// zeroEntry returns a journal of the form with one empty entry.
func zeroEntry(id string) journal.Journal {
	switch id {
	case "journal1":
		return &journal.StockJournal{Disability: journal.StockSection{Entries: make([]journal.StockEntry, 1)}}
	case "journal2":
		return &journal.DisabilityJournal{Entries: make([]journal.DisabilityEntry, 1)}
	case "journal3":
		return &journal.GeneralCapacityJournal{Entries: make([]journal.GeneralCapacityEntry, 1)}
	case "journal4":
		return &journal.ProfessionalCapacityJournal{Entries: make([]journal.ProfessionalCapacityEntry, 1)}
	case "journal5":
		return &journal.CareJournal{Entries: make([]journal.CareEntry, 1)}
	}
	return &journal.ActsJournal{Entries: make([]journal.ActEntry, 1)}
}

// TestSchemaRequiredIsValidateRequired checks that the keys the schema
// requires of an entry are the columns Validate finds missing in an
// empty entry. Journal 1 is the exception: it wants received or issued,
// which a list of required keys cannot say.
func TestSchemaRequiredIsValidateRequired(t *testing.T) {
	for _, form := range forms.Journals() {
		entry := entrySchema(schemaOf(t, form.ID))
		cols := schemaColumns(t, form, entry)
		schemaSet := map[string]bool{}
		for _, k := range entry["required"].([]any) {
			schemaSet[cols[k.(string)]] = true
		}
		validateSet := map[string]bool{}
		for _, e := range unjoin(zeroEntry(form.ID).Validate(nil)) {
			var ve *journal.ValidationError
			if errors.As(e, &ve) && ve.Entry == 1 && errors.Is(ve, journal.ErrRequired) {
				validateSet[ve.Field] = true
			}
		}
		if form.ID == "journal1" {
			delete(validateSet, "received")
		}
		if a, b := keys(schemaSet), keys(validateSet); a != b {
			t.Errorf("%s: the schema requires %s, Validate %s", form.ID, a, b)
		}
	}
}

func keys(m map[string]bool) string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return strings.Join(out, ",")
}

func TestSchemaUnknownForm(t *testing.T) {
	if _, err := journal.JSONSchema("journal0"); !errors.Is(err, journal.ErrUnknownValue) {
		t.Errorf("JSONSchema(journal0) = %v", err)
	}
}
