package main

// Issue 12, item 4: a workbook edited in ordinary ways reads back as it
// was, or read reports by cell what it could not read; never exit 0
// with data dropped or misplaced.

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

const journalSheet = "Журнал"

// editedRead renders a sample of form as a workbook, reads it back as the
// baseline, edits it with fn and reads the edited one.
func editedRead(t *testing.T, form string, n int, fn func(f *excelize.File)) (got result, want string) {
	t.Helper()
	dir := t.TempDir()
	_, xlsx := sampleWorkbook(t, dir, form, n)
	want = mustRun(t, dir, "read", "-in", xlsx).stdout
	edited := editWorkbook(t, xlsx, "edited.xlsx", fn)
	return runIn(t, dir, "", "read", "-in", edited), want
}

// wantSame checks that the edited workbook reads back exactly as the
// unedited one.
func wantSame(t *testing.T, got result, want string) {
	t.Helper()
	if got.code != 0 {
		t.Fatalf("exit %d:\n%s", got.code, got.stderr)
	}
	if got.stdout != want {
		t.Errorf("read back differs:\n got %.3000s\nwant %.3000s", got.stdout, want)
	}
}

func TestReadJournal1SheetsSwapped(t *testing.T) {
	got, want := editedRead(t, "journal1", 6, func(f *excelize.File) {
		if err := f.MoveSheet(journalSheet+" B", journalSheet); err != nil {
			t.Fatal(err)
		}
	})
	wantSame(t, got, want)
}

func TestReadEditedDatesCell(t *testing.T) {
	row := 0
	got, want := editedRead(t, "journal2", 3, func(f *excelize.File) {
		row = rowStarting(t, f, journalSheet, "2025 жылғы «09» қаңтар басталды")
		if row == 0 {
			t.Fatal("no dates line")
		}
		// The clerk retypes the cell in Russian only, the date as digits.
		editCell(t, f, journalSheet, "A"+itos(row), "начат 09.01.2025")
	})
	wantBackOrCell(t, got, want, map[string]string{journalSheet + "!A" + itos(row): "started"})
}

func TestReadEditedTitleCell(t *testing.T) {
	row := 0
	got, want := editedRead(t, "journal2", 3, func(f *excelize.File) {
		row = rowStarting(t, f, journalSheet, "№ 3 бөлімінің")
		if row == 0 {
			t.Fatal("no title line")
		}
		// The clerk keeps only the Russian line of the title.
		editCell(t, f, journalSheet, "A"+itos(row), "Журнал регистрации выдачи справки об инвалидности отдела № 3")
	})
	wantBackOrCell(t, got, want, map[string]string{journalSheet + "!A" + itos(row): "unit"})
}

func TestReadDeletedTitleRows(t *testing.T) {
	got, _ := editedRead(t, "journal2", 3, func(f *excelize.File) {
		last := rowStarting(t, f, journalSheet, "2025 жылғы «09» қаңтар басталды")
		for r := last; r >= 1; r-- {
			if err := f.RemoveRow(journalSheet, r); err != nil {
				t.Fatal(err)
			}
		}
	})
	if got.code != 1 {
		t.Fatalf("exit %d, want 1: region, unit and started are gone\n%s", got.code, got.stderr)
	}
	for _, field := range []string{"region", "unit", "started"} {
		if len(problemLines(got.stderr, `^msedocs: .*\b`+field+`\b`)) == 0 {
			t.Errorf("no problem names %s:\n%s", field, got.stderr)
		}
	}
}

func TestReadCertificationDateCell(t *testing.T) {
	row := 0
	got, want := editedRead(t, "journal6", 3, func(f *excelize.File) {
		row = rowStarting(t, f, journalSheet, "«06» қаңтар/января 2025")
		if row == 0 {
			t.Fatal("no certification date")
		}
		editCell(t, f, journalSheet, "A"+itos(row), "06.01.2025") // typed as digits
	})
	wantBackOrCell(t, got, want, map[string]string{journalSheet + "!A" + itos(row): "certification.date"})
}

