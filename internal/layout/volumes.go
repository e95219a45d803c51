package layout

import (
	"errors"
	"fmt"
)

// ErrVolumeTooSmall reports a row that does not fit in a volume even
// when it is the volume's only row.
var ErrVolumeTooSmall = errors.New("layout: a row does not fit in a volume")

// Binder lays a long table out in volumes of at most a number of pages,
// in one pass. Each volume begins with what open sets (a title, and the
// table begun) and ends, on its last page, with a closing block (a
// certification) of the height open returns; a row that would take a
// volume past its pages, with room for that block, begins the next
// volume instead.
//
// The rows are set for real, once: the Binder holds the pages of the
// volume being filled (its Builder emits them to the Volume, to no
// printer) until the volume is complete. Then the caller ends it (the
// closing block, Finish), fills in its title's Slot, which states what is
// known only now (its last entry, its dates), and hands its pages to a
// printer. A volume holds the pages that laying out its rows alone would
// give: a row that did not fit was taken off again before it went to
// the next volume.
type Binder struct {
	cfg   Config
	pages int
	open  func(b *Builder) (title *Slot, closing float64)
	cur   *Volume
}

// Volume is one volume of a Binder.
type Volume struct {
	// Number counts the volumes from 1.
	Number int
	// Rows is the number of rows set in the volume.
	Rows int
	// B lays the volume out. Once the volume is complete (Binder.Row
	// returned it, or it is the Binder's last) the caller ends it on B:
	// the table, the closing block, Finish.
	B *Builder
	// Title is the room open held for what the volume's title states
	// once the volume is complete; the caller fills it before it takes
	// the pages.
	Title *Slot
	// closing is the height the volume's closing block needs.
	closing float64
	pages   []*Page
}

// Pages returns the pages B has ended: all of them once B is finished.
func (v *Volume) Pages() []*Page { return v.pages }

// NewBinder returns a Binder of volumes of at most pages pages each, on
// the pages of cfg (whose Emit it does not use). open begins a volume on
// its fresh Builder: it sets the title, its deferred part in a Slot
// (KeepSlot) as tall as it can be, and begins the table; it returns the
// Slot and the height of the volume's closing block.
func NewBinder(cfg Config, pages int, open func(b *Builder) (title *Slot, closing float64)) *Binder {
	bd := &Binder{cfg: cfg, pages: pages, open: open}
	bd.begin()
	return bd
}

// begin starts the next volume.
func (bd *Binder) begin() {
	v := &Volume{Number: 1}
	if bd.cur != nil {
		v.Number = bd.cur.Number + 1
	}
	cfg := bd.cfg
	cfg.Emit = func(p *Page) error {
		v.pages = append(v.pages, p)
		return nil
	}
	v.B = NewBuilder(cfg)
	v.Title, v.closing = bd.open(v.B)
	bd.cur = v
}

// Current returns the volume being filled: the last one, once every row
// is set.
func (bd *Binder) Current() *Volume { return bd.cur }

// over reports whether v has run past its pages, with room for its
// closing block on the last.
func (bd *Binder) over(v *Volume) bool {
	b := v.B
	return b.PageNumber() > bd.pages || (b.PageNumber() == bd.pages && b.Remaining() < v.closing)
}

// Row sets a row in the current volume as Builder.Row does. A row that
// would take the volume past its pages is taken off again and begins
// the next volume: Row then returns the volume before, complete, for the
// caller to end. A row that does not fit even in a volume of its own is
// ErrVolumeTooSmall; the Builder's own errors are returned as they are.
func (bd *Binder) Row(kind RowKind, entry int, cells []CellIn) (ended *Volume, err error) {
	v := bd.cur
	if v.B.page == nil {
		return nil, errors.New("layout: Binder.Row after its volume was finished")
	}
	m, held := v.B.mark(), len(v.pages)
	v.B.Row(kind, entry, cells)
	if bd.over(v) && v.Rows > 0 {
		v.B.undo(m)
		clear(v.pages[held:])
		v.pages = v.pages[:held]
		ended = v
		bd.begin()
		v = bd.cur
		v.B.Row(kind, entry, cells)
	}
	if err := v.B.Err(); err != nil {
		return ended, err
	}
	if bd.over(v) {
		return ended, fmt.Errorf("%w of %d pages", ErrVolumeTooSmall, bd.pages)
	}
	v.Rows++
	return ended, nil
}
