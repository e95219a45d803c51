package pgtest_test

import (
	"context"
	"errors"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/msedocs/msedocs/internal/pgtest"
)

// TestServer loads 100 000 rows by SQL and reads them back through
// database/sql with a server-side cursor, a batch at a time.
func TestServer(t *testing.T) {
	db := pgtest.Open(t)
	ctx := context.Background()
	if _, err := db.ExecContext(ctx, `create table acts (no int primary key, full_name text not null, act_date date not null)`); err != nil {
		t.Fatal(err)
	}
	if _, err := db.ExecContext(ctx, `insert into acts select i, 'Әбдірахманова ' || i, date '2025-01-01' + (i % 365) from generate_series(1, 100000) as i`); err != nil {
		t.Fatal(err)
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `declare acts_cur cursor for select no, full_name, act_date from acts order by no`); err != nil {
		t.Fatal(err)
	}
	var n, sum int64
	for {
		rows, err := tx.QueryContext(ctx, `fetch 1000 from acts_cur`)
		if err != nil {
			t.Fatal(err)
		}
		got := 0
		for rows.Next() {
			var no int64
			var name string
			var date any
			if err := rows.Scan(&no, &name, &date); err != nil {
				t.Fatal(err)
			}
			if no != n+1 {
				t.Fatalf("row %d: no %d", n+1, no)
			}
			n, sum, got = n+1, sum+no, got+1
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		rows.Close()
		if got == 0 {
			break
		}
	}
	if n != 100000 || sum != 100000*100001/2 {
		t.Errorf("read %d rows summing %d, want 100000 summing %d", n, sum, 100000*100001/2)
	}
}

// TestCleanup: the server's folder is gone when its test ends.
func TestCleanup(t *testing.T) {
	var dir string
	t.Run("server", func(t *testing.T) {
		u, err := url.Parse(pgtest.Start(t))
		if err != nil {
			t.Fatal(err)
		}
		dir = u.Query().Get("host")
		if _, err := os.Stat(filepath.Join(dir, "data", "PG_VERSION")); err != nil {
			t.Errorf("no cluster in the socket folder: %v", err)
		}
	})
	if dir == "" {
		t.Skip("no server")
	}
	if _, err := os.Stat(dir); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("%s left behind (%v)", dir, err)
	}
}
