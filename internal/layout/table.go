package layout

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// Column is one column of a table: its width in points and how its body
// text is aligned.
type Column struct {
	Width float64 // in points
	Align Align   // of the body text
	// Input, when set, is what may be typed into the column's empty
	// ruled rows (FillBlank gives it to their cells).
	Input *Input
	// Running, when set, makes the column's empty ruled cells running
	// values (FillBlank gives it to them).
	Running *Running
}

// HeaderCell is one caption of a table header. Row is 0 for the first
// header level and 1 for the second; a cell of the first level with
// RowSpan 2 covers both.
type HeaderCell struct {
	Row, Col, Span, RowSpan int    // the header level and first column, and what the caption covers
	Text                    string // the caption, in both languages
	Style                   Style  // the face of the caption
}

// TableSpec describes a table: columns, header, sizes.
type TableSpec struct {
	Columns []Column // the columns, left to right
	// Header holds the captions; HeaderRows is 1 or 2.
	Header     []HeaderCell
	HeaderRows int // 1 or 2
	// Numbers adds the row of column numbers 1…N below the captions.
	Numbers bool
	// Font sizes of header captions, column numbers and body text.
	HeaderSize, NumberSize, BodySize float64
	// Pad is the space between a cell's border and its text.
	Pad float64
	// MinRow is the least height of an entry row; BlankRow the height of
	// an empty ruled row.
	MinRow, BlankRow float64
	// Continued returns the marker printed above the rest of an entry
	// carried to the next page.
	Continued func(entry int) string
	// LinesAsValue gives an entry row's cells that have no typed value
	// (labels) their printed lines as a text value, one a line, so that
	// a workbook breaks them where the page does.
	LinesAsValue bool
}

// CellIn is the content of one body cell.
type CellIn struct {
	Text  string // what the cell prints
	Value Value  // its typed value, for a workbook (zero: none)
	// Span is how many columns the cell covers; 0 means 1.
	Span  int
	Align Align // the cell's alignment, overriding its column's when set
	Style Style // the face
	// Input is what may be typed into the cell when it is left empty.
	Input *Input
	// Running makes the cell a running value (see Cell.Running).
	Running *Running
}

type tableState struct {
	spec    *TableSpec
	edges   []float64
	header  []Row // laid out from y = 0
	headerH float64
	// stamp is the header as last stamped, at stampY: a page's copy.
	stamp       []Row
	stampY      float64
	stampRepeat bool
	lead        []Para
	headerSet   bool
	frag        *Fragment
	fragY       float64
	bodyRows    int // body rows on the current page
	// slab is where body rows' cells and lines are cut from
	slab slab
	// scratch for a row being set
	lines []string
	spans []int // per cell: start, end index into lines
}

// BeginTable starts a table. The lead paragraphs (a caption) are kept on
// one page with the header and the first row, so neither a caption nor a
// header stands alone at the foot of a page.
func (b *Builder) BeginTable(spec *TableSpec, lead ...Para) {
	if b.err != nil {
		return
	}
	if b.table != nil {
		b.EndTable()
	}
	t := &tableState{spec: spec, lead: lead}
	x := b.cfg.Left
	t.edges = append(t.edges, x)
	for _, c := range spec.Columns {
		x += c.Width
		t.edges = append(t.edges, x)
	}
	t.layoutHeader(b)
	b.table = t
}

func (t *tableState) span(col, n int) (x, w float64) {
	if n < 1 {
		n = 1
	}
	return t.edges[col], t.edges[col+n] - t.edges[col]
}

