package forms

import (
	"strconv"
	"strings"
	"testing"
)

// TestJournalsAreWellFormed checks the shape of the six journals: columns
// numbered 1…N with unique keys and positive widths, groups over existing
// columns, a citation of the right appendix, the unit's blank in the
// Russian title.
func TestJournalsAreWellFormed(t *testing.T) {
	wantColumns := map[string]int{"journal1": 8, "journal2": 7, "journal3": 7, "journal4": 7, "journal5": 6, "journal6": 11}
	js := Journals()
	if len(js) != 6 {
		t.Fatalf("%d journals, want 6", len(js))
	}
	for i, j := range js {
		if j.ID != "journal"+strconv.Itoa(i+1) || j.Appendix != i+1 {
			t.Errorf("journal %d is %s, appendix %d", i+1, j.ID, j.Appendix)
		}
		if got := len(j.Columns); got != wantColumns[j.ID] {
			t.Errorf("%s: %d columns, want %d", j.ID, got, wantColumns[j.ID])
		}
		keys := map[string]bool{}
		for k, c := range j.Columns {
			if c.Num != k+1 || c.Width <= 0 || c.Caption.KK == "" || c.Caption.RU == "" || keys[c.Key] {
				t.Errorf("%s column %d: %+v", j.ID, k+1, c)
			}
			keys[c.Key] = true
		}
		for _, g := range j.Groups {
			if g.First < 1 || g.Last > len(j.Columns) || g.First >= g.Last {
				t.Errorf("%s: group %+v", j.ID, g)
			}
		}
		if !strings.Contains(j.Source.RU, "Приложение "+strconv.Itoa(i+1)+" к приказу") || !strings.Contains(j.Source.RU, "№ 318") {
			t.Errorf("%s: source %q", j.ID, j.Source.RU)
		}
		if !strings.Contains(j.Title.RU, "отдела "+Slot) {
			t.Errorf("%s: the Russian title has no blank for the unit", j.ID)
		}
		if got, ok := JournalByID(j.ID); !ok || got.Appendix != j.Appendix {
			t.Errorf("JournalByID(%q) = %v, %v", j.ID, got.ID, ok)
		}
	}
	if _, ok := JournalByID("journal7"); ok {
		t.Error("JournalByID found journal7")
	}
}

// TestJournal1Groups checks the two-level header of Appendix 1: «Саны /
// Количество» over columns 4–5 and «Берілді / Выдано» over 6–7.
func TestJournal1Groups(t *testing.T) {
	g := Journal1().Groups
	if len(g) != 2 || g[0].Caption.RU != "Количество" || g[0].First != 4 || g[0].Last != 5 ||
		g[1].Caption.RU != "Выдано" || g[1].First != 6 || g[1].Last != 7 {
		t.Errorf("groups %+v", g)
	}
}

func TestFillAndStacked(t *testing.T) {
	d := Journal2().Book.Department
	got := d.Fill(Text{KK: "Астана қаласы"})
	if !strings.Contains(got.KK, "комитетінің Астана қаласы бойынша") || !strings.HasSuffix(got.RU, "по "+Blank) {
		t.Errorf("Fill = %+v", got)
	}
	if s := (Text{KK: "№", RU: "№"}).Stacked(); s != "№" {
		t.Errorf("Stacked of equal texts = %q", s)
	}
	if s := (Text{KK: "Күні", RU: "Дата"}).Stacked(); s != "Күні\nДата" {
		t.Errorf("Stacked = %q", s)
	}
	if s := (Text{KK: "Бет", RU: "Лист"}).Join(); s != "Бет / Лист" {
		t.Errorf("Join = %q", s)
	}
}
