package journal

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/msedocs/msedocs/internal/jsonrec"
)

// FuzzScan checks the scanner of valid JSON against encoding/json: the
// members of an object, the items of an array and the text of strings.
func FuzzScan(f *testing.F) {
	for _, s := range []string{
		`{}`, `[]`, ` { "a" : 1 , "b":[1,{"c":"]}"}], "d\"e": "\\u0416\u00e9\n", "f": null } `,
		`[1, "x", {"y": [true, false]}, -1.5e3, "\ud83d\ude00"]`,
		`{"form": "journal6", "entries": [{"full_name": "Ә\\"Ғ\\\\", "no": 1}]}`,
		`{"a": "\xff"}`, `{"a":1,"a":2}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if !json.Valid(data) {
			return
		}
		switch jsonrec.KindOf(data) {
		case "object":
			var want map[string]json.RawMessage
			if err := json.Unmarshal(data, &want); err != nil {
				t.Fatal(err)
			}
			got := map[string]json.RawMessage{}
			for _, m := range jsonrec.Members(data) {
				got[m.Key] = m.Val // the last of a repeated key, as encoding/json
			}
			if len(got) != len(want) {
				t.Fatalf("%d members, want %d", len(got), len(want))
			}
			for k, w := range want {
				if !sameJSON(got[k], w) {
					t.Fatalf("member %q = %s, want %s", k, got[k], w)
				}
			}
		case "array":
			var want []json.RawMessage
			if err := json.Unmarshal(data, &want); err != nil {
				t.Fatal(err)
			}
			got := jsonrec.Items(data)
			if len(got) != len(want) {
				t.Fatalf("%d items, want %d", len(got), len(want))
			}
			for i := range want {
				if !sameJSON(got[i], want[i]) {
					t.Fatalf("item %d = %s, want %s", i, got[i], want[i])
				}
			}
		case "string":
			var want string
			if err := json.Unmarshal(data, &want); err != nil {
				t.Fatal(err)
			}
			if got := jsonrec.Unquote(bytes.TrimSpace(data)); got != want {
				t.Fatalf("unquote = %q, want %q", got, want)
			}
		}
	})
}

func sameJSON(a, b []byte) bool {
	var ca, cb bytes.Buffer
	return json.Compact(&ca, a) == nil && json.Compact(&cb, b) == nil && bytes.Equal(ca.Bytes(), cb.Bytes())
}

// FuzzUnmarshalJSON checks that decoding never fails badly and that what
// decodes encodes to the same journal.
func FuzzUnmarshalJSON(f *testing.F) {
	for _, s := range []string{
		`{"form": "journal6", "entries": [{"date": "2025-01-09", "full_name": "Ә", "birth_date": "1970-01-01"}]}`,
		`{"form": "journal1", "disability": {"opening": 3, "entries": [{"received": 5}]}}`,
		`{"form": "journal2", "entries": [{"group": "II", "cause": "work_injury", "term": "until", "until": "2026-01-01"}]}`,
		`{"form": "journal4", "blank": true, "pages": 7, "region": {"kk": "a", "ru": "b"}}`,
		`{"form": "journal5", "certification": {"deputy_head": "x", "date": "2025-01-06"}, "entries": null}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		j, err := UnmarshalJSON(data)
		if err != nil {
			return
		}
		enc, err := MarshalJSON(j)
		if err != nil {
			t.Fatal(err)
		}
		j2, err := UnmarshalJSON(enc)
		if err != nil {
			t.Fatalf("the encoding does not decode: %v\n%s", err, enc)
		}
		enc2, _ := MarshalJSON(j2)
		if !bytes.Equal(enc, enc2) {
			t.Fatalf("encoding not stable:\n%s\n%s", enc, enc2)
		}
	})
}
