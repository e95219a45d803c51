package journal_test

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/msedocs/msedocs/fonts"
	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/journal"
)

// problem is what a validation error should say: where and what.
type problem struct {
	section string
	entry   int
	column  int
	field   string
	err     error
}

func problems(t *testing.T, err error) []problem {
	t.Helper()
	if err == nil {
		return nil
	}
	j, ok := err.(interface{ Unwrap() []error })
	if !ok {
		t.Fatalf("error %v is not a join of problems", err)
	}
	var out []problem
	for _, e := range j.Unwrap() {
		var ve *journal.ValidationError
		if !errors.As(e, &ve) {
			t.Fatalf("%v is not a *ValidationError", e)
		}
		out = append(out, problem{ve.Section, ve.Entry, ve.Column, ve.Field, ve.Err})
	}
	return out
}

func hasProblem(ps []problem, want problem) bool {
	for _, p := range ps {
		if p.section == want.section && p.entry == want.entry && p.column == want.column && p.field == want.field && errors.Is(p.err, want.err) {
			return true
		}
	}
	return false
}

func TestValidSamplesPass(t *testing.T) {
	for _, j := range filled(40) {
		if err := j.Validate(nil); err != nil {
			t.Errorf("%s: %v", j.Form().ID, err)
		}
	}
}

func TestValidateReportsEveryProblem(t *testing.T) {
	acts := filled(6)[5].(*journal.ActsJournal)
	secret := "Сұлтанбекова Әйгерім"
	acts.Entries[0].FullName = ""                                     // required
	acts.Entries[1].Date = time.Now().AddDate(0, 1, 0)                // future
	acts.Entries[2].BirthDate = acts.Entries[2].Date.AddDate(1, 0, 0) // born after the entry
	acts.Entries[3].Date = acts.Entries[0].Date.AddDate(0, 0, -30)    // before the previous entry
	acts.Entries[4].No = 9                                            // wrong number
	acts.Entries[5].SentTo = secret + " \u0D9E"                       // a rune no font here has
	acts.Certification.DeputyHead = ""

	err := acts.Validate(nil)
	ps := problems(t, err)
	for _, want := range []problem{
		{"", 1, 3, "full_name", journal.ErrRequired},
		{"", 2, 2, "date", journal.ErrFutureDate},
		{"", 3, 4, "birth_date", journal.ErrDateOrder},
		{"", 4, 2, "date", journal.ErrDateOrder},
		{"", 5, 1, "no", journal.ErrEntryNumber},
		{"", 6, 9, "sent_to", fonts.ErrMissingGlyph},
		{"", 0, 0, "certification.deputy_head", journal.ErrRequired},
	} {
		if !hasProblem(ps, want) {
			t.Errorf("missing problem %+v in:\n%v", want, err)
		}
	}
	if !strings.Contains(err.Error(), "journal6: entry 6: column 9 (sent_to): font \"Liberation Serif\": no glyph for U+0D9E") {
		t.Errorf("glyph error not worded as expected:\n%v", err)
	}
	for _, name := range []string{secret, "Сұлтанбекова"} {
		if strings.Contains(err.Error(), name) {
			t.Errorf("the error discloses personal data %q", name)
		}
	}
}

func TestStockBalanceBelowZero(t *testing.T) {
	j := &journal.StockJournal{Header: header()}
	j.Professional = journal.StockSection{Opening: 2, Entries: []journal.StockEntry{
		{Date: day(2025, 1, 10), Issued: 1, Series: "АА № 1", Recipient: "Қасымов Ә."},
		{Date: day(2025, 1, 11), Issued: 3, Series: "АА № 2", Recipient: "Қасымов Ә."},
		{Date: day(2025, 1, 12), Received: 10},
		{Date: day(2025, 1, 12)}, // neither received nor issued
	}}
	if got := j.Professional.Balances(); fmt.Sprint(got) != "[1 -2 8 8]" {
		t.Errorf("balances %v", got)
	}
	ps := problems(t, j.Validate(nil))
	if !hasProblem(ps, problem{"B", 2, 8, "balance", journal.ErrNegativeBalance}) {
		t.Errorf("negative balance of section B entry 2 not reported: %+v", ps)
	}
	if !hasProblem(ps, problem{"B", 4, 4, "received", journal.ErrRequired}) {
		t.Errorf("empty movement not reported: %+v", ps)
	}
	if len(ps) != 2 {
		t.Errorf("%d problems, want 2: %+v", len(ps), ps)
	}
}

