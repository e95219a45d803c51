package certificate_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/msedocs/msedocs/certificate"
	"github.com/msedocs/msedocs/internal/layout"
	"github.com/msedocs/msedocs/internal/txtar"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// checkGolden compares got with testdata/name, or rewrites it with -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./certificate -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-want +got); if the change is meant, run go test ./certificate -update and review the diff:\n%s", path, diff)
	}
}

// dump returns the pages of d as a txtar archive, one file a page.
func dump(t *testing.T, d certificate.Document) []byte {
	t.Helper()
	pages, err := certificate.LayOut(d, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	form := d.Form()
	comment := fmt.Sprintf("%s: %s / %s, %s, sample record.\n", form.ID, form.Title.KK, form.Title.RU, form.Paper)
	a := &txtar.Archive{Comment: []byte(comment)}
	for _, p := range pages {
		var b bytes.Buffer
		if err := layout.Dump(&b, p); err != nil {
			t.Fatal(err)
		}
		a.Files = append(a.Files, txtar.File{Name: fmt.Sprintf("page-%03d", p.Number), Data: b.Bytes()})
	}
	return txtar.Format(a)
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
			checkGolden(t, filepath.Join("layout", name+".txtar"), dump(t, d))
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
