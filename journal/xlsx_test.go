package journal_test

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/sample"
	"github.com/msedocs/msedocs/internal/txtar"
	"github.com/msedocs/msedocs/journal"
	"github.com/xuri/excelize/v2"
)

// openXLSX opens a workbook for inspection.
func openXLSX(t testing.TB, data []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// cellStyle returns the style of a cell.
func cellStyle(t testing.TB, f *excelize.File, sheet, cell string) *excelize.Style {
	t.Helper()
	id, err := f.GetCellStyle(sheet, cell)
	if err != nil {
		t.Fatal(err)
	}
	s, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func bordered(s *excelize.Style) bool {
	sides := map[string]bool{}
	for _, b := range s.Border {
		if b.Style > 0 {
			sides[b.Type] = true
		}
	}
	return sides["left"] && sides["right"] && sides["top"] && sides["bottom"]
}

// rowOf returns the first row whose cell in column col (from 1) is v.
func rowOf(t testing.TB, f *excelize.File, sheet string, col int, v string) int {
	t.Helper()
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		if len(r) >= col && r[col-1] == v {
			return i + 1
		}
	}
	t.Fatalf("%s: no row with %q in column %d", sheet, v, col)
	return 0
}

func TestXLSXIsDeterministic(t *testing.T) {
	for _, j := range xlJournals(2, 30) {
		a, b := xlsxOf(t, j, xlOptions()), xlsxOf(t, j, xlOptions())
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two writes differ", j.Form().ID)
		}
	}
	b := &journal.Blank{Journal: forms.Journal2(), Pages: 3}
	if !bytes.Equal(xlsxOf(t, b, xlOptions()), xlsxOf(t, b, xlOptions())) {
		t.Error("blank journal: two writes differ")
	}
}

func TestXLSXDocumentProperties(t *testing.T) {
	j := &journal.DisabilityJournal{Header: xlHeader(), Entries: sample.New(1).Disability(2)}
	opts := xlOptions()
	opts.Created = time.Date(2025, 1, 10, 9, 30, 0, 0, time.UTC)
	f := openXLSX(t, xlsxOf(t, j, opts))
	p, err := f.GetDocProps()
	if err != nil {
		t.Fatal(err)
	}
	if p.Creator != "msedocs" || p.Language != "ru-RU" || p.Identifier != "journal2" ||
		!strings.Contains(p.Title, "Журнал регистрации выдачи справки об инвалидности отдела Кокшетауский городской") ||
		!strings.Contains(p.Subject, "Приложение 2 к приказу") || p.Created != "2025-01-10T09:30:00Z" {
		t.Errorf("document properties = %+v", p)
	}
	// Without a date, a fixed one: the bytes never depend on the clock.
	p2, err := openXLSX(t, xlsxOf(t, j, xlOptions())).GetDocProps()
	if err != nil {
		t.Fatal(err)
	}
	if p2.Created != "2000-01-01T00:00:00Z" || p2.Modified != p2.Created {
		t.Errorf("created %q, modified %q, want the fixed date", p2.Created, p2.Modified)
	}
}

