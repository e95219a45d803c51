package main

import (
	"context"
	"encoding/json"
	"iter"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"github.com/msedocs/msedocs/internal/pdftest"
	"github.com/msedocs/msedocs/internal/server"
)

// chromium returns the browser to test with, or skips (fails under
// MSEDOCS_REQUIRE_TOOLS=1) when there is none.
func chromium(t *testing.T) string {
	t.Helper()
	for _, p := range []string{"/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome"} {
		if path, err := exec.LookPath(p); err == nil {
			return path
		}
	}
	if os.Getenv("MSEDOCS_REQUIRE_TOOLS") == "1" {
		t.Fatal("chromium is not installed (apt-get install chromium)")
	}
	t.Skip("chromium is not installed: skipping the browser test (apt-get install chromium)")
	return ""
}

// artifacts is the ignored folder screenshots go to.
func artifacts(t *testing.T) string {
	t.Helper()
	dir := filepath.Join("..", "..", "out", "browser")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// newBrowser starts a headless browser for the test.
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium(t)),
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting chromium: %v", err)
	}
	return ctx
}

// TestServeBrowser uses the web page as a clerk would: in Kazakh, a blank
// journal 6 of 7 pages with its header in Kazakh letters, then a JSON
// with one bad date, whose problem shows in the table.
func TestServeBrowser(t *testing.T) {
	ctx := newBrowser(t)
	s := newTestServer(t, server.Config{Workers: 2, Queue: 4})
	downloads := t.TempDir()
	progress := chromedp.Events(ctx, browser.DownloadProgress)
	step := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		if err := chromedp.Do(sctx, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	step("open the page",
		chromedp.Navigate(s.ts.URL+"/"),
		chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
			_, err := chromedp.Call(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
				Behavior:      browser.SetDownloadBehaviorBehaviorAllowAndName,
				DownloadPath:  downloads,
				EventsEnabled: new(true),
			})
			return err
		}),
		chromedp.WaitVisible(chromedp.CSS("#lang-kk")),
		chromedp.Click(chromedp.CSS("#lang-kk")),
		chromedp.WaitVisible(chromedp.CSS(`#lang-kk[aria-current="page"]`)),
	)
	heading, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#blank-h")))
	if err != nil || heading != "Бос бланк" {
		t.Fatalf("the page is not in Kazakh: %q, %v", heading, err)
	}
	step("fill the blank form",
		chromedp.SetValue(chromedp.CSS("#blank-id"), "journal6"),
		chromedp.SendKeys(chromedp.CSS("#region_kk"), "Қарағанды облысы"),
		chromedp.SendKeys(chromedp.CSS("#region_ru"), "Карагандинской области"),
		chromedp.SendKeys(chromedp.CSS("#unit_kk"), "№ 3 бөлім"),
		chromedp.SendKeys(chromedp.CSS("#unit_ru"), "№ 3"),
		chromedp.SendKeys(chromedp.CSS("#pages"), "7"),
	)
	shot(t, ctx, "kk-blank-filled.png")
	step("ask for the blank", chromedp.Click(chromedp.CSS("#blank-submit")))
	pdf := download(t, progress, downloads)
	if n := pdftest.Pages(t, pdf); n != 7 {
		t.Errorf("the blank has %d pages, want 7", n)
	}
	text := pdftest.Squash(strings.Join(pdftest.Texts(t, pdf), ""))
	for _, want := range []string{"Қарағандыоблысы", "Карагандинскойобласти", "№3бөлім"} {
		if !strings.Contains(text, want) {
			t.Errorf("the blank lacks %q", want)
		}
	}

	bad := filepath.Join(t.TempDir(), "journal6.json")
	j6 := journalJSON(t, "journal6", 5, 11)
	if err := os.WriteFile(bad, badDate(t, j6, 3), 0o644); err != nil {
		t.Fatal(err)
	}
	step("check a file with one bad date",
		chromedp.SetUploadFiles(chromedp.CSS("#upload-file"), []string{bad}),
		chromedp.Click(chromedp.CSS("#check")),
		chromedp.WaitVisible(chromedp.CSS("#problems tbody tr")),
	)
	where, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#problems tbody tr td")))
	if err != nil || where != "entries[3].date" {
		t.Errorf("the problems table says %q, %v; want entries[3].date", where, err)
	}
	rows, err := chromedp.Run(ctx, chromedp.Nodes(chromedp.CSSAll("#problems tbody tr")))
	if err != nil || len(rows) != 1 {
		t.Errorf("%d rows in the problems table, %v; want 1", len(rows), err)
	}
	// The problem in Kazakh, the library's English as its detail.
	what, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#problems tbody tr td:nth-child(2)")))
	if err != nil || !strings.Contains(what, server.ProblemTexts("kk")["date_format"]) {
		t.Errorf("the problem reads %q, %v; want it in Kazakh", what, err)
	}
	shot(t, ctx, "kk-problems.png")
	s.checkNoPersonal(personal(j6))
}

