package layout

import (
	"errors"
	"strings"
	"testing"
)

func TestShareBlank(t *testing.T) {
	for _, tc := range []struct {
		pages, n int
		want     []BlankShare
	}{
		{0, 2, nil},
		{100, 2, []BlankShare{{1, 50, 0}, {51, 100, 0}}},
		{7, 2, []BlankShare{{1, 4, 0}, {5, 7, 0}}},
		{2, 2, []BlankShare{{1, 1, 0}, {2, 2, 0}}},
		// One page: the sections share it, the first with SharedRows rows.
		{1, 2, []BlankShare{{1, 1, SharedRows}, {1, 1, 0}}},
		{3, 1, []BlankShare{{1, 3, 0}}},
	} {
		got := ShareBlank(tc.pages, tc.n)
		if len(got) != len(tc.want) {
			t.Errorf("ShareBlank(%d, %d) = %v, want %v", tc.pages, tc.n, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("ShareBlank(%d, %d) = %v, want %v", tc.pages, tc.n, got, tc.want)
				break
			}
		}
	}
}

func TestStartSection(t *testing.T) {
	b, pages := testBuilder(t, 150)
	b.StartSection(0) // nothing set yet: stays on page 1
	if b.PageNumber() != 1 {
		t.Fatalf("page %d after StartSection on an empty page", b.PageNumber())
	}
	b.BeginTable(testSpec())
	b.Row(RowEntry, 1, row(1, "один"))
	b.EndTable()
	b.StartSection(3) // starts on page 3, not before
	if b.PageNumber() != 3 {
		t.Errorf("page %d, want 3", b.PageNumber())
	}
	b.BeginTable(testSpec())
	b.Row(RowEntry, 2, row(2, "два"))
	b.StartSection(2) // a page already reached: it shares it
	if b.PageNumber() != 3 {
		t.Errorf("page %d, want 3", b.PageNumber())
	}
	b.StartSection(0)
	if n, err := b.Finish(); err != nil || n != 4 || len(*pages) != 4 {
		t.Errorf("Finish = %d, %v; %d pages emitted, want 4", n, err, len(*pages))
	}
}

// TestBinderVolumes: volumes never exceed their pages with room for the
// closing block, every row lands in exactly one, and a row too tall
// for any volume is ErrVolumeTooSmall.
func TestBinderVolumes(t *testing.T) {
	cfg := Config{Width: 200, Height: 150, Top: 10, Right: 10, Bottom: 10, Left: 10, Fonts: testFonts(t)}
	const pages, closing = 3, 30.0
	var last *Builder
	bind := NewBinder(cfg, pages, func(b *Builder) float64 {
		last = b
		b.Keep(Para{Text: "Том", Size: 10})
		b.BeginTable(testSpec())
		return closing
	})
	starts := 0
	for i := 1; i <= 60; i++ {
		next, err := bind.Row(RowEntry, i, row(i, "запись"))
		if err != nil {
			t.Fatal(err)
		}
		if next {
			starts++
		}
		if last.PageNumber() > pages || (last.PageNumber() == pages && last.Remaining() < closing) {
			t.Fatalf("row %d: volume %d runs past %d pages", i, bind.Volume(), pages)
		}
	}
	if starts == 0 || bind.Volume() != starts+1 {
		t.Errorf("%d new volumes, Volume() = %d", starts, bind.Volume())
	}
	_, err := bind.Row(RowEntry, 61, row(61, strings.Repeat("слово ", 400)))
	if !errors.Is(err, ErrVolumeTooSmall) {
		t.Errorf("a row longer than a volume: err = %v", err)
	}
}
