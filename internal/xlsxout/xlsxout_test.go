package xlsxout

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/msedocs/msedocs/internal/layout"
	"github.com/xuri/excelize/v2"
)

func TestSerial(t *testing.T) {
	for _, c := range []struct {
		t    time.Time
		want int
	}{
		{time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC), 1},
		{time.Date(1900, 2, 28, 0, 0, 0, 0, time.UTC), 59},
		{time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC), 61},
		{time.Date(2025, 1, 9, 0, 0, 0, 0, time.UTC), 45666},
		{time.Date(2025, 1, 9, 23, 59, 0, 0, time.FixedZone("ALMT", 5*3600)), 45666},
		{time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC), 2958465},
	} {
		if got := serial(c.t); got != c.want {
			t.Errorf("serial(%s) = %d, want %d", c.t, got, c.want)
		}
	}
}

func TestColWidth(t *testing.T) {
	// 52.5 pt is 70 px: ten digits of 7 px.
	if got := colWidth(52.5); got != 10 {
		t.Errorf("colWidth(52.5) = %v, want 10", got)
	}
}

// pages are a page with a title and a two-column table of n rows, the
// second page continuing with a repeated header.
func pages(n int) []*layout.Page {
	hdr := layout.Row{Kind: layout.RowHeader, H: 20, Cells: []layout.Cell{
		{Col: 0, Span: 2, RowSpan: 1, Lines: []layout.Line{{Text: "Тақырып", Size: 8}}},
	}}
	row := func(i int) layout.Row {
		return layout.Row{Kind: layout.RowEntry, Entry: i, H: 12, Cells: []layout.Cell{
			{Col: 0, Span: 1, RowSpan: 1, Lines: []layout.Line{{Text: strconv.Itoa(i), Size: 9}}, Value: layout.Value{Kind: layout.ValueInt, Int: i}},
			{Col: 1, Span: 1, RowSpan: 1, Lines: []layout.Line{{Text: "x", Size: 9}}, Value: layout.Value{Kind: layout.ValueDate, Date: time.Date(2025, 1, 9, 0, 0, 0, 0, time.UTC)}},
		}}
	}
	edges := []float64{50, 100, 200}
	p1 := &layout.Page{Number: 1, W: 595, H: 842, Label: "Бет", Blocks: []layout.Block{
		{Role: layout.RoleTitle, Y: 30, H: 14, Lines: []layout.Line{{Text: "Журнал", Size: 11, Style: layout.Bold}}},
		{Role: layout.RoleTable, Y: 50, Table: &layout.Fragment{Edges: edges, Rows: []layout.Row{hdr}}},
	}}
	p2 := &layout.Page{Number: 2, W: 595, H: 842, Label: "Бет", Blocks: []layout.Block{
		{Role: layout.RoleTable, Y: 30, Table: &layout.Fragment{Edges: edges}},
		{Role: layout.RolePageNumber, Y: 800, H: 10, Lines: []layout.Line{{Text: "Бет 2", Size: 8}}},
	}}
	rep := hdr
	rep.Repeat = true
	p2.Blocks[0].Table.Rows = append(p2.Blocks[0].Table.Rows, rep)
	t1, t2 := p1.Blocks[1].Table, p2.Blocks[0].Table
	for i := 1; i <= n; i++ {
		if i <= n/2 {
			t1.Rows = append(t1.Rows, row(i))
		} else {
			t2.Rows = append(t2.Rows, row(i))
		}
	}
	return []*layout.Page{p1, p2}
}

