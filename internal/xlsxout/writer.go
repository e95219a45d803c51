package xlsxout

import (
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"

	"github.com/msedocs/msedocs/internal/layout"
	"github.com/xuri/excelize/v2"
)

// maxRowHeight is the tallest row a spreadsheet allows, in points.
const maxRowHeight = 409

// maxBreaks is the most manual page breaks a spreadsheet keeps on a sheet.
const maxBreaks = 1000

// gridPt is a pixel at 96 dpi, in points: spreadsheets draw row heights
// in whole pixels.
const gridPt = 0.75

// styleMemo is a style key and its ID.
type styleMemo struct {
	k  styleKey
	id int
}

// span is a run of sheet rows, first to last.
type span struct{ first, last int }

// sheet is the state of the worksheet being written.
type sheet struct {
	name      string
	sw        *excelize.StreamWriter
	row       int // the last row written
	firstPage int // the number of its first printed page
	margins   Margins
	label     string // printed before the page number in the footer
	paper     int    // the spreadsheet code of the pages' paper
	landscape bool   // the pages are wider than tall
	// fixed marks a finished document (Writer.Document): it keeps the
	// blank space below a table, shows no grid lines and prints the
	// cells written. A journal's sheet is open: rows are added by hand.
	fixed bool
	// numbered is set when its pages carry page numbers; the footer
	// prints them.
	numbered bool
	// Rows of its first table's header: print titles and frozen panes.
	titleFirst, titleLast int
	// breaks are the rows that start a printed page.
	breaks []int
	// blank are the empty ruled rows, for data validation.
	blank []span
	// inputs are, per sheet column, what its empty ruled cells accept,
	// as the layout gave it (nil: anything).
	inputs []*layout.Input
	// Row heights are set on the pixel grid, with the rounding carried
	// from row to row so that a page's rows add up as in the layout.
	cum, cumQ float64
	// heights are the heights of the rows written for the page being
	// written, kept for a finished document's sheet only: pictures are
	// placed over them (see figure).
	heights []float64
	// figureBottom is where the last picture placed ends on the page, in
	// its points; 0 none.
	figureBottom float64
}

// Writer turns layout pages into the rows of worksheets. Call Page for
// every page of a journal in order, or Document for each finished
// document, then Close once.
type Writer struct {
	cfg    Config
	f      *excelize.File
	sh     *sheet
	sheets int // sheets begun
	named  int // names of Config.Sheets used
	styles map[styleKey]int
	lists  map[*layout.Input]string // the reference of each drop-down list
	// running is the running value of the cell being written, its
	// columns those of the sheet, when isRunning.
	running   layout.Running
	isRunning bool
	grid      []float64 // x of the column edges of the sheet, in points
	cols      []string  // column names: A, B, …
	closed    bool

	// The table being written.
	inHeader bool
	prevBody int   // sheet row of the table's previous body row; 0 none
	covered  []int // per column: style of a cell merged down from the row above
	next     []int // covered, being set for the row below

	// pageStart is set until the first row of a page is written.
	pageStart bool
	// An entry split across pages, held until its last part is seen.
	pend      *layout.Row
	pendEdges []float64 // the edges of its table
	pendH     float64
	pendExt   [][]layout.Line // lines of later parts, per cell
	pendBreak bool

	// memo is the last style of each column.
	memo []styleMemo
	// Scratch space reused for every row.
	vals  []any
	cells []excelize.Cell
	ref   []byte
}

// firstSheet is the name of the sheet a new workbook has.
const firstSheet = "Sheet1"

// New starts a workbook.
func New(cfg Config) (*Writer, error) {
	if cfg.Font == "" {
		cfg.Font = "Times New Roman"
	}
	if cfg.BodySize == 0 {
		cfg.BodySize = 10
	}
	f := excelize.NewFile()
	// Column widths are counted in digits of the default font: one with
	// the same metrics everywhere keeps them as the layout set them.
	if err := f.SetDefaultFont(cfg.Font); err != nil {
		return nil, errors.Join(fmt.Errorf("xlsx: %w", err), f.Close())
	}
	return &Writer{cfg: cfg, f: f, styles: map[styleKey]int{}, lists: map[*layout.Input]string{}}, nil
}

// Page writes the rows of one page. Each sheet breaks its printed pages
// where the layout did, so the workbook prints page for page like the PDF
// and the page count the certification states holds for it too. A
// section that the layout begins on a new page begins a new sheet, while
// Config.Sheets has names left, so that each section has its own header
// rows to print on its pages. A sheet's columns are the edges of the
// tables on its first page; a later table must fit them.
func (w *Writer) Page(p *layout.Page) error {
	if w.closed {
		return ErrState
	}
	switch {
	case w.sh == nil:
		if err := w.openSheet(w.nextName(), false, []*layout.Page{p}); err != nil {
			return err
		}
	case w.named < len(w.cfg.Sheets) && p.StartsSection:
		if err := w.endSheet(); err != nil {
			return err
		}
		if err := w.openSheet(w.nextName(), false, []*layout.Page{p}); err != nil {
			return err
		}
	default:
		w.pageStart = true
	}
	return w.blocks(p)
}

