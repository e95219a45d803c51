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

// TestDecodeStreamFileChanged: a file decoded with DecodeStream that
// changes between validation and printing (another name in entry 2) is
// ErrStreamChanged naming the entry, and nothing is printed as if it had
// been checked.
func TestDecodeStreamFileChanged(t *testing.T) {
	data, err := journal.Encode(hostileActs(t))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "j.json")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	j, err := journal.DecodeStream(func() (io.ReadCloser, error) { return os.Open(path) })
	if err != nil {
		t.Fatal(err)
	}
	if err := j.Validate(hostileNow()); err != nil {
		t.Fatal(err)
	}
	// Unchanged, the two readings agree.
	if err := j.WritePDF(io.Discard, hostileNow()); err != nil {
		t.Fatalf("unchanged file: %v", err)
	}
	opens := 0
	j, err = journal.DecodeStream(func() (io.ReadCloser, error) {
		opens++
		b := data
		if opens > 2 { // the header, validation, then printing
			b = bytes.Replace(data, []byte(j0Name(t, data)), []byte("Басқа Адам"), 1)
		}
		return io.NopCloser(bytes.NewReader(b)), nil
	})
	if err != nil {
		t.Fatal(err)
	}
	err = j.WritePDF(io.Discard, hostileNow())
	if !errors.Is(err, journal.ErrStreamChanged) || !strings.Contains(err.Error(), "entry 1") {
		t.Errorf("err = %v, want ErrStreamChanged at entry 1", err)
	}
}

// j0Name returns the full name of the first entry as it stands in data.
func j0Name(t *testing.T, data []byte) string {
	t.Helper()
	const key = `"full_name": "`
	i := bytes.Index(data, []byte(key))
	if i < 0 {
		t.Fatalf("no full_name in %s", data)
	}
	rest := data[i+len(key):]
	return string(rest[:bytes.IndexByte(rest, '"')])
}

// TestWriteNilJournal: an Output with no journal, or a nil one, is an
// error, not a panic.
func TestWriteNilJournal(t *testing.T) {
	create := func(int) (io.WriteCloser, error) { return discardCloser{io.Discard}, nil }
	for _, j := range []journal.Journal{nil, (*journal.ActsJournal)(nil), (*journal.Blank)(nil)} {
		err := journal.Write([]journal.Output{{Journal: j, Format: journal.PDF, Create: create}}, hostileNow())
		if !errors.Is(err, journal.ErrRequired) {
			t.Errorf("%T: err = %v, want ErrRequired", j, err)
		}
	}
}
