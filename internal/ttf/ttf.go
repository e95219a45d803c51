// Package ttf reads and writes the table directory of a TrueType file,
// the part of the format that the PDF writer's font subsets and the
// tests' damaged fonts share. (fonts.Parse checks a directory with
// messages of its own before anything else reads it.)
package ttf

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
)

// ErrDirectory reports a table directory cut off, or a table that runs
// past the end of the file.
var ErrDirectory = errors.New("ttf: damaged table directory")

// Tables returns the tables of a TrueType file by tag, each a slice of
// file (not a copy). A tag listed twice keeps its last table.
func Tables(file []byte) (map[string][]byte, error) {
	be := binary.BigEndian
	if len(file) < 12 {
		return nil, fmt.Errorf("%w: %d bytes", ErrDirectory, len(file))
	}
	n := int(be.Uint16(file[4:]))
	if len(file) < 12+16*n {
		return nil, fmt.Errorf("%w: %d tables cut off at %d bytes", ErrDirectory, n, len(file))
	}
	tables := make(map[string][]byte, n)
	for i := range n {
		rec := file[12+16*i:]
		tag := string(rec[:4])
		off, length := uint64(be.Uint32(rec[8:])), uint64(be.Uint32(rec[12:]))
		if off+length > uint64(len(file)) {
			return nil, fmt.Errorf("%w: table %q out of bounds", ErrDirectory, tag)
		}
		tables[tag] = file[off : off+length]
	}
	return tables, nil
}

// Assemble writes tables into a TrueType file: the directory sorted by
// tag, each table on a 4-byte boundary with its checksum. With sumHead,
// the head table's checkSumAdjustment is set so that the whole file sums
// to 0xB1B0AFBA, as a font's must (a head shorter than 12 bytes is left
// as it is: a damaged font is the caller's to make).
func Assemble(tables map[string][]byte, sumHead bool) []byte {
	be := binary.BigEndian
	tags := make([]string, 0, len(tables))
	for t := range tables {
		tags = append(tags, t)
	}
	slices.Sort(tags)
	n := len(tags)
	entrySelector := 0
	for 1<<(entrySelector+1) <= n {
		entrySelector++
	}
	searchRange := 16 << entrySelector
	buf := make([]byte, 12+16*n)
	be.PutUint32(buf, 0x00010000)
	be.PutUint16(buf[4:], uint16(n))
	be.PutUint16(buf[6:], uint16(searchRange))
	be.PutUint16(buf[8:], uint16(entrySelector))
	be.PutUint16(buf[10:], uint16(16*n-searchRange))
	headAt := -1
	for i, tag := range tags {
		data := tables[tag]
		rec := buf[12+16*i:]
		copy(rec, tag)
		be.PutUint32(rec[4:], Checksum(data))
		be.PutUint32(rec[8:], uint32(len(buf)))
		be.PutUint32(rec[12:], uint32(len(data)))
		if tag == "head" && len(data) >= 12 {
			headAt = len(buf)
		}
		buf = append(buf, data...)
		for len(buf)%4 != 0 {
			buf = append(buf, 0)
		}
	}
	if sumHead && headAt >= 0 {
		be.PutUint32(buf[headAt+8:], 0xB1B0AFBA-Checksum(buf))
	}
	return buf
}

// Checksum is the TrueType checksum of b: the sum of its big-endian
// 32-bit words, the last padded with zeros.
func Checksum(b []byte) uint32 {
	var sum uint32
	for i := 0; i < len(b); i += 4 {
		var w [4]byte
		copy(w[:], b[i:])
		sum += binary.BigEndian.Uint32(w[:])
	}
	return sum
}