func TestXLSXPrintSetup(t *testing.T) {
	for _, j := range xlJournals(3, 40) {
		form := j.Form()
		f := openXLSX(t, xlsxOf(t, j, xlOptions()))
		sheets := f.GetSheetList()
		if want := max(len(form.Sections), 1); len(sheets) != want || sheets[0] != journal.SheetName {
			t.Errorf("%s: sheets %q, want %d starting with %q", form.ID, sheets, want, journal.SheetName)
		}
		names := f.GetDefinedName()
		for i, sheet := range sheets {
			pl, err := f.GetPageLayout(sheet)
			if err != nil {
				t.Fatal(err)
			}
			orient := "portrait"
			if form.Orientation == forms.Landscape {
				orient = "landscape"
			}
			if *pl.Size != 9 || *pl.Orientation != orient || *pl.FitToWidth != 1 || *pl.FitToHeight != 0 {
				t.Errorf("%s %s: page layout size %d %s fit %dx%d", form.ID, sheet, *pl.Size, *pl.Orientation, *pl.FitToWidth, *pl.FitToHeight)
			}
			props, err := f.GetSheetProps(sheet)
			if err != nil {
				t.Fatal(err)
			}
			if props.FitToPage == nil || !*props.FitToPage {
				t.Errorf("%s %s: not fitted to the page", form.ID, sheet)
			}
			hf, err := f.GetHeaderFooter(sheet)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(hf.OddFooter, "Бет / Лист &P") {
				t.Errorf("%s %s: footer %q has no page number", form.ID, sheet, hf.OddFooter)
			}
			panes, err := f.GetPanes(sheet)
			if err != nil {
				t.Fatal(err)
			}
			// The print titles are the header rows, and the panes are
			// frozen below them.
			var titles string
			for _, n := range names {
				if n.Name == "_xlnm.Print_Titles" && n.Scope == sheet {
					titles = n.RefersTo
				}
			}
			numbers := rowOf(t, f, sheet, 1, "1")
			for numbers > 0 {
				if v, _ := f.GetCellValue(sheet, fmt.Sprintf("B%d", numbers)); v == "2" {
					break
				}
				numbers++
			}
			levels := 1
			if len(form.Groups) > 0 {
				levels = 2
			}
			want := fmt.Sprintf("'%s'!$%d:$%d", sheet, numbers-levels, numbers)
			if titles != want {
				t.Errorf("%s %s: print titles %q, want %q", form.ID, sheet, titles, want)
			}
			if !panes.Freeze || panes.YSplit != numbers || panes.TopLeftCell != fmt.Sprintf("A%d", numbers+1) {
				t.Errorf("%s %s: panes %+v, want frozen below row %d", form.ID, sheet, panes, numbers)
			}
			if i > 0 && (pl.FirstPageNumber == nil || *pl.FirstPageNumber < 2) {
				t.Errorf("%s %s: page numbers start again", form.ID, sheet)
			}
		}
		// Column widths follow the form's proportions.
		var total, wsum float64
		for _, c := range form.Columns {
			total += c.Width
		}
		widths := make([]float64, len(form.Columns))
		for i := range form.Columns {
			name, _ := excelize.ColumnNumberToName(i + 1)
			w, err := f.GetColWidth(journal.SheetName, name)
			if err != nil {
				t.Fatal(err)
			}
			widths[i] = w
			wsum += w
		}
		for i, c := range form.Columns {
			if got, want := widths[i]/wsum, c.Width/total; got < want-0.002 || got > want+0.002 {
				t.Errorf("%s: column %d is %.3f of the width, want %.3f", form.ID, i+1, got, want)
			}
		}
	}
}

// TestXLSXPageBreaks checks that each sheet breaks its pages where the
// PDF does: the workbook prints as many pages as the certification says.
func TestXLSXPageBreaks(t *testing.T) {
	for _, j := range xlJournals(4, 70) {
		var pdf bytes.Buffer
		if err := j.WritePDF(&pdf, xlOptions()); err != nil {
			t.Fatal(err)
		}
		pages := bytes.Count(pdf.Bytes(), []byte("/Type /Page\n")) + bytes.Count(pdf.Bytes(), []byte("/Type /Page "))
		data := xlsxOf(t, j, xlOptions())
		printed := 0
		for _, brk := range rowBreaks(t, data) {
			printed += len(brk) + 1
		}
		if pages > 0 && printed != pages {
			t.Errorf("%s: the workbook prints %d pages, the PDF has %d", j.Form().ID, printed, pages)
		}
	}
}

var brkRE = regexp.MustCompile(`<brk id="(\d+)"`)

// rowBreaks returns the manual row breaks of each worksheet, in sheet
// order.
func rowBreaks(t testing.TB, data []byte) [][]string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	files := map[string]*zip.File{}
	for _, zf := range zr.File {
		if strings.HasPrefix(zf.Name, "xl/worksheets/sheet") {
			names = append(names, zf.Name)
			files[zf.Name] = zf
		}
	}
	slices.Sort(names)
	var out [][]string
	for _, n := range names {
		rc, err := files[n].Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, m := range brkRE.FindAllSubmatch(b, -1) {
			ids = append(ids, string(m[1]))
		}
		if bytes.Contains(b, []byte("<sheetData")) && bytes.Contains(b, []byte("<pageSetup")) {
			out = append(out, ids)
		}
	}
	return out
}