// layoutHeader sets the header once, from y = 0; stampHeader copies it.
func (t *tableState) layoutHeader(b *Builder) {
	s := t.spec
	size := s.HeaderSize
	lead := Leading * size
	f := b.face(Regular)
	type laid struct {
		hc    HeaderCell
		lines []string
		h     float64
	}
	cells := make([]laid, len(s.Header))
	levels := max(s.HeaderRows, 1)
	rowH := make([]float64, levels)
	for i, hc := range s.Header {
		_, w := t.span(hc.Col, hc.Span)
		lines := b.wrap(nil, b.face(hc.Style), size, w-2*s.Pad, hc.Text, textAt{role: RoleTable, col: hc.Col + 1})
		h := float64(len(lines))*lead + 2*s.Pad
		cells[i] = laid{hc, lines, h}
		if hc.RowSpan <= 1 {
			rowH[hc.Row] = math.Max(rowH[hc.Row], h)
		}
	}
	if levels == 2 {
		for _, c := range cells {
			if c.hc.RowSpan == 2 && c.h > rowH[0]+rowH[1] {
				rowH[0] = c.h - rowH[1]
			}
		}
	}
	var y float64
	for r := 0; r < levels; r++ {
		row := Row{Kind: RowHeader, Y: y, H: rowH[r]}
		for _, c := range cells {
			if c.hc.Row != r {
				continue
			}
			x, w := t.span(c.hc.Col, c.hc.Span)
			rs := max(c.hc.RowSpan, 1)
			h := rowH[r]
			if rs == 2 && r == 0 && levels == 2 {
				h += rowH[1]
			}
			face := b.face(c.hc.Style)
			top := y + (h-float64(len(c.lines))*lead)/2 + face.Ascent(size)
			cell := Cell{Col: c.hc.Col, Span: max(c.hc.Span, 1), RowSpan: rs, X: x, W: w, H: h, Align: Center}
			for i, l := range c.lines {
				cell.Lines = append(cell.Lines, Line{X: x + (w-face.Width(l, size))/2, Y: top + float64(i)*lead, Text: l, Style: c.hc.Style, Size: size})
			}
			row.Cells = append(row.Cells, cell)
		}
		t.header = append(t.header, row)
		y += rowH[r]
	}
	if s.Numbers {
		ns := s.NumberSize
		h := Leading*ns + 2*s.Pad
		row := Row{Kind: RowNumbers, Y: y, H: h}
		for i := range s.Columns {
			x, w := t.span(i, 1)
			text := strconv.Itoa(i + 1)
			row.Cells = append(row.Cells, Cell{
				Col: i, Span: 1, RowSpan: 1, X: x, W: w, H: h, Align: Center,
				Value: Value{Kind: ValueInt, Int: i + 1},
				Lines: []Line{{X: x + (w-f.Width(text, ns))/2, Y: y + s.Pad + f.Ascent(ns), Text: text, Size: ns}},
			})
		}
		t.header = append(t.header, row)
		y += h
	}
	t.headerH = y
}

// stampHeader puts a copy of the header at the cursor. The header
// repeated at the top of every further page is made once and shared by
// them: its cells are the same on each (nothing changes a page's cells
// once set), and a long table holds one copy, not one a page.
func (t *tableState) stampHeader(b *Builder, repeat bool) {
	t.openFragment(b)
	dy := b.y
	if t.stamp == nil || t.stampY != dy || t.stampRepeat != repeat {
		t.stamp, t.stampY, t.stampRepeat = t.headerAt(dy, repeat), dy, repeat
	}
	t.frag.Rows = append(t.frag.Rows, t.stamp...)
	b.y += t.headerH
	t.headerSet = true
}

// headerAt returns a copy of the header moved down by dy.
func (t *tableState) headerAt(dy float64, repeat bool) []Row {
	rows := make([]Row, 0, len(t.header))
	for _, r := range t.header {
		r.Y += dy
		r.Repeat = repeat
		cells := make([]Cell, len(r.Cells))
		for i, c := range r.Cells {
			lines := make([]Line, len(c.Lines))
			for j, l := range c.Lines {
				l.Y += dy
				lines[j] = l
			}
			c.Lines = lines
			cells[i] = c
		}
		r.Cells = cells
		rows = append(rows, r)
	}
	return rows
}

func (t *tableState) openFragment(b *Builder) {
	if t.frag == nil {
		t.frag = &Fragment{Edges: t.edges}
		t.fragY = b.y
		t.bodyRows = 0
	}
}

// closeFragment puts the table's part on this page into the page.
func (t *tableState) closeFragment(b *Builder) {
	if t.frag == nil {
		return
	}
	f := t.frag
	var bottom float64
	if n := len(f.Rows); n > 0 {
		bottom = f.Rows[n-1].Y + f.Rows[n-1].H
	}
	b.page.Blocks = append(b.page.Blocks, Block{
		Role: RoleTable, X: t.edges[0], Y: t.fragY,
		W: t.edges[len(t.edges)-1] - t.edges[0], H: bottom - t.fragY, Table: f,
	})
	t.frag = nil
	t.bodyRows = 0
}

// start places the lead and the header, with room for a first row of
// height first; it starts a new page if they do not fit.
func (t *tableState) start(b *Builder, first float64) {
	need := b.Measure(t.lead...) + t.headerH + first
	if need > b.Remaining() && !b.AtTop() {
		b.NewPage()
	}
	if len(t.lead) > 0 && t.lead[0].Role == RoleCaption && len(t.header) > 0 && t.header[0].Kind == RowHeader && pageOpens(b.page) {
		b.page.StartsSection = true
	}
	for i := range t.lead {
		b.setPara(&t.lead[i])
	}
	t.stampHeader(b, false)
}

