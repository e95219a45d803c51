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
	out    io.Writer
	cur    *chunk   // the chunk being filled
	flight []*chunk // chunks being compressed, in order
	free   []*chunk // chunks written out, to fill again
	err    error
}

// chunk is one piece of a part, its compressed bytes and the compressor
// that makes them: kept and used again, so that compressing a part of
// tens of megabytes allocates a few chunks, not one a megabyte.
type chunk struct {
	in   []byte
	out  bytes.Buffer
	fw   *flate.Writer
	done chan error
}

// newChunkedDeflate is the archive's compressor of zip.Deflate.
func newChunkedDeflate(out io.Writer) (io.WriteCloser, error) {
	return &chunkedDeflate{out: out}, nil
}

func (c *chunkedDeflate) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 && c.err == nil {
		if c.cur == nil {
			c.cur = c.take()
		}
		k := min(len(p), deflateChunk-len(c.cur.in))
		c.cur.in = append(c.cur.in, p[:k]...)
		p = p[k:]
		if len(c.cur.in) == deflateChunk {
			c.hand(false)
		}
	}
	if c.err != nil {
		return 0, c.err
	}
	return n, nil
}

// take returns an empty chunk, one written out before if there is one.
func (c *chunkedDeflate) take() *chunk {
	if k := len(c.free); k > 0 {
		ch := c.free[k-1]
		c.free = c.free[:k-1]
		ch.in, ch.done = ch.in[:0], make(chan error, 1)
		ch.out.Reset()
		return ch
	}
	// Most parts are a few kilobytes: the first chunk grows as it fills.
	return &chunk{in: make([]byte, 0, 64<<10), done: make(chan error, 1)}
}

// hand starts the compression of the current chunk, writing out the
// oldest chunks while too many are in flight.
func (c *chunkedDeflate) hand(final bool) {
	ch := c.cur
	if ch == nil {
		ch = c.take()
	}
	c.cur = nil
	go func() { ch.done <- ch.deflate(final) }()
	c.flight = append(c.flight, ch)
	for len(c.flight) > runtime.GOMAXPROCS(0) {
		c.writeOldest()
	}
}

// writeOldest waits for the oldest chunk in flight and writes it.
func (c *chunkedDeflate) writeOldest() {
	ch := c.flight[0]
	c.flight = c.flight[1:]
	err := <-ch.done
	if c.err == nil {
		c.err = err
	}
	if c.err == nil {
		_, c.err = c.out.Write(ch.out.Bytes())
	}
	c.free = append(c.free, ch)
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

// deflate compresses the chunk at flate.BestSpeed, ending it on a sync
// flush, or on the final block when it is the last.
func (ch *chunk) deflate(final bool) error {
	if ch.fw == nil {
		fw, err := flate.NewWriter(&ch.out, flate.BestSpeed)
		if err != nil {
			return err
		}
		ch.fw = fw
	} else {
		ch.fw.Reset(&ch.out)
	}
	if _, err := ch.fw.Write(ch.in); err != nil {
		return err
	}
	if final {
		return ch.fw.Close()
	}
	return ch.fw.Flush()
}