func TestReadHiddenJournalSheet(t *testing.T) {
	got, want := editedRead(t, "journal6", 3, func(f *excelize.File) {
		idx, err := f.NewSheet("Лист1")
		if err != nil {
			t.Fatal(err)
		}
		f.SetActiveSheet(idx) // the active journalSheet cannot be hidden
		if err := f.SetSheetVisible(journalSheet, false); err != nil {
			t.Fatal(err)
		}
		if v, err := f.GetSheetVisible(journalSheet); err != nil || v {
			t.Fatalf("the journal journalSheet is not hidden (%v)", err)
		}
	})
	wantSame(t, got, want)
}

func TestReadExtraFirstSheetOfNumbers(t *testing.T) {
	got, want := editedRead(t, "journal6", 3, func(f *excelize.File) {
		if _, err := f.NewSheet("Итоги"); err != nil {
			t.Fatal(err)
		}
		for i, c := range []string{"A1", "B1", "C1", "D1", "E1", "F1", "G1", "H1", "I1", "J1", "K1"} {
			editCell(t, f, "Итоги", c, i+1)
		}
		editCell(t, f, "Итоги", "A2", 45)
		if err := f.MoveSheet("Итоги", journalSheet); err != nil {
			t.Fatal(err)
		}
	})
	wantSame(t, got, want)
}

// oneProblemAt checks that stderr holds exactly one problem, at a cell of
// one of the given journalSheet rows.
func oneProblemAt(t *testing.T, got result, rows ...int) {
	t.Helper()
	if got.code != 1 {
		t.Fatalf("exit %d, want 1\n%s", got.code, got.stderr)
	}
	lines := problemLines(got.stderr, `^msedocs: `)
	if len(lines) != 1 {
		t.Errorf("%d problems, want 1 (the row changed, not every row after it):\n%s", len(lines), got.stderr)
	}
	alts := make([]string, len(rows))
	for i, r := range rows {
		alts[i] = itos(r)
	}
	at := regexp.MustCompile(`![A-Z]+(` + strings.Join(alts, "|") + `)\b`)
	if len(lines) == 0 || !at.MatchString(lines[0]) {
		t.Errorf("the problem does not name row %v:\n%s", rows, got.stderr)
	}
}

func TestReadDeletedEntryRow(t *testing.T) {
	row := 0
	got, _ := editedRead(t, "journal6", 8, func(f *excelize.File) {
		rows := entryRows(t, f, journalSheet)
		row = rows[3]
		if err := f.RemoveRow(journalSheet, row); err != nil {
			t.Fatal(err)
		}
	})
	oneProblemAt(t, got, row) // the row of the entry after the gap
}

func TestReadInsertedEntryRow(t *testing.T) {
	row := 0
	got, _ := editedRead(t, "journal6", 8, func(f *excelize.File) {
		rows := entryRows(t, f, journalSheet)
		row = rows[3]
		prev, err := f.GetRows(journalSheet, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		date := prev[rows[2]-1][1] // the entry before's date keeps the order
		if err := f.InsertRows(journalSheet, row, 1); err != nil {
			t.Fatal(err)
		}
		// A whole entry, numbered by hand as the one it pushes down.
		vals := map[string]any{"A": 4, "C": "Қасымова Гүлнәр Ұланқызы", "D": "12.03.1968",
			"G": "II группа, общее заболевание", "I": "Архив департамента"}
		for col, v := range vals {
			editCell(t, f, journalSheet, col+itos(row), v)
		}
		serial, err := strconv.ParseFloat(date, 64)
		if err != nil {
			t.Fatalf("date cell %q: %v", date, err)
		}
		editCell(t, f, journalSheet, "B"+itos(row), serial)
	})
	// Two entries numbered 4: either may be the one reported.
	oneProblemAt(t, got, row, row+1)
}
