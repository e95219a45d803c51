package journal

import (
	"database/sql"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"time"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/jsonrec"
)

// This file checks the columns of a query against an entry's field table
// before the first row: what a field holds (fieldKind, by its value type
// in the table) against what a column gives (columnKind, by the
// driver's type). The values of each row are then set by the table
// itself: every field value is a jsonrec.Scanner (Record.Scan).

// kind is what a field holds, or what a database column gives.
type kind int

const (
	kindUnknown kind = iota // the driver does not say: checked value by value
	kindText                // free text
	kindEnum                // the ID of a closed list, given as text
	kindDate                // a calendar day
	kindInt                 // a whole number, a count
	kindInstant             // a moment in time, not a day (TIMESTAMPTZ)
	kindOther               // anything else: never fits
)

var kindNames = [...]string{"unknown", "text", "an ID of a closed list", "a date", "an integer", "a moment in time", "other"}

func (k kind) String() string { return kindNames[k] }

// fieldKind returns what the field value v holds.
func fieldKind(v jsonrec.Value) kind {
	switch v.(type) {
	case jsonrec.StringVal:
		return kindText
	case jsonrec.DateVal:
		return kindDate
	case jsonrec.IntVal[int]:
		return kindInt
	case jsonrec.EnumVal[forms.Group], jsonrec.EnumVal[forms.Cause], jsonrec.EnumVal[forms.Term], jsonrec.EnumVal[forms.DocumentKind]:
		return kindEnum
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
	case "BOOL", "BOOLEAN", "FLOAT4", "FLOAT8", "REAL", "DOUBLE", "NUMERIC", "DECIMAL", "BYTEA",
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
	case reflect.TypeFor[bool](), reflect.TypeFor[sql.NullBool](), reflect.TypeFor[float64](), reflect.TypeFor[float32](),
		reflect.TypeFor[sql.NullFloat64]():
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

// Errors wrapped by *ScanError.
var (
	// ErrUnknownColumn is a column of a query that the form's entries
	// do not have.
	ErrUnknownColumn = errors.New("no such column in the form's entries")
	// ErrColumnType is a column, or a value, whose type does not fit
	// the field it fills.
	ErrColumnType = errors.New("wrong type")
)
