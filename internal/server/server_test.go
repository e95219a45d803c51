package server

import (
	"context"
	"errors"
	"strings"
	"testing"
)

func TestLoopback(t *testing.T) {
	for addr, want := range map[string]bool{
		"127.0.0.1:8080": true, "[::1]:8080": true, "localhost:80": true, "127.1.2.3:1": true,
		"0.0.0.0:8080": false, ":8080": false, "10.0.0.5:80": false, "example.org:80": false, "nonsense": false,
	} {
		if got := Loopback(addr); got != want {
			t.Errorf("Loopback(%q) = %v", addr, got)
		}
	}
}

// TestPageCounter finds page objects split across writes.
func TestPageCounter(t *testing.T) {
	doc := "1 0 obj << /Type /Pages /Count 2 >> 2 0 obj << /Type /Page /Parent 1 0 R >> 3 0 obj << /Type /Page /Parent 1 0 R >>"
	for size := 1; size <= len(doc); size++ {
		var c pageCounter
		for i := 0; i < len(doc); i += size {
			c.scan([]byte(doc[i:min(i+size, len(doc))]))
		}
		if c.n != 2 {
			t.Fatalf("writes of %d bytes: %d pages, want 2", size, c.n)
		}
	}
}

func TestLimiter(t *testing.T) {
	l := newLimiter(1, 1)
	ctx := context.Background()
	if err := l.acquire(ctx); err != nil {
		t.Fatal(err)
	}
	waited := make(chan error)
	go func() { waited <- l.acquire(ctx) }()
	for l.queued() != 1 {
	}
	if err := l.acquire(ctx); !errors.Is(err, errBusy) {
		t.Errorf("a full queue: %v, want errBusy", err)
	}
	l.release()
	if err := <-waited; err != nil {
		t.Errorf("the waiting job: %v", err)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if err := l.acquire(cctx); !errors.Is(err, context.Canceled) {
		t.Errorf("a canceled wait: %v", err)
	}
	l.release()
	if l.running() != 0 || l.queued() != 0 {
		t.Errorf("running %d, queued %d", l.running(), l.queued())
	}
}

func TestReadHtpasswd(t *testing.T) {
	users, err := ReadHtpasswd(strings.NewReader("# staff\n\nclerk:$2y$05$abcdefghijklmnopqrstuu5Lx9Nnn1GzvS9cS0xQhDP0O1.bVN8Y6\n"))
	if err != nil || len(users) != 1 || users["clerk"] == nil {
		t.Fatalf("%v %v", users, err)
	}
	for _, bad := range []string{"", "clerk:{SHA}abc\n", ":$2y$05$x\n", "clerk\n"} {
		if _, err := ReadHtpasswd(strings.NewReader(bad)); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestTexts(t *testing.T) {
	kk, ru := texts("kk"), texts("ru")
	if len(kk) != len(ru) {
		t.Fatalf("%d Kazakh words, %d Russian", len(kk), len(ru))
	}
	for k := range ru {
		if kk[k] == "" || kk[k] == ru[k] && k != "title" {
			t.Errorf("%q: kk %q, ru %q", k, kk[k], ru[k])
		}
	}
}
