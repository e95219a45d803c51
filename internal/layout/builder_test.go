package layout

import (
	"errors"
	"strings"
	"testing"
)

// The engine tested as an engine: a small page, a two-column table, and
// what the Builder promises about rows, headers, blank pages and errors.

// testBuilder returns a Builder of pages 200 × h points that collects
// the pages it emits.
func testBuilder(t *testing.T, h float64) (*Builder, *[]*Page) {
	t.Helper()
	var pages []*Page
	b := NewBuilder(Config{Width: 200, Height: h, Top: 10, Right: 10, Bottom: 10, Left: 10,
		Fonts: testFonts(t), FooterSize: 8,
		Emit: func(p *Page) error { pages = append(pages, p); return nil }})
	return b, &pages
}

func testSpec() *TableSpec {
	return &TableSpec{
		Columns:    []Column{{Width: 40}, {Width: 140}},
		Header:     []HeaderCell{{Col: 0, Span: 1, Text: "№"}, {Col: 1, Span: 1, Text: "Текст"}},
		HeaderRows: 1, HeaderSize: 8, BodySize: 10, Pad: 2, MinRow: 14, BlankRow: 16,
		Continued: func(entry int) string { return "продолжение записи " + strings.Repeat("I", entry) },
	}
}

func row(entry int, text string) []CellIn {
	return []CellIn{{Text: "1"}, {Text: text}}
}

// tableRows returns the rows of every table fragment on p.
func tableRows(p *Page) []Row {
	var out []Row
	for _, bl := range p.Blocks {
		if bl.Table != nil {
			out = append(out, bl.Table.Rows...)
		}
	}
	return out
}

func hasRole(p *Page, r Role) bool {
	for _, bl := range p.Blocks {
		if bl.Role == r {
			return true
		}
	}
	return false
}

func TestRowSplitAcrossPagesWithMarker(t *testing.T) {
	b, pages := testBuilder(t, 150)
	b.BeginTable(testSpec())
	b.Row(RowEntry, 1, row(1, "один"))
	b.Row(RowEntry, 2, row(2, strings.Repeat("слово ", 80))) // far taller than what is left
	b.EndTable()
	if _, err := b.Finish(); err != nil {
		t.Fatal(err)
	}
	if len(*pages) < 2 {
		t.Fatalf("%d pages, want the long row split over several", len(*pages))
	}
	// A row taller than what is left starts on a new page, then runs
	// over as many pages as it needs, parts 1, 2, … with the marker above
	// each part but the first.
	want := 1
	for i, p := range *pages {
		var parts []int
		for _, r := range tableRows(p) {
			if r.Kind == RowEntry && r.Entry == 2 {
				parts = append(parts, r.Part)
			}
		}
		if len(parts) == 0 {
			continue
		}
		if len(parts) != 1 || parts[0] != want {
			t.Errorf("page %d: parts of entry 2 %v, want [%d]", i+1, parts, want)
		}
		if want > 1 && !hasRole(p, RoleContinued) {
			t.Errorf("page %d: the rest of entry 2 has no marker", i+1)
		}
		want++
	}
	if want < 3 {
		t.Errorf("entry 2 in %d parts, want it split", want-1)
	}
}

func TestHeaderNeverAloneAtAFoot(t *testing.T) {
	for _, fill := range []int{0, 1, 2, 3, 4, 5, 6} {
		b, pages := testBuilder(t, 150)
		for range fill {
			b.Keep(Para{Text: "абзац", Size: 10})
		}
		b.BeginTable(testSpec(), Para{Role: RoleCaption, Text: "Раздел", Size: 10})
		b.Row(RowEntry, 1, row(1, strings.Repeat("строка ", 12)))
		b.EndTable()
		if _, err := b.Finish(); err != nil {
			t.Fatal(err)
		}
		for i, p := range *pages {
			rows := tableRows(p)
			header, entries := 0, 0
			for _, r := range rows {
				switch r.Kind {
				case RowHeader:
					header++
				case RowEntry:
					entries++
				}
			}
			if header > 0 && entries == 0 {
				t.Errorf("%d paragraphs before: page %d has a header and no row", fill, i+1)
			}
			if hasRole(p, RoleCaption) && entries == 0 {
				t.Errorf("%d paragraphs before: page %d has the caption and no row", fill, i+1)
			}
		}
	}
}

func TestFillBlankToPages(t *testing.T) {
	for _, n := range []int{1, 2, 5} {
		b, pages := testBuilder(t, 200)
		b.BeginTable(testSpec())
		rows := b.FillBlank(n, 30, 0)
		b.EndTable()
		b.Keep(Para{Role: RoleCertification, Text: "прошито", Size: 10})
		got, err := b.Finish()
		if err != nil {
			t.Fatal(err)
		}
		if got != n || len(*pages) != n || rows == 0 {
			t.Errorf("fill to %d pages: %d pages (%d emitted), %d rows", n, got, len(*pages), rows)
		}
		if last := (*pages)[len(*pages)-1]; !hasRole(last, RoleCertification) {
			t.Errorf("fill to %d pages: the block kept for the last page is not on it", n)
		}
	}
}

func TestKeepTogether(t *testing.T) {
	b, pages := testBuilder(t, 150)
	for range 8 {
		b.Keep(Para{Text: "строка", Size: 10})
	}
	cert := []Para{
		{Role: RoleCertification, Text: "В этом журнале пронумеровано и прошито", Size: 10},
		{Role: RoleCertification, Text: "52 (елу екі / пятьдесят два) бет/листа", Size: 10},
		{Role: RoleCertification, Text: "Заместитель руководителя", Size: 10},
	}
	b.Keep(cert...)
	if _, err := b.Finish(); err != nil {
		t.Fatal(err)
	}
	on := 0
	for _, p := range *pages {
		if hasRole(p, RoleCertification) {
			on++
		}
	}
	if on != 1 {
		t.Errorf("the certification is on %d pages, want 1", on)
	}
}

func TestErrNoRoom(t *testing.T) {
	// A block taller than an empty page.
	b, _ := testBuilder(t, 60)
	b.Keep(Para{Text: strings.Repeat("слово ", 200), Size: 10})
	if _, err := b.Finish(); !errors.Is(err, ErrNoRoom) {
		t.Errorf("a paragraph taller than a page: %v, want ErrNoRoom", err)
	}
	// No blank row fits under the header.
	b, _ = testBuilder(t, 48)
	spec := testSpec()
	spec.BlankRow = 40
	b.BeginTable(spec)
	b.FillBlank(3, 0, 0)
	b.EndTable()
	if _, err := b.Finish(); !errors.Is(err, ErrNoRoom) {
		t.Errorf("a blank row taller than the room under the header: %v, want ErrNoRoom", err)
	}
}

func TestKeepOnLastPageStatesItsPage(t *testing.T) {
	b, pages := testBuilder(t, 150)
	for range 9 {
		b.Keep(Para{Text: "строка", Size: 10})
	}
	var asked []int
	page, err := b.KeepOnLastPage(func(page int) ([]Para, error) {
		asked = append(asked, page)
		return []Para{{Role: RoleCertification, Text: strings.Repeat("страниц ", page*3), Size: 10},
			{Role: RoleCertification, Text: "подпись", Size: 10}}, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	n, err := b.Finish()
	if err != nil {
		t.Fatal(err)
	}
	if page != n || !hasRole((*pages)[n-1], RoleCertification) {
		t.Errorf("block on page %d of %d", page, n)
	}
	if n != 2 || len(asked) != 2 || asked[1] != 2 {
		t.Errorf("pages %d, make asked for %v: want the block moved to page 2 and made for it", n, asked)
	}
}
