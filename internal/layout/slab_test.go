package layout

import "testing"

// TestSlab: each row's cells and lines are its own: zero, with no room
// to grow into another's, however many are cut and however large.
func TestSlab(t *testing.T) {
	var s slab
	var all [][]Cell
	for i := range 3 * slabCells {
		n := 1 + i%13
		if i%100 == 0 {
			n = slabCells // larger than half a slab: an array of its own
		}
		c := s.cells(n)
		if len(c) != n || cap(c) != n {
			t.Fatalf("cells(%d): len %d cap %d", n, len(c), cap(c))
		}
		for j := range c {
			if c[j].Col != 0 {
				t.Fatalf("cells(%d): not zero", n)
			}
			c[j].Col = i + 1
		}
		all = append(all, c)
	}
	for i, c := range all {
		for _, cell := range c {
			if cell.Col != i+1 {
				t.Fatalf("row %d's cells were overwritten", i)
			}
		}
	}
	l := s.lines(3)
	if len(l) != 3 || cap(l) != 3 || len(s.lines(slabLines)) != slabLines {
		t.Errorf("lines: len %d cap %d", len(l), cap(l))
	}
}
