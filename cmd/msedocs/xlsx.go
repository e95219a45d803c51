package main

import (
	"bytes"
	"io"

	"github.com/msedocs/msedocs/journal"
)

// xlsxAvailable reports whether XLSX can be written and read: nil, now
// that package journal does both. It is the one place to turn XLSX off.
func xlsxAvailable() error { return nil }

// writeXLSX writes j as an XLSX workbook.
func writeXLSX(j journal.Journal, w io.Writer, opts *journal.Options) error {
	return j.WriteXLSX(w, opts)
}

// readXLSX reads a filled journal back from an XLSX workbook.
func readXLSX(data []byte) (journal.Journal, error) {
	return journal.ReadXLSX(bytes.NewReader(data))
}
