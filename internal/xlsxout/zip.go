package xlsxout

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"hash"
	"hash/crc32"
	"io"
	"io/fs"
	"slices"

	"github.com/xuri/excelize/v2"
)

// orderedZip writes the workbook's archive straight to out, not to a
// buffer as excelize would. excelize hands over the streamed sheets
// first, in map order; with more than one, they are compressed aside and
// put in the archive in name order, so the bytes never depend on a map.
type orderedZip struct {
	zw      *zip.Writer
	streams int // streamed sheets still to come
	many    bool
	held    []*heldPart
	cur     *heldPart
}

// heldPart is a compressed part waiting for its turn.
type heldPart struct {
	name string
	buf  bytes.Buffer
	fw   *flate.Writer
	crc  hash.Hash32
	size uint64
}

func (h *heldPart) Write(p []byte) (int, error) {
	h.crc.Write(p)
	h.size += uint64(len(p))
	return h.fw.Write(p)
}

func newOrderedZip(out io.Writer, streams int) *orderedZip {
	zw := zip.NewWriter(out)
	// flate.BestSpeed: the sheet of a long journal compresses in a third
	// of the time, into a file about half as large again; and on all
	// cores (chunkedDeflate).
	zw.RegisterCompressor(zip.Deflate, newChunkedDeflate)
	return &orderedZip{zw: zw, streams: streams, many: streams > 1}
}

var _ excelize.ZipWriter = (*orderedZip)(nil)

// Create starts the part name.
func (z *orderedZip) Create(name string) (io.Writer, error) {
	if err := z.endHeld(); err != nil {
		return nil, err
	}
	if z.streams > 0 && z.many {
		z.streams--
		fw, err := flate.NewWriter(nil, flate.BestSpeed)
		if err != nil {
			return nil, err
		}
		h := &heldPart{name: name, fw: fw, crc: crc32.NewIEEE()}
		fw.Reset(&h.buf)
		z.cur = h
		z.held = append(z.held, h)
		return h, nil
	}
	z.streams = max(z.streams-1, 0)
	if err := z.release(); err != nil {
		return nil, err
	}
	return z.zw.Create(name)
}

// endHeld finishes the compression of the part being held.
func (z *orderedZip) endHeld() error {
	if z.cur == nil {
		return nil
	}
	err := z.cur.fw.Close()
	z.cur = nil
	return err
}

// release writes the held parts, in name order.
func (z *orderedZip) release() error {
	if err := z.endHeld(); err != nil {
		return err
	}
	slices.SortFunc(z.held, func(a, b *heldPart) int {
		switch {
		case a.name < b.name:
			return -1
		case a.name > b.name:
			return 1
		}
		return 0
	})
	for _, h := range z.held {
		w, err := z.zw.CreateRaw(&zip.FileHeader{
			Name: h.name, Method: zip.Deflate, CRC32: h.crc.Sum32(),
			CompressedSize64: uint64(h.buf.Len()), UncompressedSize64: h.size,
		})
		if err != nil {
			return err
		}
		if _, err := h.buf.WriteTo(w); err != nil {
			return err
		}
	}
	z.held = nil
	return nil
}

// AddFS adds the files of fsys.
func (z *orderedZip) AddFS(fsys fs.FS) error {
	if err := z.release(); err != nil {
		return err
	}
	return z.zw.AddFS(fsys)
}

// Close writes what is held and the archive's directory.
func (z *orderedZip) Close() error {
	if err := z.release(); err != nil {
		return err
	}
	return z.zw.Close()
}
