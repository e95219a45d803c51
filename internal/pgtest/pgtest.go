// Package pgtest starts a throwaway PostgreSQL server for a test. The
// cluster lives in a fresh temporary folder and listens only on a unix
// socket there (an empty listen_addresses), with fsync off; it is stopped and
// the folder removed when the test ends.
//
// initdb refuses to run as root, so under root the server runs as the
// `postgres` user. When PostgreSQL is not installed the test skips with
// a line saying why, or fails when MSEDOCS_REQUIRE_TOOLS=1.
package pgtest

import (
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"syscall"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver of database/sql
)

// Driver is the database/sql driver the URL of Start is meant for.
const Driver = "pgx"

// Start starts a server for t and returns its URL,
// postgres://postgres@/postgres?host=DIR (trust authentication, the
// socket in DIR). The server is stopped in t.Cleanup.
func Start(t testing.TB) string {
	t.Helper()
	bin := findBin()
	if bin == "" {
		unavailable(t, "no initdb and pg_ctl in PATH or /usr/lib/postgresql/*/bin (Debian package postgresql)")
		return ""
	}
	// Not t.TempDir(): its parent folder is ours alone, and the server
	// may run as another user.
	dir, err := os.MkdirTemp("", "msedocs-pgtest-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	var cred *syscall.Credential
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			unavailable(t, "running as root without a postgres user to run the server as")
			return ""
		}
		uid, _ := strconv.ParseUint(u.Uid, 10, 32)
		gid, _ := strconv.ParseUint(u.Gid, 10, 32)
		if err := os.Chown(dir, int(uid), int(gid)); err != nil {
			t.Fatal(err)
		}
		cred = &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}
	}
	data := filepath.Join(dir, "data")
	logf := filepath.Join(dir, "server.log")
	pg := func(name string, args ...string) error {
		cmd := exec.Command(filepath.Join(bin, name), args...)
		cmd.Env = append(os.Environ(), "LC_ALL=C", "TZ=UTC")
		cmd.Dir = dir
		if cred != nil {
			cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
		}
		if out, err := cmd.CombinedOutput(); err != nil {
			log, _ := os.ReadFile(logf)
			return fmt.Errorf("pgtest: %s: %v\n%s\n%s", name, err, out, log)
		}
		return nil
	}
	if err := pg("initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"); err != nil {
		t.Fatal(err)
	}
	opts := "-c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -k " + dir
	if err := pg("pg_ctl", "-D", data, "-l", logf, "-o", opts, "-w", "start"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := pg("pg_ctl", "-D", data, "-m", "fast", "-w", "stop"); err != nil {
			t.Error(err)
		}
	})
	return "postgres://postgres@/postgres?sslmode=disable&host=" + url.QueryEscape(dir)
}

// Open starts a server with Start and returns a handle on it, closed
// before the server stops.
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

// unavailable skips t, or fails it under MSEDOCS_REQUIRE_TOOLS=1.
func unavailable(t testing.TB, why string) {
	t.Helper()
	if os.Getenv("MSEDOCS_REQUIRE_TOOLS") == "1" {
		t.Fatalf("pgtest: PostgreSQL is required (MSEDOCS_REQUIRE_TOOLS=1): %s", why)
	}
	t.Skipf("pgtest: skipping, PostgreSQL is not available: %s", why)
}

// findBin returns the folder with initdb and pg_ctl: PATH first, then the
// newest Debian /usr/lib/postgresql/N/bin; "" if there is none.
func findBin() string {
	if p, err := exec.LookPath("pg_ctl"); err == nil {
		if _, err := exec.LookPath("initdb"); err == nil {
			return filepath.Dir(p)
		}
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	major := func(d string) int { n, _ := strconv.Atoi(filepath.Base(filepath.Dir(d))); return n }
	sort.Slice(dirs, func(i, j int) bool { return major(dirs[i]) > major(dirs[j]) })
	for _, d := range dirs {
		if isExec(filepath.Join(d, "initdb")) && isExec(filepath.Join(d, "pg_ctl")) {
			return d
		}
	}
	return ""
}

func isExec(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.Mode().IsRegular() && st.Mode().Perm()&0o111 != 0
}