func TestXLSXHeaderMerges(t *testing.T) {
	j := xlJournals(5, 3)[0] // journal 1: a two-level header
	f := openXLSX(t, xlsxOf(t, j, xlOptions()))
	numbers := rowOf(t, f, journal.SheetName, 1, "1")
	top := numbers - 2
	merges, err := f.GetMergeCells(journal.SheetName)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, m := range merges {
		got[m.GetStartAxis()+":"+m.GetEndAxis()] = m.GetCellValue()
	}
	r := func(cols string, a, b int) string { return fmt.Sprintf("%c%d:%c%d", cols[0], a, cols[1], b) }
	want := map[string]string{
		r("AA", top, top+1): "№",
		r("BB", top, top+1): "Күні\nДата",
		r("CC", top, top+1): "",
		r("DE", top, top):   "Саны\nКоличество",
		r("FG", top, top):   "Берілді\nВыдано",
		r("HH", top, top+1): "",
	}
	for ref, v := range want {
		gv, ok := got[ref]
		if !ok {
			t.Errorf("no merged range %s; have %v", ref, got)
			continue
		}
		if v != "" && gv != v {
			t.Errorf("merged %s holds %q, want %q", ref, gv, v)
		}
	}
	// Every cell a header merge covers carries the border.
	for row := top; row <= numbers; row++ {
		for col := 1; col <= 8; col++ {
			cell, _ := excelize.CoordinatesToCellName(col, row)
			if !bordered(cellStyle(t, f, journal.SheetName, cell)) {
				t.Errorf("header cell %s has no border", cell)
			}
		}
	}
	// Bilingual captions: Kazakh, a line break, Russian; wrapped.
	v, _ := f.GetCellValue(journal.SheetName, fmt.Sprintf("D%d", top+1))
	if v != "Алынды\nПолучено" {
		t.Errorf("caption of column 4 = %q", v)
	}
	if s := cellStyle(t, f, journal.SheetName, fmt.Sprintf("D%d", top+1)); !s.Alignment.WrapText {
		t.Error("captions do not wrap")
	}
	// The title lines are merged across the table's width.
	found := false
	for ref, v := range got {
		if strings.HasPrefix(v, "Мүгедектік және кәсіптік") && strings.HasPrefix(ref, "A") && strings.Contains(ref, ":H") {
			found = true
		}
	}
	if !found {
		t.Errorf("title not merged across A:H: %v", got)
	}
}

func TestXLSXCellTypes(t *testing.T) {
	j := &journal.StockJournal{Header: xlHeader(), Disability: sample.New(8).Stock(25), Professional: sample.New(9).Stock(3)}
	f := openXLSX(t, xlsxOf(t, j, xlOptions()))
	sheet := journal.SheetName
	open := rowOf(t, f, sheet, 1, "Бастапқы қалдық / Остаток на начало")
	if v, _ := f.GetCellValue(sheet, fmt.Sprintf("H%d", open)); v != "50" {
		t.Errorf("opening balance %q", v)
	}
	bal := j.Disability.Balances()
	for i, e := range j.Disability.Entries {
		row := open + 1 + i
		c := func(col string) string { return fmt.Sprintf("%s%d", col, row) }
		// The date is a date cell shown dd.mm.yyyy.
		if typ, _ := f.GetCellType(sheet, c("B")); typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
			t.Fatalf("%s is of type %v, want a number", c("B"), typ)
		}
		if s := cellStyle(t, f, sheet, c("B")); s.CustomNumFmt == nil || *s.CustomNumFmt != "dd.mm.yyyy" {
			t.Errorf("%s: date format %v", c("B"), s.CustomNumFmt)
		}
		if v, _ := f.GetCellValue(sheet, c("B")); v != e.Date.Format("02.01.2006") {
			t.Errorf("%s shows %q, want %s", c("B"), v, e.Date.Format("02.01.2006"))
		}
		// Counts are numbers; a zero count is left empty.
		for col, n := range map[string]int{"D": e.Received, "E": e.Issued} {
			raw, _ := f.GetCellValue(sheet, c(col), excelize.Options{RawCellValue: true})
			if (n == 0 && raw != "") || (n != 0 && raw != fmt.Sprint(n)) {
				t.Errorf("%s = %q, want %d", c(col), raw, n)
			}
		}
		// The balance is a formula with its value cached.
		formula, _ := f.GetCellFormula(sheet, c("H"))
		if want := fmt.Sprintf("H%d+D%d-E%d", row-1, row, row); formula != want {
			t.Errorf("%s formula %q, want %q", c("H"), formula, want)
		}
		if v, _ := f.GetCellValue(sheet, c("H")); v != fmt.Sprint(bal[i]) {
			t.Errorf("%s caches %q, want %d", c("H"), v, bal[i])
		}
	}
	// A spreadsheet that recalculates gets the same balances.
	last := fmt.Sprintf("H%d", open+len(bal))
	if v, err := f.CalcCellValue(sheet, last); err != nil || v != fmt.Sprint(bal[len(bal)-1]) {
		t.Errorf("%s calculates to %q (%v), want %d", last, v, err, bal[len(bal)-1])
	}
	// Section B has a sheet of its own with its own opening balance.
	sheetB := journal.SheetName + " B"
	openB := rowOf(t, f, sheetB, 1, "Бастапқы қалдық / Остаток на начало")
	if formula, _ := f.GetCellFormula(sheetB, fmt.Sprintf("H%d", openB+1)); formula != fmt.Sprintf("H%d+D%d-E%d", openB, openB+1, openB+1) {
		t.Errorf("section B's first balance formula %q", formula)
	}
	// Journal 3's degree is a number shown with «%».
	j3 := &journal.GeneralCapacityJournal{Header: xlHeader(), Entries: sample.New(1).GeneralCapacity(1)}
	f3 := openXLSX(t, xlsxOf(t, j3, xlOptions()))
	row := rowOf(t, f3, journal.SheetName, 1, "1") + 1
	cell := fmt.Sprintf("D%d", row)
	raw, _ := f3.GetCellValue(journal.SheetName, cell, excelize.Options{RawCellValue: true})
	shown, _ := f3.GetCellValue(journal.SheetName, cell)
	if d := j3.Entries[0].Degree; raw != fmt.Sprint(d) || shown != fmt.Sprintf("%d%%", d) {
		t.Errorf("degree %s = %q shown %q, want %d shown %d%%", cell, raw, shown, d, d)
	}
}

