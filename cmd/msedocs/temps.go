package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"sync"
	"syscall"
)

// tempFiles are the temporary files a run has made and not yet renamed
// into place or removed, so that a signal can remove them. A nil
// *tempFiles keeps no record.
type tempFiles struct {
	// hold is held while files are renamed into place, so that a signal
	// waits for the folder to be consistent again.
	hold  sync.Mutex
	mu    sync.Mutex
	files map[string]bool
}

func newTempFiles() *tempFiles { return &tempFiles{files: map[string]bool{}} }

func (t *tempFiles) add(name string) {
	if t == nil {
		return
	}
	t.mu.Lock()
	t.files[name] = true
	t.mu.Unlock()
}

// createTemp is os.CreateTemp, recording the file. A signal cannot come
// between the two: removeAll waits, and so sees every file made.
func (t *tempFiles) createTemp(dir, pattern string) (*os.File, error) {
	if t == nil {
		return os.CreateTemp(dir, pattern)
	}
	t.hold.Lock()
	defer t.hold.Unlock()
	f, err := os.CreateTemp(dir, pattern)
	if err == nil {
		t.add(f.Name())
	}
	return f, err
}

// mkdirTemp is os.MkdirTemp, recording the folder as createTemp does.
func (t *tempFiles) mkdirTemp(dir, pattern string) (string, error) {
	t.hold.Lock()
	defer t.hold.Unlock()
	name, err := os.MkdirTemp(dir, pattern)
	if err == nil {
		t.add(name)
	}
	return name, err
}

// done forgets name: it was renamed into place or removed.
func (t *tempFiles) done(name string) {
	if t == nil {
		return
	}
	t.mu.Lock()
	delete(t.files, name)
	t.mu.Unlock()
}

// removeAll removes every temporary file (and folder) and returns how
// many. It waits
// for a rename into place under way, and keeps both locks: the process
// is about to exit, and nothing may make or place files any more.
func (t *tempFiles) removeAll() int {
	if t == nil {
		return 0
	}
	t.hold.Lock()
	t.mu.Lock()
	n := 0
	for name := range t.files {
		if os.RemoveAll(name) == nil {
			n++
		}
	}
	return n
}

// exitSignals are the signals that stop a run, and their exit codes
// (128 + the signal's number).
var exitSignals = map[os.Signal]int{syscall.SIGHUP: 129, syscall.SIGINT: 130, syscall.SIGTERM: 143}

// onSignals makes SIGINT, SIGTERM and SIGHUP remove the temporary files
// of the run, say so on stderr and exit with 130, 143 or 129. It returns
// a function that stops listening.
func (a *app) onSignals(exit func(int)) (stop func()) {
	ch := make(chan os.Signal, 1)
	sigs := make([]os.Signal, 0, len(exitSignals))
	for s := range exitSignals {
		sigs = append(sigs, s)
	}
	signal.Notify(ch, sigs...)
	quit := make(chan struct{})
	go func() {
		select {
		case s := <-ch:
			a.temps.removeAll()
			fmt.Fprintf(a.stderr, "msedocs: stopped by %v; temporary files removed\n", s)
			exit(exitSignals[s])
		case <-quit:
		}
	}()
	return func() {
		signal.Stop(ch)
		close(quit)
	}
}

// pathless returns the error of an operating-system call without the
// file name in it: the name is a temporary file's, and messages name the
// file the user asked for.
func pathless(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

// namedWriter writes to a temporary file, and names the file the user
// asked for in its errors.
type namedWriter struct {
	w    io.Writer
	path string
}

func (n namedWriter) Write(p []byte) (int, error) {
	k, err := n.w.Write(p)
	if err != nil {
		err = &fileError{fmt.Errorf("writing %s: %w", n.path, pathless(err))}
	}
	return k, err
}
