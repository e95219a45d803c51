package msedocs_test

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

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

// Every form's sample JSON, as the command writes it, decodes to its form.
func TestDecodeEverySample(t *testing.T) {
	for _, f := range append(journalIDs(), documentIDs()...) {
		data, err := sampleJSON(f)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		rec, err := msedocs.Decode(data)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if rec.Journal != nil && rec.Journal.Form().ID != f {
			t.Errorf("%s: decoded as %s", f, rec.Journal.Form().ID)
		}
		if rec.Journal == nil && (len(rec.Documents) == 0 || rec.Documents[0].Form().ID != f) {
			t.Errorf("%s: decoded as %+v", f, rec)
		}
	}
}

func TestDecodeStreamAnyForm(t *testing.T) {
	dir := t.TempDir()
	for _, f := range append(journalIDs(), documentIDs()...) {
		data, err := sampleJSON(f)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, f+".json")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		rec, err := msedocs.DecodeStream(func() (io.ReadCloser, error) { return os.Open(path) })
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if rec.Journal != nil {
			if err := rec.Journal.Validate(&journal.Options{Now: time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)}); err != nil {
				t.Errorf("%s: %v", f, err)
			}
		} else if rec.Stream != nil {
			if err := certificate.ValidateStream(&certificate.Options{Now: time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)}, rec.Stream); err != nil {
				t.Errorf("%s: %v", f, err)
			}
		} else if len(rec.Documents) == 0 {
			t.Errorf("%s: nothing decoded", f)
		}
	}
	path := filepath.Join(dir, "bad.json")
	for in, wantErr := range map[string]error{
		`{"entries": [], "form": "journal9"}`: journal.ErrUnknownValue,
		`{"entries": [[[{}]]]}`:               journal.ErrRequired,
		`{"form": 5}`:                         journal.ErrWrongType,
		`[]`:                                  journal.ErrWrongType,
		`{"form": "jour`:                      journal.ErrSyntax,
	} {
		if err := os.WriteFile(path, []byte(in), 0o600); err != nil {
			t.Fatal(err)
		}
		_, err := msedocs.DecodeStream(func() (io.ReadCloser, error) { return os.Open(path) })
		if !errors.Is(err, wantErr) {
			t.Errorf("%s: %v, want %v", in, err, wantErr)
		}
	}
}