// Document writes the pages of one finished document, laid out with
// margins m, as a worksheet of its own named name (Excel allows 31
// characters). Its columns are the edges of every table on the pages. It
// is printed as it stands: the blank space between a table and the block
// below it is kept as an empty row, grid lines are hidden and the print
// area is the cells written. Pages given to Page after it begin a new
// sheet.
func (w *Writer) Document(name string, pages []*layout.Page) error {
	if w.closed {
		return ErrState
	}
	if len(pages) == 0 {
		return fmt.Errorf("xlsx: %s: no pages", name)
	}
	if err := w.endSheet(); err != nil {
		return err
	}
	if err := w.openSheet(name, true, pages); err != nil {
		return err
	}
	for i, p := range pages {
		w.pageStart = i > 0
		if err := w.blocks(p); err != nil {
			return err
		}
	}
	return w.endSheet()
}

// nextName names the next sheet begun by Page.
func (w *Writer) nextName() string {
	if w.named < len(w.cfg.Sheets) {
		w.named++
		return w.cfg.Sheets[w.named-1]
	}
	return "Sheet" + strconv.Itoa(w.sheets+1)
}

// blocks writes the blocks of page p into the open sheet.
func (w *Writer) blocks(p *layout.Page) error {
	end := 0.0 // where the table written last on the page ends; 0 none
	for i := range p.Blocks {
		blk := &p.Blocks[i]
		if skipped(blk.Role) {
			w.sh.numbered = w.sh.numbered || blk.Role == layout.RolePageNumber
			continue
		}
		if done, err := w.figure(p, blk); done || err != nil {
			if err != nil {
				return err
			}
			continue
		}
		if gap := blk.Y - end; w.sh.fixed && end > 0 && gap > gapMin {
			if err := w.flushPending(); err != nil {
				return err
			}
			if err := w.space(gap); err != nil {
				return err
			}
		}
		end = 0
		if blk.Table != nil {
			if err := w.fragment(blk.Table); err != nil {
				return err
			}
			end = blk.Y + blk.H
			continue
		}
		if err := w.flushPending(); err != nil {
			return err
		}
		if err := w.para(blk, paraHeight(p, i)); err != nil {
			return err
		}
	}
	return nil
}

// gapMin is the least blank space below a table that a document keeps
// as a row, in points.
const gapMin = 0.5

// skipped reports blocks that exist only because of pagination.
func skipped(r layout.Role) bool {
	return r == layout.RolePageNumber || r == layout.RoleContinued
}

// empty reports a row that prints nothing: the header of a table without
// one.
func empty(r *layout.Row) bool { return len(r.Cells) == 0 && r.H <= 0 }

// paraHeight is the height of the row for paragraph i of p: down to the
// next block, so the spaces between paragraphs stay as on paper.
func paraHeight(p *layout.Page, i int) float64 {
	blk := &p.Blocks[i]
	h := blk.H
	for j := i + 1; j < len(p.Blocks); j++ {
		nb := &p.Blocks[j]
		if skipped(nb.Role) {
			continue
		}
		if gap := nb.Y - blk.Y; gap > h {
			h = gap
		}
		break
	}
	return h
}

