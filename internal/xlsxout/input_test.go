package xlsxout

import (
	"bytes"
	"testing"

	"github.com/msedocs/msedocs/internal/layout"
	"github.com/xuri/excelize/v2"
)

// TestInputs writes empty ruled rows whose cells carry inputs: each
// column becomes a data validation over those rows, and a list goes to
// the hidden list sheet, written once however many sheets use it.
func TestInputs(t *testing.T) {
	date := &layout.Input{Kind: layout.InputDate, Strict: true, Prompt: "Күні / Дата"}
	list := &layout.Input{Kind: layout.InputList, List: []string{"I", "II", "III"}}
	ps := pages(2)
	for _, p := range ps {
		tb := p.Blocks[0].Table
		if tb == nil {
			tb = p.Blocks[1].Table
		}
		for i := 0; i < 3; i++ {
			tb.Rows = append(tb.Rows, layout.Row{Kind: layout.RowBlank, H: 12, Cells: []layout.Cell{
				{Col: 0, Span: 1, RowSpan: 1, Input: date},
				{Col: 1, Span: 1, RowSpan: 1, Input: list},
			}})
		}
	}
	w, err := New(Config{Sheets: []string{"S"}, ListSheet: "L"})
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
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	dvs, err := f.GetDataValidations("S")
	if err != nil {
		t.Fatal(err)
	}
	if len(dvs) != 2 {
		t.Fatalf("%d data validations, want 2", len(dvs))
	}
	if dvs[0].Type != "date" || dvs[0].ErrorStyle == nil || *dvs[0].ErrorStyle != "stop" || dvs[0].Prompt == nil || *dvs[0].Prompt != "Күні / Дата" {
		t.Errorf("column A: %+v", dvs[0])
	}
	if dvs[1].Type != "list" || dvs[1].Formula1 != "'L'!$A$1:$A$3" {
		t.Errorf("column B: type %q, list %q", dvs[1].Type, dvs[1].Formula1)
	}
	if v, _ := f.GetCellValue("L", "B1"); v != "" {
		t.Errorf("list written twice: L!B1 = %q", v)
	}
	if v, _ := f.GetCellValue("L", "A2"); v != "II" {
		t.Errorf("L!A2 = %q, want II", v)
	}
}

// TestRunning writes a running value in an entry row and in an empty
// ruled row: each becomes the formula of the value above plus one column
// less another, the empty one blank until its row is filled.
func TestRunning(t *testing.T) {
	run := &layout.Running{Plus: 0, Minus: 1}
	cell := func(col int, v layout.Value, text string) layout.Cell {
		c := layout.Cell{Col: col, Span: 1, RowSpan: 1, Value: v}
		if text != "" {
			c.Lines = []layout.Line{{Text: text, Size: 9}}
		}
		return c
	}
	bal := cell(2, layout.Value{Kind: layout.ValueBalance, Int: 3}, "3")
	bal.Running = run
	blank := cell(2, layout.Value{}, "")
	blank.Running = run
	p := &layout.Page{Number: 1, W: 595, H: 842, Blocks: []layout.Block{{Role: layout.RoleTable, Y: 30,
		Table: &layout.Fragment{Edges: []float64{50, 100, 150, 200}, Rows: []layout.Row{
			{Kind: layout.RowHeader, H: 12, Cells: []layout.Cell{cell(0, layout.Value{}, "+"), cell(1, layout.Value{}, "−"), cell(2, layout.Value{}, "=")}},
			{Kind: layout.RowEntry, Entry: 1, H: 12, Cells: []layout.Cell{
				cell(0, layout.Value{Kind: layout.ValueInt, Int: 5}, "5"), cell(1, layout.Value{Kind: layout.ValueInt, Int: 2}, "2"), bal}},
			{Kind: layout.RowBlank, H: 12, Cells: []layout.Cell{cell(0, layout.Value{}, ""), cell(1, layout.Value{}, ""), blank}},
		}}}}}
	f, err := excelize.OpenReader(bytes.NewReader(write(t, []*layout.Page{p})))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got, _ := f.GetCellFormula("S", "C2"); got != "A2-B2" {
		t.Errorf("entry: formula %q, want A2-B2", got)
	}
	if got, _ := f.GetCellFormula("S", "C3"); got != `IF(COUNT(A3:B3)=0,"",N(C2)+A3-B3)` {
		t.Errorf("empty ruled row: formula %q", got)
	}
}
