package main

import (
	"bytes"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/msedocs/msedocs/certificate"
	"github.com/msedocs/msedocs/internal/sample"
	"github.com/msedocs/msedocs/internal/server"
	"github.com/msedocs/msedocs/journal"
)

// syncBuffer is a log the server writes from many goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// testServer is a running server on loopback and everything it said.
type testServer struct {
	t   testing.TB
	srv *server.Server
	ts  *httptest.Server
	log *syncBuffer
	// bodies holds every answer's head and body, to look for personal
	// data in.
	mu     sync.Mutex
	bodies []string
}

func newTestServer(t testing.TB, cfg server.Config) *testServer {
	t.Helper()
	log := &syncBuffer{}
	cfg.Logger = slog.New(slog.NewJSONHandler(log, nil))
	if cfg.TempDir == "" {
		cfg.TempDir = t.TempDir()
	}
	srv, err := server.New(library{}, cfg)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	return &testServer{t: t, srv: srv, ts: ts, log: log}
}

// answer is one response, read whole.
type answer struct {
	status int
	header http.Header
	body   []byte
}

// do sends a request and reads the answer.
func (s *testServer) do(method, path, ctype string, body []byte, hdr ...string) answer {
	s.t.Helper()
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequest(method, s.ts.URL+path, rd)
	if err != nil {
		s.t.Fatal(err)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	res, err := s.ts.Client().Do(req)
	if err != nil {
		s.t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		s.t.Fatal(err)
	}
	var head strings.Builder
	res.Header.Write(&head)
	s.mu.Lock()
	s.bodies = append(s.bodies, head.String())
	if res.StatusCode >= 300 || strings.HasPrefix(path, "/api/validate") {
		// A file or a workbook read back holds the records, as asked;
		// anything else must not.
		s.bodies = append(s.bodies, string(b))
	}
	s.mu.Unlock()
	return answer{res.StatusCode, res.Header, b}
}

// personal returns the names and IINs in JSON input.
func personal(data []byte) []string {
	var out []string
	re := regexp.MustCompile(`"(full_name|iin|recipient|head|deputy_head)":\s*"([^"]+)"`)
	for _, m := range re.FindAllSubmatch(data, -1) {
		out = append(out, string(m[2]))
	}
	return out
}

// checkNoPersonal fails if an answer or a log line holds any of secrets.
func (s *testServer) checkNoPersonal(secrets []string) {
	s.t.Helper()
	s.mu.Lock()
	all := strings.Join(s.bodies, "\n")
	s.mu.Unlock()
	logs := s.log.String()
	for _, v := range secrets {
		if strings.Contains(all, v) {
			s.t.Errorf("an answer holds personal data %q", v)
		}
		if strings.Contains(logs, v) {
			s.t.Errorf("the log holds personal data %q", v)
		}
	}
}

// journalJSON is a sample journal of n entries as JSON.
func journalJSON(t testing.TB, id string, n int, seed uint64) []byte {
	t.Helper()
	j, err := sample.New(seed).Journal(id, n)
	if err != nil {
		t.Fatal(err)
	}
	b, err := journal.MarshalJSON(j)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// documentsJSON is a batch of n sample documents of form id.
func documentsJSON(t testing.TB, id string, n int, seed uint64) []byte {
	t.Helper()
	docs, err := sample.New(seed).Documents(id, n)
	if err != nil {
		t.Fatal(err)
	}
	b, err := certificate.MarshalJSON(docs...)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
