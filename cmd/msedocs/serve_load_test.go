package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/msedocs/msedocs/internal/pdftest"
	"github.com/msedocs/msedocs/internal/server"
)

// liveServer is msedocs serve on a loopback port, as the command runs it.
type liveServer struct {
	url  string
	srv  *server.Server
	stop context.CancelFunc
	done chan struct{} // closed when Serve has returned err
	err  error
}

func startLive(t testing.TB, cfg server.Config, tls ...server.TLS) *liveServer {
	t.Helper()
	cfg.TempDir = t.TempDir()
	srv, err := server.New(library{}, cfg)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, stop := context.WithCancel(context.Background())
	var tc server.TLS
	scheme := "http://"
	if len(tls) > 0 {
		tc, scheme = tls[0], "https://"
	}
	l := &liveServer{url: scheme + ln.Addr().String(), srv: srv, stop: stop, done: make(chan struct{})}
	go func() {
		l.err = srv.Serve(ctx, ln, tc)
		close(l.done)
	}()
	t.Cleanup(func() { l.shutdown() })
	return l
}

// shutdown stops the server as SIGTERM does and waits for Serve.
func (l *liveServer) shutdown() error {
	l.stop()
	<-l.done
	return l.err
}

// loadRequest is one kind of request of the mix.
type loadRequest struct {
	name   string
	method string
	path   string
	body   []byte
	// pages is the page count the answer must have; 0 reads it from the
	// certification, -1 is no PDF (an invalid body).
	pages int
}

func (q loadRequest) send(c *http.Client, base string) (*http.Response, error) {
	var body io.Reader
	if q.body != nil {
		body = bytes.NewReader(q.body)
	}
	req, err := http.NewRequest(q.method, base+q.path, body)
	if err != nil {
		return nil, err
	}
	if q.body != nil {
		req.Header.Set("Content-Type", ctJSON)
	}
	return c.Do(req)
}

func loadMix(t testing.TB) []loadRequest {
	j6 := journalJSON(t, "journal6", 1000, 21)
	return []loadRequest{
		{"certificate", "POST", "/api/render", documentsJSON(t, "disability", 1, 22), 1},
		{"certificates", "POST", "/api/render", documentsJSON(t, "general_capacity", 3, 23), 3},
		{"journal6-1000", "POST", "/api/render", j6, 0},
		{"journal2-1000", "POST", "/api/render", journalJSON(t, "journal2", 1000, 24), 0},
		{"blank", "GET", "/api/blank/journal6?pages=12&region_kk=%D0%90%D1%81%D1%82%D0%B0%D0%BD%D0%B0", nil, 12},
		{"blank-doc", "GET", "/api/blank/care", nil, 1},
		{"invalid", "POST", "/api/render", badDate(t, j6, 500), -1},
		{"invalid-doc", "POST", "/api/validate", []byte(`{"form":"disability","iin":"1"}`), -1},
	}
}

// statedPages reads the page count a journal's certification states:
// «81 (сексен бір / восемьдесят один) бет/листа».
var statedPages = regexp.MustCompile(`(\d+)\([^()]*\)бет/лист`)

// checkPDF checks that b is a valid PDF of the pages it should have.
func checkPDF(t testing.TB, name string, b []byte, want int) {
	t.Helper()
	n := pdftest.Pages(t, b)
	if want == 0 {
		texts := pdftest.Texts(t, b)
		text := texts[len(texts)-1]
		m := statedPages.FindStringSubmatch(pdftest.Squash(text))
		if m == nil {
			t.Errorf("%s: the last page states no page count", name)
			return
		}
		want, _ = strconv.Atoi(m[1])
	}
	if n != want {
		t.Errorf("%s: %d pages, want %d", name, n, want)
	}
}

