package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRenderVerifyURL checks -verify-url: documents printed with it carry
// the URL beneath their code, a bad template is a usage error, and a
// journal refuses it.
func TestRenderVerifyURL(t *testing.T) {
	dir := t.TempDir()
	const tmpl = "https://msek.example.kz/v/{form}/{series}/{number}?date={date}"
	docs := runIn(t, dir, "", "sample", "disability", "-n", "2", "-seed", "7")
	if docs.code != 0 {
		t.Fatal(docs.stderr)
	}
	if r := runIn(t, dir, docs.stdout, "render", "-in", "-", "-o", "$D/d.pdf", "-verify-url", tmpl); r.code != 0 {
		t.Fatalf("render: %s", r.stderr)
	}
	data, _ := os.ReadFile(filepath.Join(dir, "d.pdf"))
	pages := pdfPages(t, data)
	if len(pages) != 2 {
		t.Fatalf("%d pages", len(pages))
	}
	for i, p := range pages {
		if !strings.Contains(squash(p), "https://msek.example.kz/v/disability/") {
			t.Errorf("page %d: no verification URL", i+1)
		}
	}
	if r := runIn(t, dir, docs.stdout, "render", "-in", "-", "-o", "$D/x.xlsx", "-verify-url", tmpl); r.code != 0 {
		t.Errorf("render xlsx: %s", r.stderr)
	}
	for _, bad := range []string{"https://msek.example.kz/{iin}", "msek.example.kz/{number}"} {
		if r := runIn(t, dir, docs.stdout, "render", "-in", "-", "-o", "$D/e.pdf", "-verify-url", bad); r.code != 2 || !strings.Contains(r.stderr, "-verify-url") {
			t.Errorf("%q: exit %d: %s", bad, r.code, r.stderr)
		}
	}
	j := runIn(t, dir, "", "sample", "journal2", "-n", "2")
	if r := runIn(t, dir, j.stdout, "render", "-in", "-", "-o", "$D/j.pdf", "-verify-url", tmpl); r.code != 2 {
		t.Errorf("journal with -verify-url: exit %d: %s", r.code, r.stderr)
	}
}
