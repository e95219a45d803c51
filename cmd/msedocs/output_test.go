package main

import (
	"bytes"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestWriteAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.pdf")
	boom := errors.New("boom")
	half := func(w io.Writer) error {
		io.WriteString(w, strings.Repeat("partial ", 20000)) // more than the buffer
		return boom
	}
	// A failure leaves nothing: no file, no temporary file.
	if err := writeAtomic(path, half); !errors.Is(err, boom) {
		t.Fatalf("writeAtomic = %v, want boom", err)
	}
	if names := files(t, dir); len(names) != 0 {
		t.Fatalf("a failed write left %v", names)
	}
	// A success writes the file whole, readable by others.
	if err := writeAtomic(path, func(w io.Writer) error { _, err := io.WriteString(w, "good"); return err }); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "good" {
		t.Fatalf("file holds %q", b)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, want 0644", st.Mode().Perm())
	}
	// A failure keeps the good file; a success replaces it, keeping its
	// mode.
	if err := writeAtomic(path, half); !errors.Is(err, boom) {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "good" {
		t.Fatalf("a failed write changed the file to %.20q", b)
	}
	os.Chmod(path, 0o600)
	if err := writeAtomic(path, func(w io.Writer) error { _, err := io.WriteString(w, "better"); return err }); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "better" {
		t.Fatalf("file holds %q", b)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600 kept", st.Mode().Perm())
	}
	if names := files(t, dir); !reflect.DeepEqual(names, []string{"out.pdf"}) {
		t.Errorf("folder holds %v", names)
	}
}

func TestStdoutOnlyOnSuccess(t *testing.T) {
	var stdout bytes.Buffer
	o := &output{a: &app{stdout: &stdout}, path: "-"}
	if err := o.write(func(w io.Writer) error { io.WriteString(w, "half"); return errors.New("boom") }); err == nil {
		t.Fatal("no error")
	}
	if stdout.Len() != 0 {
		t.Errorf("stdout got %q from a failed write", stdout.String())
	}
}

func TestParseArgs(t *testing.T) {
	for _, tc := range []struct {
		args []string
		pos  []string
		o    string
	}{
		{[]string{"journal6", "-o", "x.pdf"}, []string{"journal6"}, "x.pdf"},
		{[]string{"-o", "x.pdf", "journal6"}, []string{"journal6"}, "x.pdf"},
		{[]string{"-o", "-", "a", "b"}, []string{"a", "b"}, "-"},
		{[]string{"a", "--", "-o", "b"}, []string{"a", "-o", "b"}, ""},
		{[]string{"-o=y.pdf", "a", "-o", "z.pdf"}, []string{"a"}, "z.pdf"},
	} {
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		o := fs.String("o", "", "")
		pos, err := parseArgs(fs, tc.args)
		if err != nil || !reflect.DeepEqual(pos, tc.pos) || *o != tc.o {
			t.Errorf("parseArgs(%q) = %q, -o %q, %v; want %q, -o %q", tc.args, pos, *o, err, tc.pos, tc.o)
		}
	}
}

// fakeClock advances by step at every reading.
type fakeClock struct {
	t    time.Time
	step time.Duration
}

func (c *fakeClock) now() time.Time { c.t = c.t.Add(c.step); return c.t }

func TestProgress(t *testing.T) {
	var b bytes.Buffer
	// Quick work draws nothing.
	clock := &fakeClock{t: time.Unix(0, 0), step: time.Millisecond}
	p := newProgress(&b, clock.now, "journal6", "entries")
	for i := range 100 {
		p.update(i+1, 100)
	}
	p.finish()
	if b.Len() != 0 {
		t.Errorf("quick work drew %q", b.String())
	}
	// Long work draws the bar, at most every barEvery, and the end.
	clock.step = 60 * time.Millisecond
	p = newProgress(&b, clock.now, "journal6", "entries")
	for i := range 100 {
		p.update(i+1, 100)
	}
	out := b.String()
	if draws := strings.Count(out, "\r"); draws < 10 || draws > 60 {
		t.Errorf("%d draws of 100 updates", draws)
	}
	if !strings.HasSuffix(out, "\rjournal6 ["+strings.Repeat("=", barWidth)+"] 100% 100/100 entries") {
		t.Errorf("last draw %q", out[strings.LastIndex(out, "\r"):])
	}
	p.finish()
	if !strings.HasSuffix(b.String(), "\r\x1b[K") {
		t.Errorf("finish does not clear the line")
	}
	// An unknown total shows the count.
	b.Reset()
	p = newProgress(&b, clock.now, "journal6", "entries")
	for i := range 20 {
		p.update(i+1, 0)
	}
	if !regexp.MustCompile(`^(\rjournal6 \d+ entries)+$`).MatchString(b.String()) {
		t.Errorf("count only: %q", b.String())
	}
	// A nil bar is allowed.
	var none *progress
	none.update(1, 2)
	none.finish()
}

// TestProgressOnlyOnTerminal checks when a bar is drawn: stderr must be a
// character device (/dev/null is one) and CI unset.
func TestProgressOnlyOnTerminal(t *testing.T) {
	tty, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Skip(err)
	}
	defer tty.Close()
	env := map[string]string{}
	a := &app{stderr: tty, getenv: func(k string) string { return env[k] }, now: time.Now}
	o := &output{a: a}
	if o.progress("x", "pages") == nil {
		t.Error("no bar on a terminal")
	}
	env["CI"] = "true"
	if o.progress("x", "pages") != nil {
		t.Error("a bar under CI")
	}
	env["CI"] = ""
	a.stderr = &bytes.Buffer{}
	if o.progress("x", "pages") != nil {
		t.Error("a bar on a pipe")
	}
}