func write(t *testing.T, ps []*layout.Page) []byte {
	t.Helper()
	w, err := New(Config{Sheets: []string{"S"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		if err := w.Page(p); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := w.Close(&buf); err != nil {
		t.Fatal(err)
	}
	if err := w.Page(ps[0]); !errors.Is(err, ErrState) {
		t.Errorf("Page after Close: %v, want ErrState", err)
	}
	return buf.Bytes()
}

func TestRowsAndBreaks(t *testing.T) {
	data := write(t, pages(6))
	if !bytes.Equal(data, write(t, pages(6))) {
		t.Error("the same pages give different bytes")
	}
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("S", excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	// The title, the header once (not repeated), six entries; no page
	// number.
	if len(rows) != 8 || rows[0][0] != "Журнал" || rows[1][0] != "Тақырып" || rows[2][1] != "45666" || rows[7][0] != "6" {
		t.Errorf("rows = %q", rows)
	}
	merges, _ := f.GetMergeCells("S")
	if len(merges) != 2 || merges[0].GetStartAxis() != "A1" || merges[1].GetEndAxis() != "B2" {
		t.Errorf("merges = %v", merges)
	}
	titles := ""
	for _, n := range f.GetDefinedName() {
		titles = n.RefersTo
	}
	if titles != "'S'!$2:$2" {
		t.Errorf("print titles %q", titles)
	}
	// The second page starts at the fourth entry, row 6.
	if brk := rowBreaksOf(t, data); brk != `<brk id="5"` {
		t.Errorf("row breaks %q", brk)
	}
}

func rowBreaksOf(t *testing.T, data []byte) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, zf := range zr.File {
		if zf.Name == "xl/worksheets/sheet1.xml" {
			rc, _ := zf.Open()
			b, _ := io.ReadAll(rc)
			rc.Close()
			return strings.Join(regexp.MustCompile(`<brk id="\d+"`).FindAllString(string(b), -1), " ")
		}
	}
	return ""
}

// doc is a one-page document on paper w by h (the sheet paper): a title, a table of fields
// (label and value) without a header, 8 pt below it a table of three
// columns whose middle edge is the fields' edge, and 8 pt below it an
// indented line.
func doc(w, h float64, paper layout.Paper) []*layout.Page {
	cell := func(col, span int, text string, v layout.Value) layout.Cell {
		return layout.Cell{Col: col, Span: span, RowSpan: 1, Lines: []layout.Line{{Text: text, Size: 8}}, Value: v}
	}
	born := layout.Value{Kind: layout.ValueDate, Date: time.Date(1985, 6, 15, 0, 0, 0, 0, time.UTC)}
	due := layout.Value{Kind: layout.ValueDate, Date: time.Date(2025, 9, 30, 0, 0, 0, 0, time.UTC)}
	fields := &layout.Fragment{Edges: []float64{34, 215, 396}, Rows: []layout.Row{
		{Kind: layout.RowHeader, Y: 40},
		{Kind: layout.RowEntry, Y: 40, H: 20, Cells: []layout.Cell{cell(0, 1, "Туған күні", layout.Value{}), cell(1, 1, "15.06.1985", born)}},
	}}
	items := &layout.Fragment{Edges: []float64{34, 60, 215, 396}, Rows: []layout.Row{
		{Kind: layout.RowHeader, Y: 68, H: 12, Cells: []layout.Cell{cell(0, 1, "№", layout.Value{}), cell(1, 2, "Іс-шара", layout.Value{})}},
		{Kind: layout.RowEntry, Entry: 1, Y: 80, H: 12, Cells: []layout.Cell{
			cell(0, 1, "1", layout.Value{Kind: layout.ValueInt, Int: 1}), cell(1, 1, "x", layout.Value{Kind: layout.ValueText, Text: "x"}), cell(2, 1, "30.09.2025", due),
		}},
	}}
	return []*layout.Page{{Number: 1, W: w, H: h, Paper: paper, Margins: layout.Margins{Top: 20, Right: 23.5, Bottom: 20, Left: 34}, Blocks: []layout.Block{
		{Role: layout.RoleTitle, X: 34, Y: 20, W: 362, H: 12, Align: layout.Center, Lines: []layout.Line{{Text: "Анықтама", Size: 9, Style: layout.Bold}}},
		{Role: layout.RoleTable, X: 34, Y: 40, W: 362, H: 20, Table: fields},
		{Role: layout.RoleTable, X: 34, Y: 68, W: 362, H: 24, Table: items},
		{Role: layout.RoleText, X: 64, Y: 100, W: 332, H: 8, Lines: []layout.Line{{Text: "(қолы / подпись)", Size: 6.5}}},
	}}}
}

func writeDocs(t *testing.T) []byte {
	t.Helper()
	w, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Document("1 a5", doc(419.5, 595.3, layout.Paper{Name: "A5"})); err != nil {
		t.Fatal(err)
	}
	if err := w.Document("2 a4", doc(841.9, 595.3, layout.Paper{Name: "A4", Landscape: true})); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := w.Close(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestDocument writes two finished documents, a sheet each.
func TestDocument(t *testing.T) {
	data := writeDocs(t)
	if !bytes.Equal(data, writeDocs(t)) {
		t.Error("the same documents give different bytes")
	}
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); len(got) != 2 || got[0] != "1 a5" || got[1] != "2 a4" {
		t.Fatalf("sheets %q", got)
	}
	for i, want := range []struct {
		paper  int
		orient string
	}{{11, "portrait"}, {9, "landscape"}} {
		sheet := f.GetSheetList()[i]
		pl, _ := f.GetPageLayout(sheet)
		if *pl.Size != want.paper || *pl.Orientation != want.orient {
			t.Errorf("%s: paper %d %s, want %d %s", sheet, *pl.Size, *pl.Orientation, want.paper, want.orient)
		}
		if hf, _ := f.GetHeaderFooter(sheet); hf != nil && hf.OddFooter != "" {
			t.Errorf("%s: footer %q on pages without numbers", sheet, hf.OddFooter)
		}
		if v, _ := f.GetSheetView(sheet, 0); v.ShowGridLines == nil || *v.ShowGridLines {
			t.Errorf("%s: grid lines shown", sheet)
		}
	}
	rows, _ := f.GetRows("1 a5", excelize.Options{RawCellValue: true})
	// The title; the field (no row for the empty header), its value in
	// the third column; 8 pt of space; the items' header and entry; 8 pt
	// of space; the indented line.
	if len(rows) != 7 || rows[1][0] != "Туған күні" || rows[1][2] != "31213" || len(rows[2]) != 0 ||
		rows[3][1] != "Іс-шара" || rows[4][0] != "1" || rows[4][2] != "45930" || len(rows[5]) != 0 ||
		rows[6][0] != "(қолы / подпись)" {
		t.Errorf("rows = %q", rows)
	}
	for _, r := range []int{3, 6} {
		if h, _ := f.GetRowHeight("1 a5", r); h != 8.25 {
			t.Errorf("the space of row %d is %v pt high, want 8.25", r, h)
		}
	}
	// The columns are the edges of both tables: 34, 60, 215, 396.
	merges, _ := f.GetMergeCells("1 a5")
	var got []string
	for _, m := range merges {
		got = append(got, m.GetStartAxis()+":"+m.GetEndAxis())
	}
	if strings.Join(got, " ") != "A1:C1 A2:B2 B4:C4 A7:C7" {
		t.Errorf("merges %q", got)
	}
	if typ, _ := f.GetCellType("1 a5", "C2"); typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
		t.Error("the date is text")
	}
	if s, _ := f.GetCellStyle("1 a5", "A7"); s == 0 {
		t.Error("the indented line has no style")
	} else if st, _ := f.GetStyle(s); st.Alignment == nil || st.Alignment.Indent != 4 {
		t.Errorf("the line 30 pt in is indented %+v, want 4 steps", st.Alignment)
	}
	var areas []string
	for _, n := range f.GetDefinedName() {
		areas = append(areas, n.Name+" "+n.RefersTo)
	}
	if strings.Join(areas, "; ") != "_xlnm.Print_Area '1 a5'!$A$1:$C$7; _xlnm.Print_Area '2 a4'!$A$1:$C$7" {
		t.Errorf("defined names %q", areas)
	}
}

// TestMisfitColumns checks that a table whose edges do not fit the
// sheet's columns is an error, not a broken workbook.
func TestMisfitColumns(t *testing.T) {
	ps := pages(2)
	ps[1].Blocks[0].Table.Edges = []float64{50, 60, 70}
	w, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Abort(nil)
	err = w.Page(ps[0])
	if err == nil {
		err = w.Page(ps[1])
	}
	if err == nil || !strings.Contains(err.Error(), "does not fit") {
		t.Errorf("err = %v", err)
	}
}
