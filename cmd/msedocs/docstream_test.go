package main

import (
	"path/filepath"
	"testing"
)

// TestStreamMemoryDocuments renders and validates a batch of 20 000
// disability certificates: memory does not grow with the documents (all
// in memory, the render took about 200 MB; 100 000 took 1 GB).
func TestStreamMemoryDocuments(t *testing.T) {
	if testing.Short() {
		t.Skip("renders 20 000 documents")
	}
	dir, tmp := t.TempDir(), t.TempDir()
	in := filepath.Join(dir, "docs.json")
	if p := runProcess(t, dir, tmp, dataLimitKB, fileLimitKB, "sample", "disability", "-n", "20000", "-o", in); p.code != 0 {
		t.Fatalf("sample: %+v", p)
	}
	for _, args := range [][]string{
		{"validate", "-in", in},
		{"render", "-in", in, "-o", "docs.pdf"},
	} {
		p := runProcess(t, dir, tmp, dataLimitKB, fileLimitKB, args...)
		if p.code != 0 {
			t.Fatalf("%v: exit %d\n%.1500s", args, p.code, p.stderr)
		}
		t.Logf("%v: peak RSS %d MB", args[:len(args)-1], p.maxRSS>>20)
		if p.maxRSS >= streamRSSLimit {
			t.Errorf("%v: peak RSS %d MB, want under %d MB", args, p.maxRSS>>20, streamRSSLimit>>20)
		}
	}
}
