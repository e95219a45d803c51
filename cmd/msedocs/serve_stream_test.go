package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/msedocs/msedocs"
	"github.com/msedocs/msedocs/internal/server"
	"github.com/msedocs/msedocs/journal"
)

// libraryVolumes prints a journal's JSON as the library does, volume by
// volume, for comparing the service's bytes with.
func libraryVolumes(t *testing.T, data []byte) map[int][]byte {
	t.Helper()
	rec, err := msedocs.Decode(data)
	if err != nil || rec.Journal == nil {
		t.Fatalf("decode: %v", err)
	}
	var (
		mu   sync.Mutex
		vols = map[int]*bytes.Buffer{}
	)
	create := func(n int) (io.WriteCloser, error) {
		mu.Lock()
		defer mu.Unlock()
		vols[n] = &bytes.Buffer{}
		return nopWriteCloser{vols[n]}, nil
	}
	if err := journal.Write([]journal.Output{{Journal: rec.Journal, Format: journal.PDF, Create: create}}, nil); err != nil {
		t.Fatal(err)
	}
	out := map[int][]byte{}
	for n, b := range vols {
		out[n] = b.Bytes()
	}
	return out
}

type nopWriteCloser struct{ io.Writer }

func (nopWriteCloser) Close() error { return nil }

// TestServeOneVolumeStreamed: a journal that fits in one volume comes as
// the PDF itself, streamed (no length known up front), byte for byte what
// the library prints, and leaves no temporary file.
func TestServeOneVolumeStreamed(t *testing.T) {
	tmp := t.TempDir()
	s := newTestServer(t, server.Config{TempDir: tmp})
	data := journalJSON(t, "journal6", 300, 4)
	a := s.do("POST", "/api/render", ctJSON, data)
	if a.status != 200 || a.header.Get("Content-Type") != "application/pdf" ||
		a.header.Get("Content-Disposition") != `attachment; filename="journal6.pdf"` {
		t.Fatalf("render: %d %v", a.status, a.header)
	}
	if a.header.Get("Content-Length") != "" {
		t.Errorf("Content-Length %s: the PDF was held back instead of streamed", a.header.Get("Content-Length"))
	}
	want := libraryVolumes(t, data)
	if len(want) != 1 || !bytes.Equal(a.body, want[1]) {
		t.Errorf("%d bytes answered, the library prints %d volume(s), volume 1 of %d bytes", len(a.body), len(want), len(want[1]))
	}
	noTemps(t, tmp)
}

// noTemps checks that the temporary folder is empty.
func noTemps(t *testing.T, dir string) {
	t.Helper()
	left, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(left) > 0 {
		t.Errorf("%d temporary files left, e.g. %s", len(left), left[0].Name())
	}
}

// TestServeTimeoutFreesWorker: a render over its time limit stops at its
// next write, so the only worker is soon free for the next request. The
// blank of 10 000 pages would otherwise keep it busy for a long while.
func TestServeTimeoutFreesWorker(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a blank of 10 000 pages")
	}
	s := newTestServer(t, server.Config{Workers: 1, Queue: 1, RenderTimeout: 300 * time.Millisecond})
	res, err := s.ts.Client().Get(s.ts.URL + "/api/blank/journal6?pages=" + strconv.Itoa(journal.MaxBlankPages))
	if err == nil {
		// 504 when nothing was sent yet; a cut body when pages were.
		_, rerr := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusGatewayTimeout && rerr == nil {
			t.Fatalf("blank over its time limit: %d, read whole", res.StatusCode)
		}
	}
	// Generous: the blank takes far longer than this when not stopped.
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "POST", s.ts.URL+"/api/validate", bytes.NewReader(journalJSON(t, "journal6", 3, 1)))
	req.Header.Set("Content-Type", ctJSON)
	res, err = s.ts.Client().Do(req)
	if err != nil {
		t.Fatalf("the next request found no worker: %v", err)
	}
	res.Body.Close()
	if res.StatusCode != 200 {
		t.Fatalf("next request: %d", res.StatusCode)
	}
}