// download waits for the next download to complete and returns it.
func download(t *testing.T, progress iter.Seq2[browser.EventDownloadProgress, error], dir string) []byte {
	t.Helper()
	done := make(chan string, 1)
	go func() {
		for ev, err := range progress {
			if err != nil {
				break
			}
			if ev.State == browser.DownloadProgressStateCompleted {
				done <- ev.GUID
				return
			}
			if ev.State == browser.DownloadProgressStateCanceled {
				break
			}
		}
		close(done)
	}()
	select {
	case guid, ok := <-done:
		if !ok {
			t.Fatal("the download failed")
		}
		b, err := os.ReadFile(filepath.Join(dir, guid))
		if err != nil {
			t.Fatal(err)
		}
		return b
	case <-time.After(60 * time.Second):
		t.Fatal("no download within a minute")
	}
	return nil
}

// shot saves a screenshot of the whole page into the artifact folder.
func shot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(90))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	if err := os.WriteFile(filepath.Join(artifacts(t), name), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestServePageWidths screenshots the page at a phone's and a desktop's
// width, in both languages, for a person to look at.
func TestServePageWidths(t *testing.T) {
	ctx := newBrowser(t)
	s := newTestServer(t, server.Config{})
	// A journal with a date in the future and entries out of order.
	var m map[string]any
	if err := json.Unmarshal(journalJSON(t, "journal6", 5, 11), &m); err != nil {
		t.Fatal(err)
	}
	e := m["entries"].([]any)
	e[3].(map[string]any)["date"], e[2].(map[string]any)["date"] = e[2].(map[string]any)["date"], e[3].(map[string]any)["date"]
	e[4].(map[string]any)["date"] = "2099-01-01"
	data, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(t.TempDir(), "journal6.json")
	if err := os.WriteFile(bad, data, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"kk", "ru"} {
		for _, v := range []struct {
			name string
			w, h int64
			opts []chromedp.EmulateViewportOption
		}{
			{"phone", 390, 844, []chromedp.EmulateViewportOption{chromedp.EmulateMobile, chromedp.EmulatePortrait}},
			{"desktop", 1280, 900, nil},
		} {
			if err := chromedp.Do(ctx, chromedp.EmulateViewport(v.w, v.h, v.opts...), chromedp.Navigate(s.ts.URL+"/?lang="+lang),
				chromedp.WaitVisible(chromedp.CSS("#blank-submit"))); err != nil {
				t.Fatal(err)
			}
			// Nothing is wider than the screen.
			wide, err := chromedp.Run(ctx, chromedp.Evaluate[bool]("document.documentElement.scrollWidth > window.innerWidth + 1"))
			if err != nil || wide {
				t.Errorf("%s %s: the page is wider than the screen (%v)", lang, v.name, err)
			}
			shot(t, ctx, lang+"-"+v.name+".png")
			if err := chromedp.Do(ctx, chromedp.SetUploadFiles(chromedp.CSS("#upload-file"), []string{bad}),
				chromedp.Click(chromedp.CSS("#check")), chromedp.WaitVisible(chromedp.CSS("#problems tbody tr"))); err != nil {
				t.Fatal(err)
			}
			wide, err = chromedp.Run(ctx, chromedp.Evaluate[bool]("document.documentElement.scrollWidth > window.innerWidth + 1"))
			if err != nil || wide {
				t.Errorf("%s %s: the page with problems is wider than the screen (%v)", lang, v.name, err)
			}
			shot(t, ctx, lang+"-"+v.name+"-problems.png")
		}
	}
}
