package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

// Exit codes.
const (
	exitOK      = 0
	exitInvalid = 1 // invalid input, or the work failed
	exitUsage   = 2 // the command line is wrong
)

// app is one run of the command: its streams and environment. Everything
// but main goes through it, so tests run the command in-process.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	now            func() time.Time
	// temps are the temporary files being written, for onSignals.
	temps *tempFiles
	// ends are run when the command ends, e.g. to remove the spool
	// file of stdin (atEnd, closeAll).
	mu   sync.Mutex
	ends []func()
}

// run runs the command line args and returns the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return newApp(stdin, stdout, stderr).main(args)
}

func newApp(stdin io.Reader, stdout, stderr io.Writer) *app {
	return &app{stdin: stdin, stdout: stdout, stderr: stderr, getenv: os.Getenv, now: time.Now, temps: newTempFiles()}
}

func (a *app) main(args []string) int {
	if len(args) == 0 {
		a.usage(a.stderr)
		return exitUsage
	}
	switch args[0] {
	case "-h", "-help", "--help":
		a.usage(a.stdout)
		return exitOK
	case "help":
		if len(args) == 1 {
			a.usage(a.stdout)
			return exitOK
		}
		c := lookup(args[1])
		if c == nil || len(args) > 2 {
			return a.report(nil, usagef("help: unknown command %q", strings.Join(args[1:], " ")))
		}
		c.help(a.stdout)
		return exitOK
	}
	c := lookup(args[0])
	if c == nil {
		return a.report(nil, usagef("unknown command %q", args[0]))
	}
	return a.exec(c, args[1:])
}

// command is one subcommand.
type command struct {
	name string
	// args is the synopsis after the name, e.g. "<form> [-pages N] -o FILE".
	args    string
	summary string
	// about is the help text; example is the command line shown with it.
	about   string
	example string
	// npos is the number of positional arguments: 0, or 1 for <form>.
	npos int
	// setup defines the command's flags and returns what does the work
	// with the positional arguments.
	setup func(a *app, fs *flag.FlagSet) func(pos []string) error
}

func lookup(name string) *command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	return nil
}

func (c *command) flags() *flag.FlagSet {
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	c.setup(&app{}, fs)
	return fs
}

// help writes the command's help with its flags and example.
func (c *command) help(w io.Writer) {
	fmt.Fprintf(w, "usage: %s\n\n%s\n", strings.TrimSpace("msedocs "+c.name+" "+c.args), c.about)
	fs := c.flags()
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	if n > 0 {
		fmt.Fprintf(w, "\nFlags:\n")
		fs.SetOutput(w)
		fs.PrintDefaults()
	}
	fmt.Fprintf(w, "\nExample:\n  %s\n", c.example)
}

func (a *app) usage(w io.Writer) {
	fmt.Fprintf(w, "msedocs prints the journals and documents of medical-social expertise (МСЭ)\nas PDF or XLSX, from JSON or blank.\n\nusage: msedocs <command> [arguments]\n\nCommands:\n")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, "\nRun \"msedocs <command> -h\" for a command's flags and an example.\n"+
		"Exit status: 0 done, 1 invalid input or failed work, 2 usage error.\n")
}

// exec parses the command's arguments and runs it.
func (a *app) exec(c *command, args []string) int {
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	do := c.setup(a, fs)
	pos, err := parseArgs(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		c.help(a.stdout)
		return exitOK
	}
	if err != nil {
		return a.report(c, &usageError{err.Error()})
	}
	if len(pos) != c.npos {
		if len(pos) < c.npos {
			return a.report(c, usagef("missing <form>: msedocs %s %s (see msedocs forms)", c.name, c.args))
		}
		return a.report(c, usagef("unexpected argument %q", pos[c.npos]))
	}
	err = do(pos)
	a.closeAll()
	return a.report(c, err)
}

// parseArgs parses flags and positional arguments in any order, as in
// "blank journal6 -o x.pdf". After "--" every argument is positional.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if consumed := args[:len(args)-len(rest)]; len(consumed) > 0 && consumed[len(consumed)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// usageError is a wrong command line: exit code 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{fmt.Sprintf(format, args...)}
}

// report writes err to stderr, one problem a line, and returns the exit
// code.
func (a *app) report(c *command, err error) int {
	if err == nil {
		return exitOK
	}
	var ue *usageError
	if errors.As(err, &ue) {
		name := "msedocs"
		help := "msedocs -h"
		if c != nil {
			name += " " + c.name
			help = "msedocs " + c.name + " -h"
		}
		fmt.Fprintf(a.stderr, "%s: %s\nrun \"%s\" for usage\n", name, oneLine(ue.msg), help)
		return exitUsage
	}
	for _, l := range lines(err) {
		fmt.Fprintln(a.stderr, "msedocs: "+l)
	}
	return exitInvalid
}

// inputError is a problem in a named input.
type inputError struct {
	name string
	err  error
}

func (e *inputError) Error() string { return e.name + ": " + e.err.Error() }
func (e *inputError) Unwrap() error { return e.err }

// pathError is a problem at a path of the JSON input.
type pathError struct {
	path string
	err  error
}

func (e *pathError) Error() string { return e.path + ": " + e.err.Error() }
func (e *pathError) Unwrap() error { return e.err }

// lines flattens err into one line a problem: the problems of a joined
// error each on its own line, prefixed by the input they are in.
func lines(err error) []string {
	switch e := err.(type) {
	case interface{ Unwrap() []error }:
		if !isJoined(err, e.Unwrap()) {
			break // fmt.Errorf with two %w: one problem, with its text
		}
		var out []string
		for _, x := range e.Unwrap() {
			out = append(out, lines(x)...)
		}
		return out
	case *inputError:
		out := lines(e.err)
		for i := range out {
			out[i] = e.name + ": " + out[i]
		}
		return out
	}
	return []string{oneLine(err.Error())}
}

// isJoined reports whether err is a list of the problems errs, as
// errors.Join makes it (their texts, one a line), and not an error that
// wraps several (fmt.Errorf with two %w) with text of its own around them.
func isJoined(err error, errs []error) bool {
	var parts []string
	for _, e := range errs {
		if e != nil {
			parts = append(parts, e.Error())
		}
	}
	return err.Error() == strings.Join(parts, "\n")
}

func oneLine(s string) string {
	return strings.ReplaceAll(strings.TrimSpace(s), "\n", "; ")
}
