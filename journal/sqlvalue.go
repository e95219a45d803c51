package journal

import (
	"database/sql"
	"errors"
	"fmt"
	"math"
	"reflect"
	"strings"
	"time"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/jsonrec"
)

// This file is the one place that knows how a database value fills a
// field of an entry: ScanRows walks the entry's field table (the JSON
// record of json.go) and calls fieldKind, fitType and setValue for each
// column. When the field table of issue 11 lands, these become its
// "read from a database value" column.

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

// setValue sets the field value v from x, a value the driver gave (nil
// for NULL, which leaves the field empty). The error never quotes x.
func setValue(v jsonrec.Value, x any) error {
	if x == nil {
		return nil
	}
	switch v := v.(type) {
	case jsonrec.StringVal:
		s, ok := text(x)
		if !ok {
			return errValueType(x, kindText)
		}
		*v.P = s
	case jsonrec.DateVal:
		d, err := day(x)
		if err != nil {
			return err
		}
		*v.P = d
	case jsonrec.IntVal[int]:
		n, ok := integer(x)
		if !ok {
			return errValueType(x, kindInt)
		}
		*v.P = n
	case jsonrec.EnumVal[forms.Group]:
		return setEnum(v, x)
	case jsonrec.EnumVal[forms.Cause]:
		return setEnum(v, x)
	case jsonrec.EnumVal[forms.Term]:
		return setEnum(v, x)
	case jsonrec.EnumVal[forms.DocumentKind]:
		return setEnum(v, x)
	default:
		return fmt.Errorf("%w: the field is not read from a database", ErrColumnType)
	}
	return nil
}

func setEnum[E ~string](v jsonrec.EnumVal[E], x any) error {
	s, ok := text(x)
	if !ok {
		return errValueType(x, kindEnum)
	}
	if !v.List.Has(s) {
		return fmt.Errorf("%w: want one of %s", ErrUnknownValue, strings.Join(v.List.IDs(), ", "))
	}
	*v.P = E(s)
	return nil
}

func text(x any) (string, bool) {
	switch x := x.(type) {
	case string:
		return x, true
	case []byte:
		return string(x), true
	}
	return "", false
}

// day returns the calendar day of a date or timestamp, as JSON decoding
// gives it: midnight UTC. A time.Time is taken in its own location
// (drivers give DATE and TIMESTAMP in UTC); a text value, from a driver
// that does not type its columns, must be YYYY-MM-DD.
func day(x any) (time.Time, error) {
	switch x := x.(type) {
	case time.Time:
		y, m, d := x.Date()
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), nil
	case string, []byte:
		s, _ := text(x)
		t, err := time.Parse(jsonrec.DateLayout, s)
		if err != nil {
			// e.g. PostgreSQL's 'infinity'
			return time.Time{}, fmt.Errorf("%w: not a calendar day", ErrColumnType)
		}
		return t, nil
	}
	return time.Time{}, errValueType(x, kindDate)
}

func integer(x any) (int, bool) {
	switch x := x.(type) {
	case int64:
		if x < math.MinInt || x > math.MaxInt {
			return 0, false
		}
		return int(x), true
	case int32:
		return int(x), true
	case int16:
		return int(x), true
	case int:
		return x, true
	}
	return 0, false
}

// errValueType says that a value of a column of unknown type does not
// fit: by its Go type, never its content.
func errValueType(x any, want kind) error {
	return fmt.Errorf("%w: a value of Go type %T does not fit %s", ErrColumnType, x, want)
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
