package layout

import "unsafe"

// Slab sizes: as many cells, and lines, as fit in 32 KiB, the largest
// size class of Go's small allocations.
const (
	slabCells = 32 << 10 / int(unsafe.Sizeof(Cell{}))
	slabLines = 32 << 10 / int(unsafe.Sizeof(Line{}))
)

// slab cuts the cells and lines of table rows from larger arrays: a page
// of a long table has a hundred cells and some hundreds of lines, and a
// volume held in memory (Binder) has hundreds of pages. One allocation
// for many rows wastes none of the room a row's own allocation would
// round up to, and costs the allocator and the collector less.
type slab struct {
	c []Cell
	l []Line
}

// cells returns n zero cells, with no room to grow into the next row's.
func (s *slab) cells(n int) []Cell { return cut(&s.c, n, slabCells) }

// lines returns n zero lines, with no room to grow into the next cell's.
func (s *slab) lines(n int) []Line { return cut(&s.l, n, slabLines) }

// cut returns n zero items from the front of *buf, refilled with size
// new ones when too few are left; more than half a slab is an
// allocation of its own.
func cut[T any](buf *[]T, n, size int) []T {
	if n > len(*buf) {
		if n > size/2 {
			return make([]T, n)
		}
		*buf = make([]T, size)
	}
	out := (*buf)[:n:n]
	*buf = (*buf)[n:]
	return out
}