// pageOpens reports a page with nothing on it yet but what stands on
// every page (the number, a continuation marker).
func pageOpens(p *Page) bool {
	for _, blk := range p.Blocks {
		if blk.Role != RolePageNumber && blk.Role != RoleContinued {
			return false
		}
	}
	return true
}

// Row sets one body row. A row that does not fit on the page goes to the
// next; a row taller than a whole page is split, and its rest is marked
// with the spec's Continued text.
func (b *Builder) Row(kind RowKind, entry int, cells []CellIn) {
	if b.err != nil {
		return
	}
	t := b.table
	if t == nil {
		b.err = fmt.Errorf("layout: Row outside a table")
		return
	}
	s := t.spec
	lead := Leading * s.BodySize
	if !(lead > 0) { // also NaN: lines of no height would never fill a page
		b.err = fmt.Errorf("layout: body text size %v", s.BodySize)
		return
	}
	most := t.wrapRow(b, entry, cells)
	if b.err != nil {
		return
	}
	h := math.Max(float64(most)*lead+2*s.Pad, s.MinRow)
	if kind == RowBlank {
		h = math.Max(h, s.BlankRow)
	}
	if !t.headerSet {
		t.start(b, math.Min(h, b.BodyHeight()/2))
	} else if h > b.Remaining() && t.bodyRows > 0 {
		b.NewPage()
	}
	if b.err != nil {
		return
	}
	done := 0 // lines of each cell already set
	for part := 1; ; part++ {
		rest := most - done
		need := float64(rest)*lead + 2*s.Pad
		if done == 0 {
			need = h
		}
		avail := b.Remaining()
		if need <= avail+1e-9 {
			if done == 0 {
				part = 0
			}
			t.place(b, kind, entry, cells, done, rest, need, part)
			return
		}
		fit := int((avail - 2*s.Pad) / lead)
		if fit < 1 {
			if t.bodyRows == 0 {
				b.err = fmt.Errorf("%w: a row line is %.0f pt high, %.0f pt free", ErrNoRoom, lead, avail)
				return
			}
			b.NewPage()
			if b.err != nil {
				return
			}
			continue
		}
		t.place(b, kind, entry, cells, done, fit, avail, part)
		done += fit
		b.NewPage()
		if b.err != nil {
			return
		}
		if s.Continued != nil {
			b.setPara(&Para{Role: RoleContinued, Text: s.Continued(entry), Size: s.BodySize, Style: Regular, After: 2})
		}
	}
}

// wrapRow wraps every cell of a row once, into t.lines and t.spans, and
// returns the most lines of a cell.
func (t *tableState) wrapRow(b *Builder, entry int, cells []CellIn) int {
	s := t.spec
	t.lines, t.spans = t.lines[:0], t.spans[:0]
	col, most := 0, 0
	for _, c := range cells {
		_, w := t.span(col, c.Span)
		from := len(t.lines)
		t.lines = b.wrap(t.lines, b.face(c.Style), s.BodySize, w-2*s.Pad, c.Text, textAt{role: RoleTable, entry: entry, col: col + 1, body: true})
		if c.Text == "" {
			t.lines = t.lines[:from]
		}
		t.spans = append(t.spans, from, len(t.lines))
		most = max(most, len(t.lines)-from)
		col += max(c.Span, 1)
	}
	if col != len(s.Columns) && b.err == nil {
		b.err = fmt.Errorf("layout: row covers %d of %d columns", col, len(s.Columns))
	}
	return most
}

// place sets lines [from, from+n) of every cell as one row of height h.
func (t *tableState) place(b *Builder, kind RowKind, entry int, cells []CellIn, from, n int, h float64, part int) {
	s := t.spec
	lead := Leading * s.BodySize
	t.openFragment(b)
	row := Row{Kind: kind, Entry: entry, Part: part, Y: b.y, H: h, Cells: t.slab.cells(len(cells))}
	col := 0
	for i, c := range cells {
		span := max(c.Span, 1)
		x, w := t.span(col, span)
		face := b.face(c.Style)
		cell := Cell{Col: col, Span: span, RowSpan: 1, X: x, W: w, H: h, Align: c.Align, Value: c.Value, Input: c.Input, Running: c.Running}
		var lines []string
		if n > 0 {
			lines = t.lines[t.spans[2*i]:t.spans[2*i+1]]
			if from < len(lines) {
				lines = lines[from:min(from+n, len(lines))]
			} else {
				lines = nil
			}
		}
		if len(lines) > 0 {
			cell.Lines = t.slab.lines(len(lines))
			top := b.y + s.Pad + face.Ascent(s.BodySize)
			for j, l := range lines {
				lx := x + s.Pad
				switch c.Align {
				case Center:
					lx = x + (w-face.Width(l, s.BodySize))/2
				case Right:
					lx = x + w - s.Pad - face.Width(l, s.BodySize)
				}
				cell.Lines[j] = Line{X: lx, Y: top + float64(j)*lead, Text: l, Style: c.Style, Size: s.BodySize}
			}
		}
		if s.LinesAsValue && kind == RowEntry && cell.Value.Kind == ValueNone && len(cell.Lines) > 0 {
			cell.Value = linesValue(cell.Lines)
		}
		row.Cells[i] = cell
		col += span
	}
	t.frag.Rows = append(t.frag.Rows, row)
	t.bodyRows++
	b.y += h
}

