package main

import (
	"os"
	"runtime/debug"
)

// journalHeapLimit is the soft limit on the Go heap while render prints
// a journal into files. What a journal holds is bounded whatever its
// length: two volumes' laid-out pages, two workbooks being written, some
// entries decoded ahead (about 45 MB for 100 000 entries of journal 6 in
// 16 workbooks). The collector would let the heap grow to twice that
// before it runs; under the limit it runs sooner when the heap nears
// it, which keeps the command's peak RSS under 100 MB at a small cost in
// time (measured in README.md, "The command line"), and none at all
// when the working set is smaller (one PDF, one workbook).
const journalHeapLimit = 72 << 20

// heapLimited runs fn under journalHeapLimit, unless GOMEMLIMIT in the
// environment sets a limit of its own.
func heapLimited(fn func() error) error {
	if os.Getenv("GOMEMLIMIT") != "" {
		return fn()
	}
	old := debug.SetMemoryLimit(journalHeapLimit)
	defer debug.SetMemoryLimit(old)
	return fn()
}
