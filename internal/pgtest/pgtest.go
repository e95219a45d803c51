// Package pgtest starts a throwaway PostgreSQL server for a test: a new
// cluster in a temporary folder, reachable only on a unix socket in that
// folder, with fsync off, stopped and removed when the test ends.
//
// The server runs as the `postgres` user when the test runs as root
// (initdb refuses root). Without PostgreSQL the test is skipped with a
// line saying why, or fails when MSEDOCS_REQUIRE_TOOLS=1.
package pgtest

import (
	"bytes"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"slices"
	"strconv"
	"syscall"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
)

// Driver is the database/sql driver name the URLs of Start are for.
const Driver = "pgx"

// missing skips the test, or fails it when the tools are required.
func missing(t testing.TB, format string, args ...any) {
	t.Helper()
	if os.Getenv("MSEDOCS_REQUIRE_TOOLS") == "1" {
		t.Fatalf("pgtest: "+format+" (MSEDOCS_REQUIRE_TOOLS=1)", args...)
	}
	t.Skipf("pgtest: "+format+"; skipping", args...)
}

// binDir returns the folder holding initdb and pg_ctl: from PATH, or the
// newest Debian /usr/lib/postgresql/*/bin.
func binDir() (string, bool) {
	if p, err := exec.LookPath("pg_ctl"); err == nil {
		dir := filepath.Dir(p)
		if _, err := os.Stat(filepath.Join(dir, "initdb")); err == nil {
			return dir, true
		}
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	slices.SortFunc(dirs, func(a, b string) int { return version(b) - version(a) })
	for _, d := range dirs {
		_, e1 := os.Stat(filepath.Join(d, "initdb"))
		_, e2 := os.Stat(filepath.Join(d, "pg_ctl"))
		if e1 == nil && e2 == nil {
			return d, true
		}
	}
	return "", false
}

// version returns the major version in /usr/lib/postgresql/N/bin.
func version(dir string) int {
	n, _ := strconv.Atoi(filepath.Base(filepath.Dir(dir)))
	return n
}

// server is a running cluster.
type server struct {
	bin, dir string
	cred     *syscall.Credential // nil: run as ourselves
}

func (s *server) run(name string, args ...string) error {
	cmd := exec.Command(filepath.Join(s.bin, name), args...)
	cmd.Dir = s.dir
	cmd.Env = append(os.Environ(), "LC_ALL=C", "TZ=UTC")
	if s.cred != nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: s.cred}
	}
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		log, _ := os.ReadFile(filepath.Join(s.dir, "log"))
		return fmt.Errorf("%s: %w\n%s%s", name, err, out.Bytes(), log)
	}
	return nil
}

// Start starts a server for t and returns its postgres:// URL (database
// and user "postgres", trust authentication, host = the socket folder).
// The server is stopped and its folder removed in t.Cleanup.
func Start(t testing.TB) string {
	t.Helper()
	bin, ok := binDir()
	if !ok {
		missing(t, "PostgreSQL not found: no initdb and pg_ctl in PATH or /usr/lib/postgresql/*/bin (Debian package postgresql)")
		return ""
	}
	// Not t.TempDir: its parent is private to us, and the server may run
	// as another user, who must be able to reach the folder.
	base := os.TempDir()
	if !reachable(base) {
		base = "/tmp"
	}
	dir, err := os.MkdirTemp(base, "msedocs-pg-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	s := &server{bin: bin, dir: dir}
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			missing(t, "running as root and there is no postgres user to run the server as: %v", err)
			return ""
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		if err := os.Chown(dir, uid, gid); err != nil {
			t.Fatal(err)
		}
		s.cred = &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}
	}
	data := filepath.Join(dir, "data")
	if err := s.run("initdb", "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"); err != nil {
		t.Fatalf("pgtest: %v", err)
	}
	opts := fmt.Sprintf("-c listen_addresses='' -k %s -c fsync=off -c synchronous_commit=off -c full_page_writes=off", dir)
	if err := s.run("pg_ctl", "-D", data, "-l", filepath.Join(dir, "log"), "-o", opts, "-w", "start"); err != nil {
		t.Fatalf("pgtest: %v", err)
	}
	t.Cleanup(func() {
		if err := s.run("pg_ctl", "-D", data, "-m", "immediate", "-w", "stop"); err != nil {
			t.Errorf("pgtest: %v", err)
		}
	})
	return "postgres://postgres@/postgres?sslmode=disable&host=" + url.QueryEscape(dir)
}

// reachable reports whether every user may pass through dir and its
// parents.
func reachable(dir string) bool {
	for d := filepath.Clean(dir); ; d = filepath.Dir(d) {
		st, err := os.Stat(d)
		if err != nil || st.Mode().Perm()&0o001 == 0 {
			return false
		}
		if d == filepath.Dir(d) {
			return true
		}
	}
}

// Open starts a server with Start and returns a *sql.DB on it, closed in
// t.Cleanup before the server stops.
func Open(t testing.TB) *sql.DB {
	t.Helper()
	db, err := sql.Open(Driver, Start(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.Ping(); err != nil {
		t.Fatalf("pgtest: %v", err)
	}
	return db
}
