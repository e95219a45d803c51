package server

import (
	"archive/zip"
	"bytes"
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

// errGone is what a writer returns once its request has timed out or
// ended: the render stops at its next write.
var errGone = errors.New("request ended")

// contentType is the media type of a format.
func contentType(f Format) string {
	if f == XLSX {
		return mediaXLSX
	}
	return "application/pdf"
}

// render prints recs in a worker and answers the file: PDF pages go to
// the client as they are made, unless the records may make several
// volumes, which are spooled to disk and answered as one file or a zip.
func (s *Server) render(w http.ResponseWriter, r *http.Request, format Format, recs Records) {
	in := recs.Info()
	info(r).form = in.Form
	if !s.acquire(w, r) {
		return
	}
	start := time.Now()
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.RenderTimeout)
	defer cancel()
	// A blank must not see a failed write: the layout's FillBlank loops
	// for ever once its page sink fails (internal/layout/table.go, filed
	// with issue 12). A blank's work is bounded by its pages, so its
	// writes after the end are dropped instead.
	out := &stream{w: w, ctx: ctx, format: format, name: in.Name, discard: in.Blank}
	var sp *spool
	create := out.create
	if in.Volumes {
		var err error
		if sp, err = newSpool(s.cfg.TempDir, ctx, format); err != nil {
			s.limit.release()
			s.failed(w, r, err)
			return
		}
		defer sp.remove()
		create = sp.create
	}
	done := make(chan error, 1)
	go func() {
		defer s.limit.release()
		err := recs.Validate()
		if err == nil {
			err = recs.Render(format, create)
		}
		done <- err
	}()
	var err error
	select {
	case err = <-done:
	case <-ctx.Done():
		err = ctx.Err()
	}
	s.metrics.seconds.WithLabelValues(string(format)).Observe(time.Since(start).Seconds())
	if err == nil && sp != nil {
		err = sp.send(w, in.Name, out)
	}
	info(r).pages = out.pageCount()
	if sp != nil {
		info(r).pages = sp.pageCount()
	}
	s.metrics.pages.Add(float64(info(r).pages))
	s.finish(w, r, format, out, err)
}

// finish answers the end of a render: nothing more when it went well, a
// problem when nothing was sent yet, else the connection is cut so that
// the client never takes a partial file for a whole one.
func (s *Server) finish(w http.ResponseWriter, r *http.Request, format Format, out *stream, err error) {
	outcome := "ok"
	var ie *InputError
	switch {
	case err == nil:
	case errors.As(err, &ie):
		outcome = "invalid"
	case errors.Is(err, context.DeadlineExceeded):
		outcome = "timeout"
	case r.Context().Err() != nil:
		outcome = "canceled"
	default:
		outcome = "error"
	}
	s.metrics.renders.WithLabelValues(string(format), outcome).Inc()
	if err == nil {
		return
	}
	if out.stop() {
		// Headers and part of the file are sent.
		s.log.WarnContext(r.Context(), "render cut short", "id", info(r).id, "outcome", outcome)
		panic(http.ErrAbortHandler)
	}
	switch outcome {
	case "invalid":
		s.inputProblem(w, r, ie)
	case "timeout":
		s.problem(w, r, http.StatusGatewayTimeout, "the render took longer than the limit of "+s.cfg.RenderTimeout.String(), nil)
	case "canceled":
		s.problem(w, r, http.StatusServiceUnavailable, "the request ended", nil)
	default:
		s.failed(w, r, err)
	}
}

// stream writes one file to the response as it is made. Its first write
// sends the headers. Once stopped, writes fail with errGone.
type stream struct {
	mu      sync.Mutex
	w       http.ResponseWriter
	ctx     context.Context
	format  Format
	name    string
	started bool
	stopped bool
	// discard drops writes once stopped instead of failing them.
	discard bool
	opened  bool
	pages   pageCounter
}

// create is Records.Render's create for a file sent as it is made.
func (s *stream) create(volume int) (io.WriteCloser, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if volume != 1 || s.opened {
		return nil, fmt.Errorf("volume %d of a file sent whole", volume)
	}
	s.opened = true
	return s, nil
}

// begin sends the headers of a file of size bytes (-1 unknown) named
// name; s.mu is held.
func (s *stream) begin(ctype, name string, size int64) {
	h := s.w.Header()
	h.Set("Content-Type", ctype)
	h.Set("Content-Disposition", `attachment; filename="`+name+`"`)
	if size >= 0 {
		h.Set("Content-Length", strconv.FormatInt(size, 10))
	}
	s.w.WriteHeader(http.StatusOK)
	s.started = true
}