func TestXLSXBlankValidation(t *testing.T) {
	type want struct {
		col, typ, op string
		f1, f2       string
	}
	cases := map[string][]want{
		"journal1": {{"A", "whole", "between", "1", "1000000000"}, {"B", "date", "between", "1", "2958465"},
			{"D", "whole", "between", "0", "1000000000"}, {"E", "whole", "between", "0", "1000000000"}},
		"journal2": {{"B", "date", "", "", ""}, {"D", "list", "", "'Тізім-Список'!$A$1:$A$56", ""}, {"E", "list", "", "'Тізім-Список'!$B$1:$B$6", ""}},
		"journal3": {{"D", "whole", "between", "0", "100"}},
		"journal6": {{"B", "date", "", "", ""}, {"D", "date", "", "", ""}, {"F", "date", "", "", ""}},
	}
	for id, wants := range cases {
		form, _ := forms.JournalByID(id)
		f := openXLSX(t, xlsxOf(t, &journal.Blank{Journal: form, Pages: 4}, xlOptions()))
		numbers := rowOf(t, f, journal.SheetName, 1, "1")
		if len(form.Sections) > 0 {
			numbers++ // the opening balance row, left to be written in
		}
		dvs, err := f.GetDataValidations(journal.SheetName)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range wants {
			var dv *excelize.DataValidation
			for _, d := range dvs {
				if strings.HasPrefix(d.Sqref, fmt.Sprintf("%s%d:", w.col, numbers+1)) {
					dv = d
				}
			}
			if dv == nil {
				t.Errorf("%s: no validation on column %s from row %d", id, w.col, numbers+1)
				continue
			}
			if dv.Type != w.typ || (w.op != "" && dv.Operator != w.op) || (w.f1 != "" && dv.Formula1 != w.f1) || (w.f2 != "" && dv.Formula2 != w.f2) {
				t.Errorf("%s column %s: validation %s %s %q %q, want %+v", id, w.col, dv.Type, dv.Operator, dv.Formula1, dv.Formula2, w)
			}
		}
	}
	// The drop-down lists are on a hidden sheet, and hold the labels.
	f := openXLSX(t, xlsxOf(t, &journal.Blank{Journal: forms.Journal2(), Pages: 1}, xlOptions()))
	if visible, err := f.GetSheetVisible(journal.ListSheetName); err != nil || visible {
		t.Errorf("list sheet visible=%v err=%v", visible, err)
	}
	if v, _ := f.GetCellValue(journal.ListSheetName, "A1"); v != "инвалидность первой группы, общее заболевание" {
		t.Errorf("first group and cause %q", v)
	}
	if v, _ := f.GetCellValue(journal.ListSheetName, "B5"); v != "до ______" {
		t.Errorf("term «until» %q", v)
	}
}

