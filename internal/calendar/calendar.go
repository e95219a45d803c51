// Package calendar holds the calendar days that the forms deal in.
//
// A date on a journal or document is a calendar day, not an instant:
// record dates are taken as written (their own year, month and day),
// while the current moment becomes a day in the department's time zone.
// Kazakhstan has had one zone, UTC+5, since 1 March 2024; the zone data
// of Asia/Almaty is embedded, so the default works on a machine without
// a zone database, and nothing here is a mutable global.
package calendar

import (
	_ "embed"
	"time"
)

// almatyTZ is the IANA zone file of Asia/Almaty (tzdata 2024a or later:
// UTC+5 from 1 March 2024), public domain.
//
//go:embed almaty.tzif
var almatyTZ []byte

// Printed is how the forms print a date: dd.mm.yyyy.
const Printed = "02.01.2006"

// ZoneName is the name of the default zone.
const ZoneName = "Asia/Almaty"

// Zone returns the default zone of the departments, Asia/Almaty, from the
// embedded zone data. Should the data not load, it returns a fixed zone of
// the same name at UTC+5, the country's offset since 1 March 2024.
func Zone() *time.Location {
	loc, err := time.LoadLocationFromTZData(ZoneName, almatyTZ)
	if err != nil {
		return time.FixedZone(ZoneName, 5*60*60)
	}
	return loc
}

// Day is a calendar day.
type Day struct {
	Year  int        // the year, e.g. 2025
	Month time.Month // the month, January = 1
	Day   int        // the day of the month, from 1
}

// Of returns the day a record's date stands for: the date as written in
// t's own location (a date decoded from "2025-01-09" is that day whatever
// its location). The zero time gives the zero Day.
func Of(t time.Time) Day {
	if t.IsZero() {
		return Day{}
	}
	y, m, d := t.Date()
	return Day{y, m, d}
}

// Today returns the day the moment now falls on in loc; a nil loc means
// Zone().
func Today(now time.Time, loc *time.Location) Day {
	if loc == nil {
		loc = Zone()
	}
	return Of(now.In(loc))
}

// IsZero reports whether d is the zero Day.
func (d Day) IsZero() bool { return d == Day{} }

// Compare returns -1, 0 or +1 as d is before, the same as or after e.
func (d Day) Compare(e Day) int {
	switch {
	case d.Year != e.Year:
		return sign(d.Year - e.Year)
	case d.Month != e.Month:
		return sign(int(d.Month) - int(e.Month))
	}
	return sign(d.Day - e.Day)
}

// Before reports whether d is before e.
func (d Day) Before(e Day) bool { return d.Compare(e) < 0 }

// After reports whether d is after e.
func (d Day) After(e Day) bool { return d.Compare(e) > 0 }

// Time returns midnight of d in UTC, the form in which the records hold
// dates.
func (d Day) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}
