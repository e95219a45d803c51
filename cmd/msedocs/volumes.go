package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/msedocs/msedocs/journal"
)

// Bounds of render -volume-pages: a volume has a title page, a page of
// entries and the certification.
const (
	minVolumePages = journal.MinVolumePages
	maxVolumePages = 1_000_000
)

// volumePath is the file of volume n of a journal written to path:
// name.pdf gives name.vol1.pdf, name.vol2.pdf, ….
func volumePath(path string, n int) string {
	ext := filepath.Ext(path)
	return strings.TrimSuffix(path, ext) + ".vol" + strconv.Itoa(n) + ext
}

// writeVolumes writes j to path with journal.Write, which binds a long
// journal in volumes of at most opts.VolumePages pages: a journal that
// fits in one volume is written to path, a longer one to
// volumePath(path, 1), volumePath(path, 2), … . Once the new files are in
// place, the files of an earlier run that this output name owns and the
// new set does not hold (name.pdf beside new volumes, or volumes beyond
// the new count) are removed. It is all or nothing:
// each volume is written to a temporary file in the same folder as it
// comes, and only when every volume is written are they renamed into
// place. An error leaves no output and no temporary file behind, and the
// files already there as they were.
func writeVolumes(temps *tempFiles, path string, j journal.Journal, format journal.Format, opts *journal.Options) (err error) {
	v := &volumes{path: path, tmps: map[int]string{}, temps: temps}
	defer func() {
		if err != nil {
			v.removeTemps()
		}
	}()
	err = journal.Write([]journal.Output{{Journal: j, Format: format, Create: v.create}}, opts)
	var fe *fileError
	if errors.As(err, &fe) {
		return fe.err // "writing name.pdf: …", without the volume
	}
	if err != nil {
		return err
	}
	if err := v.commit(); err != nil {
		return err
	}
	return removeStale(path, len(v.names))
}

// fileError is a file that could not be written.
type fileError struct{ err error }

func (e *fileError) Error() string { return e.err.Error() }
func (e *fileError) Unwrap() error { return e.err }

// volumes are the temporary files of one journal's volumes.
type volumes struct {
	path string
	mu   sync.Mutex
	tmps map[int]string // volume number → temporary file
	// temps records the temporary files for a signal to remove.
	temps *tempFiles
	// names are the files written, once commit has placed them.
	names []string
}

// createHook, when set (by tests), runs before each volume is created;
// its error fails the volume.
var createHook func(volume int) error

// create is journal.Output.Create: a temporary file for volume n.
func (v *volumes) create(n int) (io.WriteCloser, error) {
	if createHook != nil {
		if err := createHook(n); err != nil {
			return nil, err
		}
	}
	dir, base := filepath.Split(v.path)
	if dir == "" {
		dir = "."
	}
	f, err := v.temps.createTemp(dir, "."+base+".vol"+strconv.Itoa(n)+".*.tmp")
	if err != nil {
		return nil, &fileError{fmt.Errorf("writing %s: %w", v.path, pathless(err))}
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if _, dup := v.tmps[n]; dup {
		f.Close()
		os.Remove(f.Name())
		v.temps.done(f.Name())
		return nil, fmt.Errorf("writing %s: volume %d created twice", v.path, n)
	}
	v.tmps[n] = f.Name()
	return &volumeFile{f: f, w: bufio.NewWriterSize(f, 1<<16), path: v.path}, nil
}

// removeTemps removes every temporary file made.
func (v *volumes) removeTemps() {
	v.mu.Lock()
	defer v.mu.Unlock()
	for _, tmp := range v.tmps {
		os.Remove(tmp)
		v.temps.done(tmp)
	}
}

// commit renames the temporary files into place: one volume to path,
// several to path's volume names. Files already there are first moved
// aside, so that a failure puts them back: the folder then holds what it
// held before.
func (v *volumes) commit() error {
	if v.temps != nil {
		v.temps.hold.Lock() // a signal waits until the folder is consistent
		defer v.temps.hold.Unlock()
	}
	n := len(v.tmps)
	names := make([]string, n)
	for k := 1; k <= n; k++ {
		if _, ok := v.tmps[k]; !ok {
			return fmt.Errorf("writing %s: volume %d missing", v.path, k)
		}
		names[k-1] = v.path
		if n > 1 {
			names[k-1] = volumePath(v.path, k)
		}
	}
	modes := make([]fs.FileMode, n)
	for i, name := range names {
		modes[i] = 0o644
		if st, err := os.Stat(name); err == nil {
			if !st.Mode().IsRegular() {
				return fmt.Errorf("writing %s: not a regular file", name)
			}
			modes[i] = st.Mode().Perm()
		}
		if err := os.Chmod(v.tmps[i+1], modes[i]); err != nil {
			return fmt.Errorf("writing %s: %w", name, pathless(err))
		}
	}

	aside := map[string]string{} // file already there → where it was moved
	var placed []string
	undo := func() {
		for _, name := range placed {
			os.Remove(name)
		}
		for name, old := range aside {
			os.Rename(old, name)
		}
	}
	for _, name := range names {
		if _, err := os.Stat(name); err != nil {
			continue
		}
		old, err := moveAside(name)
		if err != nil {
			undo()
			return err
		}
		aside[name] = old
	}
	for i, name := range names {
		var err error
		if renameHook != nil {
			err = renameHook(i + 1)
		}
		if err == nil {
			err = os.Rename(v.tmps[i+1], name)
		}
		if err != nil {
			undo()
			return fmt.Errorf("writing %s: %w", name, pathless(err))
		}
		placed = append(placed, name)
		v.temps.done(v.tmps[i+1])
		v.mu.Lock()
		delete(v.tmps, i+1)
		v.mu.Unlock()
	}
	for _, old := range aside {
		os.Remove(old)
	}
	v.names = names
	return nil
}

// renameHook, when set (by tests), runs before each volume is renamed
// into place; its error fails the rename.
var renameHook func(volume int) error

// moveAside renames the file name to a new name beside it, and returns
// that name.
func moveAside(name string) (string, error) {
	dir, base := filepath.Split(name)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".*.old")
	if err != nil {
		return "", fmt.Errorf("writing %s: %w", name, pathless(err))
	}
	f.Close()
	if err := os.Rename(name, f.Name()); err != nil {
		os.Remove(f.Name())
		return "", fmt.Errorf("writing %s: %w", name, pathless(err))
	}
	return f.Name(), nil
}

