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
	checkPeaks(t, dir, tmp, [][]string{
		{"validate", "-in", in},
		{"render", "-in", in, "-o", "docs.pdf"},
	})
}
