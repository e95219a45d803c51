package main

// Issue 13 item 1: render and validate read a journal's entries one at a
// time, from the file or from a spool of stdin, whatever the order of
// the keys.

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/msedocs/msedocs/journal"
)

// entriesFirst returns the JSON with the entries (or a journal 1's
// sections) before the header.
func entriesFirst(t *testing.T, data []byte) []byte {
	t.Helper()
	var m map[string]json.RawMessage
	must(t, json.Unmarshal(data, &m))
	header := []string{"certification", "unit", "started", "region", "form", "ended"}
	var keys []string
	for k := range m {
		if !slices.Contains(header, k) {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	var b bytes.Buffer
	for _, k := range append(keys, header...) {
		if v, ok := m[k]; ok {
			if b.Len() == 0 {
				b.WriteString("{")
			} else {
				b.WriteString(",\n")
			}
			b.WriteString(`"` + k + `": `)
			b.Write(v)
		}
	}
	b.WriteString("}\n")
	return b.Bytes()
}

// unstreamed prints the JSON as the command did before streaming: the
// journal decoded whole, then written with the command's options.
func unstreamed(t *testing.T, data []byte, format string) []byte {
	t.Helper()
	j, err := journal.Decode(data)
	must(t, err)
	opts := &journal.Options{Language: journal.Russian, VolumePages: journal.DefaultVolumePages}
	var b bytes.Buffer
	if format == "xlsx" {
		must(t, j.WriteXLSX(&b, opts))
	} else {
		must(t, j.WritePDF(&b, opts))
	}
	return b.Bytes()
}

// TestStreamSameBytes renders journals whose entries come before the
// header, from a file and from stdin: the same bytes as the journal
// decoded whole, and no spool file left in TMPDIR.
func TestStreamSameBytes(t *testing.T) {
	dir, tmp := t.TempDir(), t.TempDir()
	t.Setenv("TMPDIR", tmp)
	for _, form := range []string{"journal6", "journal2", "journal1"} {
		r := runIn(t, dir, "", "sample", form, "-n", "120", "-seed", "5")
		if r.code != 0 {
			t.Fatalf("sample: %+v", r)
		}
		data := entriesFirst(t, []byte(r.stdout))
		in := writeInput(t, dir, form+".json", data)
		for _, format := range []string{"pdf", "xlsx"} {
			want := unstreamed(t, data, format)
			fromFile := runIn(t, dir, "", "render", "-in", in, "-format", format, "-o", "-")
			fromStdin := runIn(t, dir, string(data), "render", "-in", "-", "-format", format, "-o", "-")
			for name, got := range map[string]result{"file": fromFile, "stdin": fromStdin} {
				if got.code != 0 {
					t.Fatalf("%s %s from %s: %+v", form, format, name, got)
				}
				if !bytes.Equal([]byte(got.stdout), want) {
					t.Errorf("%s %s from %s: %d bytes, not the %d of the journal decoded whole", form, format, name, len(got.stdout), len(want))
				}
			}
		}
		for _, src := range []string{in, "-"} {
			stdin := ""
			if src == "-" {
				stdin = string(data)
			}
			r := runIn(t, dir, stdin, "validate", "-in", src)
			if r.code != 0 || !strings.Contains(r.stdout, form+", 120 entries: no problems") {
				t.Errorf("validate %s from %q: %+v", form, src, r)
			}
		}
	}
	if left := files(t, tmp); len(left) != 0 {
		t.Errorf("left in TMPDIR: %v", left)
	}
}

// badJournal is journal 6 of 50 entries, entries first, with a wrong
// shape in entries 4 and 42 and a missing name in entry 8.
func badJournal(t *testing.T, dir string) []byte {
	r := runIn(t, dir, "", "sample", "journal6", "-n", "50", "-seed", "3")
	if r.code != 0 {
		t.Fatalf("sample: %+v", r)
	}
	var m map[string]any
	must(t, json.Unmarshal([]byte(r.stdout), &m))
	es := m["entries"].([]any)
	es[41].(map[string]any)["birth_date"] = "1970-13-45"
	es[3].(map[string]any)["colour"] = "Секрет"
	es[7].(map[string]any)["full_name"] = ""
	data, err := json.Marshal(m)
	must(t, err)
	return entriesFirst(t, data)
}

// TestStreamErrors: every problem is listed at its JSON path, shapes and
// checks alike, without the data; render writes nothing; the spool file
// is gone.
func TestStreamErrors(t *testing.T) {
	dir, tmp := t.TempDir(), t.TempDir()
	t.Setenv("TMPDIR", tmp)
	data := badJournal(t, dir)
	in := writeInput(t, dir, "bad.json", data)
	wantLines := []string{
		"entries[3].colour: unknown key",
		"entries[7].full_name: journal6: entry 8: column 3 (full_name): required",
		"entries[41].birth_date: not a date YYYY-MM-DD",
	}
	for _, src := range []string{in, "-"} {
		stdin, name := "", "$D/bad.json"
		if src == "-" {
			stdin, name = string(data), "stdin"
		}
		for _, args := range [][]string{
			{"validate", "-in", src},
			{"render", "-in", src, "-o", "$D/bad.pdf"},
			{"render", "-in", src, "-o", "$D/bad.xlsx", "-volume-pages", "3"},
		} {
			r := runIn(t, dir, stdin, args...)
			if r.code != 1 {
				t.Errorf("%v: exit %d, want 1\n%s", args, r.code, r.stderr)
			}
			got := strings.Split(strings.TrimSpace(r.stderr), "\n")
			if len(got) != len(wantLines) {
				t.Errorf("%v: %d problems, want %d:\n%s", args, len(got), len(wantLines), r.stderr)
			}
			for i, w := range wantLines {
				if i < len(got) && got[i] != "msedocs: "+name+": "+w {
					t.Errorf("%v: line %d is %q, want %q", args, i+1, got[i], w)
				}
			}
			for _, secret := range []string{"1970-13-45", "Секрет"} {
				if strings.Contains(r.stderr, secret) {
					t.Errorf("%v: stderr holds the data %q", args, secret)
				}
			}
		}
	}
	if left := files(t, dir); len(left) != 1 {
		t.Errorf("render left %v", left)
	}
	if left := files(t, tmp); len(left) != 0 {
		t.Errorf("left in TMPDIR: %v", left)
	}
}

// TestStreamSyntaxErrors: JSON broken in an entry, or after the entries,
// is refused naming where, with nothing written.
func TestStreamSyntaxErrors(t *testing.T) {
	dir := t.TempDir()
	r := runIn(t, dir, "", "sample", "journal6", "-n", "5", "-seed", "3")
	good := entriesFirst(t, []byte(r.stdout))
	for name, tc := range map[string]struct {
		data []byte
		want string
	}{
		"in an entry":     {bytes.Replace(good, []byte(`"full_name"`), []byte(`"full_name" 1,`), 1), "stdin: entries[0]: not valid JSON"},
		"cut short":       {good[:len(good)/2], "stdin: not valid JSON"},
		"after the JSON":  {append(bytes.Clone(good), "{}"...), "stdin: not valid JSON"},
		"entries no list": {[]byte(`{"entries": 5, "form": "journal6"}`), "stdin: entries: wrong type"},
		"no object":       {[]byte(`[1]`), "stdin: wrong type: want an object, got an array"},
	} {
		t.Run(name, func(t *testing.T) {
			for _, cmd := range []string{"validate", "render"} {
				r := runIn(t, dir, string(tc.data), cmd, "-in", "-", "-o", "$D/x.pdf")
				if cmd == "validate" {
					r = runIn(t, dir, string(tc.data), cmd, "-in", "-")
				}
				if r.code != 1 || !strings.Contains(r.stderr, tc.want) {
					t.Errorf("%s: exit %d, want 1 and %q:\n%s", cmd, r.code, tc.want, r.stderr)
				}
			}
			if _, err := os.Stat(filepath.Join(dir, "x.pdf")); err == nil {
				t.Errorf("an output was written")
			}
		})
	}
}

// TestSpoolRemovedOnSignal stops a render reading stdin while its spool
// file is being written: the file goes with the run's TMPDIR.
func TestSpoolRemovedOnSignal(t *testing.T) {
	bin := builtCommand(t)
	dir, tmp := t.TempDir(), t.TempDir()
	cmd := exec.Command(bin, "render", "-in", "-", "-o", filepath.Join(dir, "x.pdf"))
	cmd.Env = append(os.Environ(), "TMPDIR="+tmp)
	stdin, err := cmd.StdinPipe()
	must(t, err)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	must(t, cmd.Start())
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	_, err = io.WriteString(stdin, `{"entries": [`+strings.Repeat(`{"full_name": "x"},`, 1000))
	must(t, err)
	deadline := time.Now().Add(time.Minute)
	for !spoolThere(t, tmp) {
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("no spool file appeared")
		}
		time.Sleep(5 * time.Millisecond)
	}
	must(t, cmd.Process.Signal(syscall.SIGTERM))
	select {
	case err = <-done:
	case <-time.After(time.Minute):
		cmd.Process.Kill()
		t.Fatal("render did not stop on the signal")
	}
	stdin.Close()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 143 {
		t.Errorf("exit %v, want 143\n%s", err, stderr.String())
	}
	if left := files(t, tmp); len(left) != 0 {
		t.Errorf("left in TMPDIR: %v", left)
	}
	if left := files(t, dir); len(left) != 0 {
		t.Errorf("left: %v", left)
	}
}

// spoolThere reports whether a spool file is in the run's folder in tmp.
func spoolThere(t *testing.T, tmp string) bool {
	m, _ := filepath.Glob(filepath.Join(tmp, "msedocs-*", "msedocs-input-*.json"))
	return len(m) > 0
}

// streamRSSLimit bounds the peak RSS of render and validate of 100 000
// entries: generous beside the target of 100 MB, whose real
// figure the test logs.
const streamRSSLimit = 150 << 20

// TestStreamMemory renders journal 6 of 100 000 entries, as PDF
// volumes, as one workbook and as workbook volumes, and validates it:
// memory does not grow with the entries.
func TestStreamMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("renders 100 000 entries")
	}
	dir, tmp := t.TempDir(), t.TempDir()
	// The sample is made by the command, not in this process: a child's
	// peak RSS starts at its parent's.
	in := filepath.Join(dir, "j6.json")
	if p := runProcess(t, dir, tmp, dataLimitKB, fileLimitKB, "sample", "journal6", "-n", "100000", "-o", in); p.code != 0 {
		t.Fatalf("sample: %+v", p)
	}
	checkPeaks(t, dir, tmp, [][]string{
		{"validate", "-in", in},
		{"render", "-in", in, "-o", "j6.pdf"},
		{"render", "-in", in, "-o", "j6.xlsx", "-volume-pages", "0"},
		{"render", "-in", in, "-o", "vol.xlsx"}, // 16 workbooks, 2 at a time
	})
	if left := files(t, tmp); len(left) != 0 {
		t.Errorf("left in TMPDIR: %v", left)
	}
}

// checkPeaks runs each command line as a process of its own and checks
// that it succeeds with a peak RSS under streamRSSLimit.
func checkPeaks(t *testing.T, dir, tmp string, runs [][]string) {
	t.Helper()
	for _, args := range runs {
		p := runProcess(t, dir, tmp, dataLimitKB, fileLimitKB, args...)
		if p.code != 0 {
			t.Fatalf("%v: exit %d\n%.1500s", args, p.code, p.stderr)
		}
		t.Logf("%v: peak RSS %d MB", args[:len(args)-1], p.maxRSS>>20)
		if p.maxRSS >= streamRSSLimit {
			t.Errorf("%v: peak RSS %d MB, want under %d MB", args, p.maxRSS>>20, streamRSSLimit>>20)
		}
	}
}
