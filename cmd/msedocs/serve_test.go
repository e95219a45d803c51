package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"github.com/msedocs/msedocs/internal/pdftest"
	"github.com/msedocs/msedocs/internal/server"
)

const (
	ctJSON = "application/json"
	ctXLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
)

// badDate returns data with entry i's date made impossible.
func badDate(t testing.TB, data []byte, i int) []byte {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	m["entries"].([]any)[i].(map[string]any)["date"] = "2025-02-30"
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// problemOf decodes a problem details answer and checks its shape.
func problemOf(t *testing.T, a answer, status int) []server.Problem {
	t.Helper()
	if a.status != status {
		t.Fatalf("status %d, want %d: %s", a.status, status, a.body)
	}
	if ct := a.header.Get("Content-Type"); ct != "application/problem+json" {
		t.Fatalf("Content-Type %q, want application/problem+json", ct)
	}
	var p struct {
		Type, Title, Detail string
		Status              int
		Errors              []server.Problem
	}
	if err := json.Unmarshal(a.body, &p); err != nil {
		t.Fatalf("problem: %v: %s", err, a.body)
	}
	if p.Status != status || p.Title == "" || p.Errors == nil {
		t.Fatalf("problem lacks status, title or errors: %s", a.body)
	}
	return p.Errors
}

func TestServeRoutes(t *testing.T) {
	s := newTestServer(t, server.Config{Workers: 2, Queue: 4})
	j6 := journalJSON(t, "journal6", 40, 3)
	docs := documentsJSON(t, "disability", 3, 4)
	secrets := append(personal(j6), personal(docs)...)
	if len(secrets) < 40 {
		t.Fatalf("only %d names and IINs to look for", len(secrets))
	}

	t.Run("page", func(t *testing.T) {
		a := s.do("GET", "/", "", nil)
		if a.status != 200 || !strings.HasPrefix(a.header.Get("Content-Type"), "text/html") || !bytes.Contains(a.body, []byte("Журналы")) {
			t.Fatalf("GET /: %d %s", a.status, a.body[:min(200, len(a.body))])
		}
		for k, v := range map[string]string{"X-Content-Type-Options": "nosniff", "Cache-Control": "no-store"} {
			if a.header.Get(k) != v {
				t.Errorf("%s = %q, want %q", k, a.header.Get(k), v)
			}
		}
		csp := a.header.Get("Content-Security-Policy")
		if !strings.Contains(csp, "default-src 'none'") || strings.Contains(csp, "unsafe-inline") {
			t.Errorf("CSP %q", csp)
		}
		if bytes.Contains(a.body, []byte("<script>")) || bytes.Contains(a.body, []byte("style=")) || bytes.Contains(a.body, []byte("<style")) {
			t.Error("the page has inline script or style")
		}
		kk := s.do("GET", "/?lang=kk", "", nil)
		if !bytes.Contains(kk.body, []byte(`lang="kk"`)) || !bytes.Contains(kk.body, []byte("Бос бланк")) {
			t.Error("GET /?lang=kk is not in Kazakh")
		}
		if a := s.do("GET", "/static/app.js", "", nil); a.status != 200 || !strings.HasPrefix(a.header.Get("Content-Type"), "text/javascript") {
			t.Errorf("app.js: %d %s", a.status, a.header.Get("Content-Type"))
		}
		if a := s.do("GET", "/static/app.css", "", nil); a.status != 200 || !strings.HasPrefix(a.header.Get("Content-Type"), "text/css") {
			t.Errorf("app.css: %d", a.status)
		}
		problemOf(t, s.do("GET", "/static/secret.txt", "", nil), 404)
		problemOf(t, s.do("GET", "/nowhere", "", nil), 404)
		problemOf(t, s.do("POST", "/", ctJSON, []byte("{}")), 405)
	})

	t.Run("health and metrics", func(t *testing.T) {
		a := s.do("GET", "/health", "", nil)
		if a.status != 200 || strings.TrimSpace(string(a.body)) != `{"status":"up"}` {
			t.Fatalf("health: %d %s", a.status, a.body)
		}
		if a := s.do("HEAD", "/health", "", nil); a.status != 200 || len(a.body) != 0 {
			t.Fatalf("HEAD health: %d", a.status)
		}
		a = s.do("GET", "/metrics", "", nil)
		for _, m := range []string{"msedocs_http_requests_total", "msedocs_queue_length", "msedocs_renders_running", "msedocs_pages_printed_total"} {
			if !bytes.Contains(a.body, []byte(m)) {
				t.Errorf("metrics lack %s", m)
			}
		}
		problemOf(t, s.do("POST", "/health", ctJSON, nil), 405)
	})

	t.Run("request id", func(t *testing.T) {
		if a := s.do("GET", "/health", "", nil, "X-Request-ID", "abc-123"); a.header.Get("X-Request-ID") != "abc-123" {
			t.Errorf("X-Request-ID not echoed: %q", a.header.Get("X-Request-ID"))
		}
		if a := s.do("GET", "/health", "", nil, "X-Request-ID", "bad id!"); len(a.header.Get("X-Request-ID")) != 24 {
			t.Errorf("a bad X-Request-ID is not replaced: %q", a.header.Get("X-Request-ID"))
		}
	})

	t.Run("forms and schema", func(t *testing.T) {
		a := s.do("GET", "/api/forms", "", nil)
		var fs []server.Form
		if err := json.Unmarshal(a.body, &fs); err != nil || len(fs) != 15 {
			t.Fatalf("forms: %v, %d forms", err, len(fs))
		}
		if fs[5].ID != "journal6" || fs[5].Kind != "journal" || fs[6].Kind != "document" || fs[5].KK == "" || fs[5].Source == "" {
			t.Errorf("forms: %+v", fs[5:7])
		}
		a = s.do("GET", "/api/forms/journal6/schema", "", nil)
		if a.status != 200 || !json.Valid(a.body) || !bytes.Contains(a.body, []byte("birth_date")) {
			t.Errorf("schema: %d", a.status)
		}
		problemOf(t, s.do("GET", "/api/forms/journal9/schema", "", nil), 404)
	})

	t.Run("blank", func(t *testing.T) {
		a := s.do("GET", "/api/blank/journal6?pages=3&region_kk=%D2%9A%D0%B0%D1%80%D0%B0%D2%93%D0%B0%D0%BD%D0%B4%D1%8B", "", nil)
		if a.status != 200 || a.header.Get("Content-Type") != "application/pdf" ||
			a.header.Get("Content-Disposition") != `attachment; filename="journal6.pdf"` {
			t.Fatalf("blank: %d %v", a.status, a.header)
		}
		if n := pdftest.Pages(t, a.body); n != 3 {
			t.Errorf("blank of 3 pages has %d", n)
		}
		if !strings.Contains(pdftest.Squash(strings.Join(pdftest.Texts(t, a.body), "")), "Қарағанды") {
			t.Error("the blank lacks its region")
		}
		a = s.do("GET", "/api/blank?form=journal2&pages=4&format=xlsx", "", nil)
		if a.status != 200 || a.header.Get("Content-Type") != ctXLSX || !bytes.HasPrefix(a.body, []byte("PK")) {
			t.Errorf("blank xlsx: %d", a.status)
		}
		if a := s.do("GET", "/api/blank/care", "", nil); a.status != 200 || pdftest.Pages(t, a.body) != 1 {
			t.Errorf("blank document: %d", a.status)
		}
		problemOf(t, s.do("GET", "/api/blank/journal9", "", nil), 404)
		problemOf(t, s.do("GET", "/api/blank/journal6?pages=x", "", nil), 400)
		problemOf(t, s.do("GET", "/api/blank/journal6?pages=99999", "", nil), 422)
		problemOf(t, s.do("GET", "/api/blank/care?pages=3", "", nil), 422)
		problemOf(t, s.do("GET", "/api/blank/journal6?format=doc", "", nil), 400)
		problemOf(t, s.do("POST", "/api/blank/journal6", ctJSON, []byte("{}")), 405)
	})

	t.Run("render", func(t *testing.T) {
		a := s.do("POST", "/api/render", ctJSON, j6)
		if a.status != 200 || a.header.Get("Content-Type") != "application/pdf" {
			t.Fatalf("render: %d %s", a.status, a.body[:min(300, len(a.body))])
		}
		if n := pdftest.Pages(t, a.body); n < 3 {
			t.Errorf("journal of 40 entries has %d pages", n)
		}
		a = s.do("POST", "/api/render?format=xlsx", ctJSON, j6)
		if a.status != 200 || a.header.Get("Content-Type") != ctXLSX {
			t.Fatalf("render xlsx: %d", a.status)
		}
		xlsx := a.body
		a = s.do("POST", "/api/render", "application/json; charset=utf-8", docs)
		if a.status != 200 || pdftest.Pages(t, a.body) != 3 || a.header.Get("Content-Disposition") != `attachment; filename="documents.pdf"` {
			t.Errorf("render documents: %d %v", a.status, a.header)
		}
		errs := problemOf(t, s.do("POST", "/api/render", ctJSON, badDate(t, j6, 1)), 422)
		if len(errs) != 1 || errs[0].Path != "entries[1].date" {
			t.Errorf("bad date: %+v", errs)
		}
		problemOf(t, s.do("POST", "/api/render", ctJSON, []byte(`{"form":`)), 400)
		problemOf(t, s.do("POST", "/api/render", "text/plain", j6), 415)
		problemOf(t, s.do("POST", "/api/render", "", j6), 415)
		problemOf(t, s.do("GET", "/api/render", "", nil), 405)
		errs = problemOf(t, s.do("POST", "/api/render", ctJSON, []byte(`{"form":"journal9"}`)), 422)
		if len(errs) == 0 || errs[0].Path != "form" {
			t.Errorf("unknown form: %+v", errs)
		}

		t.Run("read", func(t *testing.T) {
			a := s.do("POST", "/api/read", ctXLSX, xlsx)
			if a.status != 200 || !json.Valid(a.body) || !bytes.Contains(a.body, []byte(`"journal6"`)) {
				t.Fatalf("read: %d %s", a.status, a.body[:min(300, len(a.body))])
			}
			if a := s.do("POST", "/api/validate", ctJSON, a.body); a.status != 200 {
				t.Errorf("the JSON read back does not validate: %s", a.body)
			}
			problemOf(t, s.do("POST", "/api/read", ctXLSX, []byte("not a workbook")), 400)
			problemOf(t, s.do("POST", "/api/read", ctJSON, xlsx), 415)
			problemOf(t, s.do("GET", "/api/read", "", nil), 405)
		})
	})

	t.Run("validate", func(t *testing.T) {
		a := s.do("POST", "/api/validate", ctJSON, j6)
		if a.status != 200 || !bytes.Contains(a.body, []byte(`"valid":true`)) {
			t.Fatalf("validate: %d %s", a.status, a.body)
		}
		errs := problemOf(t, s.do("POST", "/api/validate", ctJSON, badDate(t, j6, 2)), 422)
		if len(errs) != 1 || errs[0].Path != "entries[2].date" || errs[0].Message == "" {
			t.Errorf("problems: %+v", errs)
		}
		var m map[string]any
		json.Unmarshal(docs, &m)
		m["documents"].([]any)[1].(map[string]any)["iin"] = "850615401233"
		bad, _ := json.Marshal(m)
		errs = problemOf(t, s.do("POST", "/api/validate", ctJSON, bad), 422)
		if len(errs) == 0 || errs[0].Path != "documents[1].iin" {
			t.Errorf("bad IIN: %+v", errs)
		}
		problemOf(t, s.do("POST", "/api/validate", ctJSON, []byte("nonsense")), 400)
		problemOf(t, s.do("POST", "/api/validate", "application/xml", j6), 415)
		problemOf(t, s.do("PUT", "/api/validate", ctJSON, j6), 405)
	})
	m := s.do("GET", "/metrics", "", nil)
	for _, want := range []string{`msedocs_renders_total{format="pdf",outcome="ok"}`, `msedocs_render_seconds_count{format="xlsx"}`, `route="/api/validate",status="422"`} {
		if !bytes.Contains(m.body, []byte(want)) {
			t.Errorf("metrics lack %s", want)
		}
	}
	s.checkNoPersonal(append(secrets, "850615401233"))
}

// TestServeBodyLimit sends a body at the limit and one byte over it.
func TestServeBodyLimit(t *testing.T) {
	docs := documentsJSON(t, "care", 1, 5)
	s := newTestServer(t, server.Config{MaxBody: int64(len(docs))})
	if a := s.do("POST", "/api/validate", ctJSON, docs); a.status != 200 {
		t.Fatalf("a body at the limit: %d %s", a.status, a.body)
	}
	over := append(bytes.Clone(docs), ' ')
	problemOf(t, s.do("POST", "/api/validate", ctJSON, over), 413)
	problemOf(t, s.do("POST", "/api/render", ctJSON, over), 413)
	// Without a Content-Length the limit holds as the body is read.
	req, _ := http.NewRequest("POST", s.ts.URL+"/api/render", io.MultiReader(bytes.NewReader(over)))
	req.Header.Set("Content-Type", ctJSON)
	req.ContentLength = -1
	res, err := s.ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 413 {
		t.Errorf("chunked body over the limit: %d", res.StatusCode)
	}
	s.checkNoPersonal(personal(docs))
}

// TestServeBusy holds the only worker with a render whose answer is not
// read, and sees the next request refused with 429 and Retry-After.
func TestServeBusy(t *testing.T) {
	s := newTestServer(t, server.Config{Workers: 1, Queue: 0})
	// A small receive window: the server's writes block soon.
	dialer := &net.Dialer{Control: func(_, _ string, c syscall.RawConn) error {
		var serr error
		c.Control(func(fd uintptr) { serr = syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_RCVBUF, 4096) })
		return serr
	}}
	slow := &http.Client{Transport: &http.Transport{DialContext: dialer.DialContext}}
	res, err := slow.Get(s.ts.URL + "/api/blank/journal6?pages=1000")
	if err != nil {
		t.Fatal(err)
	}
	// The headers have come: the render runs, and blocks on the unread answer.
	a := s.do("GET", "/api/blank/journal2?pages=2", "", nil)
	problemOf(t, a, 429)
	if a.header.Get("Retry-After") == "" {
		t.Error("429 without Retry-After")
	}
	problemOf(t, s.do("POST", "/api/validate", ctJSON, documentsJSON(t, "care", 1, 1)), 429)
	res.Body.Close()
	deadline := time.Now().Add(30 * time.Second)
	for {
		a := s.do("GET", "/api/blank/journal2?pages=2", "", nil)
		if a.status == 200 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the worker was never given back: %d", a.status)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if m := s.do("GET", "/metrics", "", nil); !bytes.Contains(m.body, []byte(`route="/api/blank/{id}",status="429"`)) {
		t.Error("metrics do not count the 429")
	}
}

