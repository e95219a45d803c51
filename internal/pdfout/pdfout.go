// Package pdfout prints layout pages as PDF. It only walks the page tree
// and draws; every decision about where things go was made by package
// layout.
//
// Pages are written to the output in order as they come, their content
// streams compressed on every core meanwhile, at most a few pages in
// flight, so a document of any length needs memory for a few pages and
// the bytes are those of a serial run. A table's header and its empty
// ruled rows, which repeat page after page, are drawn once as form
// XObjects and placed on each page. Text is set in the document's
// TrueType faces, embedded as subset CID fonts whose codes are one byte
// a glyph (see oneByte), with a ToUnicode map, so the text can be
// searched and extracted; each line moves from the one before (Td).
// A rune the face lacks is an error: nothing is ever drawn blank.
//
// Every file is PDF/A-1b (ISO 19005-1, level B) unless Info.NoArchive
// says otherwise: see archive.go.
package pdfout

import (
	"bufio"
	"bytes"
	"crypto/md5"
	"fmt"
	"hash"
	"io"
	"strconv"
	"time"

	"github.com/msedocs/msedocs/fonts"
	"github.com/msedocs/msedocs/internal/layout"
)

// Info is the document's metadata.
type Info struct {
	// Title, Subject, Author, Creator and Producer go into the document
	// information dictionary and, for PDF/A, its XMP metadata.
	Title, Subject, Author, Creator, Producer string
	// Created is the creation date written into the file. It is never
	// taken from the clock, so the same input gives the same bytes.
	Created time.Time
	// NoArchive writes a plain PDF instead of PDF/A-1b, without the XMP
	// metadata, the colour profile (7 KB) and the CID sets. PDF/A is the
	// form kept for records; a file that a later tool will change by
	// adding what PDF/A-1 forbids (transparency, attachments,
	// encryption) would otherwise claim a conformance it no longer has.
	NoArchive bool
}

// RuleWidth is the width of table borders, in points.
const RuleWidth = 0.5

// Fixed object numbers; pages and their contents follow from firstPage.
const (
	objCatalog  = 1
	objPages    = 2
	objInfo     = 3
	objMetadata = 4
	objIntent   = 5
	objProfile  = 6
	objFonts    = 7 // two faces × fontObjects
	firstPage   = objFonts + 2*fontObjects
)

// Writer draws pages into one PDF document.
type Writer struct {
	out     *bufio.Writer
	sum     hash.Hash // of everything written: the document's ID
	offset  int64
	offsets []int64 // by object number; 0 for none
	nextObj int
	pages   []int // page object numbers
	faces   [2]*face
	err     error

	// buffered is set when the caller gives the output only at Close.
	buffered *bytes.Buffer

	queue queue
	forms forms
	num   []byte
}

