package main

import (
	"os"
	"runtime/debug"

	"github.com/msedocs/msedocs/journal"
)

// journalHeapLimit is the soft limit on the Go heap while render prints
// a journal of volumes of journal.DefaultVolumePages into files. What a
// journal holds is bounded whatever its length: two volumes' laid-out
// pages (the one being set, the one printing), two workbooks being
// written, some entries decoded ahead (about 45 MB for 100 000 entries
// of journal 6 in 16 workbooks). The collector would let the heap grow
// to twice that before it runs; under the limit it runs sooner when the
// heap nears it, which keeps the command's peak RSS under 100 MB at a
// small cost in time (README.md, "The command line"), and none when
// the working set is smaller (one PDF, one workbook).
const journalHeapLimit = 72 << 20

// heldPageBytes is about what one laid-out page of a volume takes while
// the volume is held (layout.Binder): the limit grows by three of them a
// page of larger volumes (the volume being set, the one printing, and
// room for the collector), so that it never falls below what is held,
// where the collector would run without pause.
const heldPageBytes = 40 << 10

// heapLimit returns the soft limit for volumes of volumePages
// (journal.NoVolumeLimit: one volume, laid out as it prints).
func heapLimit(volumePages int) int64 {
	extra := max(volumePages-journal.DefaultVolumePages, 0)
	return journalHeapLimit + int64(3*extra)*heldPageBytes
}

// heapLimited runs fn under heapLimit(volumePages), unless GOMEMLIMIT
// in the environment sets a limit of its own.
func heapLimited(volumePages int, fn func() error) error {
	if os.Getenv("GOMEMLIMIT") != "" {
		return fn()
	}
	old := debug.SetMemoryLimit(heapLimit(volumePages))
	defer debug.SetMemoryLimit(old)
	return fn()
}
