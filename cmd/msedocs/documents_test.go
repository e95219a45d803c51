package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/msedocs/msedocs/forms"
)

// TestDocumentsRoundTrip runs sample, validate, render and blank for every
// document form, and checks that sample is deterministic for a seed.
func TestDocumentsRoundTrip(t *testing.T) {
	dir := t.TempDir()
	var batch []json.RawMessage
	for _, f := range forms.Documents() {
		a := runIn(t, dir, "", "sample", f.ID, "-n", "3", "-seed", "42")
		b := runIn(t, dir, "", "sample", f.ID, "-n", "3", "-seed", "42")
		c := runIn(t, dir, "", "sample", f.ID, "-n", "3", "-seed", "43")
		if a.code != 0 || a.stdout != b.stdout {
			t.Errorf("%s: sample not deterministic (exit %d: %s)", f.ID, a.code, a.stderr)
		}
		if a.stdout == c.stdout {
			t.Errorf("%s: seeds 42 and 43 give the same sample", f.ID)
		}
		if !regexp.MustCompile(`[ӘҒҚҢӨҰҮҺІәғқңөұүһі]`).MatchString(a.stdout) {
			t.Errorf("%s: sample has no Kazakh letters", f.ID)
		}
		if r := runIn(t, dir, a.stdout, "validate", "-in", "-"); r.code != 0 || !strings.Contains(r.stdout, "3 documents (3 "+f.ID+")") {
			t.Errorf("%s: sample does not validate: %+v", f.ID, r)
		}
		if r := runIn(t, dir, a.stdout, "render", "-in", "-", "-o", "$D/"+f.ID+".pdf"); r.code != 0 {
			t.Errorf("%s: sample does not render: %s", f.ID, r.stderr)
		} else if data, _ := os.ReadFile(filepath.Join(dir, f.ID+".pdf")); len(pdfPages(t, data)) != 3 {
			t.Errorf("%s: 3 documents are not 3 pages", f.ID)
		}
		if r := runIn(t, dir, "", "blank", f.ID, "-o", "$D/blank-"+f.ID+".pdf"); r.code != 0 {
			t.Errorf("%s: blank: %s", f.ID, r.stderr)
		} else {
			data, _ := os.ReadFile(filepath.Join(dir, "blank-"+f.ID+".pdf"))
			pages := pdfPages(t, data)
			if len(pages) != 1 || !strings.Contains(squash(pages[0]), squash(f.Title.RU)) {
				t.Errorf("%s: blank is %d pages, not the form", f.ID, len(pages))
			}
		}
		var s struct {
			Documents []json.RawMessage `json:"documents"`
		}
		json.Unmarshal([]byte(a.stdout), &s)
		batch = append(batch, s.Documents[0])
	}
	// One batch of every form, a page each.
	in, _ := json.Marshal(map[string]any{"form": "documents", "documents": batch})
	if r := runIn(t, dir, string(in), "render", "-in", "-", "-o", "$D/all.pdf"); r.code != 0 {
		t.Fatalf("render a mixed batch: %s", r.stderr)
	}
	data, _ := os.ReadFile(filepath.Join(dir, "all.pdf"))
	if n := len(pdfPages(t, data)); n != len(forms.Documents()) {
		t.Errorf("a batch of %d documents has %d pages", len(forms.Documents()), n)
	}
}
