package xlsxout

import (
	"bytes"
	"compress/flate"
	"io"
	"runtime"
)

// deflateChunk is the size of the pieces a large part is compressed in,
// each on a core of its own.
const deflateChunk = 1 << 20

// chunkedDeflate compresses a part of the archive at flate.BestSpeed on
// all cores: the part is cut into chunks of deflateChunk bytes, each
// compressed on its own goroutine into deflate blocks that end on a sync
// flush (the last on the final block), and the chunks are written out
// in order. Concatenated, they are one deflate stream, as pigz makes
// them; a chunk does not look back into the one before, which costs
// little at this size. The bytes depend only on the part, not on the
// number of cores, and a part of one chunk is compressed exactly as
// flate.BestSpeed would. The workbook's sheet, tens of megabytes of XML
// for a long journal, is compressed while the workbook is closed, after
// everything else: this is the time spent once nothing else can run.
type chunkedDeflate struct {
	out     io.Writer
	buf     []byte
	flight  []chan deflated // chunks being compressed, in order
	started bool            // a chunk was handed over: the part is several
	err     error
}

// deflated is one chunk compressed.
type deflated struct {
	data []byte
	err  error
}

// newChunkedDeflate is the archive's compressor of zip.Deflate.
func newChunkedDeflate(out io.Writer) (io.WriteCloser, error) {
	return &chunkedDeflate{out: out, buf: make([]byte, 0, deflateChunk)}, nil
}

func (c *chunkedDeflate) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 && c.err == nil {
		k := min(len(p), deflateChunk-len(c.buf))
		c.buf = append(c.buf, p[:k]...)
		p = p[k:]
		if len(c.buf) == deflateChunk {
			c.hand(false)
			c.buf = make([]byte, 0, deflateChunk)
		}
	}
	if c.err != nil {
		return 0, c.err
	}
	return n, nil
}

// hand starts the compression of the chunk in c.buf, writing out the
// oldest chunks while too many are in flight.
func (c *chunkedDeflate) hand(final bool) {
	c.started = true
	res := make(chan deflated, 1)
	go func(chunk []byte) { res <- deflateOne(chunk, final) }(c.buf)
	c.flight = append(c.flight, res)
	for len(c.flight) > runtime.GOMAXPROCS(0) {
		c.writeOldest()
	}
}

// writeOldest waits for the oldest chunk in flight and writes it.
func (c *chunkedDeflate) writeOldest() {
	d := <-c.flight[0]
	c.flight = c.flight[1:]
	if c.err == nil {
		c.err = d.err
	}
	if c.err == nil {
		_, c.err = c.out.Write(d.data)
	}
}

// Close compresses the last chunk with the final block and writes every
// chunk still in flight.
func (c *chunkedDeflate) Close() error {
	if c.err == nil {
		c.hand(true)
	}
	for len(c.flight) > 0 {
		c.writeOldest()
	}
	return c.err
}

// deflateOne compresses one chunk at flate.BestSpeed, ending it on a
// sync flush, or on the final block when it is the last.
func deflateOne(chunk []byte, final bool) deflated {
	var b bytes.Buffer
	b.Grow(len(chunk) / 4)
	fw, err := flate.NewWriter(&b, flate.BestSpeed)
	if err == nil {
		_, err = fw.Write(chunk)
	}
	if err == nil && final {
		err = fw.Close()
	} else if err == nil {
		err = fw.Flush()
	}
	return deflated{data: b.Bytes(), err: err}
}
