package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"syscall"

	"github.com/msedocs/msedocs/fonts"
)

// writeFlags are the flags of every command that writes a file.
type writeFlags struct {
	force *bool
}

func addWriteFlags(fs *flag.FlagSet) writeFlags {
	return writeFlags{force: fs.Bool("force", false,
		"replace read-only files, and write through a symbolic link to the file it points to")}
}

// fontFlags are -font and -font-bold, of the commands that print.
type fontFlags struct {
	regular, bold *string
}

func addFontFlags(fs *flag.FlagSet) fontFlags {
	return fontFlags{
		regular: fs.String("font", "", "TrueType `FILE.ttf` to print with (default: Liberation Serif)"),
		bold:    fs.String("font-bold", "", "TrueType `FILE.ttf` for bold text (default: the -font face)"),
	}
}

// load returns the family the flags name, or nil for the default.
func (f fontFlags) load() (*fonts.Family, error) {
	if *f.regular == "" && *f.bold == "" {
		return nil, nil
	}
	if *f.regular == "" {
		return nil, usagef("-font-bold needs -font")
	}
	reg, err := loadFont(*f.regular)
	if err != nil {
		return nil, err
	}
	bold := reg
	if *f.bold != "" {
		if bold, err = loadFont(*f.bold); err != nil {
			return nil, err
		}
	}
	return &fonts.Family{Regular: reg, Bold: bold}, nil
}

// maxFontSize bounds a font file: the largest TrueType fonts with every
// script are some tens of megabytes.
const maxFontSize = 64 << 20

func loadFont(path string) (*fonts.Font, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("reading font %s: %w", path, pathless(err))
	}
	if !st.Mode().IsRegular() || st.Size() > maxFontSize {
		return nil, fmt.Errorf("reading font %s: not a font file (a regular file of at most %d MB)", path, maxFontSize>>20)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading font %s: %w", path, pathless(err))
	}
	f, err := fonts.Parse(filepath.Base(path), data)
	if err != nil {
		return nil, &inputError{path, err}
	}
	return f, nil
}

// guard checks where o will write before any work is done. An output
// that is the input in (a path, "-" for stdin, "" for none), even through
// a link or as the file stdin is redirected from,
// is a usage error; so is a file o would replace or remove that is
// read-only or a symbolic link, unless force. With force, an output that
// is a symbolic link is written to the file it points to.
func (o *output) guard(in string, force bool) error {
	if o.path == "-" {
		return nil
	}
	if st, err := os.Lstat(o.path); err == nil && st.Mode()&os.ModeSymlink != 0 {
		if !force {
			return usagef("%s is a symbolic link; give -force to write to the file it points to", o.path)
		}
		target, err := filepath.EvalSymlinks(o.path)
		if err != nil {
			return fmt.Errorf("writing %s: %w", o.path, pathless(err))
		}
		o.path = target
	}
	targets := []string{o.path}
	if o.format != "json" {
		// A journal replaces or removes the whole set the name owns.
		if owned, err := ownedFiles(o.path); err == nil {
			targets = owned
		}
	}
	inSt, inErr := os.Stat(in)
	if in == "-" {
		// Stdin redirected from a file: that file is the input.
		inErr = os.ErrNotExist
		if f, ok := o.a.stdin.(*os.File); ok && f != nil {
			if inSt, inErr = f.Stat(); inErr == nil && !inSt.Mode().IsRegular() {
				inErr = os.ErrNotExist
			}
		}
		in = "stdin"
	}
	for _, name := range targets {
		if in != "" && inErr == nil {
			if st, err := os.Stat(name); err == nil && os.SameFile(inSt, st) {
				return usagef("-o %s would overwrite the input %s", o.path, in)
			}
		}
		st, err := os.Lstat(name)
		switch {
		case err != nil || force:
		case st.Mode()&os.ModeSymlink != 0:
			return usagef("%s is a symbolic link; give -force to replace it", name)
		case st.Mode().IsRegular() && readOnly(name, st):
			return usagef("%s is read-only; give -force to replace it", name)
		}
	}
	return nil
}

// readOnly reports whether a file is marked read-only, or we may not
// write it.
func readOnly(name string, st os.FileInfo) bool {
	return st.Mode().Perm()&0o222 == 0 || syscall.Access(name, 2 /* W_OK */) != nil
}
