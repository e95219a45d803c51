package layout

import (
	"errors"
	"strings"
	"testing"

	"github.com/msedocs/msedocs/fonts"
)

// TestSlotFill: paragraphs filled into a Slot take the placeholders'
// place and leave what follows where it was; taller ones are
// ErrSlotFull and change nothing; text the fonts lack is a TextError on
// the slot's page.
func TestSlotFill(t *testing.T) {
	b, pages := testBuilder(t, 150)
	slot := b.KeepSlot(
		Para{Role: RoleVolume, Text: "Том 9999", Size: 10, After: 4},
		Para{Role: RoleDates, Text: "начат __.__.____", Size: 10},
	)
	b.BeginTable(testSpec())
	for i := 1; i <= 20; i++ {
		b.Row(RowEntry, i, row(i, "запись"))
	}
	b.EndTable()
	if _, err := b.Finish(); err != nil {
		t.Fatal(err)
	}
	first := (*pages)[0]
	before := dumpAll(t, []*Page{first})
	tableY := tableRows(first)[0].Y
	tall := Para{Role: RoleVolume, Text: strings.Repeat("Том ", 20), Size: 10}
	if err := slot.Fill(tall); !errors.Is(err, ErrSlotFull) {
		t.Errorf("Fill of taller paragraphs: err = %v, want ErrSlotFull", err)
	}
	if dumpAll(t, []*Page{first}) != before {
		t.Error("a Fill that failed changed the page")
	}
	var te *TextError
	if err := slot.Fill(Para{Role: RoleVolume, Text: "Том 一", Size: 10}); !errors.As(err, &te) || te.Page != 1 || !errors.Is(err, fonts.ErrMissingGlyph) {
		t.Errorf("Fill of a rune the font lacks: err = %v, want a TextError on page 1", err)
	}
	if err := slot.Fill(
		Para{Role: RoleVolume, Text: "Том 2", Size: 10, After: 4},
		Para{Role: RoleDates, Text: "начат 09.01.2025", Size: 10},
	); err != nil {
		t.Fatal(err)
	}
	after := dumpAll(t, []*Page{first})
	if !strings.Contains(after, `"Том 2"`) || !strings.Contains(after, `"начат 09.01.2025"`) || strings.Contains(after, "9999") {
		t.Errorf("the slot does not hold what was filled in:\n%s", after)
	}
	if len(first.Blocks) != 3 || tableRows(first)[0].Y != tableY {
		t.Errorf("the table moved, or blocks were added: %d blocks, table at %v, was %v", len(first.Blocks), tableRows(first)[0].Y, tableY)
	}
	var nilSlot *Slot
	if err := nilSlot.Fill(Para{Text: "x", Size: 10}); err != nil {
		t.Errorf("Fill of a nil Slot: %v", err)
	}
}

// dumpAll dumps pages as Dump does, one after another.
func dumpAll(t *testing.T, pages []*Page) string {
	var sb strings.Builder
	for _, p := range pages {
		if err := Dump(&sb, p); err != nil {
			t.Fatal(err)
		}
	}
	return sb.String()
}
