package jsonrec

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestWalkerElements splits tricky values as encoding/json does:
// brackets and escaped quotes inside strings, nesting, scalars.
func TestWalkerElements(t *testing.T) {
	vals := []string{
		`{"a": "x]}\"{[", "b": [1, {"c": "\\"}]}`,
		`"Әбдірахманова \"Жанар\""`,
		`-12.5e3`, `true`, `null`, `[]`, `{}`,
		`{"k": "` + strings.Repeat("ж", 70000) + `\\"}`,
	}
	in := `{"form": "x", "entries": [` + strings.Join(vals, " ,\n ") + `], "z": {"q": [1]}}`
	w := NewWalker(strings.NewReader(in))
	var got []string
	err := w.Members(func(key string) error {
		if key != "entries" {
			_, err := w.Value(false)
			return err
		}
		return w.Elements("entries", func(i int, raw []byte) error {
			got = append(got, string(raw))
			return nil
		})
	})
	if err == nil {
		err = w.End()
	}
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(vals) {
		t.Fatalf("%d values, want %d", len(got), len(vals))
	}
	for i, v := range vals {
		if got[i] != v || !json.Valid([]byte(got[i])) {
			t.Errorf("value %d: %.80q, want %.80q", i, got[i], v)
		}
	}
	for _, bad := range []string{`{"entries": [1,]}`, `{"entries": [1}`, `{"a" 1}`, `{"a": 1} x`, `{"a": "x`} {
		w := NewWalker(strings.NewReader(bad))
		err := w.Members(func(string) error { return w.Elements("entries", func(int, []byte) error { return nil }) })
		if err == nil {
			err = w.End()
		}
		if err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
}