// NewStream starts a document written to out as pages come.
func NewStream(out io.Writer, fam *fonts.Family) (*Writer, error) {
	if fam == nil || fam.Regular == nil || fam.Bold == nil {
		return nil, fmt.Errorf("pdf: no fonts")
	}
	w := &Writer{
		sum:     md5.New(),
		nextObj: firstPage,
		queue:   newQueue(),
		forms:   newForms(),
	}
	w.out = bufio.NewWriterSize(io.MultiWriter(out, w.sum), 64<<10)
	w.faces[layout.Regular] = newFace(fam.Regular, "F1", objFonts)
	w.faces[layout.Bold] = newFace(fam.Bold, "F2", objFonts+fontObjects)
	if w.faces[1].name == w.faces[0].name {
		w.faces[1].name += "-Bold"
	}
	// The version is 1.4, which PDF/A-1 is built on; the binary comment
	// marks the file as binary for transfer programs.
	w.write("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	return w, w.err
}

// New starts a document that Close writes to its output at the end.
func New(fam *fonts.Family) (*Writer, error) {
	var buf bytes.Buffer
	w, err := NewStream(&buf, fam)
	if err != nil {
		return nil, err
	}
	w.buffered = &buf
	return w, nil
}

// Pages returns the number of pages drawn so far.
func (w *Writer) Pages() int { return len(w.pages) }

func (w *Writer) write(s string) {
	if w.err != nil {
		return
	}
	n, err := w.out.WriteString(s)
	w.offset += int64(n)
	w.err = err
}

func (w *Writer) writeBytes(b []byte) {
	if w.err != nil {
		return
	}
	n, err := w.out.Write(b)
	w.offset += int64(n)
	w.err = err
}

// begin starts object n.
func (w *Writer) begin(n int) {
	for len(w.offsets) <= n {
		w.offsets = append(w.offsets, 0)
	}
	w.offsets[n] = w.offset
	w.write(strconv.Itoa(n) + " 0 obj\n")
}

func (w *Writer) end() { w.write("endobj\n") }

// writeStream writes object n as a stream of data as it is.
func (w *Writer) writeStream(n int, dict string, data []byte) {
	w.begin(n)
	w.write("<< " + dict + " /Length " + strconv.Itoa(len(data)) + " >>\nstream\n")
	w.writeBytes(data)
	w.write("\nendstream\n")
	w.end()
}

// streamNow writes object n at once, compressed unless raw; the queue
// must be empty.
func (w *Writer) streamNow(n int, dict string, data []byte, compress bool) {
	if !compress {
		w.writeStream(n, dict, data)
		return
	}
	j := w.job(n, dict)
	j.data.Write(data)
	j.done = make(chan struct{})
	close(j.done)
	j.compress()
	w.queue.pending = append(w.queue.pending, j)
	w.flushOne()
}

// Close finishes the document. A Writer made by New writes it all to out;
// one made by NewStream has written its pages already and ignores out.
func (w *Writer) Close(out io.Writer, info Info) error {
	if err := w.Finish(info); err != nil {
		return err
	}
	if w.buffered != nil {
		if _, err := w.buffered.WriteTo(out); err != nil {
			return fmt.Errorf("pdf: write: %w", err)
		}
	}
	return nil
}

// Finish writes the fonts, the page tree, the metadata and the
// cross-reference table, and flushes the output.
func (w *Writer) Finish(info Info) error {
	w.drain()
	if w.err != nil {
		return w.err
	}
	if len(w.pages) == 0 {
		return fmt.Errorf("pdf: no pages")
	}
	archive := !info.NoArchive
	for _, f := range w.faces {
		f.write(w, archive)
	}
	w.begin(objPages)
	var kids bytes.Buffer
	for i, p := range w.pages {
		if i > 0 {
			kids.WriteByte(' ')
		}
		kids.WriteString(ref(p))
	}
	w.write("<< /Type /Pages /Count " + strconv.Itoa(len(w.pages)) + " /Kids [" + kids.String() + "] >>\n")
	w.end()
	w.begin(objCatalog)
	if archive {
		w.write("<< /Type /Catalog /Pages " + ref(objPages) + " /Metadata " + ref(objMetadata) +
			" /OutputIntents [" + ref(objIntent) + "] >>\n")
	} else {
		w.write("<< /Type /Catalog /Pages " + ref(objPages) + " >>\n")
	}
	w.end()
	w.writeInfo(info)
	if archive {
		w.writeArchive(info)
	}
	w.writeTrailer()
	if w.err != nil {
		return fmt.Errorf("pdf: write: %w", w.err)
	}
	return nil
}

// writeInfo writes the document information dictionary.
func (w *Writer) writeInfo(info Info) {
	w.begin(objInfo)
	w.write("<<")
	for _, kv := range [][2]string{{"Title", info.Title}, {"Subject", info.Subject}, {"Author", info.Author}, {"Creator", info.Creator}, {"Producer", info.Producer}} {
		if kv[1] != "" {
			w.write(" /" + kv[0] + " " + textString(kv[1]))
		}
	}
	if !info.Created.IsZero() {
		d := " (D:" + info.Created.UTC().Format("20060102150405") + "Z)"
		// PDF/A asks for a modification date wherever there is one of
		// creation; nothing changes the file after it is made.
		w.write(" /CreationDate" + d + " /ModDate" + d)
	}
	w.write(" >>\n")
	w.end()
}

// writeTrailer writes the cross-reference table and the trailer, whose
// ID is the digest of all that precedes it: the same document always
// gets the same ID.
func (w *Writer) writeTrailer() {
	if err := w.out.Flush(); err != nil && w.err == nil {
		w.err = err
	}
	id := fmt.Sprintf("%X", w.sum.Sum(nil))
	xref := w.offset
	n := max(w.nextObj, len(w.offsets))
	var b bytes.Buffer
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", n)
	for i := 1; i < n; i++ {
		if i >= len(w.offsets) || w.offsets[i] == 0 {
			b.WriteString("0000000000 65535 f \n")
			continue
		}
		fmt.Fprintf(&b, "%010d 00000 n \n", w.offsets[i])
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root %s /Info %s /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n",
		n, ref(objCatalog), ref(objInfo), id, id, xref)
	w.writeBytes(b.Bytes())
	if err := w.out.Flush(); err != nil && w.err == nil {
		w.err = err
	}
}

func ref(n int) string { return strconv.Itoa(n) + " 0 R" }

// textString encodes s as a PDF text string in UTF-16BE.
func textString(s string) string {
	var b bytes.Buffer
	b.WriteString("<FEFF")
	for _, r := range s {
		if r > 0xFFFF {
			r1, r2 := 0xD800+((r-0x10000)>>10), 0xDC00+((r-0x10000)&0x3FF)
			fmt.Fprintf(&b, "%04X%04X", r1, r2)
			continue
		}
		fmt.Fprintf(&b, "%04X", r)
	}
	b.WriteString(">")
	return b.String()
}
