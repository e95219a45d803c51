package journal_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/pdftest"
	"github.com/msedocs/msedocs/journal"
)

// TestArchivePDFA validates every journal as PDF/A-1b with Apache PDFBox
// Preflight, and checks it with qpdf and poppler: blank and filled, in
// one volume and in several (journals 2–6), with and without a creation date.
func TestArchivePDFA(t *testing.T) {
	out := map[string][]byte{}
	long := filled(120)
	for i, j := range filled(40) {
		id := j.Form().ID
		opts := testOptions()
		if i%2 == 0 {
			opts.Created = time.Date(2025, 2, 3, 4, 5, 6, 0, time.UTC)
		}
		out[id+"-filled.pdf"] = render(t, j, opts)
		var f files
		opts = testOptions()
		opts.VolumePages = 4
		if err := journal.Write([]journal.Output{f.output(long[i])}, opts); err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		if len(f.vols) < 2 && id != "journal1" { // journal 1 is never split
			t.Fatalf("%s: %d volume, want several", id, len(f.vols))
		}
		for n, b := range f.vols {
			out[fmt.Sprintf("%s-vol%d.pdf", id, n)] = b.Bytes()
		}
	}
	for _, form := range forms.Journals() {
		out[form.ID+"-blank.pdf"] = render(t, &journal.Blank{Journal: form, Pages: 5}, testOptions())
	}
	pdftest.Archive(t, out, func(name string, pages []string) {
		if strings.Contains(name, "-vol") || strings.HasSuffix(name, "-blank.pdf") {
			return
		}
		// Every page of a filled journal but its title page and last
		// shows the header, drawn once and placed on each.
		for p := 1; p < len(pages)-1; p++ {
			if !strings.Contains(squash(pages[p]), "Датарождения") && !strings.Contains(squash(pages[p]), "Дата") {
				t.Errorf("%s: page %d: pdftotext finds no table header", name, p+1)
			}
		}
	})
}

// TestNoArchive writes plain PDF when asked: no XMP metadata, no output
// intent.
func TestNoArchive(t *testing.T) {
	j := filled(3)[5]
	opts := testOptions()
	opts.NoArchive = true
	plain := render(t, j, opts)
	archival := render(t, j, testOptions())
	for _, key := range []string{"/Metadata", "/OutputIntents", "/CIDSet", "pdfaid:part"} {
		if bytes.Contains(plain, []byte(key)) {
			t.Errorf("NoArchive wrote %s", key)
		}
		if !bytes.Contains(archival, []byte(key)) {
			t.Errorf("PDF/A without %s", key)
		}
	}
}
