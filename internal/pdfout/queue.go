package pdfout

import (
	"bytes"
	"compress/zlib"
	"runtime"
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
	zw     *zlib.Writer
	then   []object
	done   chan struct{}
	err    error
}

// object is an object written whole after a job's stream.
type object struct {
	n    int
	body string
}

// level is the compression level. Pages are compressed on all cores
// while the layout runs on one, so the default level (6) costs little
// wall time, and makes the text of a page a fifth smaller than
// BestSpeed.
const level = zlib.DefaultCompression

// compress packs the job's data.
func (j *job) compress() {
	j.packed.Reset()
	if j.zw == nil {
		zw, err := zlib.NewWriterLevel(&j.packed, level)
		if err != nil {
			j.err = err
			return
		}
		j.zw = zw
	} else {
		j.zw.Reset(&j.packed)
	}
	if _, err := j.zw.Write(j.data.Bytes()); err != nil {
		j.err = err
		return
	}
	j.err = j.zw.Close()
}

// queue holds the jobs in flight, at most limit, so memory stays that of
// a few pages however long the document.
type queue struct {
	limit   int
	serial  bool // compress on the caller's goroutine (tests compare)
	pending []*job
	free    []*job
}

func newQueue() queue {
	return queue{limit: 2 * runtime.GOMAXPROCS(0)}
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
		j = &job{}
	}
	j.obj, j.dict = obj, dict
	j.data.Reset()
	j.then = j.then[:0]
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
	w.queue.free = append(w.queue.free, j)
}

// drain writes every job in flight.
func (w *Writer) drain() {
	for len(w.queue.pending) > 0 {
		w.flushOne()
	}
}
