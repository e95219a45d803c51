package layout

import (
	"errors"
	"fmt"
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

// binderConfig is the small page the Binder tests bind.
func binderConfig(t *testing.T) Config {
	return Config{Width: 200, Height: 150, Top: 10, Right: 10, Bottom: 10, Left: 10, Fonts: testFonts(t), PageLabel: "Лист", FooterSize: 8}
}

// closingPara is the tests' closing block.
var closingPara = Para{Role: RoleCertification, Text: "Прошито листов", Size: 10}

// binderRow is row i of the tests: every seventh one taller than a page.
func binderRow(i int) []CellIn {
	text := "запись"
	if i%7 == 0 {
		text = strings.Repeat("слово ", 60)
	}
	return row(i, text)
}

// volumeAlone lays out, on one Builder, what volume n holds: its title
// as filled in, the rows from first to last and the closing block.
func volumeAlone(t *testing.T, n, first, last int) []*Page {
	cfg := binderConfig(t)
	var pages []*Page
	cfg.Emit = func(p *Page) error { pages = append(pages, p); return nil }
	b := NewBuilder(cfg)
	b.Keep(Para{Role: RoleVolume, Text: fmt.Sprintf("Том %d", n), Size: 10})
	b.BeginTable(testSpec())
	for i := first; i <= last; i++ {
		b.Row(RowEntry, i, binderRow(i))
	}
	b.EndTable()
	b.Keep(closingPara)
	if _, err := b.Finish(); err != nil {
		t.Fatal(err)
	}
	return pages
}

// TestBinderVolumes: the volumes are laid out once, and each holds the
// very pages its rows laid out alone give, its title filled in at the
// end; no volume runs past its pages with room for the closing block;
// every row lands in exactly one volume, in order; a row too tall for
// any volume is ErrVolumeTooSmall.
func TestBinderVolumes(t *testing.T) {
	const pages = 3
	bind := NewBinder(binderConfig(t), pages, func(b *Builder) (*Slot, float64) {
		title := b.KeepSlot(Para{Role: RoleVolume, Text: "Том 99", Size: 10})
		b.BeginTable(testSpec())
		return title, b.Measure(closingPara)
	})
	first := 1 // the first row of the volume being filled
	end := func(v *Volume, last int) {
		t.Helper()
		v.B.EndTable()
		v.B.Keep(closingPara)
		if _, err := v.B.Finish(); err != nil {
			t.Fatal(err)
		}
		if err := v.Title.Fill(Para{Role: RoleVolume, Text: fmt.Sprintf("Том %d", v.Number), Size: 10}); err != nil {
			t.Fatal(err)
		}
		if len(v.Pages()) > pages {
			t.Errorf("volume %d has %d pages, more than %d", v.Number, len(v.Pages()), pages)
		}
		if v.Rows != last-first+1 {
			t.Errorf("volume %d: Rows = %d, want %d", v.Number, v.Rows, last-first+1)
		}
		if got, want := dumpAll(t, v.Pages()), dumpAll(t, volumeAlone(t, v.Number, first, last)); got != want {
			t.Errorf("volume %d (rows %d–%d) differs from its rows laid out alone:\n%s\nwant:\n%s", v.Number, first, last, got, want)
		}
	}
	const rows = 60
	for i := 1; i <= rows; i++ {
		ended, err := bind.Row(RowEntry, i, binderRow(i))
		if err != nil {
			t.Fatal(err)
		}
		if ended != nil {
			end(ended, i-1)
			first = i
		}
	}
	// A row too tall for a volume of its own ends the volume before.
	ended, err := bind.Row(RowEntry, rows+1, row(rows+1, strings.Repeat("слово ", 400)))
	if !errors.Is(err, ErrVolumeTooSmall) || ended == nil {
		t.Fatalf("a row longer than a volume: err = %v, volume before ended: %v", err, ended != nil)
	}
	end(ended, rows)
	if ended.Number < 4 {
		t.Errorf("%d volumes; %d rows need more", ended.Number, rows)
	}
	if _, err := bind.Row(RowEntry, rows+2, binderRow(1)); err == nil {
		t.Error("Row on a failed volume: no error")
	}
	bind.Current().B.Finish()
	if _, err := bind.Row(RowEntry, rows+2, binderRow(1)); err == nil {
		t.Error("Row on a finished volume: no error")
	}
}
