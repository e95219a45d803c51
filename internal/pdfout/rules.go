package pdfout

import (
	"math"

	"github.com/msedocs/msedocs/internal/layout"
)

// gridRules returns the borders of rows that form a plain grid, the
// same as layout's Fragment.Rules but without sorting every cell's
// edges: every row has the same cells side by side, the rows one under
// another. ok is false for any other rows (spans, a two-level header),
// which are left to Fragment.Rules.
func gridRules(rows []layout.Row, dst []layout.Rule) (out []layout.Rule, ok bool) {
	if len(rows) == 0 || len(rows[0].Cells) == 0 {
		return dst, false
	}
	first := rows[0].Cells
	for j := 1; j < len(first); j++ {
		l, r := &first[j-1], &first[j]
		if !(r.X > l.X) || key(l.X+l.W) != key(r.X) || r.X > l.X+l.W+0.01 {
			return dst, false
		}
	}
	for i := range rows {
		r := &rows[i]
		if len(r.Cells) != len(first) {
			return dst, false
		}
		h := r.Cells[0].H
		for j := range r.Cells {
			c := &r.Cells[j]
			if c.X != first[j].X || c.W != first[j].W || c.H != h {
				return dst, false
			}
		}
		if i > 0 {
			p := &rows[i-1]
			bot := p.Y + p.Cells[0].H
			if !(r.Y > p.Y) || key(bot) != key(r.Y) || r.Y > bot+0.01 || !(r.Y+h >= bot) {
				return dst, false
			}
		}
	}
	left, right := first[0].X, first[0].X+first[0].W
	for _, c := range first {
		right = math.Max(right, c.X+c.W)
	}
	last := &rows[len(rows)-1]
	top, bottom := rows[0].Y, last.Y+last.Cells[0].H
	for i := range rows {
		y := float64(key(rows[i].Y)) / 100
		dst = append(dst, layout.Rule{X1: left, Y1: y, X2: right, Y2: y})
	}
	y := float64(key(bottom)) / 100
	dst = append(dst, layout.Rule{X1: left, Y1: y, X2: right, Y2: y})
	for _, c := range first {
		x := float64(key(c.X)) / 100
		dst = append(dst, layout.Rule{X1: x, Y1: top, X2: x, Y2: bottom})
	}
	l := &first[len(first)-1]
	x := float64(key(l.X+l.W)) / 100
	dst = append(dst, layout.Rule{X1: x, Y1: top, X2: x, Y2: bottom})
	return dst, true
}

// key rounds v to hundredths, as layout merges rules.
func key(v float64) int64 { return int64(math.Round(v * 100)) }
