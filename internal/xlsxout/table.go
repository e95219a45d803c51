package xlsxout

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/msedocs/msedocs/internal/layout"
	"github.com/xuri/excelize/v2"
)

// fragment writes the rows of a table's part on one page.
func (w *Writer) fragment(t *layout.Fragment) error {
	for i := range t.Rows {
		r := &t.Rows[i]
		if r.Repeat || empty(r) {
			continue
		}
		if r.Part > 1 && w.pend != nil && w.pend.Entry == r.Entry && w.pend.Kind == r.Kind {
			w.pageStart = false // the entry goes on; its row is already placed
			w.pendH += r.H
			for ci := range r.Cells {
				if ci < len(w.pendExt) {
					w.pendExt[ci] = append(w.pendExt[ci], r.Cells[ci].Lines...)
				}
			}
			continue
		}
		if err := w.flushPending(); err != nil {
			return err
		}
		if r.Part > 0 {
			w.pendBreak, w.pageStart = w.pageStart, false
			w.pend, w.pendEdges, w.pendH = r, t.Edges, r.H
			w.pendExt = w.pendExt[:0]
			for range r.Cells {
				w.pendExt = append(w.pendExt, nil)
			}
			continue
		}
		if err := w.tableRow(r, t.Edges, r.H, nil); err != nil {
			return err
		}
	}
	return nil
}

// flushPending writes the split entry held back, as one row.
func (w *Writer) flushPending() error {
	if w.pend == nil {
		return nil
	}
	r := w.pend
	w.pend = nil
	// The row stands where its first part stood; a page begun since
	// then begins after it.
	next := w.pageStart
	w.pageStart, w.pendBreak = w.pendBreak, false
	err := w.tableRow(r, w.pendEdges, w.pendH, w.pendExt)
	w.pageStart = next
	return err
}

// tableRow writes one row of a table whose column borders are edges. Its
// cells go into the sheet columns between the grid edges nearest their
// own. more holds, per cell, the lines of the later parts of a split
// entry.
func (w *Writer) tableRow(r *layout.Row, edges []float64, h float64, more [][]layout.Line) error {
	header := r.Kind == layout.RowHeader || r.Kind == layout.RowNumbers
	if header && !w.inHeader {
		w.endTable() // a new table begins
	}
	w.inHeader = header
	w.startRow()
	row := w.sh.row
	clear(w.vals)
	clear(w.next)
	// Cells merged down from the header row above keep their borders.
	for c, id := range w.covered {
		if id != 0 {
			w.cells[c] = excelize.Cell{StyleID: id}
			w.vals[c] = &w.cells[c]
		}
	}
	free := 0 // the first column no cell of the row has taken
	for ci := range r.Cells {
		c := &r.Cells[ci]
		if c.Col < 0 || c.Col >= len(edges)-1 {
			return fmt.Errorf("xlsx: %s row %d: cell in column %d of %d", w.sh.name, row, c.Col+1, len(edges)-1)
		}
		col := w.gridCol(edges[c.Col])
		last := max(w.gridCol(edges[min(c.Col+max(c.Span, 1), len(edges)-1)])-1, col)
		if col < free || last >= len(w.cols) {
			return fmt.Errorf("xlsx: %s row %d: cell in column %d does not fit the sheet's columns", w.sh.name, row, c.Col+1)
		}
		free = last + 1
		var ext []layout.Line
		if ci < len(more) {
			ext = more[ci]
		}
		w.setRunning(c.Running, edges)
		cell, err := w.content(r.Kind, col, c, ext)
		if err != nil {
			return err
		}
		if r.Kind == layout.RowBlank && c.Input != nil {
			w.sh.setInput(col, c.Input)
		}
		w.cells[col] = cell
		w.vals[col] = &w.cells[col]
		// Every cell a merge covers carries the border, or the border
		// vanishes where the merge is drawn.
		for k := col + 1; k <= last; k++ {
			w.cells[k] = excelize.Cell{StyleID: cell.StyleID}
			w.vals[k] = &w.cells[k]
		}
		if c.RowSpan > 1 {
			for k := col; k <= last; k++ {
				w.next[k] = cell.StyleID
			}
		}
		if last > col || c.RowSpan > 1 {
			to := w.cellRef(last, row+max(c.RowSpan, 1)-1)
			if err := w.sh.sw.MergeCell(w.cellRef(col, row), to); err != nil {
				return fmt.Errorf("xlsx: %w", err)
			}
		}
	}
	w.covered, w.next = w.next, w.covered
	if err := w.setRow(h); err != nil {
		return err
	}
	switch r.Kind {
	case layout.RowBlank:
		if n := len(w.sh.blank); n > 0 && w.sh.blank[n-1].last == row-1 {
			w.sh.blank[n-1].last = row
		} else {
			w.sh.blank = append(w.sh.blank, span{row, row})
		}
		w.prevBody = row
	case layout.RowEntry, layout.RowOpening:
		w.prevBody = row
	}
	return nil
}