// linesValue returns printed lines as one text value, a line a line.
func linesValue(lines []Line) Value {
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l.Text)
	}
	return Value{Kind: ValueText, Text: b.String()}
}

// FillBlank adds empty ruled rows until page untilPage is full, leaving
// reserve points free at the foot of that page; with maxRows > 0 it stops
// after that many rows. It returns the number of rows added.
func (b *Builder) FillBlank(untilPage int, reserve float64, maxRows int) int {
	t := b.table
	if b.err != nil || t == nil {
		return 0
	}
	cells := make([]CellIn, len(t.spec.Columns))
	for i, c := range t.spec.Columns {
		cells[i].Input, cells[i].Running = c.Input, c.Running
	}
	h := math.Max(t.spec.BlankRow, t.spec.MinRow)
	if !(h > 0) { // also NaN: a row of no height would never fill a page
		b.err = fmt.Errorf("layout: blank rows of height %v", h)
		return 0
	}
	// Every turn places a row (the cursor moves down by h > 0) or starts
	// a page (at most untilPage of them), and any error ends the loop.
	n := 0
	for (maxRows <= 0 || n < maxRows) && b.err == nil {
		if !t.headerSet {
			t.start(b, h)
			continue
		}
		limit := b.bottom()
		if b.number == untilPage {
			limit -= reserve
		}
		if b.y+h > limit+1e-9 {
			if b.number >= untilPage {
				break
			}
			if t.bodyRows == 0 {
				b.err = fmt.Errorf("%w: no blank row fits under the header", ErrNoRoom)
				return n
			}
			b.NewPage()
			continue
		}
		t.place(b, RowBlank, 0, cells, 0, 0, h, 0)
		n++
	}
	return n
}

// EndTable ends the table; what follows is set below it.
func (b *Builder) EndTable() {
	t := b.table
	if t == nil || b.err != nil {
		b.table = nil
		return
	}
	if !t.headerSet {
		t.start(b, 0)
	}
	t.closeFragment(b)
	b.table = nil
}

// rules returns the borders of every cell, merged into the fewest lines.
func rules(rows []Row) []Rule {
	// A segment lies on the line at (horizontal lines: y; vertical: x)
	// and runs from a to b.
	type seg struct {
		at   int64
		a, b float64
	}
	key := func(v float64) int64 { return int64(math.Round(v * 100)) }
	n := 0
	for _, r := range rows {
		n += 2 * len(r.Cells)
	}
	hor := make([]seg, 0, n)
	ver := make([]seg, 0, n)
	for _, r := range rows {
		for _, c := range r.Cells {
			top, bot := r.Y, r.Y+c.H
			hor = append(hor, seg{key(top), c.X, c.X + c.W}, seg{key(bot), c.X, c.X + c.W})
			ver = append(ver, seg{key(c.X), top, bot}, seg{key(c.X + c.W), top, bot})
		}
	}
	byPlace := func(p, q seg) int {
		switch {
		case p.at != q.at:
			return cmp.Compare(p.at, q.at)
		case p.a < q.a:
			return -1
		case p.a > q.a:
			return 1
		}
		return 0
	}
	out := make([]Rule, 0, len(rows)+16)
	merge := func(segs []seg, horizontal bool) {
		slices.SortFunc(segs, byPlace)
		for i := 0; i < len(segs); {
			cur := segs[i]
			j := i + 1
			for j < len(segs) && segs[j].at == cur.at && segs[j].a <= cur.b+0.01 {
				cur.b = math.Max(cur.b, segs[j].b)
				j++
			}
			at := float64(cur.at) / 100
			if horizontal {
				out = append(out, Rule{X1: cur.a, Y1: at, X2: cur.b, Y2: at})
			} else {
				out = append(out, Rule{X1: at, Y1: cur.a, X2: at, Y2: cur.b})
			}
			i = j
		}
	}
	merge(hor, true)
	merge(ver, false)
	return out
}
