package server

import (
	"errors"
	"io"
	"mime"
	"net/http"
	"strconv"
)

// Media types the API reads.
const (
	mediaJSON = "application/json"
	mediaXLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
)

func (s *Server) handleForms(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, s.lib.Forms())
}

func (s *Server) handleSchema(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	b, err := s.lib.Schema(id)
	if errors.Is(err, ErrUnknownForm) {
		s.problem(w, r, http.StatusNotFound, "no such form; GET /api/forms lists them", []Problem{{Path: "id", Message: "unknown form"}})
		return
	}
	if err != nil {
		s.failed(w, r, err)
		return
	}
	info(r).form = id
	w.Header().Set("Content-Type", "application/schema+json")
	w.Write(b)
}

// admit lets the request hold a body or records in memory, answering 429
// when Workers+Queue requests already do. The caller defers s.leave.
func (s *Server) admit(w http.ResponseWriter, r *http.Request) bool {
	select {
	case s.admitted <- struct{}{}:
		return true
	default:
		w.Header().Set("Retry-After", "2")
		s.problem(w, r, http.StatusTooManyRequests, "every worker is busy and the queue is full; try again", nil)
		return false
	}
}

func (s *Server) leave() { <-s.admitted }

// body reads the request body, which must be of one of the media types
// and at most Config.MaxBody bytes. It answers the problem itself and
// returns false when the body will not do.
func (s *Server) body(w http.ResponseWriter, r *http.Request, types ...string) ([]byte, bool) {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	ok := false
	for _, t := range types {
		ok = ok || (err == nil && mt == t)
	}
	if !ok {
		s.problem(w, r, http.StatusUnsupportedMediaType, "wrong media type",
			[]Problem{{Path: "Content-Type", Message: "want " + joinTypes(types)}})
		return nil, false
	}
	if r.ContentLength > s.cfg.MaxBody {
		s.tooLarge(w, r)
		return nil, false
	}
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.MaxBody))
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		s.tooLarge(w, r)
		return nil, false
	}
	if err != nil {
		s.problem(w, r, http.StatusBadRequest, "the body could not be read", nil)
		return nil, false
	}
	return data, true
}

func (s *Server) tooLarge(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Connection", "close")
	s.problem(w, r, http.StatusRequestEntityTooLarge, "the body is over the limit of "+strconv.FormatInt(s.cfg.MaxBody, 10)+" bytes", nil)
}

func joinTypes(types []string) string {
	s := ""
	for i, t := range types {
		if i > 0 {
			s += " or "
		}
		s += t
	}
	return s
}

// format reads ?format=, pdf by default.
func (s *Server) format(w http.ResponseWriter, r *http.Request) (Format, bool) {
	switch f := r.URL.Query().Get("format"); f {
	case "", "pdf":
		return PDF, true
	case "xlsx":
		return XLSX, true
	}
	s.problem(w, r, http.StatusBadRequest, "unknown format", []Problem{{Path: "format", Message: "want pdf or xlsx"}})
	return "", false
}

// open answers 503 while shutting down and reports whether work may start.
func (s *Server) open(w http.ResponseWriter, r *http.Request) bool {
	if s.closing.Load() {
		w.Header().Set("Retry-After", "5")
		w.Header().Set("Connection", "close")
		s.problem(w, r, http.StatusServiceUnavailable, "the server is shutting down", nil)
		return false
	}
	return true
}

// decoded answers an error of the library and reports whether there was
// none.
func (s *Server) decoded(w http.ResponseWriter, r *http.Request, err error) bool {
	if err == nil {
		return true
	}
	var ie *InputError
	if errors.As(err, &ie) {
		s.inputProblem(w, r, ie)
		return false
	}
	s.failed(w, r, err)
	return false
}

// failed answers 500 for an error of the server, logging it; the answer
// says only that it failed.
func (s *Server) failed(w http.ResponseWriter, r *http.Request, err error) {
	s.log.ErrorContext(r.Context(), "failed", "id", info(r).id, "error", err.Error())
	s.problem(w, r, http.StatusInternalServerError, "the work failed; the log has the details under the request id", nil)
}

func (s *Server) handleRender(w http.ResponseWriter, r *http.Request) {
	format, ok := s.format(w, r)
	if !ok || !s.open(w, r) {
		return
	}
	if !s.admit(w, r) {
		return
	}
	defer s.leave()
	data, ok := s.body(w, r, mediaJSON)
	if !ok {
		return
	}
	recs, err := s.lib.Decode(data)
	if !s.decoded(w, r, err) {
		return
	}
	s.render(w, r, format, recs)
}

func (s *Server) handleBlank(w http.ResponseWriter, r *http.Request) {
	format, ok := s.format(w, r)
	if !ok || !s.open(w, r) {
		return
	}
	q := r.URL.Query()
	spec := BlankSpec{RegionKK: q.Get("region_kk"), RegionRU: q.Get("region_ru"), UnitKK: q.Get("unit_kk"), UnitRU: q.Get("unit_ru")}
	if p := q.Get("pages"); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 {
			s.problem(w, r, http.StatusBadRequest, "pages is a whole number of pages", []Problem{{Path: "pages", Message: "want a number from 1"}})
			return
		}
		spec.Pages = n
	}
	id := r.PathValue("id")
	if id == "" {
		id = q.Get("form")
	}
	if !s.admit(w, r) {
		return
	}
	defer s.leave()
	recs, err := s.lib.Blank(id, spec)
	if errors.Is(err, ErrUnknownForm) {
		s.problem(w, r, http.StatusNotFound, "no such form; GET /api/forms lists them", []Problem{{Path: "id", Message: "unknown form"}})
		return
	}
	if !s.decoded(w, r, err) {
		return
	}
	s.render(w, r, format, recs)
}

func (s *Server) handleValidate(w http.ResponseWriter, r *http.Request) {
	if !s.open(w, r) {
		return
	}
	if !s.admit(w, r) {
		return
	}
	defer s.leave()
	data, ok := s.body(w, r, mediaJSON)
	if !ok {
		return
	}
	recs, err := s.lib.Decode(data)
	if !s.decoded(w, r, err) {
		return
	}
	in := recs.Info()
	info(r).form = in.Form
	if !s.acquire(w, r) {
		return
	}
	err = recs.Validate()
	s.limit.release()
	if !s.decoded(w, r, err) {
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"valid": true, "form": in.Form, "entries": in.Entries})
}

func (s *Server) handleRead(w http.ResponseWriter, r *http.Request) {
	if !s.open(w, r) {
		return
	}
	if !s.admit(w, r) {
		return
	}
	defer s.leave()
	data, ok := s.body(w, r, mediaXLSX, "application/octet-stream")
	if !ok {
		return
	}
	if !s.acquire(w, r) {
		return
	}
	out, err := s.lib.ReadWorkbook(data)
	s.limit.release()
	if !s.decoded(w, r, err) {
		return
	}
	w.Header().Set("Content-Type", mediaJSON)
	w.Write(out)
}

// acquire takes a worker, answering 429 when the queue is full.
func (s *Server) acquire(w http.ResponseWriter, r *http.Request) bool {
	err := s.limit.acquire(r.Context())
	if errors.Is(err, errBusy) {
		w.Header().Set("Retry-After", "2")
		s.problem(w, r, http.StatusTooManyRequests, "every worker is busy and the queue is full; try again", nil)
		return false
	}
	if err != nil {
		s.problem(w, r, http.StatusServiceUnavailable, "the request ended while waiting", nil)
		return false
	}
	return true
}
