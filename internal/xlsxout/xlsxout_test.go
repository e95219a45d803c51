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
	p1 := &layout.Page{Number: 1, W: 595, H: 842, Blocks: []layout.Block{
		{Role: layout.RoleTitle, Y: 30, H: 14, Lines: []layout.Line{{Text: "Журнал", Size: 11, Style: layout.Bold}}},
		{Role: layout.RoleTable, Y: 50, Table: &layout.Fragment{Edges: edges, Rows: []layout.Row{hdr}}},
	}}
	p2 := &layout.Page{Number: 2, W: 595, H: 842, Blocks: []layout.Block{
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
	w, err := New(Config{Sheets: []string{"S"}, PageLabel: "Бет"})
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