func TestServeTimeout(t *testing.T) {
	s := newTestServer(t, server.Config{RenderTimeout: time.Nanosecond, Queue: 4})
	problemOf(t, s.do("POST", "/api/render", ctJSON, journalJSON(t, "journal6", 200, 1)), 504)
	problemOf(t, s.do("GET", "/api/blank/journal6", "", nil), 504)
	if m := s.do("GET", "/metrics", "", nil); !bytes.Contains(m.body, []byte(`outcome="timeout"`)) {
		t.Error("metrics do not count the timeout")
	}
}

func TestServeShuttingDown(t *testing.T) {
	s := newTestServer(t, server.Config{})
	s.srv.BeginShutdown()
	if a := s.do("GET", "/health", "", nil); a.status != 503 {
		t.Errorf("health while shutting down: %d", a.status)
	}
	problemOf(t, s.do("POST", "/api/render", ctJSON, documentsJSON(t, "care", 1, 1)), 503)
	problemOf(t, s.do("GET", "/api/blank/journal6", "", nil), 503)
}

func TestServeAuth(t *testing.T) {
	hash, err := bcrypt.GenerateFromPassword([]byte("s3cret"), bcrypt.MinCost)
	if err != nil {
		t.Fatal(err)
	}
	users, err := server.ReadHtpasswd(strings.NewReader("# staff\nclerk:" + string(hash) + "\n"))
	if err != nil {
		t.Fatal(err)
	}
	s := newTestServer(t, server.Config{Users: users})
	a := s.do("GET", "/api/forms", "", nil)
	problemOf(t, a, 401)
	if !strings.HasPrefix(a.header.Get("WWW-Authenticate"), "Basic ") {
		t.Errorf("WWW-Authenticate %q", a.header.Get("WWW-Authenticate"))
	}
	problemOf(t, s.do("GET", "/", "", nil), 401)
	problemOf(t, s.do("GET", "/metrics", "", nil), 401)
	if a := s.do("GET", "/health", "", nil); a.status != 200 {
		t.Errorf("health asks for credentials: %d", a.status)
	}
	basic := func(u, p string) string {
		r, _ := http.NewRequest("GET", "/", nil)
		r.SetBasicAuth(u, p)
		return r.Header.Get("Authorization")
	}
	problemOf(t, s.do("GET", "/api/forms", "", nil, "Authorization", basic("clerk", "wrong")), 401)
	problemOf(t, s.do("GET", "/api/forms", "", nil, "Authorization", basic("nobody", "s3cret")), 401)
	if a := s.do("GET", "/api/forms", "", nil, "Authorization", basic("clerk", "s3cret")); a.status != 200 {
		t.Errorf("with credentials: %d", a.status)
	}
	for _, bad := range []string{"", "clerk:plain\n", "nohash\n"} {
		if _, err := server.ReadHtpasswd(strings.NewReader(bad)); err == nil {
			t.Errorf("htpasswd %q accepted", bad)
		}
	}
}

