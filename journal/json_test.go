package journal_test

import (
	"encoding/json"
	"errors"
	"iter"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/sample"
	"github.com/msedocs/msedocs/internal/testkit"
	"github.com/msedocs/msedocs/journal"
)

func jday(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// jsonJournals returns every journal type with a full header and a few
// sample entries, and a blank journal.
func jsonJournals() []journal.Journal {
	g := sample.New(11)
	h := journal.Header{
		Region:  forms.Text{KK: "Астана қаласы", RU: "городу Астана"},
		Unit:    forms.Text{KK: "№ 2", RU: "№ 2"},
		Started: jday(2025, 1, 9),
		Ended:   jday(2026, 1, 31),
		Certification: &journal.Certification{
			DeputyHead: "Ұлықбекова Һәлима Іңкәрқызы",
			Date:       jday(2025, 1, 6),
		},
	}
	return []journal.Journal{
		&journal.StockJournal{Header: h, Disability: g.Stock(5), Professional: g.Stock(3)},
		&journal.DisabilityJournal{Header: h, Entries: g.Disability(5)},
		&journal.GeneralCapacityJournal{Header: h, Entries: g.GeneralCapacity(5)},
		&journal.ProfessionalCapacityJournal{Header: h, Entries: g.ProfessionalCapacity(5)},
		&journal.CareJournal{Header: h, Entries: g.Care(5)},
		&journal.ActsJournal{Header: h, Entries: g.Acts(5)},
		&journal.Blank{Journal: forms.Journal4(), Header: journal.Header{Region: h.Region}, Pages: 12},
	}
}

func TestJSONRoundTrip(t *testing.T) {
	for _, j := range jsonJournals() {
		t.Run(j.Form().ID, func(t *testing.T) {
			data, err := journal.Encode(j)
			testkit.ValidJSON(t, data, err)
			back, err := journal.Decode(data)
			if err != nil {
				t.Fatalf("UnmarshalJSON: %v\n%s", err, data)
			}
			if !reflect.DeepEqual(back, j) {
				t.Errorf("round trip changed the journal:\n%s", data)
			}
			// Through encoding/json: compacted, and into the typed value.
			compact, err := json.Marshal(j)
			if err != nil {
				t.Fatal(err)
			}
			typed := reflect.New(reflect.TypeOf(j).Elem()).Interface()
			if err := json.Unmarshal(compact, typed); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(typed, j) {
				t.Errorf("encoding/json round trip changed the journal")
			}
		})
	}
}

func TestJSONFormat(t *testing.T) {
	j := &journal.DisabilityJournal{
		Header: journal.Header{Unit: forms.Text{KK: "№ 2", RU: "№ 2"}, Started: jday(2025, 1, 9)},
		Entries: []journal.DisabilityEntry{{
			No: 1, Date: jday(2025, 1, 10), FullName: "Сәтбаева Ұлжан \"Айгүл\"\\\n\t\u2028<&>",
			Group: forms.GroupII, Cause: forms.CauseWorkInjury, Term: forms.TermUntil, Until: jday(2026, 1, 10),
			Series: "АБ № 0000001",
		}, {
			Date: jday(2025, 1, 11), FullName: "Ким Ольга", Group: forms.GroupChildI, Cause: forms.CauseChild7to18,
			Term: forms.TermIndefinite, Series: "АБ № 0000002",
		}},
	}
	want := `{
  "form": "journal2",
  "unit": {"kk": "№ 2", "ru": "№ 2"},
  "started": "2025-01-09",
  "entries": [
    {"no": 1, "date": "2025-01-10", "full_name": "Сәтбаева Ұлжан \"Айгүл\"\\\n\t\u2028<&>", "group": "II", "cause": "work_injury", "term": "until", "until": "2026-01-10", "series": "АБ № 0000001"},
    {"date": "2025-01-11", "full_name": "Ким Ольга", "group": "child_I", "cause": "child_7_18", "term": "indefinite", "series": "АБ № 0000002"}
  ]
}`
	got, err := journal.Encode(j)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	stock, _ := journal.Encode(&journal.StockJournal{Disability: journal.StockSection{Opening: 5}})
	wantStock := `{
  "form": "journal1",
  "disability": {
    "opening": 5,
    "entries": []
  },
  "professional": {
    "opening": 0,
    "entries": []
  }
}`
	if string(stock) != wantStock {
		t.Errorf("got\n%s\nwant\n%s", stock, wantStock)
	}
	var nilActs *journal.ActsJournal
	if b, err := nilActs.MarshalJSON(); string(b) != "null" || err != nil {
		t.Errorf("nil journal: %s, %v", b, err)
	}
}

// TestJSONNull checks that null is the same as a key left out.
func TestJSONNull(t *testing.T) {
	j, err := journal.Decode([]byte(`{"form": "journal6", "region": null, "certification": null,
		"entries": [{"date": "2025-01-09", "note": null, "last_exam_date": null, "no": null}]}`))
	if err != nil {
		t.Fatal(err)
	}
	want := &journal.ActsJournal{Entries: []journal.ActEntry{{Date: jday(2025, 1, 9)}}}
	if !reflect.DeepEqual(j, want) {
		t.Errorf("got %+v", j)
	}
}

func TestJSONErrors(t *testing.T) {
	entry := func(s string) string { return `{"form": "journal6", "entries": [` + s + `]}` }
	entry2 := func(s string) string { return `{"form": "journal2", "entries": [` + s + `]}` }
	cases := []struct {
		in   string
		want []string
		is   error
	}{
		{``, []string{"not valid JSON: empty input"}, journal.ErrSyntax},
		{"{\"form\": \"journal6\",\n", []string{"not valid JSON: line 1, column 21: unexpected end of JSON input"}, journal.ErrSyntax},
		{"{\"form\": \"journal6\",\n\n  \"entries\": [}", []string{"not valid JSON: line 3, column 15: invalid character '}' looking for beginning of value"}, journal.ErrSyntax},
		{`{"form": "journal6"} {}`, []string{"not valid JSON: line 1, column 22: invalid character '{' after top-level value"}, journal.ErrSyntax},
		{`[]`, []string{"wrong type: want an object, got an array"}, journal.ErrWrongType},
		{`null`, []string{"wrong type: want an object, got null"}, journal.ErrWrongType},
		{`{}`, []string{"form: required"}, journal.ErrRequired},
		{`{"form": 6}`, []string{"form: wrong type: want a string, got a number"}, journal.ErrWrongType},
		{`{"form": "journal7"}`, []string{"form: not on the closed list: want one of journal1, journal2, journal3, journal4, journal5, journal6"}, journal.ErrUnknownValue},
		{`{"form": "journal6", "form": "journal6"}`, []string{"form: duplicate key"}, journal.ErrDuplicateKey},
		{`{"form": "journal6", "entries": {}}`, []string{"entries: wrong type: want an array, got an object"}, journal.ErrWrongType},
		{entry(`1`), []string{"entries[0]: wrong type: want an object, got a number"}, journal.ErrWrongType},
		{entry(`{}, {"birth_date": "1970-13-01"}`), []string{"entries[1].birth_date: not a date YYYY-MM-DD"}, journal.ErrDateFormat},
		{entry(`{"date": "2025-02-29"}`), []string{"entries[0].date: not a date YYYY-MM-DD"}, journal.ErrDateFormat},
		{entry(`{"date": "2025-01-09T00:00:00Z"}`), []string{"entries[0].date: not a date YYYY-MM-DD"}, journal.ErrDateFormat},
		{entry(`{"birth_date": 19700101}`), []string{"entries[0].birth_date: wrong type: want a string, got a number"}, journal.ErrWrongType},
		{entry(`{"no": 1.5}`), []string{"entries[0].no: wrong type: want an integer"}, journal.ErrWrongType},
		{entry(`{"no": 1e2}`), []string{"entries[0].no: wrong type: want an integer"}, journal.ErrWrongType},
		{entry(`{"no": 99999999999999999999}`), []string{"entries[0].no: wrong type: want an integer"}, journal.ErrWrongType},
		{entry(`{"no": "1"}`), []string{"entries[0].no: wrong type: want a number, got a string"}, journal.ErrWrongType},
		{entry(`{"full_name": ["a"]}`), []string{"entries[0].full_name: wrong type: want a string, got an array"}, journal.ErrWrongType},
		{entry(`{"note": true}`), []string{"entries[0].note: wrong type: want a string, got a boolean"}, journal.ErrWrongType},
		{entry(`{"full name": "x", "fullName": "y"}`), []string{`entries[0]["full name"]: unknown key`, "entries[0].fullName: unknown key"}, journal.ErrUnknownKey},
		{entry2(`{"group": "IV"}`), []string{"entries[0].group: not on the closed list: want one of I, II, III, child, child_I, child_II, child_III"}, journal.ErrUnknownValue},
		{entry2(`{"group": "ii"}`), []string{"entries[0].group: not on the closed list: want one of I, II, III, child, child_I, child_II, child_III"}, journal.ErrUnknownValue},
		{entry2(`{"cause": ""}`), []string{"entries[0].cause: not on the closed list: want one of general_disease, work_injury, occupational_disease, since_childhood, child_under_7, child_7_18, service, radiation"}, journal.ErrUnknownValue},
		{entry2(`{"term": "3y"}`), []string{"entries[0].term: not on the closed list: want one of 6m, 1y, 2y, 5y, until, indefinite"}, journal.ErrUnknownValue},
		{`{"form": "journal4", "entries": [{"document": "act"}]}`, []string{"entries[0].document: not on the closed list: want one of certificate, extract"}, journal.ErrUnknownValue},
		{`{"form": "journal2", "region": "Алматы"}`, []string{"region: wrong type: want an object, got a string"}, journal.ErrWrongType},
		{`{"form": "journal2", "region": {"kk": "Алматы", "en": "Almaty"}}`, []string{"region.en: unknown key"}, journal.ErrUnknownKey},
		{`{"form": "journal2", "certification": {"deputy_head": "x", "date": "2025-1-6"}}`, []string{"certification.date: not a date YYYY-MM-DD"}, journal.ErrDateFormat},
		{`{"form": "journal1", "disability": {"opening": -1.5, "entries": [{"issued": "2"}]}, "professional": []}`, []string{
			"disability.opening: wrong type: want an integer",
			"disability.entries[0].issued: wrong type: want a number, got a string",
			"professional: wrong type: want an object, got an array",
		}, journal.ErrWrongType},
		{`{"form": "journal1", "entries": []}`, []string{"entries: unknown key"}, journal.ErrUnknownKey},
		{`{"form": "journal3", "blank": true, "pages": "5", "entries": []}`, []string{"pages: wrong type: want a number, got a string", "entries: unknown key"}, journal.ErrUnknownKey},
		{`{"form": "journal3", "blank": false}`, []string{"blank: not on the closed list: want true"}, journal.ErrUnknownValue},
		{`{"form": "journal3", "blank": "yes"}`, []string{"blank: not on the closed list: want true"}, journal.ErrUnknownValue},
	}
	for _, tc := range cases {
		j, err := journal.Decode([]byte(tc.in))
		if err == nil {
			t.Errorf("%s: no error", tc.in)
			continue
		}
		if j != nil {
			t.Errorf("%s: a journal along with the error", tc.in)
		}
		var got []string
		for _, e := range unjoin(err) {
			var je *journal.JSONError
			if !errors.As(e, &je) {
				t.Errorf("%s: %T is not a *JSONError", tc.in, e)
			}
			got = append(got, e.Error())
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s:\ngot  %q\nwant %q", tc.in, got, tc.want)
		}
		if !errors.Is(err, tc.is) {
			t.Errorf("%s: error is not %v", tc.in, tc.is)
		}
	}
}

func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// TestJSONErrorsQuoteNoValue checks that no message repeats a value of
// the input, which may be a person's data.
func TestJSONErrorsQuoteNoValue(t *testing.T) {
	in := `{"form": "journal2", "region": {"kk": 12345}, "entries": [
		{"date": "Қасымов", "full_name": 987654, "group": "Нұрлан", "cause": "Ерғали", "term": "Жанар", "until": "1990.01.01", "series": {"АБ": 1}}]}`
	_, err := journal.Decode([]byte(in))
	if err == nil {
		t.Fatal("no error")
	}
	for _, v := range []string{"12345", "Қасымов", "987654", "Нұрлан", "Ерғали", "Жанар", "1990", "АБ"} {
		if strings.Contains(err.Error(), v) {
			t.Errorf("the message repeats %q:\n%v", v, err)
		}
	}
	if n := len(unjoin(err)); n != 8 {
		t.Errorf("%d problems, want 8:\n%v", n, err)
	}
}

// TestTypedUnmarshal checks the typed decoders: the form must match, and
// the value is unchanged on error.
func TestTypedUnmarshal(t *testing.T) {
	j := &journal.CareJournal{Entries: []journal.CareEntry{{FullName: "x"}}}
	err := json.Unmarshal([]byte(`{"form": "journal6"}`), j)
	if !errors.Is(err, journal.ErrUnknownValue) || !strings.Contains(err.Error(), "form: not on the closed list: want journal5") {
		t.Errorf("wrong form: %v", err)
	}
	if err := json.Unmarshal([]byte(`{"form": "journal5", "entries": [{"x": 1}]}`), j); !errors.Is(err, journal.ErrUnknownKey) {
		t.Errorf("unknown key: %v", err)
	}
	if len(j.Entries) != 1 || j.Entries[0].FullName != "x" {
		t.Errorf("a failed decode changed the journal: %+v", j)
	}
	var b journal.Blank
	if err := json.Unmarshal([]byte(`{"form": "journal6", "blank": true, "pages": 7}`), &b); err != nil || b.Journal.ID != "journal6" || b.Pages != 7 {
		t.Errorf("blank: %+v, %v", b, err)
	}
}

func TestValidationErrorJSONPath(t *testing.T) {
	problems := func(j journal.Journal) map[string]string {
		out := map[string]string{}
		for _, e := range unjoin(j.Validate(nil)) {
			var ve *journal.ValidationError
			if errors.As(e, &ve) {
				out[ve.Error()] = ve.JSONPath()
			}
		}
		return out
	}
	cert := &journal.Certification{DeputyHead: "x"}
	cases := []struct {
		j    journal.Journal
		want map[string]string
	}{
		{&journal.ActsJournal{Header: journal.Header{Certification: cert}, Entries: []journal.ActEntry{
			{Date: jday(2025, 1, 9), FullName: "a", BirthDate: jday(1970, 1, 1), Conclusion: "c", SentTo: "s"},
			{Date: jday(2025, 1, 9), FullName: "a", Conclusion: "c", SentTo: "s", No: 5},
		}}, map[string]string{
			"journal6: certification.date: required":                         "certification.date",
			"journal6: entry 2: column 4 (birth_date): required":             "entries[1].birth_date",
			"journal6: entry 2: column 1 (no): entry number out of sequence": "entries[1].no",
		}},
		{&journal.DisabilityJournal{Entries: []journal.DisabilityEntry{
			{Date: jday(2025, 1, 9), FullName: "a", Group: forms.GroupI, Term: forms.TermUntil, Series: "s"},
		}}, map[string]string{
			"journal2: entry 1: column 4 (group_cause): required": "entries[0]",
			"journal2: entry 1: column 5 (term): required":        "entries[0]",
		}},
		{&journal.StockJournal{Professional: journal.StockSection{Opening: -1, Entries: []journal.StockEntry{
			{Date: jday(2025, 1, 9), Issued: 1},
		}}}, map[string]string{
			"journal1: section B: opening: must not be negative":                   "professional.opening",
			"journal1: section B: entry 1: column 7 (recipient): required":         "professional.entries[0].recipient",
			"journal1: section B: entry 1: column 8 (balance): balance below zero": "professional.entries[0]",
		}},
		{&journal.Blank{Journal: forms.Journal3(), Pages: -1}, map[string]string{
			"journal3: pages: page count: -1, want 1 to 10000": "pages",
		}},
	}
	for _, tc := range cases {
		if got := problems(tc.j); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s:\ngot  %q\nwant %q", tc.j.Form().ID, got, tc.want)
		}
	}
}

// TestJSONStream checks that a journal whose entries come from a stream
// encodes as the same journal with a slice, and that a stream's error is
// returned.
func TestJSONStream(t *testing.T) {
	entries := sample.New(4).Acts(7)
	want, err := journal.Encode(&journal.ActsJournal{Entries: entries})
	if err != nil {
		t.Fatal(err)
	}
	stream := func(fail error) iter.Seq2[journal.ActEntry, error] {
		return func(yield func(journal.ActEntry, error) bool) {
			for i, e := range entries {
				if fail != nil && i == 3 {
					yield(journal.ActEntry{}, fail)
					return
				}
				if !yield(e, nil) {
					return
				}
			}
		}
	}
	got, err := journal.Encode(&journal.ActsJournal{Stream: stream(nil)})
	if err != nil || string(got) != string(want) {
		t.Errorf("stream encodes as\n%s\n%v\nwant\n%s", got, err, want)
	}
	boom := errors.New("connection lost")
	_, err = journal.Encode(&journal.ActsJournal{Stream: stream(boom)})
	var se *journal.StreamError
	if !errors.Is(err, boom) || !errors.As(err, &se) || !strings.Contains(err.Error(), "entry 4") {
		t.Errorf("stream error: %v", err)
	}
}
