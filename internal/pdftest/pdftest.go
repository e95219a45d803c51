// Package pdftest reads PDF files back for tests: the text of each page
// (github.com/ledongthuc/pdf) and pdfcpu's validation and page count.
package pdftest

import (
	"bytes"
	"strings"
	"testing"

	"github.com/ledongthuc/pdf"
	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

// Texts extracts the text of every page, in drawing order.
func Texts(t testing.TB, data []byte) []string {
	t.Helper()
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	out := make([]string, r.NumPage())
	for i := range out {
		s, err := r.Page(i + 1).GetPlainText(nil)
		if err != nil {
			t.Fatalf("page %d: %v", i+1, err)
		}
		out[i] = s
	}
	return out
}

// Squash removes white space, so that text wrapped over several lines can
// be found whole.
func Squash(s string) string { return strings.Join(strings.Fields(s), "") }

// Pages runs pdfcpu's validation and returns the page count.
func Pages(t testing.TB, data []byte) int {
	t.Helper()
	conf := model.NewDefaultConfiguration()
	if err := api.Validate(bytes.NewReader(data), conf); err != nil {
		t.Fatalf("pdfcpu validation: %v", err)
	}
	n, err := api.PageCount(bytes.NewReader(data), conf)
	if err != nil {
		t.Fatal(err)
	}
	return n
}