// TestServeVolumes renders a journal longer than one volume: a zip of
// the volumes, streamed, each byte for byte what the library prints, and
// no temporary file left.
func TestServeVolumes(t *testing.T) {
	if testing.Short() {
		t.Skip("renders a journal of 7 000 entries")
	}
	tmp := t.TempDir()
	s := newTestServer(t, server.Config{TempDir: tmp, Workers: 2})
	data := journalJSON(t, "journal6", 7000, 9)
	a := s.do("POST", "/api/render", ctJSON, data)
	if a.status != 200 || a.header.Get("Content-Type") != "application/zip" ||
		a.header.Get("Content-Disposition") != `attachment; filename="journal6.zip"` {
		t.Fatalf("render: %d %v", a.status, a.header)
	}
	zr, err := zip.NewReader(bytes.NewReader(a.body), int64(len(a.body)))
	if err != nil {
		t.Fatal(err)
	}
	want := libraryVolumes(t, data)
	if len(zr.File) < 2 || len(zr.File) != len(want) {
		t.Fatalf("%d volumes, the library prints %d", len(zr.File), len(want))
	}
	for i, f := range zr.File {
		if f.Method != zip.Deflate {
			t.Errorf("%s stored with method %d: a streamed entry must be deflated for Java's ZipInputStream", f.Name, f.Method)
		}
		if want := "journal6.vol" + strconv.Itoa(i+1) + ".pdf"; f.Name != want {
			t.Errorf("file %d is %s, want %s", i, f.Name, want)
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		if n := pdftest.Pages(t, b); n < 3 || n > 500 {
			t.Errorf("%s has %d pages", f.Name, n)
		}
		if !bytes.Equal(b, want[i+1]) {
			t.Errorf("%s: %d bytes, the library prints %d", f.Name, len(b), len(want[i+1]))
		}
	}
	noTemps(t, tmp)
}

func TestServeCommandRefusesOpenAddress(t *testing.T) {
	var stderr bytes.Buffer
	if code := run([]string{"serve", "-addr", "0.0.0.0:0"}, nil, io.Discard, &stderr); code != exitUsage ||
		!strings.Contains(stderr.String(), "-auth") {
		t.Errorf("exit %d: %s", code, stderr.String())
	}
	for _, bad := range [][]string{{"-max-body", "lots"}, {"-workers", "0"}, {"-tls-cert", "x.pem"}} {
		stderr.Reset()
		if code := run(append([]string{"serve"}, bad...), nil, io.Discard, &stderr); code != exitUsage {
			t.Errorf("%v: exit %d: %s", bad, code, stderr.String())
		}
	}
	for in, want := range map[string]int64{"64MB": 64 << 20, "512kb": 512 << 10, "100": 100, "1GB": 1 << 30} {
		if got, err := parseSize(in); err != nil || got != want {
			t.Errorf("parseSize(%q) = %d, %v", in, got, err)
		}
	}
}

// TestServeProblemCodes: problems name the rule broken by a code the page
// has Kazakh and Russian words for.
func TestServeProblemCodes(t *testing.T) {
	for _, c := range problemCodes {
		for _, lang := range []string{"kk", "ru"} {
			if server.ProblemTexts(lang)[c.code] == "" {
				t.Errorf("code %s has no %s words", c.code, lang)
			}
		}
	}
	s := newTestServer(t, server.Config{})
	ps := problemOf(t, s.do("POST", "/api/validate", ctJSON, badDate(t, journalJSON(t, "journal6", 5, 2), 3)), 422)
	if len(ps) != 1 || ps[0].Path != "entries[3].date" || ps[0].Code != "date_format" {
		t.Errorf("problems %+v; want entries[3].date, date_format", ps)
	}
}
