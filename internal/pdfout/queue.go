package pdfout

import (
	"bytes"
	"cmp"
	"compress/zlib"
	"runtime"

	"github.com/msedocs/msedocs/internal/layout"
)

// job is one stream on its way to the output: filled by the caller's
// goroutine, compressed by its own, and written by the caller's again,
// in the order the jobs were made, with the objects that follow it (a
// page's dictionary after its content).
type job struct {
	obj    int
	dict   string
	data   bytes.Buffer // the stream's content, uncompressed
	packed bytes.Buffer
	zws    chan *zlib.Writer // compressors to share, one a core
	then   []object
	// page is set for a page's content: rules of the fragments, on a
	// page h high, go first, drawn with the compression.
	page  bool
	h     float64
	rules []layout.Fragment
	pre   bytes.Buffer
	done  chan struct{}
	err   error
}

// object is an object written whole after a job's stream.
type object struct {
	n    int
	body string
}

// level is the compression level. With one byte a glyph and relative
// moves, BestSpeed already brings a 10 000-entry journal 6 to 1.8 MB
// (level 5: 1.6 MB) for a third of the compression time, which counts
// when the other cores are busy too.
const level = zlib.BestSpeed

// compress packs the job's data with a compressor of the pool, waiting
// for one if need be. There are only as many compressors as the cores
// the layout leaves free, not one a job in flight.
func (j *job) compress() {
	j.packed.Reset()
	zw := <-j.zws
	defer func() { j.zws <- zw }()
	if zw == nil {
		var err error
		if zw, err = zlib.NewWriterLevel(&j.packed, level); err != nil {
			j.err = err
			return
		}
	} else {
		zw.Reset(&j.packed)
	}
	if j.page {
		j.pre.Reset()
		rp := painter{b: &j.pre, h: j.h}
		j.pre.WriteString(lineStyle)
		for _, f := range j.rules {
			rp.rules(f)
		}
		_, j.err = zw.Write(j.pre.Bytes())
	}
	if _, err := zw.Write(j.data.Bytes()); err != nil || j.err != nil {
		j.err = cmp.Or(j.err, err)
	} else {
		j.err = zw.Close()
	}
}

// queue holds the jobs in flight, at most limit, so memory stays that of
// a few pages however long the document.
type queue struct {
	limit   int
	zws     chan *zlib.Writer
	serial  bool // compress on the caller's goroutine (tests compare)
	pending []*job
	free    []*job
}

func newQueue() queue {
	n := runtime.GOMAXPROCS(0)
	// One core lays pages out; the others compress them.
	k := max(n-1, 1)
	zws := make(chan *zlib.Writer, k)
	for range k {
		zws <- nil // made when first needed
	}
	return queue{limit: n + 1, zws: zws}
}

// job returns an empty job, writing out the oldest in flight first when
// the queue is full.
func (w *Writer) job(obj int, dict string) *job {
	for len(w.queue.pending) >= max(w.queue.limit, 1) {
		w.flushOne()
	}
	var j *job
	if n := len(w.queue.free); n > 0 {
		j = w.queue.free[n-1]
		w.queue.free = w.queue.free[:n-1]
	} else {
		j = &job{zws: w.queue.zws}
	}
	j.obj, j.dict = obj, dict
	j.data.Reset()
	j.then = j.then[:0]
	j.page, j.rules = false, j.rules[:0]
	j.err = nil
	return j
}

// submit starts compressing j; it is written after every job submitted
// before it.
func (w *Writer) submit(j *job) {
	j.done = make(chan struct{})
	w.queue.pending = append(w.queue.pending, j)
	if w.queue.serial {
		j.compress()
		close(j.done)
		return
	}
	go func() {
		j.compress()
		close(j.done)
	}()
}

// flushOne waits for the oldest job in flight and writes it.
func (w *Writer) flushOne() {
	j := w.queue.pending[0]
	w.queue.pending[0] = nil
	w.queue.pending = w.queue.pending[1:]
	<-j.done
	if j.err != nil && w.err == nil {
		w.err = j.err
	}
	w.writeStream(j.obj, j.dict+" /Filter /FlateDecode", j.packed.Bytes())
	for _, o := range j.then {
		w.begin(o.n)
		w.write(o.body)
		w.end()
	}
	clear(j.rules) // the layout's rows are the caller's
	w.queue.free = append(w.queue.free, j)
}

// drain writes every job in flight.
func (w *Writer) drain() {
	for len(w.queue.pending) > 0 {
		w.flushOne()
	}
}
