package forms_test

import (
	"flag"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// TestTitles keeps, in one file a reader can review, every title and
// caption that forms composes from pieces, as printed, in both languages:
// the journals' titles (with and without a unit), section captions and
// volume lines; the documents' titles, the whole-part titles of the
// rehabilitation programme beside the extracts', and the shared lines
// filled in. A change of wording shows here as a diff.
func TestTitles(t *testing.T) {
	golden.Check(t, filepath.Join("testdata", "titles.txt"), []byte(titles()), *update, "./forms")
}

// TestRehabTitles checks the case of the part in the titles of the
// rehabilitation programme: genitive in the extract, nominative in the
// whole part.
func TestRehabTitles(t *testing.T) {
	for _, c := range []struct {
		d           forms.Document
		gen, nom    string
		kkAdjective string
	}{
		{forms.SocialRehabExtract(), "социальной", "социальная", "әлеуметтік"},
		{forms.ProfessionalRehabExtract(), "профессиональной", "профессиональная", "кәсіптік"},
	} {
		if want := "Выписка из " + c.gen + " части индивидуальной программы реабилитации инвалида"; c.d.Title.RU != want {
			t.Errorf("%s: title %q, want %q", c.d.ID, c.d.Title.RU, want)
		}
		if want := "Индивидуальная программа реабилитации инвалида: " + c.nom + " часть"; c.d.FullTitle.RU != want {
			t.Errorf("%s: whole part %q, want %q", c.d.ID, c.d.FullTitle.RU, want)
		}
		if want := "Мүгедекті оңалтудың жеке бағдарламасының " + c.kkAdjective + " бөлігі"; c.d.FullTitle.KK != want {
			t.Errorf("%s: whole part %q, want %q", c.d.ID, c.d.FullTitle.KK, want)
		}
		if !strings.HasSuffix(c.d.Title.KK, " бөлігінен үзінді көшірме") {
			t.Errorf("%s: title %q", c.d.ID, c.d.Title.KK)
		}
	}
}

// titles lists every composed title and caption of every form.
func titles() string {
	var b strings.Builder
	line := func(indent, label string, t forms.Text) {
		fmt.Fprintf(&b, "%s%s\n%s  kk: %s\n%s  ru: %s\n", indent, label, indent, t.KK, indent, t.RU)
	}
	unit := forms.Text{KK: "№ 2", RU: "№ 2"}
	region := forms.Text{KK: "Астана қаласы", RU: "городу Астана"}
	b.WriteString("# Every title and composed caption of the forms, as printed, in both languages.\n")
	b.WriteString("# Regenerate with: go test ./forms -update (then review the diff).\n\n")
	b.WriteString("== Journals (Order No. 318)\n\n")
	for _, j := range forms.Journals() {
		fmt.Fprintf(&b, "%s (Appendix %d, %s)\n", j.ID, j.Appendix, j.Orientation)
		line("  ", "title, unit «№ 2»:", j.Title.Fill(unit))
		line("  ", "title, blank:", j.Title.Fill(forms.Text{}))
		line("  ", "department, region «Астана қаласы / городу Астана»:", j.Book.Department.Fill(region))
		for _, s := range j.Sections {
			line("  ", "section "+s.ID+":", s.Caption)
		}
		for _, g := range j.Groups {
			line("  ", fmt.Sprintf("column group %d–%d:", g.First, g.Last), g.Caption)
		}
		line("  ", "volume:", j.Book.Volume.Fill(forms.Text{KK: "2", RU: "2"}))
		line("  ", "volume entries:", j.Book.VolumeEntries.Fill(forms.Text{KK: "4731–9412", RU: "4731–9412"}))
		line("  ", "started, blank:", j.Book.Started.Fill(j.Book.BlankDate))
		line("  ", "ended, blank:", j.Book.Ended.Fill(j.Book.BlankDate))
		b.WriteString("\n")
	}
	b.WriteString("== Documents (Order No. 60)\n\n")
	for _, d := range forms.Documents() {
		bk := d.Common
		fmt.Fprintf(&b, "%s (%s)\n", d.ID, d.Paper)
		if d.FullTitle.IsZero() {
			line("  ", "title:", d.Title)
		} else {
			line("  ", "title of the extract:", d.Title)
			line("  ", "title of the whole part (work injury, occupational disease):", d.FullTitle)
		}
		line("  ", "unit, «№ 2 медициналық-әлеуметтік сараптама / медико-социальной экспертизы № 2»:",
			bk.Unit.Fill(forms.Text{KK: "№ 2 медициналық-әлеуметтік сараптама", RU: "медико-социальной экспертизы № 2"}))
		date := bk.FillDate("09", bk.Month(1, forms.Nominative), "2025")
		line("  ", "issued on:", bk.IssuedOn.Fill(date))
		for _, f := range d.Fields {
			switch f.Kind {
			case forms.FieldLine:
				line("  ", "line "+f.Key+":", f.Label.Fill(bk.FillDate("09", bk.Month(1, f.DateCase), "2025")))
			case forms.FieldTable:
				line("  ", "table "+f.Key+":", f.Label)
			}
		}
		b.WriteString("\n")
	}
	common := forms.DisabilityCertificate().Common
	for _, o := range forms.Terms() {
		term := forms.Term(o.ID)
		line("", "term "+o.ID+":", o.Label.Fill(common.FillDate("09", common.Month(1, term.DateCase()), "2028")))
	}
	line("", "batch of documents:", common.Batch)
	line("", "blank date:", common.FillDate("", forms.Text{}, ""))
	return b.String()
}

// TestDateCases checks that a date before a Kazakh postposition takes the
// case it governs: the dative before «дейін», the ablative before
// «бастап», and that every month has both forms.
func TestDateCases(t *testing.T) {
	want := func(kk string) forms.Case {
		_, after, ok := strings.Cut(kk, forms.Slot)
		switch {
		case !ok:
			return forms.Nominative
		case strings.HasPrefix(after, " дейін"):
			return forms.Dative
		case strings.HasPrefix(after, " бастап"):
			return forms.Ablative
		}
		return forms.Nominative
	}
	for _, d := range forms.Documents() {
		for _, f := range d.Fields {
			if f.Kind == forms.FieldLine && f.DateCase != want(f.Label.KK) {
				t.Errorf("%s.%s: date case %d, want %d", d.ID, f.Key, f.DateCase, want(f.Label.KK))
			}
		}
		for m := 1; m <= 12; m++ {
			nom := d.Common.Month(m, forms.Nominative).KK
			dat, abl := d.Common.Month(m, forms.Dative).KK, d.Common.Month(m, forms.Ablative).KK
			if !strings.HasPrefix(dat, nom) || !strings.HasPrefix(abl, nom) || dat == nom || abl == nom {
				t.Errorf("%s: month %d: %q, %q, %q", d.ID, m, nom, dat, abl)
			}
		}
	}
	for _, o := range forms.Terms() {
		if got := forms.Term(o.ID).DateCase(); got != want(o.Label.KK) {
			t.Errorf("term %s: date case %d, want %d", o.ID, got, want(o.Label.KK))
		}
	}
}