// openSheet begins a sheet for pages, with the first page's margins and label, and sets
// what must precede its first row: column widths, frozen panes, the grid
// lines. The columns are the edges of the tables on pages; its header rows
// are those of the first table on the first page.
func (w *Writer) openSheet(name string, fixed bool, pages []*layout.Page) error {
	m := pages[0].Margins
	var err error
	if w.sheets == 0 {
		if name != firstSheet {
			err = w.f.SetSheetName(firstSheet, name)
		}
	} else {
		_, err = w.f.NewSheet(name)
	}
	if err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	w.sheets++
	// The sheet's properties and view are written when its stream opens
	// and its first row is written, so they must be set first.
	fit := true
	if err := w.f.SetSheetProps(name, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	if fixed {
		lines := false
		if err := w.f.SetSheetView(name, 0, &excelize.ViewOptions{ShowGridLines: &lines}); err != nil {
			return fmt.Errorf("xlsx: %w", err)
		}
	}
	sw, err := w.f.NewStreamWriter(name)
	if err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	p := pages[0]
	w.sh = &sheet{name: name, sw: sw, firstPage: p.Number, margins: m, label: p.Label,
		paper: paperCode(p.Paper), landscape: p.Paper.Landscape, fixed: fixed}
	w.pageStart = false
	if err := w.setColumns(m, pages); err != nil {
		return err
	}
	w.endTable()
	for i := range w.cols {
		if err := sw.SetColWidth(i+1, i+1, colWidth(w.grid[i+1]-w.grid[i])); err != nil {
			return fmt.Errorf("xlsx: %w", err)
		}
	}
	paras, header := 0, 0
	for i := range p.Blocks {
		blk := &p.Blocks[i]
		if skipped(blk.Role) {
			continue
		}
		if blk.Table == nil {
			paras++
			continue
		}
		for j := range blk.Table.Rows {
			r := &blk.Table.Rows[j]
			if empty(r) {
				continue
			}
			if r.Repeat || (r.Kind != layout.RowHeader && r.Kind != layout.RowNumbers) {
				break
			}
			header++
		}
		break
	}
	if header > 0 {
		w.sh.titleFirst, w.sh.titleLast = paras+1, paras+header
		top := w.cellRef(0, w.sh.titleLast+1)
		err := sw.SetPanes(&excelize.Panes{
			Freeze: true, YSplit: w.sh.titleLast, TopLeftCell: top, ActivePane: "bottomLeft",
			Selection: []excelize.Selection{{SQRef: top, ActiveCell: top, Pane: "bottomLeft"}},
		})
		if err != nil {
			return fmt.Errorf("xlsx: %w", err)
		}
	}
	return nil
}

// edgeMin is the narrowest column a sheet has, in points: table edges
// closer than that are one.
const edgeMin = 1.0

// setColumns takes the sheet's columns from the edges of the tables on
// pages, or from the margins m when they have none.
func (w *Writer) setColumns(m Margins, pages []*layout.Page) error {
	var xs []float64
	for _, pg := range pages {
		for i := range pg.Blocks {
			if t := pg.Blocks[i].Table; t != nil {
				xs = append(xs, t.Edges...)
			}
		}
	}
	sort.Float64s(xs)
	w.grid = w.grid[:0]
	for _, x := range xs {
		if len(w.grid) == 0 || x-w.grid[len(w.grid)-1] >= edgeMin {
			w.grid = append(w.grid, x)
		}
	}
	if len(w.grid) < 2 {
		w.grid = append(w.grid[:0], m.Left, pages[0].W-m.Right)
	}
	n := len(w.grid) - 1
	w.cols = make([]string, n)
	w.covered = make([]int, n)
	w.next = make([]int, n)
	w.vals = make([]any, n)
	w.cells = make([]excelize.Cell, n)
	w.memo = make([]styleMemo, n)
	for i := range n {
		name, err := excelize.ColumnNumberToName(i + 1)
		if err != nil {
			return fmt.Errorf("xlsx: %w", err)
		}
		w.cols[i] = name
	}
	return nil
}

// gridCol returns the index of the sheet's column edge nearest x: the
// column that begins there, or for the last edge one past the last
// column.
func (w *Writer) gridCol(x float64) int {
	g := w.grid
	i := sort.SearchFloat64s(g, x)
	if i == len(g) || (i > 0 && x-g[i-1] < g[i]-x) {
		i--
	}
	return i
}

// digitPx is the width in pixels at 96 dpi of a digit of the workbook's
// default font (Times New Roman 11), the unit of column widths.
const digitPx = 7

// colWidth converts a width in points to a spreadsheet column width, in
// digits of the default font, padding included.
func colWidth(pt float64) float64 {
	wd := pt * 96 / 72 / digitPx
	return float64(int(wd*256+0.5)) / 256
}

// cellRef returns the name of the cell at column col (from 0) and row.
func (w *Writer) cellRef(col, row int) string {
	w.ref = append(w.ref[:0], w.cols[col]...)
	w.ref = strconv.AppendInt(w.ref, int64(row), 10)
	return string(w.ref)
}

// para writes a paragraph as one row merged across the table.
func (w *Writer) para(blk *layout.Block, h float64) error {
	w.endTable()
	k := styleKey{align: blk.Align, size: sizeKey(w.cfg.BodySize)}
	if len(blk.Lines) > 0 {
		k.size, k.bold = sizeKey(blk.Lines[0].Size), blk.Lines[0].Style == layout.Bold
	}
	if blk.Align == layout.Left {
		k.indent = indentOf(blk.X - w.grid[0])
	}
	id, err := w.style(k)
	if err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	w.startRow()
	clear(w.vals)
	w.cells[0] = excelize.Cell{StyleID: id, Value: joinLines(blk.Lines, "\n", nil)}
	w.vals[0] = &w.cells[0]
	if err := w.setRow(h); err != nil {
		return err
	}
	if len(w.cols) > 1 {
		if err := w.sh.sw.MergeCell(w.cellRef(0, w.sh.row), w.cellRef(len(w.cols)-1, w.sh.row)); err != nil {
			return fmt.Errorf("xlsx: %w", err)
		}
	}
	return nil
}

// space writes an empty row h points high, the blank space between two
// blocks.
func (w *Writer) space(h float64) error {
	w.endTable()
	w.startRow()
	clear(w.vals)
	return w.setRow(h)
}

// startRow moves to the next row, noting a page break before it if it
// is the first of a page.
func (w *Writer) startRow() {
	w.sh.row++
	if w.pageStart {
		w.pageStart = false
		w.sh.breaks = append(w.sh.breaks, w.sh.row)
		w.sh.cum, w.sh.cumQ = 0, 0
		w.sh.heights, w.sh.figureBottom = w.sh.heights[:0], 0
	}
}

// setRow writes w.vals as the current row, h points high.
func (w *Writer) setRow(h float64) error {
	sh := w.sh
	sh.cum += h
	q := math.Round(sh.cum/gridPt) * gridPt
	h, sh.cumQ = min(max(q-sh.cumQ, gridPt), maxRowHeight), q
	if sh.fixed {
		sh.heights = append(sh.heights, h)
	}
	if err := sh.sw.SetRow(w.cellRef(0, sh.row), w.vals, excelize.RowOpts{Height: h}); err != nil {
		return fmt.Errorf("xlsx: %s row %d: %w", sh.name, sh.row, err)
	}
	return nil
}

// endTable forgets the table being written.
func (w *Writer) endTable() {
	w.inHeader = false
	w.prevBody = 0
	clear(w.covered)
}

// joinLines returns the lines' text joined by sep, with the lines of more
// (later parts of a split cell) after them.
func joinLines(lines []layout.Line, sep string, more []layout.Line) string {
	if len(lines) == 1 && len(more) == 0 {
		return lines[0].Text
	}
	n := 0
	for _, l := range lines {
		n += len(l.Text) + len(sep)
	}
	for _, l := range more {
		n += len(l.Text) + len(sep)
	}
	b := make([]byte, 0, n)
	for _, ls := range [2][]layout.Line{lines, more} {
		for _, l := range ls {
			if len(b) > 0 {
				b = append(b, sep...)
			}
			b = append(b, l.Text...)
		}
	}
	return string(b)
}

// closeSheet sets the sheet up for printing and ends its stream.
// Everything stored in the worksheet must be set before Flush, which
// writes it out once.
func (w *Writer) closeSheet() error {
	if err := w.printSetup(); err != nil {
		return err
	}
	if len(w.sh.breaks) <= maxBreaks {
		for _, row := range w.sh.breaks {
			if err := w.sh.sw.InsertPageBreak(w.cellRef(0, row)); err != nil {
				return fmt.Errorf("xlsx: %w", err)
			}
		}
	}
	if err := w.validations(); err != nil {
		return err
	}
	if err := w.printArea(); err != nil {
		return err
	}
	if err := w.sh.sw.Flush(); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	return nil
}

// endSheet writes what is pending and closes the open sheet, if any.
func (w *Writer) endSheet() error {
	if w.sh == nil {
		return nil
	}
	if err := w.flushPending(); err != nil {
		return err
	}
	err := w.closeSheet()
	w.sh = nil
	return err
}

// Close finishes the last sheet and writes the workbook to out. The
// Writer cannot be used after.
func (w *Writer) Close(out io.Writer) (err error) {
	if w.closed {
		return ErrState
	}
	w.closed = true
	defer func() {
		if cerr := w.f.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("xlsx: %w", cerr)
		}
	}()
	if w.sheets == 0 {
		return fmt.Errorf("xlsx: no pages")
	}
	if err := w.endSheet(); err != nil {
		return err
	}
	if err := w.props(); err != nil {
		return err
	}
	// excelize builds the whole archive in a buffer before it copies it
	// out; the archive goes straight to out instead, so the file is never
	// held in memory.
	w.f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return newOrderedZip(out, w.sheets) })
	if err := w.f.Write(io.Discard); err != nil {
		return fmt.Errorf("xlsx: write: %w", err)
	}
	return nil
}

// Abort drops the workbook without writing it, after err: it returns
// err, joined with the error of removing the workbook's temporary files
// if there is one.
func (w *Writer) Abort(err error) error {
	if w.closed {
		return err
	}
	w.closed = true
	if cerr := w.f.Close(); cerr != nil {
		return errors.Join(err, fmt.Errorf("xlsx: %w", cerr))
	}
	return err
}
