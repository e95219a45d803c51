package server

import (
	"archive/zip"
	"compress/flate"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"strconv"
	"sync"
	"time"
)

// answer sends what a render prints to the client as it is made. One
// file goes out as itself. Volumes (Target.Several was called) go out as
// a zip of name.volN.ext whose entries are written in order: the volume
// at the head streams straight into its entry, a later one being printed
// at the same time goes to a temporary file until its turn, so memory
// stays flat however long the journal. Once the request has ended, run
// out of time or been answered otherwise, every write fails with errGone
// and the render stops.
type answer struct {
	mu      sync.Mutex
	w       http.ResponseWriter
	ctx     context.Context
	format  Format
	name    string
	tmp     string // folder of the temporary files; "" is os.TempDir
	many    bool   // several volumes: a zip
	started bool   // the headers are sent
	stopped bool
	zw      *zip.Writer
	head    int // the volume being sent; those before it are sent whole
	vols    map[int]*volume
}

// volume is one file of a render.
type volume struct {
	a      *answer
	n      int
	entry  io.Writer // where its bytes go once it is at the head
	spool  *os.File  // its bytes made before its turn
	closed bool
	pages  pageCounter
}

// several is Target.Several.
func (a *answer) several() {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.many = true
}

// create is Target.Create.
func (a *answer) create(n int) (io.WriteCloser, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if err := a.gone(); err != nil {
		return nil, err
	}
	if n < 1 || a.vols[n] != nil || (!a.many && n != 1) {
		return nil, fmt.Errorf("volume %d cannot be made now", n)
	}
	v := &volume{a: a, n: n}
	a.vols[n] = v
	return v, nil
}

// gone returns errGone once writes must fail; a.mu is held.
func (a *answer) gone() error {
	if a.stopped || a.ctx.Err() != nil {
		return errGone
	}
	return nil
}

func (v *volume) Write(p []byte) (int, error) {
	a := v.a
	a.mu.Lock()
	defer a.mu.Unlock()
	if err := a.gone(); err != nil {
		return 0, err
	}
	if v.closed {
		return 0, fmt.Errorf("volume %d written after it was closed", v.n)
	}
	if a.format == PDF {
		v.pages.scan(p)
	}
	if v.n != a.head {
		if v.spool == nil {
			f, err := os.CreateTemp(a.tmp, "msedocs-vol*")
			if err != nil {
				return 0, err
			}
			v.spool = f
		}
		return v.spool.Write(p)
	}
	if err := a.open(v); err != nil {
		return 0, err
	}
	n, err := v.entry.Write(p)
	if err != nil {
		a.stopped = true
	}
	return n, err
}

// Close ends a volume; when it is the head, the volumes after it that
// are done already are sent too, and the next one streams from then on.
func (v *volume) Close() error {
	a := v.a
	a.mu.Lock()
	defer a.mu.Unlock()
	if v.closed {
		return nil
	}
	v.closed = true
	if err := a.gone(); err != nil {
		return err
	}
	for v.n == a.head {
		cur := a.vols[a.head]
		if cur == nil || !cur.closed {
			return nil
		}
		if err := a.open(cur); err != nil { // an empty volume
			return err
		}
		a.head++
		next := a.vols[a.head]
		if next == nil {
			return nil
		}
		if err := a.catchUp(next); err != nil {
			return err
		}
		v = next
	}
	return nil
}

// catchUp makes v the head: the bytes it made so far go to its entry,
// the rest will follow straight; a.mu is held.
func (a *answer) catchUp(v *volume) error {
	if err := a.open(v); err != nil {
		return err
	}
	if v.spool == nil {
		return nil
	}
	f := v.spool
	v.spool = nil
	defer removeTemp(f)
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return err
	}
	if _, err := io.Copy(v.entry, f); err != nil {
		a.stopped = true
		return err
	}
	return nil
}

// open sends the headers if no one has, and begins v's entry; a.mu is
// held.
func (a *answer) open(v *volume) error {
	if v.entry != nil {
		return nil
	}
	ext := "." + string(a.format)
	if !a.started {
		h := a.w.Header()
		if a.many {
			h.Set("Content-Type", "application/zip")
			h.Set("Content-Disposition", `attachment; filename="`+a.name+`.zip"`)
		} else {
			h.Set("Content-Type", contentType(a.format))
			h.Set("Content-Disposition", `attachment; filename="`+a.name+ext+`"`)
		}
		a.w.WriteHeader(http.StatusOK)
		a.started = true
		if a.many {
			a.zw = newZip(a.w)
		}
	}
	if a.zw == nil {
		v.entry = a.w
		return nil
	}
	e, err := a.zw.CreateHeader(&zip.FileHeader{Name: a.name + ".vol" + strconv.Itoa(v.n) + ext, Method: zip.Deflate, Modified: zipEpoch})
	if err != nil {
		a.stopped = true
		return err
	}
	v.entry = e
	return nil
}

// newZip returns a zip writer whose entries are deflated at the fastest
// level, by one compressor reused from entry to entry. Deflate, not Store,
// although PDF is compressed already: an entry streamed before its size
// is known has a data descriptor, which java.util.zip.ZipInputStream
// accepts only on deflated entries.
func newZip(w io.Writer) *zip.Writer {
	zw := zip.NewWriter(w)
	var fw *flate.Writer
	zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		if fw == nil {
			var err error
			if fw, err = flate.NewWriter(out, flate.BestSpeed); err != nil {
				return nil, err
			}
		} else {
			fw.Reset(out)
		}
		return fw, nil
	})
	return zw
}

// zipEpoch dates every entry: the answer does not depend on the clock,
// and the zero time would be the invalid MS-DOS date 1980-00-00.
var zipEpoch = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// end checks that every volume made was sent whole and ends the zip, when
// the render went well.
func (a *answer) end() error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if err := a.gone(); err != nil {
		return err
	}
	if len(a.vols) == 0 {
		return errors.New("the render made no file")
	}
	if a.head != len(a.vols)+1 {
		return fmt.Errorf("volume %d of %d was not finished", a.head, len(a.vols))
	}
	if a.zw != nil {
		if err := a.zw.Close(); err != nil {
			a.stopped = true
			return err
		}
	}
	return nil
}

// stop stops further writes and reports whether anything was sent.
func (a *answer) stop() bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.stopped = true
	return a.started
}

// cleanup stops further writes and removes the temporary files; the
// render may still be running.
func (a *answer) cleanup() {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.stopped = true
	for _, v := range a.vols {
		if v.spool != nil {
			removeTemp(v.spool)
			v.spool = nil
		}
	}
}

func removeTemp(f *os.File) {
	f.Close()
	os.Remove(f.Name())
}

// pageCount counts the pages sent or being sent.
func (a *answer) pageCount() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	n := 0
	for _, v := range a.vols {
		n += v.pages.n
	}
	return n
}
