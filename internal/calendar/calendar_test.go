package calendar

import (
	"testing"
	"time"
)

func TestZoneIsUTCPlus5(t *testing.T) {
	loc := Zone()
	if loc.String() != ZoneName {
		t.Errorf("zone %q, want %q", loc, ZoneName)
	}
	_, off := time.Date(2025, 1, 9, 12, 0, 0, 0, loc).Zone()
	if off != 5*3600 {
		t.Errorf("offset in 2025 %d s, want UTC+5", off)
	}
	_, off = time.Date(2024, 2, 1, 12, 0, 0, 0, loc).Zone()
	if off != 6*3600 {
		t.Errorf("offset before 1 March 2024 %d s, want UTC+6", off)
	}
}

func TestTodayEdgeHours(t *testing.T) {
	for _, c := range []struct {
		now  time.Time
		want Day
	}{
		// 2025-01-09 03:00 +05:00 is still 2025-01-08 in UTC.
		{time.Date(2025, 1, 8, 22, 0, 0, 0, time.UTC), Day{2025, 1, 9}},
		{time.Date(2025, 1, 8, 18, 59, 59, 0, time.UTC), Day{2025, 1, 8}},
		{time.Date(2025, 1, 8, 19, 0, 0, 0, time.UTC), Day{2025, 1, 9}},
		{time.Date(2025, 1, 9, 23, 59, 0, 0, time.FixedZone("x", 5*3600)), Day{2025, 1, 9}},
		{time.Date(2025, 1, 9, 0, 0, 0, 0, time.FixedZone("x", 5*3600)), Day{2025, 1, 9}},
	} {
		if got := Today(c.now, nil); got != c.want {
			t.Errorf("Today(%v) = %v, want %v", c.now, got, c.want)
		}
	}
	// A zone from the options wins.
	if got := Today(time.Date(2025, 1, 8, 22, 0, 0, 0, time.UTC), time.UTC); got != (Day{2025, 1, 8}) {
		t.Errorf("Today in UTC = %v", got)
	}
}

func TestCompare(t *testing.T) {
	a, b := Day{2025, 1, 9}, Day{2025, 1, 10}
	if !a.Before(b) || b.Before(a) || !b.After(a) || a.Compare(a) != 0 {
		t.Error("order of days")
	}
	if Of(time.Date(2025, 1, 9, 23, 0, 0, 0, time.FixedZone("y", -10*3600))) != a {
		t.Error("Of takes the date as written")
	}
	if !Of(time.Time{}).IsZero() || a.Time() != time.Date(2025, 1, 9, 0, 0, 0, 0, time.UTC) {
		t.Error("zero or Time")
	}
}
