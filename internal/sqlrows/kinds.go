package sqlrows

import (
	"database/sql"
	"fmt"
	"reflect"
	"strings"
	"time"

	"github.com/msedocs/msedocs/internal/jsonrec"
)

// This file checks the columns of a query against a record's field table
// before the first row: what a field holds (its jsonrec.Column) against
// what a column gives (columnKind, by the driver's type). The values of
// each row are then set by the table itself: every field value is a
// jsonrec.Scanner (Record.Scan).

// kind is what a field holds, or what a database column gives.
type kind int

const (
	kindUnknown kind = iota // the driver does not say: checked value by value
	kindText                // free text
	kindEnum                // the ID of a closed list, given as text
	kindDate                // a calendar day
	kindInt                 // a whole number, a count
	kindBool                // true or false
	kindInstant             // a moment in time, not a day (TIMESTAMPTZ)
	kindOther               // anything else: never fits
)

var kindNames = [...]string{"unknown", "text", "an ID of a closed list", "a date", "an integer", "a boolean", "a moment in time", "other"}

func (k kind) String() string { return kindNames[k] }

// fieldKind returns what a field whose Scanner takes c holds.
func fieldKind(c jsonrec.Column) kind {
	switch c {
	case jsonrec.ColumnText:
		return kindText
	case jsonrec.ColumnEnum:
		return kindEnum
	case jsonrec.ColumnDate:
		return kindDate
	case jsonrec.ColumnInt:
		return kindInt
	case jsonrec.ColumnBool:
		return kindBool
	}
	return kindOther
}

// columnKind returns what a column of the type ct gives: by its database
// type name when the driver gives a known one, else by the Go type it
// scans into.
func columnKind(ct *sql.ColumnType) kind {
	switch strings.ToUpper(ct.DatabaseTypeName()) {
	case "DATE", "TIMESTAMP", "DATETIME":
		return kindDate
	case "TIMESTAMPTZ":
		return kindInstant
	case "INT2", "INT4", "INT8", "SMALLINT", "INTEGER", "INT", "BIGINT", "TINYINT", "MEDIUMINT":
		return kindInt
	case "TEXT", "VARCHAR", "BPCHAR", "CHAR", "NAME", "CITEXT", "NVARCHAR", "NCHAR", "CHARACTER VARYING":
		return kindText
	case "BOOL", "BOOLEAN":
		return kindBool
	case "FLOAT4", "FLOAT8", "REAL", "DOUBLE", "NUMERIC", "DECIMAL", "BYTEA",
		"JSON", "JSONB", "UUID", "INTERVAL", "TIME", "TIMETZ", "MONEY":
		return kindOther
	}
	t := ct.ScanType()
	if t == nil {
		return kindUnknown
	}
	switch t {
	case reflect.TypeFor[time.Time](), reflect.TypeFor[sql.NullTime]():
		return kindDate
	case reflect.TypeFor[string](), reflect.TypeFor[sql.NullString]():
		return kindText
	case reflect.TypeFor[sql.NullInt64](), reflect.TypeFor[sql.NullInt32](), reflect.TypeFor[sql.NullInt16]():
		return kindInt
	case reflect.TypeFor[bool](), reflect.TypeFor[sql.NullBool]():
		return kindBool
	case reflect.TypeFor[float64](), reflect.TypeFor[float32](), reflect.TypeFor[sql.NullFloat64]():
		return kindOther
	}
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return kindInt
	}
	return kindUnknown
}

// fitType returns nil if a column giving col can fill a field holding
// field, else why not.
func fitType(field, col kind, typeName string) error {
	ok := col == kindUnknown || col == field || (field == kindEnum && col == kindText)
	if ok {
		return nil
	}
	if typeName == "" {
		typeName = col.String()
	}
	hint := ""
	switch {
	case field == kindDate && col == kindInstant:
		hint = "; a moment is a day only in a time zone: cast it, e.g. (col AT TIME ZONE 'Asia/Almaty')::date"
	case field == kindInt:
		hint = "; cast it, e.g. col::int"
	case field == kindText || field == kindEnum:
		hint = "; cast it, e.g. col::text"
	}
	return fmt.Errorf("%w: type %s does not fit %s%s", ErrColumnType, typeName, field, hint)
}
