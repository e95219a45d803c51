package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/go-fonts/liberation/liberationsansregular"
	"github.com/go-fonts/liberation/liberationserifregular"
	"github.com/msedocs/msedocs/internal/fonttest"
)

var (
	binOnce sync.Once
	binPath string
	binErr  error
)

// TestMain removes the command built by builtCommand. Started by
// runProcess, the test binary measures a run of the command instead (see
// measureMain).
func TestMain(m *testing.M) {
	if out := os.Getenv(measureEnv); out != "" {
		os.Exit(measureMain(out, os.Args[1:]))
	}
	code := m.Run()
	if binPath != "" {
		os.RemoveAll(filepath.Dir(binPath))
	}
	os.Exit(code)
}

// builtCommand builds the command once for the tests that run it as a process.
func builtCommand(t *testing.T) string {
	t.Helper()
	binOnce.Do(func() {
		dir, err := os.MkdirTemp("", "msedocs-bin-")
		if err != nil {
			binErr = err
			return
		}
		binPath = filepath.Join(dir, "msedocs")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			binErr = errors.New(string(out))
		}
	})
	if binErr != nil {
		t.Fatalf("go build: %v", binErr)
	}
	return binPath
}

// temporaries returns the names in dir that are temporary files.
func temporaries(t *testing.T, dir string) []string {
	var out []string
	for _, n := range files(t, dir) {
		if strings.HasSuffix(n, ".tmp") || strings.HasSuffix(n, ".old") {
			out = append(out, n)
		}
	}
	return out
}

// TestSignalsRemoveTemporaries sends SIGINT, SIGTERM and SIGHUP to a
// render under way: it exits 130, 143 and 129, and leaves neither a
// temporary file nor an output (issue 12 item 6).
func TestSignalsRemoveTemporaries(t *testing.T) {
	if testing.Short() {
		t.Skip("renders a long journal")
	}
	bin := builtCommand(t)
	dir := t.TempDir()
	longJournal(t, dir, 40000)
	for _, tc := range []struct {
		sig  syscall.Signal
		code int
		ext  string
	}{{syscall.SIGINT, 130, "pdf"}, {syscall.SIGTERM, 143, "pdf"}, {syscall.SIGHUP, 129, "pdf"}, {syscall.SIGTERM, 143, "xlsx"}} {
		t.Run(tc.sig.String()+"-"+tc.ext, func(t *testing.T) {
			out := filepath.Join(dir, tc.sig.String()+"-"+tc.ext)
			must(t, os.Mkdir(out, 0o755))
			tmpdir := filepath.Join(out, "tmp")
			must(t, os.Mkdir(tmpdir, 0o755))
			cmd := exec.Command(bin, "render", "-in", filepath.Join(dir, "j6.json"), "-o", filepath.Join(out, "j6."+tc.ext), "-volume-pages", "100")
			cmd.Env = append(os.Environ(), "TMPDIR="+tmpdir)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			must(t, cmd.Start())
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			// Signal once the first temporary file is there.
			deadline := time.Now().Add(2 * time.Minute)
			for len(temporaries(t, out)) == 0 {
				select {
				case err := <-done:
					t.Fatalf("render ended before it was signalled: %v\n%s", err, stderr.String())
				default:
				}
				if time.Now().After(deadline) {
					cmd.Process.Kill()
					t.Fatal("no temporary file appeared")
				}
				time.Sleep(2 * time.Millisecond)
			}
			must(t, cmd.Process.Signal(tc.sig))
			var err error
			select {
			case err = <-done:
			case <-time.After(2 * time.Minute):
				cmd.Process.Kill()
				t.Fatal("render did not stop on the signal")
			}
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != tc.code {
				t.Errorf("exit %v, want %d\n%s", err, tc.code, stderr.String())
			}
			if left := files(t, out); len(left) != 1 {
				t.Errorf("left %v", left)
			}
			if left := files(t, tmpdir); len(left) != 0 {
				t.Errorf("left in TMPDIR: %v", left)
			}
			if !strings.Contains(stderr.String(), "stopped by") {
				t.Errorf("stderr: %s", stderr.String())
			}
		})
	}
}

// TestStdinIsNotOutput: stdin redirected from the file -o names is the
// input too.
func TestStdinIsNotOutput(t *testing.T) {
	bin := builtCommand(t)
	dir := t.TempDir()
	longJournal(t, dir, 3)
	must(t, os.Link(filepath.Join(dir, "j6.json"), filepath.Join(dir, "same.pdf")))
	in, err := os.Open(filepath.Join(dir, "j6.json"))
	must(t, err)
	defer in.Close()
	cmd := exec.Command(bin, "render", "-in", "-", "-o", "same.pdf")
	cmd.Dir, cmd.Stdin = dir, in
	out, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 2 || !strings.Contains(string(out), "-o same.pdf would overwrite the input stdin") {
		t.Errorf("exit %v: %s", err, out)
	}
}