// volumeFile is a temporary file being written, buffered; Close makes it
// durable.
type volumeFile struct {
	f    *os.File
	w    *bufio.Writer
	path string
}

func (v *volumeFile) Write(p []byte) (int, error) {
	n, err := v.w.Write(p)
	if err != nil {
		err = &fileError{fmt.Errorf("writing %s: %w", v.path, pathless(err))}
	}
	return n, err
}

func (v *volumeFile) Close() error {
	err := v.w.Flush()
	if err == nil {
		err = v.f.Sync()
	}
	if cerr := v.f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return &fileError{fmt.Errorf("writing %s: %w", v.path, pathless(err))}
	}
	return nil
}

// ownedFiles returns the files that exist of the set an output name owns:
// path itself and its volumes, volumePath(path, k) for any k.
func ownedFiles(path string) ([]string, error) {
	dir, base := filepath.Split(path)
	ext := filepath.Ext(base)
	stem := strings.TrimSuffix(base, ext) + ".vol"
	es, err := os.ReadDir(filepath.Clean(dir + "."))
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range es {
		name := e.Name()
		if name == base || volumeNumber(name, stem, ext) > 0 {
			out = append(out, filepath.Join(dir, name))
		}
	}
	return out, nil
}

// volumeNumber returns k when name is stem+k+ext, else 0.
func volumeNumber(name, stem, ext string) int {
	digits, ok := strings.CutPrefix(name, stem)
	if !ok {
		return 0
	}
	if digits, ok = strings.CutSuffix(digits, ext); !ok || digits == "" || digits[0] == '0' {
		return 0
	}
	k, err := strconv.Atoi(digits)
	if err != nil || k < 1 || strconv.Itoa(k) != digits {
		return 0
	}
	return k
}

// removeStale removes the files an earlier run wrote under path that a
// set of n files just written does not hold: the volumes when n is 1,
// else path itself and volumes beyond n. Folders are left alone.
func removeStale(path string, n int) error {
	owned, err := ownedFiles(path)
	if err != nil {
		return fmt.Errorf("removing the older files of %s: %w", path, pathless(err))
	}
	ext := filepath.Ext(path)
	stem := strings.TrimSuffix(filepath.Base(path), ext) + ".vol"
	var errs []error
	for _, name := range owned {
		k := volumeNumber(filepath.Base(name), stem, ext)
		stale := (k == 0 && n > 1) || (k > 0 && (n == 1 || k > n))
		if st, err := os.Lstat(name); !stale || err != nil || st.IsDir() {
			continue
		}
		if err := os.Remove(name); err != nil {
			errs = append(errs, fmt.Errorf("removing the older %s: %w", name, pathless(err)))
		}
	}
	return errors.Join(errs...)
}
