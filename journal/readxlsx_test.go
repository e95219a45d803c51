package journal_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/sample"
	"github.com/msedocs/msedocs/journal"
	"github.com/xuri/excelize/v2"
)

func xlDay(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// xlOptions fixes the clock after every sample date.
func xlOptions() *journal.Options { return &journal.Options{Now: xlDay(2026, 6, 1)} }

// xlHeader is a filled header with every Kazakh letter in it.
func xlHeader() journal.Header {
	return journal.Header{
		Region:  forms.Text{KK: "Ақмола облысы", RU: "Акмолинской области"},
		Unit:    forms.Text{KK: "Көкшетау қалалық", RU: "Кокшетауский городской"},
		Started: xlDay(2025, 1, 9),
		Ended:   xlDay(2026, 3, 31),
		Certification: &journal.Certification{
			DeputyHead: "Әбғалиқызы Ңөұүһі Ғалымжан Қасым-Өмірұлы Ұлан Үкілі Һәкім Іңкәр",
			Date:       xlDay(2025, 1, 6),
		},
	}
}

// xlJournals returns the six journals with n sample entries each.
func xlJournals(seed uint64, n int) []journal.Journal {
	g := sample.New(seed)
	h := xlHeader()
	return []journal.Journal{
		&journal.StockJournal{Header: h, Disability: g.Stock(n), Professional: g.Stock(n/2 + 1)},
		&journal.DisabilityJournal{Header: h, Entries: g.Disability(n)},
		&journal.GeneralCapacityJournal{Header: h, Entries: g.GeneralCapacity(n)},
		&journal.ProfessionalCapacityJournal{Header: h, Entries: g.ProfessionalCapacity(n)},
		&journal.CareJournal{Header: h, Entries: g.Care(n)},
		&journal.ActsJournal{Header: h, Entries: g.Acts(n)},
	}
}

// xlsxOf writes j as a workbook.
func xlsxOf(t testing.TB, j journal.Journal, opts *journal.Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := j.WriteXLSX(&buf, opts); err != nil {
		t.Fatalf("%s: WriteXLSX: %v", j.Form().ID, err)
	}
	return buf.Bytes()
}

// readBack reads a workbook that must have no problems.
func readBack(t testing.TB, data []byte) journal.Journal {
	t.Helper()
	j, err := journal.ReadXLSX(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("ReadXLSX: %v", err)
	}
	return j
}

// wantBack is what reading j back must give: the Kazakh title of
// Appendix 1 has no blank for the unit, so its Kazakh unit is not there
// to read.
func wantBack(j journal.Journal) journal.Journal {
	if s, ok := j.(*journal.StockJournal); ok {
		c := *s
		c.Unit.KK = ""
		return &c
	}
	return j
}

func TestXLSXRoundTrip(t *testing.T) {
	for _, lang := range []journal.Language{journal.Russian, journal.Kazakh} {
		opts := xlOptions()
		opts.Language = lang
		for _, j := range xlJournals(11, 45) {
			got := readBack(t, xlsxOf(t, j, opts))
			if diff := cmp.Diff(wantBack(j), got); diff != "" {
				t.Errorf("%s, language %d: read back differs (-want +got):\n%s", j.Form().ID, lang, diff)
			}
		}
	}
}

func TestXLSXRoundTripSplitEntry(t *testing.T) {
	j := &journal.ActsJournal{Header: xlHeader(), Entries: sample.New(3).Acts(3)}
	j.Entries[1].Conclusion = strings.Repeat("II группа, общее заболевание, до 01.02.2026; УОТ 60% до 01.02.2026. ", 40)
	j.Entries[1].Conclusion = strings.TrimSpace(j.Entries[1].Conclusion)
	got := readBack(t, xlsxOf(t, j, xlOptions()))
	if diff := cmp.Diff(wantBack(j), got); diff != "" {
		t.Errorf("read back differs (-want +got):\n%s", diff)
	}
}

func TestXLSXRoundTripEmptyHeader(t *testing.T) {
	j := &journal.CareJournal{Entries: sample.New(5).Care(3)}
	got := readBack(t, xlsxOf(t, j, xlOptions()))
	if diff := cmp.Diff(j, got); diff != "" {
		t.Errorf("read back differs (-want +got):\n%s", diff)
	}
}

// edit opens a workbook, lets fn change it as a person would, and saves.
func edit(t *testing.T, data []byte, fn func(f *excelize.File)) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fn(f)
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// lastEntryRow is the sheet row of the last entry: the last row whose
// column 1 holds a number.
func lastEntryRow(t *testing.T, f *excelize.File, sheet string) int {
	t.Helper()
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	last := 0
	for i, r := range rows {
		if len(r) > 1 && r[1] != "" && r[0] != "" && strings.Trim(r[0], "0123456789") == "" {
			last = i + 1
		}
	}
	return last
}

func set(t *testing.T, f *excelize.File, sheet, cell string, v any) {
	t.Helper()
	if err := f.SetCellValue(sheet, cell, v); err != nil {
		t.Fatal(err)
	}
}

func TestReadXLSXRowsAddedByHand(t *testing.T) {
	j := &journal.ActsJournal{Header: xlHeader(), Entries: sample.New(4).Acts(5)}
	data := edit(t, xlsxOf(t, j, xlOptions()), func(f *excelize.File) {
		// Two rows inserted after the last entry, above the
		// certification: one date typed as a date, one as text.
		row := lastEntryRow(t, f, journal.SheetName)
		if err := f.InsertRows(journal.SheetName, row+1, 2); err != nil {
			t.Fatal(err)
		}
		for i, date := range []any{xlDay(2025, 12, 1), "02.12.2025"} {
			r := row + 1 + i
			c := func(col string) string { return col + itoa(r) }
			set(t, f, journal.SheetName, c("A"), 6+i)
			set(t, f, journal.SheetName, c("B"), date)
			set(t, f, journal.SheetName, c("C"), "Қасымова Гүлнәр Ұланқызы")
			set(t, f, journal.SheetName, c("D"), "12.03.1968")
			set(t, f, journal.SheetName, c("G"), "II группа, общее заболевание")
			set(t, f, journal.SheetName, c("I"), "Архив департамента")
		}
	})
	got := readBack(t, data)
	want := *j
	want.Entries = append(want.Entries,
		journal.ActEntry{No: 6, Date: xlDay(2025, 12, 1), FullName: "Қасымова Гүлнәр Ұланқызы", BirthDate: xlDay(1968, 3, 12),
			Conclusion: "II группа, общее заболевание", SentTo: "Архив департамента"},
		journal.ActEntry{No: 7, Date: xlDay(2025, 12, 2), FullName: "Қасымова Гүлнәр Ұланқызы", BirthDate: xlDay(1968, 3, 12),
			Conclusion: "II группа, общее заболевание", SentTo: "Архив департамента"},
	)
	if diff := cmp.Diff(&want, got); diff != "" {
		t.Errorf("read back differs (-want +got):\n%s", diff)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestReadXLSXFilledBlank(t *testing.T) {
	b := &journal.Blank{Journal: forms.Journal2(), Pages: 2, Header: journal.Header{Unit: forms.Text{KK: "№ 5", RU: "№ 5"}}}
	data := edit(t, xlsxOf(t, b, xlOptions()), func(f *excelize.File) {
		row := 0
		rows, _ := f.GetRows(journal.SheetName)
		for i, r := range rows {
			if len(r) == 7 && r[0] == "1" && r[6] == "7" {
				row = i + 2 // the first ruled row
			}
		}
		if row == 0 {
			t.Fatal("no column numbers")
		}
		c := func(col string) string { return col + itoa(row) }
		set(t, f, journal.SheetName, c("A"), 1)
		set(t, f, journal.SheetName, c("B"), "10.02.2025")
		set(t, f, journal.SheetName, c("C"), "Нұрғалиев Ерғали Серікұлы")
		set(t, f, journal.SheetName, c("D"), "екінші топтағы мүгедектік, жалпы ауру")
		set(t, f, journal.SheetName, c("E"), "до 10.02.2026")
		set(t, f, journal.SheetName, c("F"), "АБ № 0000001")
	})
	got := readBack(t, data)
	want := &journal.DisabilityJournal{
		Header: journal.Header{Unit: forms.Text{KK: "№ 5", RU: "№ 5"}},
		Entries: []journal.DisabilityEntry{{No: 1, Date: xlDay(2025, 2, 10), FullName: "Нұрғалиев Ерғали Серікұлы",
			Group: forms.GroupII, Cause: forms.CauseGeneralDisease, Term: forms.TermUntil, Until: xlDay(2026, 2, 10), Series: "АБ № 0000001"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("read back differs (-want +got):\n%s", diff)
	}
}

func TestReadXLSXReportsCells(t *testing.T) {
	j := &journal.DisabilityJournal{Header: xlHeader(), Entries: sample.New(6).Disability(4)}
	secret := "Секретова Тайна Персоналовна"
	var first int
	data := edit(t, xlsxOf(t, j, xlOptions()), func(f *excelize.File) {
		last := lastEntryRow(t, f, journal.SheetName)
		first = last - 3
		set(t, f, journal.SheetName, "B"+itoa(first), "31.02.2025 "+secret) // no such date
		set(t, f, journal.SheetName, "D"+itoa(first+1), secret)             // off the list
		set(t, f, journal.SheetName, "A"+itoa(first+2), secret)             // not a number
		set(t, f, journal.SheetName, "E"+itoa(last), "навсегда "+secret)    // off the list
	})
	_, err := journal.ReadXLSX(bytes.NewReader(data))
	if err == nil {
		t.Fatal("no error")
	}
	want := []struct {
		cell  string
		field string
		err   error
	}{
		{"B" + itoa(first), "date", journal.ErrBadDate},
		{"D" + itoa(first+1), "group_cause", journal.ErrUnknownValue},
		{"A" + itoa(first+2), "no", journal.ErrBadNumber},
		{"E" + itoa(first+3), "term", journal.ErrUnknownValue},
	}
	var got []*journal.CellError
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var ce *journal.CellError
		if !errors.As(e, &ce) {
			t.Fatalf("not a *CellError: %v", e)
		}
		got = append(got, ce)
	}
	if len(got) != len(want) {
		t.Fatalf("got %d problems, want %d:\n%v", len(got), len(want), err)
	}
	for i, w := range want {
		g := got[i]
		if g.Sheet != journal.SheetName || g.Cell != w.cell || g.Field != w.field || !errors.Is(g, w.err) {
			t.Errorf("problem %d = %v, want %s!%s (%s): %v", i, g, journal.SheetName, w.cell, w.field, w.err)
		}
	}
	if msg := err.Error(); strings.Contains(msg, "Секрет") || strings.Contains(msg, "навсегда") {
		t.Errorf("the error discloses what the cells hold:\n%s", msg)
	}
	if !strings.Contains(err.Error(), "Журнал!B"+itoa(first)+": column 2 (date)") {
		t.Errorf("error does not name the cell and column:\n%s", err)
	}
}

func TestReadXLSXReportsValidation(t *testing.T) {
	j := &journal.ActsJournal{Header: xlHeader(), Entries: sample.New(6).Acts(3)}
	var last int
	data := edit(t, xlsxOf(t, j, xlOptions()), func(f *excelize.File) {
		last = lastEntryRow(t, f, journal.SheetName)
		set(t, f, journal.SheetName, "C"+itoa(last), "") // the name is required
	})
	got, err := journal.ReadXLSX(bytes.NewReader(data))
	var ce *journal.CellError
	if !errors.As(err, &ce) || ce.Cell != "C"+itoa(last) || ce.Column != 3 || !errors.Is(err, journal.ErrRequired) {
		t.Fatalf("err = %v, want a required full name at C%d", err, last)
	}
	if got == nil || len(got.(*journal.ActsJournal).Entries) != 3 {
		t.Errorf("the journal read is not returned with the error")
	}
}

func TestReadXLSXWrongForm(t *testing.T) {
	data := xlsxOf(t, &journal.CareJournal{Header: xlHeader(), Entries: sample.New(1).Care(2)}, xlOptions())
	_, err := journal.ReadXLSXForm(bytes.NewReader(data), forms.Journal6())
	var fe *journal.FormError
	if !errors.As(err, &fe) || fe.Got != "journal5" || fe.Want != "journal6" || !errors.Is(err, journal.ErrNotJournal) {
		t.Fatalf("err = %v, want a FormError naming journal5", err)
	}
	if !strings.Contains(err.Error(), "journal5") {
		t.Errorf("error %q does not say which form the workbook holds", err)
	}
	// A workbook that holds no journal at all.
	f := excelize.NewFile()
	defer f.Close()
	set(t, f, "Sheet1", "A1", "hello")
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	if _, err := journal.ReadXLSX(&buf); !errors.Is(err, journal.ErrNotJournal) {
		t.Errorf("err = %v, want ErrNotJournal", err)
	}
}

func TestReadXLSXLooksLike(t *testing.T) {
	// Journal 3 with journal 4's captions is journal 4 in all but
	// columns 4 and 5: it looks like one, and is none.
	data := xlsxOf(t, &journal.GeneralCapacityJournal{Header: xlHeader(), Entries: sample.New(1).GeneralCapacity(2)}, xlOptions())
	data = edit(t, data, func(f *excelize.File) {
		rows, _ := f.GetRows(journal.SheetName)
		for i, r := range rows {
			if len(r) > 3 && strings.HasPrefix(r[3], "Жалпы еңбекке") {
				set(t, f, journal.SheetName, "D"+itoa(i+1), "Что-то иное")
			}
		}
	})
	_, err := journal.ReadXLSX(bytes.NewReader(data))
	var fe *journal.FormError
	if !errors.As(err, &fe) || fe.Got != "journal3" {
		t.Fatalf("err = %v, want a FormError saying it looks like journal3", err)
	}
}

// TestXLSXLibreOffice opens and saves every journal in LibreOffice, and
// reads the saved workbooks back.
func TestXLSXLibreOffice(t *testing.T) {
	if testing.Short() {
		t.Skip("starts LibreOffice")
	}
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("no LibreOffice")
	}
	dir := t.TempDir()
	js := xlJournals(21, 12)
	var in []string
	for _, j := range js {
		path := filepath.Join(dir, j.Form().ID+".xlsx")
		if err := os.WriteFile(path, xlsxOf(t, j, xlOptions()), 0o644); err != nil {
			t.Fatal(err)
		}
		in = append(in, path)
	}
	out := filepath.Join(dir, "saved")
	args := append([]string{"-env:UserInstallation=file://" + filepath.Join(dir, "profile"),
		"--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out}, in...)
	if b, err := exec.Command(soffice, args...).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	for _, j := range js {
		data, err := os.ReadFile(filepath.Join(out, j.Form().ID+".xlsx"))
		if err != nil {
			t.Fatal(err)
		}
		got := readBack(t, data)
		if diff := cmp.Diff(wantBack(j), got); diff != "" {
			t.Errorf("%s saved by LibreOffice reads back differently (-want +got):\n%s", j.Form().ID, diff)
		}
	}
}

// TestXLSXRoundTripStream writes journal 4 from a Stream, with no
// Entries to look the document kinds up in, and reads it back.
func TestXLSXRoundTripStream(t *testing.T) {
	entries := sample.New(12).ProfessionalCapacity(30)
	j := &journal.ProfessionalCapacityJournal{Header: xlHeader(), Stream: func(yield func(journal.ProfessionalCapacityEntry, error) bool) {
		for _, e := range entries {
			if !yield(e, nil) {
				return
			}
		}
	}}
	got := readBack(t, xlsxOf(t, j, xlOptions()))
	want := &journal.ProfessionalCapacityJournal{Header: xlHeader(), Entries: entries}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("read back differs (-want +got):\n%s", diff)
	}
}

// TestReadXLSXHeaderLinesByCell: two title-page lines retyped out of the
// form's wording are reported each at its own cell, with its fields.
func TestReadXLSXHeaderLinesByCell(t *testing.T) {
	j := &journal.DisabilityJournal{Header: xlHeader(), Entries: sample.New(6).Disability(2)}
	var title, dates int
	data := edit(t, xlsxOf(t, j, xlOptions()), func(f *excelize.File) {
		rows, _ := f.GetRows(journal.SheetName)
		for i, r := range rows {
			switch {
			case len(r) > 0 && strings.Contains(r[0], "бөлімінің"):
				title = i + 1
			case len(r) > 0 && strings.Contains(r[0], "басталды"):
				dates = i + 1
			}
		}
		set(t, f, journal.SheetName, "A"+itoa(title), "Журнал регистрации")
		set(t, f, journal.SheetName, "A"+itoa(dates), "начат 09.01.2025")
	})
	_, err := journal.ReadXLSX(bytes.NewReader(data))
	for cell, field := range map[string]string{"A" + itoa(title): "unit", "A" + itoa(dates): "started, ended"} {
		want := journal.SheetName + "!" + cell + ": " + field + ": "
		if !strings.Contains(fmt.Sprint(err), want) || !errors.Is(err, journal.ErrUnreadable) {
			t.Errorf("err = %v, want a problem %q (ErrUnreadable)", err, want)
		}
	}
}
