package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/msedocs/msedocs/fonts"
	"github.com/msedocs/msedocs/journal"
)

// output is where and how a command writes its result.
type output struct {
	a *app
	// path is the file to write; "-" is stdout.
	path string
	// format is "pdf", "xlsx" or "json".
	format string
	// pages is the page count of a blank journal; 0 is the form's own.
	pages int
	// lang is the language of values from closed lists.
	lang journal.Language
	// volumePages is the most pages of a volume of a long journal; 0 is
	// journal.DefaultVolumePages, journal.NoVolumeLimit never splits.
	volumePages int
	// verifyURL is the template of the documents' verification URL;
	// "" prints no code.
	verifyURL string
	// fonts is the family to print with; nil is Liberation Serif.
	fonts *fonts.Family
	// noArchive writes plain PDF rather than PDF/A-1b.
	noArchive bool
}

// noArchiveUsage describes -no-pdfa.
const noArchiveUsage = "write plain PDF, not PDF/A-1b (only for a file a later tool will change in ways PDF/A-1 forbids)"

// printOutput returns the output of a printed form for -o path and
// -format: the format follows the file's extension unless given.
func (a *app) printOutput(path, format string) (*output, error) {
	if path == "" {
		return nil, usagef("-o FILE is required (.pdf or .xlsx; - for stdout)")
	}
	ext := ""
	switch strings.ToLower(filepath.Ext(path)) {
	case ".pdf":
		ext = "pdf"
	case ".xlsx":
		ext = "xlsx"
	}
	switch {
	case format != "" && format != "pdf" && format != "xlsx":
		return nil, usagef("unknown -format %q; want pdf or xlsx", format)
	case format == "" && path == "-":
		format = "pdf"
	case format == "" && ext == "":
		return nil, usagef("cannot tell the format of %q: name it .pdf or .xlsx, or give -format", path)
	case format == "":
		format = ext
	case ext != "" && ext != format:
		return nil, usagef("-format %s does not match %q", format, path)
	case path != "-" && ext == "":
		return nil, usagef("-o %q does not match -format %s: name it .%[2]s", path, format)
	}
	if format == "xlsx" {
		if err := xlsxAvailable(); err != nil {
			return nil, err
		}
	}
	return &output{a: a, path: path, format: format}, nil
}

// jsonOutput returns the output of JSON text; "" is stdout. A file must
// be named .json.
func (a *app) jsonOutput(path string) (*output, error) {
	if path == "" {
		path = "-"
	}
	if path != "-" && !strings.EqualFold(filepath.Ext(path), ".json") {
		return nil, usagef("-o %q: this command writes JSON; name the file .json", path)
	}
	return &output{a: a, path: path, format: "json"}, nil
}

// write runs fn to produce the output. A file is written atomically: to
// a temporary file in the same folder, renamed over path only when fn
// and the writing succeed, so an error never leaves a partial file nor
// harms one already there. Stdout gets the output only when fn succeeds.
func (o *output) write(fn func(io.Writer) error) error {
	if o.path == "-" {
		var buf bytes.Buffer
		if err := fn(&buf); err != nil {
			return err
		}
		_, err := o.a.stdout.Write(buf.Bytes())
		return err
	}
	return o.a.temps.writeAtomic(o.path, fn)
}

// writeAtomic writes path atomically with no record of its temporary
// file; see tempFiles.writeAtomic.
func writeAtomic(path string, fn func(io.Writer) error) error {
	return (*tempFiles)(nil).writeAtomic(path, fn)
}

// writeAtomic writes path atomically: fn writes a temporary file in the
// same folder, kept in t while it exists, which is renamed over path
// only when fn and the writing succeed. Errors name path, never the
// temporary file.
func (t *tempFiles) writeAtomic(path string, fn func(io.Writer) error) (err error) {
	fail := func(err error) error {
		var fe *fileError
		if errors.As(err, &fe) {
			return fe.err
		}
		return fmt.Errorf("writing %s: %w", path, pathless(err))
	}
	f, err := t.createTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fail(err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
			t.done(tmp)
		}
	}()
	bw := bufio.NewWriterSize(namedWriter{f, path}, 1<<16)
	if err := fn(bw); err != nil {
		var fe *fileError
		if errors.As(err, &fe) {
			return fe.err
		}
		return err
	}
	mode := fs.FileMode(0o644)
	if st, err := os.Stat(path); err == nil {
		mode = st.Mode().Perm()
	}
	if err := bw.Flush(); err != nil {
		return fail(err)
	}
	if err := f.Chmod(mode); err != nil {
		return fail(err)
	}
	if err := f.Sync(); err != nil {
		return fail(err)
	}
	if err := f.Close(); err != nil {
		return fail(err)
	}
	if t != nil {
		t.hold.Lock()
		defer t.hold.Unlock()
	}
	if err := os.Rename(tmp, path); err != nil {
		return fail(err)
	}
	t.done(tmp)
	return nil
}

// writeBytes writes b with a final newline.
func (o *output) writeBytes(b []byte) error {
	return o.write(func(w io.Writer) error {
		if _, err := w.Write(b); err != nil {
			return err
		}
		if len(b) > 0 && b[len(b)-1] != '\n' {
			_, err := w.Write([]byte{'\n'})
			return err
		}
		return nil
	})
}

// readInput reads -in path; "-" is stdin. It returns the data and the
// name to give in messages.
func (a *app) readInput(path string) ([]byte, string, error) {
	switch path {
	case "":
		return nil, "", usagef("-in FILE is required (- for stdin)")
	case "-":
		data, err := io.ReadAll(a.stdin)
		if err != nil {
			return nil, "stdin", fmt.Errorf("reading stdin: %w", err)
		}
		return data, "stdin", nil
	}
	data, err := os.ReadFile(path)
	return data, path, err
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	if !ok || f == nil {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