// TestXLSXGolden dumps the sheets of small journals, filled and blank:
// cells, merges, styles and print setup as text.
func TestXLSXGolden(t *testing.T) {
	h := xlHeader()
	filled := goldenJournals(h)
	for _, j := range filled {
		form := j.Form()
		blank := &journal.Blank{Journal: form, Pages: 2, Header: journal.Header{Region: h.Region, Unit: h.Unit}}
		a := &txtar.Archive{Comment: []byte(fmt.Sprintf("%s as XLSX: a journal with a few entries, and a blank of 2 pages.\n", form.ID))}
		a.Files = append(a.Files,
			txtar.File{Name: "filled", Data: dumpXLSX(t, xlsxOf(t, j, xlOptions()))},
			txtar.File{Name: "blank", Data: dumpXLSX(t, xlsxOf(t, blank, xlOptions()))})
		goldens.Check(t, "xlsx/"+form.ID+".txtar", txtar.Format(a))
	}
}

// dumpXLSX writes a workbook's sheets as text: setup, styles, rows with
// typed cells, merges, validations.
func dumpXLSX(t testing.TB, data []byte) []byte {
	t.Helper()
	f := openXLSX(t, data)
	var b strings.Builder
	styles := map[int]int{} // style ID → number in the dump
	var styleLines []string
	styleNo := func(id int) int {
		if n, ok := styles[id]; ok {
			return n
		}
		s, err := f.GetStyle(id)
		if err != nil {
			t.Fatal(err)
		}
		n := len(styles) + 1
		styles[id] = n
		styleLines = append(styleLines, fmt.Sprintf("style s%d: %s", n, styleSummary(s)))
		return n
	}
	breaks := rowBreaks(t, data)
	props, err := f.GetDocProps()
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(&b, "props: title=%q subject=%.40q creator=%q language=%q identifier=%q created=%s\n",
		props.Title, props.Subject, props.Creator, props.Language, props.Identifier, props.Created)
	for _, n := range f.GetDefinedName() {
		fmt.Fprintf(&b, "name %s scope=%q: %s\n", n.Name, n.Scope, n.RefersTo)
	}
	for si, sheet := range f.GetSheetList() {
		visible, _ := f.GetSheetVisible(sheet)
		fmt.Fprintf(&b, "\nsheet %q visible=%v\n", sheet, visible)
		rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		if !visible {
			for i, r := range rows {
				fmt.Fprintf(&b, "  row %d: %q\n", i+1, r)
			}
			continue
		}
		pl, _ := f.GetPageLayout(sheet)
		pm, _ := f.GetPageMargins(sheet)
		hf, _ := f.GetHeaderFooter(sheet)
		panes, _ := f.GetPanes(sheet)
		fmt.Fprintf(&b, "  page: paper=%d %s fit=%dx%d first=%d margins t=%.3f r=%.3f b=%.3f l=%.3f footer=%q\n",
			*pl.Size, *pl.Orientation, *pl.FitToWidth, *pl.FitToHeight, *pl.FirstPageNumber,
			*pm.Top, *pm.Right, *pm.Bottom, *pm.Left, hf.OddFooter)
		fmt.Fprintf(&b, "  panes: freeze=%v ysplit=%d top-left=%s\n", panes.Freeze, panes.YSplit, panes.TopLeftCell)
		if si < len(breaks) {
			fmt.Fprintf(&b, "  breaks before rows: %v\n", plusOne(breaks[si]))
		}
		cols, _ := f.GetCols(sheet)
		b.WriteString("  widths:")
		for i := range max(len(cols), 1) {
			name, _ := excelize.ColumnNumberToName(i + 1)
			w, _ := f.GetColWidth(sheet, name)
			fmt.Fprintf(&b, " %s=%.2f", name, w)
		}
		b.WriteByte('\n')
		merges, _ := f.GetMergeCells(sheet)
		var ms []string
		covered := map[string]bool{} // cells a merge covers, but its first
		for _, m := range merges {
			ms = append(ms, m.GetStartAxis()+":"+m.GetEndAxis())
			c1, r1, _ := excelize.CellNameToCoordinates(m.GetStartAxis())
			c2, r2, _ := excelize.CellNameToCoordinates(m.GetEndAxis())
			for r := r1; r <= r2; r++ {
				for c := c1; c <= c2; c++ {
					if r != r1 || c != c1 {
						name, _ := excelize.CoordinatesToCellName(c, r)
						covered[name] = true
					}
				}
			}
		}
		fmt.Fprintf(&b, "  merges: %s\n", strings.Join(ms, " "))
		dvs, _ := f.GetDataValidations(sheet)
		for _, dv := range dvs {
			fmt.Fprintf(&b, "  validation %s: %s %s %s %s\n", dv.Sqref, dv.Type, dv.Operator, dv.Formula1, dv.Formula2)
		}
		for i := range rows {
			row := i + 1
			ht, _ := f.GetRowHeight(sheet, row)
			fmt.Fprintf(&b, "  row %d h=%.2f:", row, ht)
			for col := 1; col <= len(cols); col++ {
				cell, _ := excelize.CoordinatesToCellName(col, row)
				id, _ := f.GetCellStyle(sheet, cell)
				raw, _ := f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
				if covered[cell] {
					raw = ""
				}
				formula, _ := f.GetCellFormula(sheet, cell)
				if id == 0 && raw == "" && formula == "" {
					continue
				}
				fmt.Fprintf(&b, " %s[s%d]", cell, styleNo(id))
				if formula != "" {
					fmt.Fprintf(&b, "=%s", formula)
				}
				if raw != "" {
					typ, _ := f.GetCellType(sheet, cell)
					fmt.Fprintf(&b, "%s%s", typeMark(typ), short(raw))
				}
			}
			b.WriteByte('\n')
		}
	}
	b.WriteByte('\n')
	for _, l := range styleLines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return []byte(b.String())
}

