package certificate_test

import (
	"flag"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/msedocs/msedocs/certificate"
	"github.com/msedocs/msedocs/internal/golden"
)

// goldens are the package's golden files; go test -update rewrites them.
var goldens = golden.Files{Pkg: "./certificate", Update: flag.Bool("update", false, "rewrite the golden files under testdata/")}

// dump returns the pages of d as a txtar archive, one file a page.
func dump(t *testing.T, d certificate.Document) []byte {
	t.Helper()
	pages, err := certificate.LayOut(d, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	form := d.Form()
	return golden.Pages(t, pages, fmt.Sprintf("%s: %s / %s, %s, sample record.", form.ID, form.Title.KK, form.Title.RU, form.Paper))
}

// TestGolden keeps the layout of every document: one page each, its
// paper, and every line where it stands.
func TestGolden(t *testing.T) {
	for _, d := range append(all(), fullProfessionalRehab(), disabledNotice()) {
		name := d.Form().ID
		if v := variant(d); v != "" {
			name += "-" + v
		}
		t.Run(name, func(t *testing.T) {
			goldens.Check(t, filepath.Join("layout", name+".txtar"), dump(t, d))
		})
	}
}

// variant names the second sample of a form in the golden files.
func variant(d certificate.Document) string {
	switch d := d.(type) {
	case *certificate.ProfessionalRehab:
		if d.Cause == "work_injury" {
			return "full"
		}
	case *certificate.ExpertNotice:
		if d.Decision == "disabled" {
			return "disabled"
		}
	}
	return ""
}
