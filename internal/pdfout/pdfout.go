// Package pdfout prints layout pages as PDF. It only walks the page tree
// and draws; every decision about where things go was made by package
// layout.
//
// Pages are written to the output as they come, each content stream
// compressed, so a document of any length needs memory for one page at a
// time. Text is set in the document's TrueType faces, embedded whole as
// CID fonts with a ToUnicode map, so the text can be searched and
// extracted. A rune the face lacks is an error: nothing is ever drawn
// blank.
package pdfout

import (
	"bufio"
	"bytes"
	"compress/zlib"
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
	Title, Subject, Author, Creator, Producer string
	// Created is the creation date written into the file. It is never
	// taken from the clock, so the same input gives the same bytes.
	Created time.Time
}

// RuleWidth is the width of table borders, in points.
const RuleWidth = 0.5

// Fixed object numbers; pages and their contents follow from firstPage.
const (
	objCatalog = 1
	objPages   = 2
	objInfo    = 3
	objFonts   = 4 // two faces × fontObjects
	firstPage  = objFonts + 2*fontObjects
)

// Writer draws pages into one PDF document.
type Writer struct {
	out     *bufio.Writer
	sum     hash.Hash // of everything written: the document's ID
	offset  int64
	offsets map[int]int64 // object number → byte offset
	nextObj int
	pages   []int // page object numbers
	faces   [2]*face
	err     error

	// buffered is set when the caller gives the output only at Close.
	buffered *bytes.Buffer

	// reused for every page
	content bytes.Buffer
	packed  bytes.Buffer
	zw      *zlib.Writer
	num     []byte
}

