package journal_test

// Issue 12 items 11 and 12 for journals: numbers start at 1, the sums of
// journal 1 cannot overflow, and Decode gives what it could decode with
// its problems, so that they are reported with validation's.

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/msedocs/msedocs/journal"
)

func TestEntryNumberFromOne(t *testing.T) {
	for _, no := range []string{"0", "-3"} {
		_, err := journal.Decode([]byte(`{"form": "journal6", "entries": [{"no": ` + no + `}]}`))
		var je *journal.JSONError
		if !errors.As(err, &je) || je.Path != "entries[0].no" || !errors.Is(err, journal.ErrEntryNumber) {
			t.Errorf(`"no": %s: %v, want ErrEntryNumber at entries[0].no`, no, err)
		}
	}
}

func TestStockCountsBounded(t *testing.T) {
	const big = 1 << 62
	j := &journal.StockJournal{Disability: journal.StockSection{Entries: []journal.StockEntry{
		{Date: day(2025, 1, 9), Series: "АБ", Received: big},
		{Date: day(2025, 1, 10), Series: "АБ", Received: big},
	}}}
	err := j.Validate(testOptions())
	if errors.Is(err, journal.ErrNegativeBalance) {
		t.Errorf("2^62 + 2^62 is a balance below zero: %v", err)
	}
	if !errors.Is(err, journal.ErrRange) || !strings.Contains(err.Error(), "entry 2: column 4 (received)") {
		t.Errorf("err = %v, want ErrRange at entry 2's received", err)
	}
	for _, b := range j.Disability.Balances() {
		if b < 0 {
			t.Errorf("balances %v", j.Disability.Balances())
		}
	}
	j = &journal.StockJournal{Professional: journal.StockSection{Opening: journal.MaxCount + 1}}
	if err := j.Validate(testOptions()); !errors.Is(err, journal.ErrRange) {
		t.Errorf("opening over MaxCount: %v", err)
	}
}

// TestDecodeGoesOn: a value off its list leaves the rest decoded, so the
// journal can be validated too.
func TestDecodeGoesOn(t *testing.T) {
	j, err := journal.Decode([]byte(`{"form": "journal6", "entries": [{"date": "2025-01-09", "group": "IV"}]}`))
	if err == nil || j == nil {
		t.Fatalf("Decode = %v, %v; want the journal and an error", j, err)
	}
	if es := j.(*journal.ActsJournal).Entries; len(es) != 1 || es[0].Date.IsZero() {
		t.Errorf("entries %+v", es)
	}
	if j, _ := journal.Decode([]byte(`{"form": "journal9"}`)); j != nil {
		t.Errorf("an unknown form decodes to %T", j)
	}
}

// TestDecodeStreamBOM: a UTF-8 byte-order mark before a streamed journal
// is skipped, on every walk of its entries.
func TestDecodeStreamBOM(t *testing.T) {
	data, err := journal.Encode(filled(3)[5])
	if err != nil {
		t.Fatal(err)
	}
	open := func() (io.ReadCloser, error) {
		return io.NopCloser(strings.NewReader("\uFEFF" + string(data))), nil
	}
	j, err := journal.DecodeStream(open)
	if err != nil {
		t.Fatal(err)
	}
	if err := j.Validate(testOptions()); err != nil {
		t.Errorf("Validate: %v", err)
	}
	if err := j.WritePDF(io.Discard, testOptions()); err != nil {
		t.Errorf("WritePDF: %v", err)
	}
}
