package layout

import (
	"errors"
	"fmt"
)

// ErrVolumeTooSmall reports a row that does not fit in a volume even
// when it is the volume's only row.
var ErrVolumeTooSmall = errors.New("layout: a row does not fit in a volume")

// Binder finds where the volumes of a long table end: it lays the rows
// out as they will be printed, each volume beginning with what open sets
// (a title and the table's header) and ending, on its last page, with a
// closing block of the height open returns (a certification), and
// starts a new volume before the first row that would take a volume past
// Pages pages. It prints nothing: the caller sets each volume by the
// same composition once its rows are known (its title page states them).
type Binder struct {
	cfg   Config
	pages int
	open  func(b *Builder) (closing float64)
	b     *Builder
	// closing is the height the current volume's closing block needs.
	closing float64
	rows    int // rows in the current volume
	volume  int
}

// NewBinder returns a Binder of volumes of at most pages pages each, on
// the pages of cfg (whose Emit it ignores). open sets the beginning of a
// volume on a fresh Builder (the table begun) and returns the height of
// its closing block.
func NewBinder(cfg Config, pages int, open func(b *Builder) (closing float64)) *Binder {
	cfg.Emit = nil
	v := &Binder{cfg: cfg, pages: pages, open: open}
	v.begin()
	return v
}

func (v *Binder) begin() {
	v.volume++
	v.rows = 0
	v.b = NewBuilder(v.cfg)
	v.closing = v.open(v.b)
}

// Volume returns the number of the volume being filled, from 1.
func (v *Binder) Volume() int { return v.volume }

// over reports whether the current volume has run past its pages, with
// room for its closing block on the last.
func (v *Binder) over() bool {
	b := v.b
	return b.PageNumber() > v.pages || (b.PageNumber() == v.pages && b.Remaining() < v.closing)
}

// Row sets a row as Builder.Row does and reports whether it begins a new
// volume: then the rows before it make up the volume before. A row that
// does not fit even in a volume of its own is ErrVolumeTooSmall; the
// Builder's own errors are returned as they are.
func (v *Binder) Row(kind RowKind, entry int, cells []CellIn) (newVolume bool, err error) {
	v.b.Row(kind, entry, cells)
	if v.over() && v.rows > 0 {
		newVolume = true
		v.begin()
		v.b.Row(kind, entry, cells)
	}
	if err := v.b.Err(); err != nil {
		return newVolume, err
	}
	if v.over() {
		return newVolume, fmt.Errorf("%w of %d pages", ErrVolumeTooSmall, v.pages)
	}
	v.rows++
	return newVolume, nil
}
