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
