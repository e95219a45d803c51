package pgtest_test

import (
	"os"
	"testing"

	"github.com/msedocs/msedocs/internal/pgtest"
)

// TestStart runs a query on a fresh server, and the server's folder is
// gone once its test ends.
func TestStart(t *testing.T) {
	var dir string
	t.Run("server", func(t *testing.T) {
		db := pgtest.Open(t)
		var n int
		if err := db.QueryRow(`select count(*) from generate_series(1, 1000)`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != 1000 {
			t.Errorf("count = %d, want 1000", n)
		}
		if err := db.QueryRow(`select current_setting('data_directory')`).Scan(&dir); err != nil {
			t.Fatal(err)
		}
	})
	if dir == "" {
		t.Skip("no server")
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("the server's folder is left behind: %v", err)
	}
}
