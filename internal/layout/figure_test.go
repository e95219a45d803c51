package layout

import (
	"strings"
	"testing"
)

func TestBreakAfter(t *testing.T) {
	f := testFonts(t).Regular
	url := "https://msek.example.kz/verify/disability/%D0%90%D0%91/0012345?date=2025-01-09"
	for _, width := range []float64{20, 60, 120, 200, 1000} {
		lines := breakAfter(f, 6, width, url, "/?&=")
		if strings.Join(lines, "") != url {
			t.Errorf("width %v: lines %q do not make the URL", width, lines)
		}
		for _, l := range lines {
			if w := f.Width(l, 6); w > width && len([]rune(l)) > 1 {
				t.Errorf("width %v: line %q is %.1f wide", width, l, w)
			}
		}
	}
	for _, width := range []float64{120, 200} {
		lines := breakAfter(f, 6, width, url, "/?&=")
		for _, l := range lines[:len(lines)-1] {
			if !strings.ContainsAny(l[len(l)-1:], "/?&=") {
				t.Errorf("width %v: %q breaks elsewhere than after / ? & =", width, l)
			}
		}
	}
}

func TestMatrixRuns(t *testing.T) {
	m := &Matrix{Size: 4, Dark: []bool{
		true, true, true, true,
		false, false, false, false,
		true, false, true, true,
		false, true, false, true,
	}}
	var got [][3]int
	m.Runs(func(r, c, n int) { got = append(got, [3]int{r, c, n}) })
	want := [][3]int{{0, 0, 4}, {2, 0, 1}, {2, 2, 2}, {3, 1, 1}, {3, 3, 1}}
	if len(got) != len(want) {
		t.Fatalf("runs %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("runs %v, want %v", got, want)
			break
		}
	}
	if m.At(-1, 0) || m.At(0, 4) || (&Matrix{Size: 2}).At(1, 1) {
		t.Error("a module outside the grid is dark")
	}
}

// TestKeepBeside checks that the figure stands at the right margin level
// with the paragraph named, that the paragraphs beside it are narrowed
// clear of it and its caption, and that a figure taller than the
// paragraphs moves the cursor below it.
func TestKeepBeside(t *testing.T) {
	var pages []*Page
	b := NewBuilder(Config{Width: 400, Height: 600, Top: 20, Right: 20, Bottom: 20, Left: 30, Fonts: testFonts(t),
		Emit: func(p *Page) error { pages = append(pages, p); return nil }})
	long := strings.Repeat("подпись ", 30)
	ps := []Para{
		{Role: RoleText, Text: "Берілген күні", Size: 8, After: 6},
		{Role: RoleText, Text: long, Size: 8, Before: 8},
	}
	dark := make([]bool, 21*21)
	for i := range dark {
		dark[i] = i%3 == 0
	}
	fig := Figure{Role: "verify", Matrix: Matrix{Size: 21, Module: 2, Dark: dark, Text: "x"}, Quiet: 4, Gap: 6,
		Caption: Para{Role: "verify-url", Text: "https://example.kz/a/b/c", Size: 5, Width: 80}, BreakAfter: "/"}
	b.KeepBeside(ps, 1, fig)
	b.Keep(Para{Role: RoleNote, Text: "after", Size: 8})
	if _, err := b.Finish(); err != nil {
		t.Fatal(err)
	}
	p := pages[0]
	var figBlk, capBlk, second, after *Block
	for i := range p.Blocks {
		switch blk := &p.Blocks[i]; {
		case blk.Role == "verify":
			figBlk = blk
		case blk.Role == "verify-url":
			capBlk = blk
		case blk.Role == RoleNote:
			after = blk
		case blk.Role == RoleText && len(blk.Lines) > 1:
			second = blk
		}
	}
	if figBlk == nil || capBlk == nil || second == nil || after == nil {
		t.Fatalf("blocks missing: %+v", p.Blocks)
	}
	side := float64(21+8) * 2
	if figBlk.W != side || figBlk.X+figBlk.W != 380 || figBlk.Y != second.Y {
		t.Errorf("figure at %.1f,%.1f %.1f wide; want right edge 380, top %.1f", figBlk.X, figBlk.Y, figBlk.W, second.Y)
	}
	if m := figBlk.Matrix; m.X != figBlk.X+8 || m.Y != figBlk.Y+8 {
		t.Errorf("matrix at %.1f,%.1f, want the quiet zone around it", m.X, m.Y)
	}
	if second.X+second.W > capBlk.X-6 {
		t.Errorf("paragraph ends at %.1f, the caption begins at %.1f", second.X+second.W, capBlk.X)
	}
	for _, l := range capBlk.Lines {
		if r := l.X + testFonts(t).Regular.Width(l.Text, l.Size); r > 380.01 {
			t.Errorf("caption line %q ends at %.1f", l.Text, r)
		}
	}
	if after.Y < capBlk.Y+capBlk.H || after.Y < second.Y+second.H {
		t.Errorf("the next paragraph at %.1f overlaps the figure", after.Y)
	}
}
