package server

import (
	"bytes"
	"context"
	"errors"
	"net/http"
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

// render prints recs in a worker and answers the file as it is made: one
// file, or a zip of volumes when the library says, before the first byte,
// that the records are bound in several (see answer).
func (s *Server) render(w http.ResponseWriter, r *http.Request, format Format, recs Records) {
	in := recs.Info()
	info(r).form = in.Form
	if !s.acquire(w, r) {
		return
	}
	start := time.Now()
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.RenderTimeout)
	defer cancel()
	out := &answer{w: w, ctx: ctx, format: format, name: in.Name, tmp: s.cfg.TempDir, head: 1, vols: map[int]*volume{}}
	defer out.cleanup()
	done := make(chan error, 1)
	go func() {
		defer s.limit.release()
		err := recs.Validate()
		if err == nil {
			// A render whose time ran out while it was checked does
			// not start.
			err = ctx.Err()
		}
		if err == nil {
			err = recs.Render(format, Target{Several: out.several, Create: out.create})
		}
		done <- err
	}()
	var err error
	select {
	case err = <-done:
	case <-ctx.Done():
		err = ctx.Err()
	}
	if err == nil {
		err = out.end()
	}
	s.metrics.seconds.WithLabelValues(string(format)).Observe(time.Since(start).Seconds())
	info(r).pages = out.pageCount()
	s.metrics.pages.Add(float64(info(r).pages))
	s.finish(w, r, format, out, err)
}

// finish answers the end of a render: nothing more when it went well, a
// problem when nothing was sent yet, else the connection is cut so that
// the client never takes a partial file for a whole one.
func (s *Server) finish(w http.ResponseWriter, r *http.Request, format Format, out *answer, err error) {
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
