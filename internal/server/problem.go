package server

import (
	"encoding/json"
	"net/http"
)

// problemDoc is an RFC 9457 problem details object.
type problemDoc struct {
	Type   string `json:"type"`
	Title  string `json:"title"`
	Status int    `json:"status"`
	Detail string `json:"detail,omitempty"`
	// Errors lists every problem of the input, by JSON path or cell.
	Errors []Problem `json:"errors"`
	// RequestID is the X-Request-ID of the request, to find its log line.
	RequestID string `json:"request_id,omitempty"`
}

// problem answers status with a problem details body. detail must not hold
// a person's data: callers pass fixed text and the library's problems,
// which name places, not values.
func (s *Server) problem(w http.ResponseWriter, r *http.Request, status int, detail string, errs []Problem) {
	if errs == nil {
		errs = []Problem{}
	}
	doc := problemDoc{Type: "about:blank", Title: http.StatusText(status), Status: status,
		Detail: detail, Errors: errs, RequestID: info(r).id}
	b, err := json.Marshal(doc)
	if err != nil {
		b = []byte(`{"type":"about:blank","status":500,"title":"Internal Server Error","errors":[]}`)
	}
	h := w.Header()
	h.Del("Content-Disposition")
	h.Del("Content-Length")
	h.Set("Content-Type", "application/problem+json")
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}

// inputProblem answers an *InputError: 400 when malformed, else 422.
func (s *Server) inputProblem(w http.ResponseWriter, r *http.Request, e *InputError) {
	if e.Malformed {
		s.problem(w, r, http.StatusBadRequest, "the input could not be read", e.Problems)
		return
	}
	s.problem(w, r, http.StatusUnprocessableEntity, "the records have problems; each names where it is", e.Problems)
}

// writeJSON answers v as JSON with status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}
