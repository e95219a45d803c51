package certificate_test

import (
	"bytes"
	"testing"
	"time"

	"github.com/msedocs/msedocs/certificate"
	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/pdftest"
	"github.com/msedocs/msedocs/internal/sample"
)

// TestArchivePDFA validates every document, a blank of each and a batch
// of all as PDF/A-1b with Apache PDFBox Preflight, and checks them with
// qpdf and poppler.
func TestArchivePDFA(t *testing.T) {
	opts := &certificate.Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC),
		Created: time.Date(2025, 2, 3, 4, 5, 6, 0, time.UTC)}
	files := map[string][]byte{}
	write := func(name string, docs ...certificate.Document) {
		var b bytes.Buffer
		if err := certificate.WritePDF(&b, opts, docs...); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		files[name] = b.Bytes()
	}
	var all []certificate.Document
	for _, f := range forms.Documents() {
		docs, err := sample.New(3).Documents(f.ID, 2)
		if err != nil {
			t.Fatalf("%s: %v", f.ID, err)
		}
		write(f.ID+".pdf", docs[0])
		all = append(all, docs...)
		b, ok := certificate.NewBlank(f.ID)
		if !ok {
			t.Fatalf("no blank %s", f.ID)
		}
		write(f.ID+"-blank.pdf", b)
	}
	write("batch.pdf", all...)
	pdftest.Archive(t, files, nil)
}
