package layout

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRulesMerge checks that the borders of a 2×2 grid, and of a header
// cell spanning both columns above it, become the fewest whole lines.
func TestRulesMerge(t *testing.T) {
	cell := func(x, w, h float64) Cell { return Cell{X: x, W: w, H: h, Span: 1, RowSpan: 1} }
	rows := []Row{
		{Y: 0, H: 10, Cells: []Cell{{X: 0, W: 30, H: 10, Span: 2, RowSpan: 1}}},
		{Y: 10, H: 10, Cells: []Cell{cell(0, 10, 10), cell(10, 20, 10)}},
		{Y: 20, H: 10, Cells: []Cell{cell(0, 10, 10), cell(10, 20, 10)}},
	}
	want := []Rule{
		{X1: 0, Y1: 0, X2: 30, Y2: 0},
		{X1: 0, Y1: 10, X2: 30, Y2: 10},
		{X1: 0, Y1: 20, X2: 30, Y2: 20},
		{X1: 0, Y1: 30, X2: 30, Y2: 30},
		{X1: 0, Y1: 0, X2: 0, Y2: 30},
		{X1: 10, Y1: 10, X2: 10, Y2: 30}, // not through the spanning cell
		{X1: 30, Y1: 0, X2: 30, Y2: 30},
	}
	if diff := cmp.Diff(want, rules(rows)); diff != "" {
		t.Errorf("rules (-want +got):\n%s", diff)
	}
}