// NewStream starts a document written to out as pages come.
func NewStream(out io.Writer, fam *fonts.Family) (*Writer, error) {
	if fam == nil || fam.Regular == nil || fam.Bold == nil {
		return nil, fmt.Errorf("pdf: no fonts")
	}
	w := &Writer{
		sum:     md5.New(),
		offsets: make(map[int]int64),
		nextObj: firstPage,
	}
	w.out = bufio.NewWriterSize(io.MultiWriter(out, w.sum), 64<<10)
	w.faces[layout.Regular] = newFace(fam.Regular, "F1", objFonts)
	w.faces[layout.Bold] = newFace(fam.Bold, "F2", objFonts+fontObjects)
	if w.faces[1].name == w.faces[0].name {
		w.faces[1].name += "-Bold"
	}
	zw, err := zlib.NewWriterLevel(&w.packed, zlib.BestSpeed)
	if err != nil {
		return nil, err
	}
	w.zw = zw
	// The binary comment marks the file as binary for transfer programs.
	w.write("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
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
	w.offsets[n] = w.offset
	w.write(strconv.Itoa(n) + " 0 obj\n")
}

func (w *Writer) end() { w.write("endobj\n") }

// stream writes object n as a stream of data, compressed unless raw.
func (w *Writer) stream(n int, dict string, data []byte, compress bool) {
	if compress {
		w.packed.Reset()
		w.zw.Reset(&w.packed)
		if _, err := w.zw.Write(data); err != nil && w.err == nil {
			w.err = err
		}
		if err := w.zw.Close(); err != nil && w.err == nil {
			w.err = err
		}
		data = w.packed.Bytes()
		dict += " /Filter /FlateDecode"
	}
	w.begin(n)
	w.write("<< " + dict + " /Length " + strconv.Itoa(len(data)) + " >>\nstream\n")
	w.writeBytes(data)
	w.write("\nendstream\n")
	w.end()
}

// Page draws one page. It fails, drawing nothing more, if a line holds a
// rune its font cannot draw.
func (w *Writer) Page(p *layout.Page) error {
	if w.err != nil {
		return w.err
	}
	c := &w.content
	c.Reset()
	// Borders first, then text.
	c.WriteString(fmtNum(w.num[:0], RuleWidth))
	c.WriteString(" w 0 J 0 j\n")
	for i := range p.Blocks {
		if t := p.Blocks[i].Table; t != nil {
			for _, r := range t.Rules() {
				w.point(r.X1, p.H-r.Y1)
				c.WriteString("m ")
				w.point(r.X2, p.H-r.Y2)
				c.WriteString("l S\n")
			}
		}
	}
	w.matrices(p)
	c.WriteString("BT\n")
	cur, size := -1, 0.0
	text := func(l *layout.Line) error {
		if l.Text == "" {
			return nil
		}
		st := int(l.Style)
		if st < 0 || st > 1 {
			st = 0
		}
		f := w.faces[st]
		if st != cur || l.Size != size {
			c.WriteString("/" + f.res + " ")
			c.WriteString(fmtNum(w.num[:0], l.Size))
			c.WriteString(" Tf\n")
			cur, size = st, l.Size
		}
		c.WriteString("1 0 0 1 ")
		w.point(l.X, p.H-l.Y)
		c.WriteString("Tm <")
		if err := f.encode(c, l.Text); err != nil {
			return fmt.Errorf("pdf: %w", err)
		}
		c.WriteString("> Tj\n")
		return nil
	}
	for i := range p.Blocks {
		blk := &p.Blocks[i]
		for j := range blk.Lines {
			if err := text(&blk.Lines[j]); err != nil {
				return err
			}
		}
		if t := blk.Table; t != nil {
			for ri := range t.Rows {
				cells := t.Rows[ri].Cells
				for ci := range cells {
					for li := range cells[ci].Lines {
						if err := text(&cells[ci].Lines[li]); err != nil {
							return err
						}
					}
				}
			}
		}
	}
	c.WriteString("ET\n")

	pageObj, contentObj := w.nextObj, w.nextObj+1
	w.nextObj += 2
	w.pages = append(w.pages, pageObj)
	w.stream(contentObj, "", c.Bytes(), true)
	w.begin(pageObj)
	w.write("<< /Type /Page /Parent " + ref(objPages) + " /MediaBox [0 0 " +
		fmtNum(w.num[:0], p.W) + " " + fmtNum(w.num[:0], p.H) + "] /Resources << /Font << /" +
		w.faces[0].res + " " + ref(w.faces[0].obj) + " /" + w.faces[1].res + " " + ref(w.faces[1].obj) +
		" >> >> /Contents " + ref(contentObj) + " >>\n")
	w.end()
	return w.err
}

// point writes "x y " into the page content.
func (w *Writer) point(x, y float64) {
	w.num = strconv.AppendFloat(w.num[:0], x, 'f', 2, 64)
	w.content.Write(trimZeros(w.num))
	w.content.WriteByte(' ')
	w.num = strconv.AppendFloat(w.num[:0], y, 'f', 2, 64)
	w.content.Write(trimZeros(w.num))
	w.content.WriteByte(' ')
}

// fmtNum formats v with at most two decimals.
func fmtNum(buf []byte, v float64) string {
	return string(trimZeros(strconv.AppendFloat(buf, v, 'f', 2, 64)))
}

func trimZeros(b []byte) []byte {
	if bytes.IndexByte(b, '.') < 0 {
		return b
	}
	b = bytes.TrimRight(b, "0")
	return bytes.TrimSuffix(b, []byte("."))
}

func ref(n int) string { return strconv.Itoa(n) + " 0 R" }

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
	if w.err != nil {
		return w.err
	}
	if len(w.pages) == 0 {
		return fmt.Errorf("pdf: no pages")
	}
	for _, f := range w.faces {
		f.write(w)
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
	w.write("<< /Type /Catalog /Pages " + ref(objPages) + " >>\n")
	w.end()
	w.begin(objInfo)
	w.write("<<")
	for _, kv := range [][2]string{{"Title", info.Title}, {"Subject", info.Subject}, {"Author", info.Author}, {"Creator", info.Creator}, {"Producer", info.Producer}} {
		if kv[1] != "" {
			w.write(" /" + kv[0] + " " + textString(kv[1]))
		}
	}
	if !info.Created.IsZero() {
		w.write(" /CreationDate (D:" + info.Created.UTC().Format("20060102150405") + "Z)")
	}
	w.write(" >>\n")
	w.end()
	if err := w.out.Flush(); err != nil && w.err == nil {
		w.err = err
	}
	// The ID is the digest of all that precedes it: the same document
	// always gets the same ID.
	id := fmt.Sprintf("%X", w.sum.Sum(nil))
	xref := w.offset
	n := w.nextObj
	var b bytes.Buffer
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", n)
	for i := 1; i < n; i++ {
		off, ok := w.offsets[i]
		if !ok {
			b.WriteString("0000000000 65535 f \n")
			continue
		}
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root %s /Info %s /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n",
		n, ref(objCatalog), ref(objInfo), id, id, xref)
	w.writeBytes(b.Bytes())
	if err := w.out.Flush(); err != nil && w.err == nil {
		w.err = err
	}
	if w.err != nil {
		return fmt.Errorf("pdf: write: %w", w.err)
	}
	return nil
}

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
