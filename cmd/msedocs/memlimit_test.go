package main

import (
	"testing"

	"github.com/msedocs/msedocs/journal"
)

// TestHeapLimit: the soft heap limit is the journal limit for volumes of
// the default size or one volume, and grows with larger volumes, which
// hold more pages, so that it never falls below what they hold.
func TestHeapLimit(t *testing.T) {
	for _, vp := range []int{journal.NoVolumeLimit, journal.MinVolumePages, journal.DefaultVolumePages} {
		if got := heapLimit(vp); got != journalHeapLimit {
			t.Errorf("heapLimit(%d) = %d, want %d", vp, got, journalHeapLimit)
		}
	}
	// Volumes of 3 000 pages hold about 100 MB of pages each.
	if got := heapLimit(3000); got < journalHeapLimit+2*100<<20 {
		t.Errorf("heapLimit(3000) = %d MiB, want room for two volumes of 100 MB", got>>20)
	}
}