func (s *stream) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stopped || s.ctx.Err() != nil {
		if s.discard {
			return len(p), nil
		}
		return 0, errGone
	}
	if !s.started {
		s.begin(contentType(s.format), s.name+"."+string(s.format), -1)
	}
	if s.format == PDF {
		s.pages.scan(p)
	}
	n, err := s.w.Write(p)
	if err != nil {
		s.stopped = true
		if s.discard {
			return len(p), nil
		}
	}
	return n, err
}

func (s *stream) Close() error { return nil }

// stop stops further writes and reports whether anything was sent.
func (s *stream) stop() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.stopped = true
	return s.started
}

func (s *stream) pageCount() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.pages.n
}

// spool holds the volumes of a journal in temporary files until the
// render ends, when their number is known.
type spool struct {
	dir    string
	ctx    context.Context
	format Format
	mu     sync.Mutex
	files  map[int]*spoolFile
}

func newSpool(tmp string, ctx context.Context, format Format) (*spool, error) {
	dir, err := os.MkdirTemp(tmp, "msedocs-serve-*")
	if err != nil {
		return nil, err
	}
	return &spool{dir: dir, ctx: ctx, format: format, files: map[int]*spoolFile{}}, nil
}

// spoolFile is one volume being written.
type spoolFile struct {
	f     *os.File
	ctx   context.Context
	pdf   bool
	pages pageCounter
}

func (f *spoolFile) Write(p []byte) (int, error) {
	if f.ctx.Err() != nil {
		return 0, errGone
	}
	if f.pdf {
		f.pages.scan(p)
	}
	return f.f.Write(p)
}

func (f *spoolFile) Close() error { return nil }

func (sp *spool) create(volume int) (io.WriteCloser, error) {
	f, err := os.CreateTemp(sp.dir, "vol*")
	if err != nil {
		return nil, err
	}
	sp.mu.Lock()
	defer sp.mu.Unlock()
	if _, dup := sp.files[volume]; dup || volume < 1 {
		f.Close()
		return nil, fmt.Errorf("volume %d made twice", volume)
	}
	sf := &spoolFile{f: f, ctx: sp.ctx, pdf: sp.format == PDF}
	sp.files[volume] = sf
	return sf, nil
}

// send answers the volumes: one as the file itself, several as a zip of
// name.volN.ext.
func (sp *spool) send(w http.ResponseWriter, name string, out *stream) error {
	sp.mu.Lock()
	defer sp.mu.Unlock()
	n := len(sp.files)
	for v := 1; v <= n; v++ {
		if sp.files[v] == nil {
			return fmt.Errorf("volume %d missing", v)
		}
	}
	ext := "." + string(sp.format)
	out.mu.Lock()
	defer out.mu.Unlock()
	if n == 1 {
		f := sp.files[1].f
		size, err := f.Seek(0, io.SeekEnd)
		if err == nil {
			_, err = f.Seek(0, io.SeekStart)
		}
		if err != nil {
			return err
		}
		out.begin(contentType(sp.format), name+ext, size)
		_, err = io.Copy(w, f)
		return err
	}
	out.begin("application/zip", name+".zip", -1)
	zw := zip.NewWriter(w)
	for v := 1; v <= n; v++ {
		f := sp.files[v].f
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			return err
		}
		e, err := zw.CreateHeader(&zip.FileHeader{Name: name + ".vol" + strconv.Itoa(v) + ext, Method: zip.Store})
		if err != nil {
			return err
		}
		if _, err := io.Copy(e, f); err != nil {
			return err
		}
	}
	return zw.Close()
}

func (sp *spool) pageCount() int {
	sp.mu.Lock()
	defer sp.mu.Unlock()
	n := 0
	for _, f := range sp.files {
		n += f.pages.n
	}
	return n
}

// remove deletes the spool's files.
func (sp *spool) remove() {
	sp.mu.Lock()
	defer sp.mu.Unlock()
	for _, f := range sp.files {
		f.f.Close()
	}
	os.RemoveAll(sp.dir)
}

// pageCounter counts the page objects of a PDF as its bytes pass.
type pageCounter struct {
	n    int
	tail []byte
}

// pageMarker starts a page object (not "/Type /Pages").
const pageMarker = "/Type /Page "

func (c *pageCounter) scan(p []byte) {
	const m = len(pageMarker) - 1
	// A match in the tail and the head of p spans the boundary: neither
	// is long enough to hold one.
	c.n += bytes.Count(append(c.tail, p[:min(len(p), m)]...), []byte(pageMarker))
	c.n += bytes.Count(p, []byte(pageMarker))
	if len(p) >= m {
		c.tail = append(c.tail[:0], p[len(p)-m:]...)
	} else {
		c.tail = append(c.tail, p...)
		c.tail = c.tail[max(0, len(c.tail)-m):]
	}
}
