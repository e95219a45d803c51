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
func (s *slab) cells(n int) []Cell {
	if n > len(s.c) {
		if n > slabCells/2 {
			return make([]Cell, n)
		}
		s.c = make([]Cell, slabCells)
	}
	c := s.c[:n:n]
	s.c = s.c[n:]
	return c
}

// lines returns n zero lines, with no room to grow into the next cell's.
func (s *slab) lines(n int) []Line {
	if n > len(s.l) {
		if n > slabLines/2 {
			return make([]Line, n)
		}
		s.l = make([]Line, slabLines)
	}
	l := s.l[:n:n]
	s.l = s.l[n:]
	return l
}
