package msedocs_test

import (
	"errors"
	"testing"

	"github.com/msedocs/msedocs"
	"github.com/msedocs/msedocs/certificate"
	"github.com/msedocs/msedocs/journal"
)

func TestDecodeSaysWhichForm(t *testing.T) {
	for _, c := range []struct {
		json, form string
		journal    bool
		docs       int
		batch      bool
	}{
		{`{"form": "journal6", "entries": []}`, "journal6", true, 0, false},
		{`{"entries": [], "form": "journal2"}`, "journal2", true, 0, false},
		{`{"form": "journal1", "blank": true, "pages": 3}`, "journal1", true, 0, false},
		{`{"form": "expert_notice", "blank": true}`, "expert_notice", false, 1, false},
		{`{"form": "documents", "documents": [{"form": "care", "blank": true}]}`, "documents", false, 1, true},
	} {
		rec, err := msedocs.Decode([]byte(c.json))
		if err != nil {
			t.Errorf("%s: %v", c.json, err)
			continue
		}
		if rec.Form != c.form || (rec.Journal != nil) != c.journal || len(rec.Documents) != c.docs || rec.Batch != c.batch {
			t.Errorf("%s: got %+v", c.json, rec)
		}
	}
}

func TestDecodeErrorsNameThePath(t *testing.T) {
	for _, c := range []struct {
		json string
		path string
		err  error
	}{
		{`{"entries": []}`, "form", journal.ErrRequired},
		{`{"form": 6}`, "form", journal.ErrWrongType},
		{`{"form": "journal7"}`, "form", journal.ErrUnknownValue},
		{`[1, 2]`, "", journal.ErrWrongType},
		{`{"form": "journal6", "entries": [{"date": "9.1.2025"}]}`, "entries[0].date", journal.ErrDateFormat},
		{`{"form": "care", "iin": 5}`, "iin", certificate.ErrWrongType},
	} {
		_, err := msedocs.Decode([]byte(c.json))
		var je *journal.JSONError
		if !errors.As(err, &je) || je.Path != c.path || !errors.Is(err, c.err) {
			t.Errorf("%s: error %v, want %v at %q", c.json, err, c.err, c.path)
		}
	}
	if _, err := msedocs.Decode([]byte(`{"form": `)); !errors.Is(err, journal.ErrSyntax) {
		t.Errorf("truncated input: %v", err)
	}
}
