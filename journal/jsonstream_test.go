package journal_test

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/msedocs/msedocs/journal"
)

// openFile returns an opener of the file at path that counts its opens.
func openFile(path string, opens *int) func() (io.ReadCloser, error) {
	return func() (io.ReadCloser, error) {
		*opens++
		return os.Open(path)
	}
}

func TestDecodeStreamPrintsAsDecode(t *testing.T) {
	for _, j := range filled(30) {
		data, err := journal.Encode(j)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), "j.json")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		opens := 0
		streamed, err := journal.DecodeStream(openFile(path, &opens))
		if err != nil {
			t.Fatalf("%s: %v", j.Form().ID, err)
		}
		whole, err := journal.Decode(data)
		if err != nil {
			t.Fatal(err)
		}
		var a, b bytes.Buffer
		if err := streamed.WritePDF(&a, testOptions()); err != nil {
			t.Fatalf("%s: %v", j.Form().ID, err)
		}
		if err := whole.WritePDF(&b, testOptions()); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%s: the streamed journal prints other bytes", j.Form().ID)
		}
		if j.Form().ID != "journal1" && opens < 3 {
			t.Errorf("%s: %d opens: want the entries read again for each walk", j.Form().ID, opens)
		}
	}
}

func TestDecodeStreamKeysInAnyOrderAndEntryErrors(t *testing.T) {
	path := filepath.Join(t.TempDir(), "j.json")
	in := `{"entries": [
	  {"date": "2025-01-09", "full_name": "Ким Ольга", "needs": "уход", "series": "ВВ № 1"},
	  {"date": "2025-01-10", "full_name": "Ким Ольга", "needs": "уход", "series": "ВВ № 2", "colour": "red"}
	], "form": "journal5"}`
	if err := os.WriteFile(path, []byte(in), 0o600); err != nil {
		t.Fatal(err)
	}
	opens := 0
	j, err := journal.DecodeStream(openFile(path, &opens))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := j.(*journal.CareJournal); !ok {
		t.Fatalf("decoded a %T", j)
	}
	err = j.Validate(testOptions())
	var je *journal.JSONError
	if !errors.As(err, &je) || je.Path != "entries[1].colour" || !errors.Is(err, journal.ErrUnknownKey) {
		t.Errorf("error %v, want an unknown key at entries[1].colour", err)
	}
	if strings.Contains(err.Error(), "red") {
		t.Errorf("error %q quotes the value", err)
	}
}