func plusOne(ids []string) []string {
	out := make([]string, len(ids))
	for i, s := range ids {
		var n int
		fmt.Sscan(s, &n)
		out[i] = fmt.Sprint(n + 1)
	}
	return out
}

func typeMark(t excelize.CellType) string {
	switch t {
	case excelize.CellTypeNumber, excelize.CellTypeUnset:
		return "#"
	case excelize.CellTypeFormula:
		return "ƒ"
	}
	return "'"
}

// short quotes a value, cut to 40 runes.
func short(s string) string {
	r := []rune(s)
	if len(r) > 40 {
		return fmt.Sprintf("%q…", string(r[:40]))
	}
	return fmt.Sprintf("%q", s)
}

func styleSummary(s *excelize.Style) string {
	var parts []string
	if bordered(s) {
		parts = append(parts, "border")
	}
	if s.Font != nil {
		f := fmt.Sprintf("%s %.4g", s.Font.Family, s.Font.Size)
		if s.Font.Bold {
			f += " bold"
		}
		parts = append(parts, f)
	}
	if a := s.Alignment; a != nil {
		parts = append(parts, "h="+a.Horizontal, "v="+a.Vertical)
		if a.WrapText {
			parts = append(parts, "wrap")
		}
	}
	switch {
	case s.CustomNumFmt != nil:
		parts = append(parts, "fmt="+*s.CustomNumFmt)
	case s.NumFmt != 0:
		parts = append(parts, fmt.Sprintf("fmt=%d", s.NumFmt))
	}
	return strings.Join(parts, " ")
}