// TestServeLoad sends 400 requests at concurrency 32 to a server with 2
// workers and a queue of 8: every answer is 200, 422 or 429, every PDF
// is whole, memory stays bounded and /health answers throughout.
func TestServeLoad(t *testing.T) {
	const total, conc = 400, 32
	l := startLive(t, server.Config{Workers: 2, Queue: 8})
	mix := loadMix(t)
	client := &http.Client{Timeout: 2 * time.Minute, Transport: &http.Transport{MaxIdleConnsPerHost: conc}}

	var stopWatch atomic.Bool
	var watch sync.WaitGroup
	var peak atomic.Uint64
	healthOK, healthBad := atomic.Int64{}, atomic.Int64{}
	watch.Add(2)
	go func() { // memory
		defer watch.Done()
		var ms runtime.MemStats
		for !stopWatch.Load() {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}()
	go func() { // health
		defer watch.Done()
		hc := &http.Client{Timeout: 30 * time.Second}
		for !stopWatch.Load() {
			res, err := hc.Get(l.url + "/health")
			if err == nil && res.StatusCode == 200 {
				healthOK.Add(1)
			} else {
				healthBad.Add(1)
			}
			if err == nil {
				res.Body.Close()
			}
			time.Sleep(50 * time.Millisecond)
		}
	}()

	type result struct {
		kind   int
		status int
		ctype  string
		body   []byte
		err    error
	}
	results := make([]result, total)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range conc {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= total {
					return
				}
				k := i % len(mix)
				res, err := mix[k].send(client, l.url)
				if err != nil {
					results[i] = result{kind: k, err: err}
					continue
				}
				b, err := io.ReadAll(res.Body)
				res.Body.Close()
				results[i] = result{k, res.StatusCode, res.Header.Get("Content-Type"), b, err}
			}
		}()
	}
	wg.Wait()
	stopWatch.Store(true)
	watch.Wait()

	counts := map[string]int{}
	checked := map[int]int{}
	for i, r := range results {
		q := mix[r.kind]
		if r.err != nil {
			t.Errorf("request %d (%s): %v", i, q.name, r.err)
			continue
		}
		counts[q.name+" "+strconv.Itoa(r.status)]++
		switch {
		case r.status == 429:
		case r.status == 422 && q.pages == -1:
		case r.status == 200 && q.pages >= 0 && r.ctype == "application/pdf":
			// Check at most a few of each kind in -short runs.
			if testing.Short() && checked[r.kind] >= 2 {
				continue
			}
			checked[r.kind]++
			checkPDF(t, q.name, r.body, q.pages)
		default:
			t.Errorf("request %d (%s): status %d %s", i, q.name, r.status, r.body[:min(200, len(r.body))])
		}
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("%-20s %d", k, counts[k])
	}
	t.Logf("peak heap in use %d MB; /health %d answers, %d failed", peak.Load()>>20, healthOK.Load(), healthBad.Load())
	if healthBad.Load() > 0 || healthOK.Load() == 0 {
		t.Errorf("/health failed %d times, answered %d", healthBad.Load(), healthOK.Load())
	}
	if p := peak.Load(); p > 512<<20 {
		t.Errorf("peak heap %d MB: memory is not bounded", p>>20)
	}
	// Which requests the full queue turns away is luck (under -race on a
	// busy machine, a whole kind may be); a kind never let through is
	// sent once more alone, and must get through then.
	for _, q := range mix {
		if counts[q.name+" 200"]+counts[q.name+" 422"] > 0 {
			continue
		}
		res, err := q.send(client, l.url)
		if err != nil {
			t.Errorf("%s, sent alone: %v", q.name, err)
			continue
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		switch {
		case res.StatusCode == 422 && q.pages == -1:
		case res.StatusCode == 200 && q.pages >= 0:
			checkPDF(t, q.name, b, q.pages)
		default:
			t.Errorf("%s, sent alone: status %d", q.name, res.StatusCode)
		}
	}
}

// TestServeShutdownUnderLoad stops the server while renders run: every
// answer begun is finished whole, and the rest are refused cleanly.
func TestServeShutdownUnderLoad(t *testing.T) {
	const conc = 16
	l := startLive(t, server.Config{Workers: 2, Queue: conc})
	mix := loadMix(t)
	jobs := []loadRequest{mix[2], mix[0], mix[4]} // journal, certificate, blank
	client := &http.Client{Timeout: 2 * time.Minute}
	started := make(chan struct{}, conc)
	type result struct {
		q      loadRequest
		status int
		body   []byte
		err    error
		began  bool
	}
	results := make([]result, conc)
	var wg sync.WaitGroup
	for i := range conc {
		wg.Add(1)
		go func() {
			defer wg.Done()
			q := jobs[i%len(jobs)]
			res, err := q.send(client, l.url)
			if err != nil {
				results[i] = result{q: q, err: err}
				return
			}
			started <- struct{}{}
			b, err := io.ReadAll(res.Body)
			res.Body.Close()
			results[i] = result{q, res.StatusCode, b, err, true}
		}()
	}
	<-started // at least one answer has begun
	if err := l.shutdown(); err != nil {
		t.Errorf("Serve: %v", err)
	}
	wg.Wait()
	began := 0
	for i, r := range results {
		switch {
		case !r.began:
			// Refused before it began: the connection was closed.
			var ne net.Error
			if !errors.As(r.err, &ne) && !strings.Contains(fmt.Sprint(r.err), "connection") && !errors.Is(r.err, io.EOF) {
				t.Logf("request %d (%s) refused: %v", i, r.q.name, r.err)
			}
		case r.err != nil:
			t.Errorf("request %d (%s): the answer was cut: %v", i, r.q.name, r.err)
		case r.status == 200:
			began++
			checkPDF(t, r.q.name, r.body, r.q.pages)
		case r.status == 503:
		default:
			t.Errorf("request %d (%s): status %d", i, r.q.name, r.status)
		}
	}
	if began == 0 {
		t.Error("no answer finished")
	}
	t.Logf("%d of %d answers finished during shutdown", began, conc)
}