// content makes the spreadsheet cell of a layout cell that begins in
// sheet column col.
func (w *Writer) content(kind layout.RowKind, col int, c *layout.Cell, more []layout.Line) (excelize.Cell, error) {
	k := styleKey{border: true, align: c.Align, size: sizeKey(w.cfg.BodySize)}
	if len(c.Lines) > 0 {
		k.size, k.bold = sizeKey(c.Lines[0].Size), c.Lines[0].Style == layout.Bold
	}
	var cell excelize.Cell
	switch kind {
	case layout.RowHeader:
		k.middle = true
		if len(c.Lines) > 0 {
			cell.Value = joinLines(c.Lines, "\n", nil)
		}
	case layout.RowNumbers:
		k.middle = true
		cell.Value = c.Value.Int
	default:
		if err := w.bodyValue(kind, col, c, more, &k, &cell); err != nil {
			return cell, err
		}
	}
	// Rows of a column mostly share a style: ask the map only on change.
	m := &w.memo[col]
	if m.id == 0 || m.k != k {
		id, err := w.style(k)
		if err != nil {
			return cell, fmt.Errorf("xlsx: %w", err)
		}
		m.k, m.id = k, id
	}
	cell.StyleID = m.id
	return cell, nil
}

// bodyValue sets the typed value of a body cell in sheet column col and
// its number format.
func (w *Writer) bodyValue(kind layout.RowKind, col int, c *layout.Cell, more []layout.Line, k *styleKey, cell *excelize.Cell) error {
	v := &c.Value
	switch v.Kind {
	case layout.ValueText:
		cell.Value = v.Text
	case layout.ValueDate:
		k.numFmt = fmtDate
		cell.Value = serial(v.Date)
	case layout.ValueInt:
		k.numFmt = fmtInt
		if len(c.Lines) == 0 {
			break // a zero left blank, as a ledger has it
		}
		text := joinLines(c.Lines, " ", more)
		n := strconv.Itoa(v.Int)
		switch {
		case text == n:
			cell.Value = v.Int
		case v.Unit != "" && text == n+v.Unit && !strings.ContainsAny(v.Unit, `"\`):
			// A number printed with its unit, e.g. «45%»: the cell stays
			// a number and the format adds the unit.
			k.numFmt = `0"` + v.Unit + `"`
			cell.Value = v.Int
		default:
			k.numFmt = fmtGeneral
			cell.Value = text
		}
	case layout.ValueBalance:
		k.numFmt = fmtInt
		cell.Value = v.Int
		if w.isRunning {
			cell.Formula = w.balanceFormula(col, w.running, false)
		}
	default:
		if kind == layout.RowBlank && w.isRunning {
			k.numFmt = fmtInt
			cell.Formula = w.balanceFormula(col, w.running, true)
			break
		}
		if len(c.Lines) > 0 || len(more) > 0 {
			cell.Value = joinLines(c.Lines, " ", more)
		}
	}
	return nil
}

// setRunning sets the running value of the cell about to be written,
// its table columns turned into the sheet's; nil (or columns off the
// table) clears it.
func (w *Writer) setRunning(rn *layout.Running, edges []float64) {
	w.isRunning = rn != nil && rn.Plus >= 0 && rn.Minus >= 0 && rn.Plus < len(edges)-1 && rn.Minus < len(edges)-1
	if w.isRunning {
		w.running = layout.Running{Plus: w.gridCol(edges[rn.Plus]), Minus: w.gridCol(edges[rn.Minus])}
	}
}

// balanceFormula is the running value of sheet column col in the current
// row: the value above plus sheet column r.Plus less r.Minus. In an
// empty ruled row it stays empty until the row is filled.
func (w *Writer) balanceFormula(col int, r layout.Running, blank bool) string {
	row := w.sh.row
	rec, iss := w.cellRef(r.Plus, row), w.cellRef(r.Minus, row)
	if w.prevBody == 0 {
		if blank {
			return fmt.Sprintf(`IF(COUNT(%s:%s)=0,"",%s-%s)`, rec, iss, rec, iss)
		}
		return rec + "-" + iss
	}
	prev := w.cellRef(col, w.prevBody)
	if blank {
		return fmt.Sprintf(`IF(COUNT(%s:%s)=0,"",N(%s)+%s-%s)`, rec, iss, prev, rec, iss)
	}
	return prev + "+" + rec + "-" + iss
}

// serial returns a date as a spreadsheet day number (1900 date system).
func serial(t time.Time) int {
	d := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC).Unix()
	epoch := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).Unix()
	if d < time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC).Unix() {
		// The 1900 system counts a 29 February 1900 that never was.
		epoch += 86400
	}
	return int((d - epoch) / 86400)
}