// goldenJournals are small journals written out by hand, so that the
// golden files change only when the printer does.
func goldenJournals(h journal.Header) []journal.Journal {
	d := xlDay
	return []journal.Journal{
		&journal.StockJournal{Header: h,
			Disability: journal.StockSection{Opening: 50, Entries: []journal.StockEntry{
				{No: 1, Date: d(2025, 1, 9), Series: "АБ № 0001000–0001099", Received: 100},
				{No: 2, Date: d(2025, 1, 10), Series: "АБ № 0001000", Issued: 2, Unit: "отдел № 3", Recipient: "Бөкейханова Іңкәр Бауыржанқызы"},
				{No: 3, Date: d(2025, 1, 13), Series: "АБ № 0001002", Issued: 4, Unit: "отдел Бостандыкский", Recipient: "Кузнецов Алексей Александрович"},
			}},
			Professional: journal.StockSection{Opening: 7, Entries: []journal.StockEntry{
				{No: 1, Date: d(2025, 1, 9), Series: "ВА № 2045414", Issued: 3, Unit: "отдел Есіл", Recipient: "Ізбасаров Жәнібек Әлібекұлы"},
			}},
		},
		&journal.DisabilityJournal{Header: h, Entries: []journal.DisabilityEntry{
			{No: 1, Date: d(2025, 1, 9), FullName: "Әбдірахманов Нұрлан Ерғалиұлы", Group: forms.GroupII, Cause: forms.CauseGeneralDisease, Term: forms.Term1Year, Until: d(2026, 1, 9), Series: "АБ № 1234567"},
			{No: 2, Date: d(2025, 1, 10), FullName: "Иванова Ольга Петровна", Group: forms.GroupChildI, Cause: forms.CauseService, Term: forms.TermUntil, Until: d(2027, 5, 31), Series: "АВ № 7654321"},
			{No: 3, Date: d(2025, 1, 10), FullName: "Үсенов Өмірзақ Һасенұлы", Group: forms.GroupI, Cause: forms.CauseWorkInjury, Term: forms.TermIndefinite, Series: "ВГ № 0000042"},
		}},
		&journal.GeneralCapacityJournal{Header: h, Entries: []journal.GeneralCapacityEntry{
			{No: 1, Date: d(2025, 1, 9), FullName: "Сәтбаева Гүлнәр Қайратқызы", Degree: 45, Term: forms.Term6Months, Until: d(2025, 7, 9), Series: "ГД № 1000001"},
			{No: 2, Date: d(2025, 1, 11), FullName: "Петров Сергей Иванович", Degree: 100, Term: forms.TermIndefinite, Series: "ГД № 1000002"},
		}},
		&journal.ProfessionalCapacityJournal{Header: h, Entries: []journal.ProfessionalCapacityEntry{
			{No: 1, Date: d(2025, 1, 9), FullName: "Ғабдуллин Ұлан Серікұлы", Document: forms.DocCertificate, Degree: 30, Term: forms.Term2Years, Until: d(2027, 1, 9), Series: "ЕЖ № 5550001"},
			{No: 2, Date: d(2025, 1, 9), FullName: "Ким Татьяна Николаевна", Document: forms.DocExtract, Degree: 60, Term: forms.TermUntil, Until: d(2026, 12, 1), Series: "ЕЖ № 5550002"},
		}},
		&journal.CareJournal{Header: h, Entries: []journal.CareEntry{
			{No: 1, Date: d(2025, 1, 9), FullName: "Оразалин Дәурен Бауыржанұлы", Needs: "постоянный посторонний уход, кресло-коляска", Series: "ЖЗ № 0000101"},
			{No: 2, Date: d(2025, 1, 14), FullName: "Соколова Ирина Викторовна", Needs: "санаторно-курортное лечение", Series: "ЖЗ № 0000102"},
		}},
		&journal.ActsJournal{Header: h, Entries: []journal.ActEntry{
			{No: 1, Date: d(2025, 1, 9), FullName: "Жұмабеков Қайрат Әлібекұлы", BirthDate: d(1968, 3, 12), Unit: "№ 1", LastExam: d(2024, 12, 15),
				Conclusion: "II группа, общее заболевание, до 01.02.2026; УОТ 60% до 01.02.2026", Basis: "акт МСЭ № 1234",
				SentTo: "Архив департамента, г. Алматы, ул. Абая 10", Sender: "Иванов И.И.", Note: "повторно"},
			{No: 2, Date: d(2025, 1, 10), FullName: "Морозова Елена Сергеевна", BirthDate: d(1980, 11, 2),
				Conclusion: "III группа, трудовое увечье, до 10.01.2026", SentTo: "ЦОН, г. Астана, пр. Тәуелсіздік 5"},
		}},
	}
}

func TestXLSXInvalidWritesNothing(t *testing.T) {
	bad := journal.ActEntry{Date: xlDay(2025, 1, 9), BirthDate: xlDay(1970, 1, 1), Conclusion: "I группа", SentTo: "Архив"} // no name
	for _, j := range []journal.Journal{
		&journal.ActsJournal{Header: xlHeader(), Entries: []journal.ActEntry{bad}},
		&journal.ActsJournal{Header: xlHeader(), Stream: func(yield func(journal.ActEntry, error) bool) { yield(bad, nil) }},
	} {
		var buf bytes.Buffer
		err := j.WriteXLSX(&buf, xlOptions())
		var ve *journal.ValidationError
		if !errors.As(err, &ve) || ve.Field != "full_name" {
			t.Errorf("err = %v, want the missing full name", err)
		}
		if buf.Len() != 0 {
			t.Errorf("%d bytes written for an invalid journal", buf.Len())
		}
	}
}
