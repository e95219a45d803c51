package layout

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/go-fonts/liberation/liberationserifregular"
	"github.com/msedocs/msedocs/fonts"
	"github.com/msedocs/msedocs/internal/fonttest"
)

// within runs f and fails the test if it has not returned by the
// deadline: a loop without progress shows as a failure, not a hung run.
func within(t *testing.T, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("did not return: a loop without progress")
	}
}

func progressSpec() *TableSpec {
	return &TableSpec{
		Columns:    []Column{{Width: 100}, {Width: 200}},
		Header:     []HeaderCell{{Col: 0, Text: "No"}, {Col: 1, Text: "Тегі, аты"}},
		HeaderRows: 1, HeaderSize: 8, NumberSize: 7, BodySize: 9, Pad: 2,
		MinRow: 14, BlankRow: 18,
	}
}

func testConfig(fam *fonts.Family, emit func(*Page) error) Config {
	return Config{Width: 400, Height: 300, Top: 20, Bottom: 20, Left: 20, Right: 20, Fonts: fam, Emit: emit}
}

// TestFillBlankStopsOnEmitError: a printer that fails (a full disk) ends
// the filling of blank pages; it used to loop for ever, since NewPage does
// nothing after an error.
func TestFillBlankStopsOnEmitError(t *testing.T) {
	boom := errors.New("disk full")
	fam := testFonts(t)
	within(t, func() {
		b := NewBuilder(testConfig(fam, func(*Page) error { return boom }))
		b.BeginTable(progressSpec())
		b.FillBlank(50, 0, 0)
		b.EndTable()
		if _, err := b.Finish(); !errors.Is(err, boom) {
			t.Errorf("Finish = %v, want %v", err, boom)
		}
	})
}

// TestRowStopsOnEmitError: likewise for an entry taller than a page.
func TestRowStopsOnEmitError(t *testing.T) {
	boom := errors.New("disk full")
	fam := testFonts(t)
	within(t, func() {
		b := NewBuilder(testConfig(fam, func(*Page) error { return boom }))
		b.BeginTable(progressSpec())
		b.Row(RowEntry, 1, []CellIn{{Text: "1"}, {Text: strings.Repeat("Әбдірахманова Гүлнәр\n", 200)}})
		b.EndTable()
		if _, err := b.Finish(); !errors.Is(err, boom) {
			t.Errorf("Finish = %v, want %v", err, boom)
		}
	})
}

func TestFillBlankRowsWithoutHeight(t *testing.T) {
	fam := testFonts(t)
	within(t, func() {
		b := NewBuilder(testConfig(fam, nil))
		s := progressSpec()
		s.MinRow, s.BlankRow = 0, 0
		b.BeginTable(s)
		b.FillBlank(3, 0, 0)
		if b.Err() == nil {
			t.Error("blank rows of no height were accepted")
		}
	})
}

// TestMissingGlyphIsError: a face without Cyrillic fails at the first
// text it cannot draw, naming the rune and where it is, and the blank
// pages are not filled for ever.
func TestMissingGlyphIsError(t *testing.T) {
	latin, err := fonttest.Latin(liberationserifregular.TTF)
	if err != nil {
		t.Fatal(err)
	}
	f, err := fonts.Parse("Latin", latin)
	if err != nil {
		t.Fatal(err)
	}
	fam := &fonts.Family{Regular: f, Bold: f}
	tests := []struct {
		name string
		set  func(b *Builder)
		want string
	}{
		{"paragraph", func(b *Builder) {
			b.Keep(Para{Role: RoleTitle, Text: "Journal Журнал", Size: 10})
		}, `page 1, title: font "Latin": no glyph for U+0416`},
		{"header", func(b *Builder) {
			b.BeginTable(progressSpec())
			b.FillBlank(40, 0, 0)
		}, `page 1, table header, column 2: font "Latin": no glyph for U+0422`},
		{"body", func(b *Builder) {
			s := progressSpec()
			s.Header = nil
			b.BeginTable(s)
			b.Row(RowEntry, 7, []CellIn{{Text: "7"}, {Text: "Smith Ұ"}})
			b.FillBlank(40, 0, 0)
		}, `page 1, table, entry 7, column 2: font "Latin": no glyph for U+04B0`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			within(t, func() {
				b := NewBuilder(testConfig(fam, nil))
				tc.set(b)
				b.EndTable()
				n, err := b.Finish()
				if err == nil || err.Error() != tc.want {
					t.Fatalf("Finish = %v, want %s", err, tc.want)
				}
				if !errors.Is(err, fonts.ErrMissingGlyph) {
					t.Error("error does not wrap fonts.ErrMissingGlyph")
				}
				var te *TextError
				if !errors.As(err, &te) {
					t.Error("error is not a *TextError")
				}
				if n > 1 {
					t.Errorf("went on to page %d after the error", n)
				}
			})
		})
	}
}
