package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
)

// When measureEnv names a file, the test binary does not run tests: it
// runs the command given as its arguments, as /usr/bin/time would, and
// writes the command's peak RSS in kilobytes to that file (see
// runProcess). measureLimitsEnv holds the data and file-size limits in
// kilobytes, "data,file", set on the command so that a failure cannot
// take the machine down with it.
const (
	measureEnv       = "MSEDOCS_TEST_MEASURE_OUT"
	measureLimitsEnv = "MSEDOCS_TEST_MEASURE_LIMITS"
)

// measureMain runs args as a child process and records its peak RSS. It
// returns the exit status to leave with.
func measureMain(out string, args []string) int {
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, "measure: no command")
		return 2
	}
	if err := setLimits(os.Getenv(measureLimitsEnv)); err != nil {
		fmt.Fprintln(os.Stderr, "measure:", err)
		return 2
	}
	os.Unsetenv(measureEnv)
	os.Unsetenv(measureLimitsEnv)
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	err := cmd.Run()
	if cmd.ProcessState == nil {
		fmt.Fprintln(os.Stderr, "measure:", err)
		return 2
	}
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		fmt.Fprintln(os.Stderr, "measure: no resource usage")
		return 2
	}
	if err := os.WriteFile(out, []byte(strconv.FormatInt(int64(ru.Maxrss), 10)), 0o600); err != nil {
		fmt.Fprintln(os.Stderr, "measure:", err)
		return 2
	}
	var ee *exec.ExitError
	if errors.As(err, &ee) && ee.ExitCode() < 0 {
		return 128 + int(ee.Sys().(syscall.WaitStatus).Signal())
	}
	return cmd.ProcessState.ExitCode()
}

// setLimits sets the data and file-size limits, "dataKB,fileKB", that a
// child inherits. The data limit, not the address space: the Go runtime
// reserves address space it may never use.
func setLimits(s string) error {
	data, file, ok := strings.Cut(s, ",")
	if !ok {
		return fmt.Errorf("limits %q: want data,file in KB", s)
	}
	for _, l := range []struct {
		res int
		kb  string
	}{{syscall.RLIMIT_DATA, data}, {syscall.RLIMIT_FSIZE, file}} {
		kb, err := strconv.ParseUint(l.kb, 10, 64)
		if err != nil {
			return err
		}
		if err := syscall.Setrlimit(l.res, &syscall.Rlimit{Cur: kb << 10, Max: kb << 10}); err != nil {
			return err
		}
	}
	return nil
}