func TestClosedListsChecked(t *testing.T) {
	j := filled(2)[1].(*journal.DisabilityJournal)
	j.Entries[0].Group = "IV"
	j.Entries[1].Term = ""
	ps := problems(t, j.Validate(nil))
	if !hasProblem(ps, problem{"", 1, 4, "group_cause", journal.ErrUnknownValue}) {
		t.Errorf("unknown group not reported: %+v", ps)
	}
	if !hasProblem(ps, problem{"", 2, 5, "term", journal.ErrRequired}) {
		t.Errorf("missing term not reported: %+v", ps)
	}
}

func TestBlankPagesChecked(t *testing.T) {
	for _, n := range []int{-1, journal.MaxBlankPages + 1} {
		err := (&journal.Blank{Journal: forms.Journal2(), Pages: n}).Validate(nil)
		if !errors.Is(err, journal.ErrPageCount) {
			t.Errorf("pages %d: err = %v", n, err)
		}
	}
}

// TestNumberingContinues accepts a journal that continues the numbering
// of an earlier volume, and still catches a gap.
func TestNumberingContinues(t *testing.T) {
	j := filled(5)[1].(*journal.DisabilityJournal)
	for i := range j.Entries {
		j.Entries[i].No = 41 + i
	}
	if err := j.Validate(nil); err != nil {
		t.Fatalf("continued numbering rejected: %v", err)
	}
	j.Entries[3].No = 50
	ps := problems(t, j.Validate(nil))
	if !hasProblem(ps, problem{"", 4, 1, "no", journal.ErrEntryNumber}) {
		t.Errorf("gap in numbering not reported: %+v", ps)
	}
}

// Dates are calendar days in the department's zone: at 03:00 on 9
// January in Almaty (22:00 on the 8th in UTC) an entry of the 9th is
// today, not the future; one of the 10th is.
func TestFutureDateIsACalendarDayInTheZone(t *testing.T) {
	now := time.Date(2025, 1, 8, 22, 0, 0, 0, time.UTC)
	entry := func(day int) *journal.CareJournal {
		return &journal.CareJournal{Entries: []journal.CareEntry{{
			Date: time.Date(2025, 1, day, 0, 0, 0, 0, time.UTC), FullName: "Ким Ольга", Needs: "уход", Series: "ВВ № 1",
		}}}
	}
	for _, c := range []struct {
		day    int
		zone   *time.Location
		future bool
	}{
		{9, nil, false}, // Asia/Almaty by default
		{10, nil, true},
		{9, time.UTC, true}, // in UTC it is still the 8th
		{8, time.UTC, false},
	} {
		err := entry(c.day).WritePDF(io.Discard, &journal.Options{Now: now, Zone: c.zone})
		if got := errors.Is(err, journal.ErrFutureDate); got != c.future {
			t.Errorf("day %d, zone %v: future %v, want %v (%v)", c.day, c.zone, got, c.future, err)
		}
	}
}

func TestScanColumnsFromADatabaseRow(t *testing.T) {
	keys, ok := journal.EntryKeys(forms.JournalActs)
	if !ok || len(keys) != 11 || keys[0] != "no" || keys[3] != "birth_date" {
		t.Fatalf("EntryKeys = %v, %v", keys, ok)
	}
	row := map[string]any{"date": time.Date(2025, 1, 9, 15, 0, 0, 0, time.FixedZone("+5", 5*3600)),
		"full_name": "Ким Ольга", "birth_date": "1970-11-26", "unit": nil, "no": int64(1), "note": []byte("x")}
	var e journal.ActEntry
	if err := e.ScanColumns(func(k string) (any, bool) { v, ok := row[k]; return v, ok }); err != nil {
		t.Fatal(err)
	}
	if e.No != 1 || e.Date != time.Date(2025, 1, 9, 0, 0, 0, 0, time.UTC) || e.BirthDate.Year() != 1970 || e.Note != "x" {
		t.Errorf("scanned %+v", e)
	}
	row["birth_date"] = 3.5
	err := e.ScanColumns(func(k string) (any, bool) { v, ok := row[k]; return v, ok })
	var je *journal.JSONError
	if !errors.As(err, &je) || je.Path != "birth_date" || !errors.Is(err, journal.ErrWrongType) {
		t.Errorf("wrong type: %v", err)
	}
}