// TestErrorsNameTheOutput: a write that fails (the file size limit, as
// on a full disk) names the file asked for, never the temporary one,
// and leaves no temporary file (issue 12 item 6).
func TestErrorsNameTheOutput(t *testing.T) {
	bin := builtCommand(t)
	dir := t.TempDir()
	longJournal(t, dir, 2000)
	for _, out := range []string{"j6.pdf", "j6.xlsx", "big.json"} {
		args := "render -in j6.json -o " + out + " -volume-pages 20"
		if out == "big.json" {
			args = "sample journal6 -n 20000 -o big.json"
		}
		// Go ignores SIGXFSZ, so writing past the limit fails with EFBIG.
		cmd := exec.Command("sh", "-c", "ulimit -f 64 && exec "+bin+" "+args)
		cmd.Dir = dir
		tmpdir := t.TempDir()
		cmd.Env = append(os.Environ(), "TMPDIR="+tmpdir)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		err := cmd.Run()
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != 1 {
			t.Errorf("%s: exit %v, want 1\n%s", args, err, stderr.String())
		}
		msg := stderr.String()
		if !strings.Contains(msg, "writing "+out+": file too large") || strings.Contains(msg, ".tmp") {
			t.Errorf("%s: stderr %q, want it to name %s and no temporary file", args, msg, out)
		}
		if tmps := temporaries(t, dir); len(tmps) != 0 {
			t.Errorf("%s: left %v", args, tmps)
		}
		if left := files(t, tmpdir); len(left) != 0 {
			t.Errorf("%s: left %v in TMPDIR", args, left)
		}
	}
}

// TestFontFlags prints with -font and -font-bold: another face works, a
// face that lacks Cyrillic is an error naming the rune, and a damaged or
// missing font file is an error naming the file (issue 12 items 1, 8).
func TestFontFlags(t *testing.T) {
	dir := t.TempDir()
	longJournal(t, dir, 5)
	must(t, os.WriteFile(filepath.Join(dir, "sans.ttf"), liberationsansregular.TTF, 0o644))
	latin, err := fonttest.Latin(liberationserifregular.TTF)
	must(t, err)
	must(t, os.WriteFile(filepath.Join(dir, "latin.ttf"), latin, 0o644))
	damaged := bytes.Clone(liberationserifregular.TTF[:5000])
	must(t, os.WriteFile(filepath.Join(dir, "damaged.ttf"), damaged, 0o644))

	for _, tc := range []struct {
		name string
		args []string
		code int
		err  string
		made string
	}{
		{"blank in sans", []string{"blank", "journal6", "-pages", "3", "-font", "$D/sans.ttf", "-o", "$D/sans.pdf"}, 0, "", "sans.pdf"},
		{"render in sans", []string{"render", "-in", "$D/j6.json", "-font", "$D/sans.ttf", "-font-bold", "$D/sans.ttf", "-o", "$D/sans.xlsx"}, 0, "", "sans.xlsx"},
		{"documents in sans", []string{"render", "-in", "$D/docs.json", "-font", "$D/sans.ttf", "-o", "$D/docs.pdf"}, 0, "", "docs.pdf"},
		{"blank latin", []string{"blank", "journal6", "-font", "$D/latin.ttf", "-o", "$D/x.pdf"}, 1, `journal6: page 1, ministry: font "latin.ttf": no glyph for U+049A`, ""},
		{"blank document latin", []string{"blank", "care", "-font", "$D/latin.ttf", "-o", "$D/x.pdf"}, 1, `no glyph for U+04`, ""},
		{"blank document latin xlsx", []string{"blank", "disability", "-font", "$D/latin.ttf", "-o", "$D/x.xlsx"}, 1, `no glyph for U+04`, ""},
		{"blank latin xlsx", []string{"blank", "journal3", "-font", "$D/latin.ttf", "-o", "$D/x.xlsx"}, 1, `no glyph for U+04`, ""},
		{"render latin", []string{"render", "-in", "$D/j6.json", "-font", "$D/latin.ttf", "-o", "$D/x.pdf"}, 1, `no glyph for U+04`, ""},
		{"documents latin", []string{"render", "-in", "$D/docs.json", "-font", "$D/latin.ttf", "-o", "$D/x.pdf"}, 1, `no glyph for U+04`, ""},
		{"damaged", []string{"blank", "journal6", "-font", "$D/damaged.ttf", "-o", "$D/x.pdf"}, 1, `$D/damaged.ttf: fonts: parse "damaged.ttf": table`, ""},
		{"missing", []string{"render", "-in", "$D/j6.json", "-font", "$D/none.ttf", "-o", "$D/x.pdf"}, 1, `reading font $D/none.ttf: no such file`, ""},
		{"bold alone", []string{"blank", "journal6", "-font-bold", "$D/sans.ttf", "-o", "$D/x.pdf"}, 2, `-font-bold needs -font`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.name == "documents in sans" || tc.name == "documents latin" {
				if r := runIn(t, dir, "", "sample", "care", "-n", "2", "-o", "$D/docs.json"); r.code != 0 {
					t.Fatalf("sample: %+v", r)
				}
			}
			before := files(t, dir)
			r := runIn(t, dir, "", tc.args...)
			if r.code != tc.code || !strings.Contains(r.stderr, tc.err) {
				t.Errorf("got %+v, want exit %d and %q", r, tc.code, tc.err)
			}
			after := files(t, dir)
			if tc.made == "" && len(after) != len(before) {
				t.Errorf("files %v, had %v", after, before)
			}
			if tc.made != "" {
				b, err := os.ReadFile(filepath.Join(dir, tc.made))
				if err != nil {
					t.Fatal(err)
				}
				if strings.HasSuffix(tc.made, ".pdf") && !bytes.Contains(b, []byte("sans")) {
					t.Errorf("%s does not embed the face of -font", tc.made)
				}
			}
		})
	}
}
