package layout

// mark is a Builder's state between two rows of a table, which undo
// brings back: what was set after it is taken off again, the pages it
// opened with it. Pages the Builder emitted since the mark must not have
// been printed, for undo reopens the page that was open at the mark: the
// Binder holds them until its volume is complete.
type mark struct {
	page   *Page
	blocks int
	y      float64
	number int
	err    error
	table  *tableState
	// the table's state, when there is a table
	frag      *Fragment
	rows      int
	fragY     float64
	bodyRows  int
	headerSet bool
}

// mark returns the Builder's state, for undo.
func (b *Builder) mark() mark {
	m := mark{page: b.page, y: b.y, number: b.number, err: b.err, table: b.table}
	if b.page != nil {
		m.blocks = len(b.page.Blocks)
	}
	if t := b.table; t != nil {
		m.frag, m.fragY, m.bodyRows, m.headerSet = t.frag, t.fragY, t.bodyRows, t.headerSet
		if t.frag != nil {
			m.rows = len(t.frag.Rows)
		}
	}
	return m
}

// undo brings the Builder back to m: rows, paragraphs and pages set
// since are gone, the page open at m is open again.
func (b *Builder) undo(m mark) {
	if m.page != nil {
		clear(m.page.Blocks[m.blocks:])
		m.page.Blocks = m.page.Blocks[:m.blocks]
	}
	b.page, b.y, b.number, b.err, b.table = m.page, m.y, m.number, m.err, m.table
	if t := m.table; t != nil {
		t.frag, t.fragY, t.bodyRows, t.headerSet = m.frag, m.fragY, m.bodyRows, m.headerSet
		if t.frag != nil {
			clear(t.frag.Rows[m.rows:])
			t.frag.Rows = t.frag.Rows[:m.rows]
		}
	}
}
