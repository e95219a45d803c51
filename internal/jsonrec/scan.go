package jsonrec

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"time"
)

// Scanner is a Value that can also be set from a database column value,
// as database/sql gives one: nil, int64, float64, bool, []byte, string
// or time.Time. Nil sets the zero value. The same field tables that
// drive JSON thereby read rows of a database: one more walk of the
// table (Record.Scan). Errors never quote the value.
type Scanner interface {
	Value
	Scan(src any) error
	// Column says what a database column gives the value.
	Column() Column
}

// Column is what a Scanner takes from a database column.
type Column int

// Columns.
const (
	ColumnText Column = iota + 1 // free text
	ColumnEnum                   // the ID of a closed list, as text
	ColumnDate                   // a calendar day
	ColumnInt                    // a whole number
	ColumnBool                   // true or false
)

// Column returns ColumnText.
func (StringVal) Column() Column { return ColumnText }

// Column returns ColumnInt.
func (IntVal[N]) Column() Column { return ColumnInt }

// Column returns ColumnDate.
func (DateVal) Column() Column { return ColumnDate }

// Column returns ColumnEnum.
func (EnumVal[E]) Column() Column { return ColumnEnum }

// Column returns ColumnBool.
func (BoolVal) Column() Column { return ColumnBool }

// wrongType is ErrWrongType naming the Go type found and the one wanted.
func wrongType(src any, want string) error {
	return fmt.Errorf("%w: want %s, got %T", ErrWrongType, want, src)
}

// Scan sets the string from a string or []byte.
func (v StringVal) Scan(src any) error {
	switch s := src.(type) {
	case nil:
		*v.P = ""
	case string:
		*v.P = s
	case []byte:
		*v.P = string(s)
	default:
		return wrongType(src, "a string")
	}
	return nil
}

// Scan sets the number from an int64, or a float64 that is whole.
func (v IntVal[N]) Scan(src any) error {
	var n int64
	switch x := src.(type) {
	case nil:
	case int64:
		n = x
	case int:
		n = int64(x)
	case float64:
		if x != math.Trunc(x) || math.Abs(x) > 1<<53 {
			return wrongType(src, "an integer")
		}
		n = int64(x)
	default:
		return wrongType(src, "an integer")
	}
	if int64(N(n)) != n {
		return fmt.Errorf("%w: integer too large", ErrWrongType)
	}
	*v.P = N(n)
	return nil
}

// Scan sets the date from a time.Time, keeping its calendar day as
// written (midnight UTC), or from a string "YYYY-MM-DD"; a date before
// MinYear is ErrDateRange (a zero time.Time is NULL).
func (v DateVal) Scan(src any) error {
	switch x := src.(type) {
	case nil:
		*v.P = time.Time{}
	case time.Time:
		if x.IsZero() {
			*v.P = time.Time{}
			return nil
		}
		y, m, d := x.Date()
		*v.P = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	case string, []byte:
		var s string
		if b, ok := x.([]byte); ok {
			s = string(b)
		} else {
			s = x.(string)
		}
		t, err := time.Parse(DateLayout, s)
		if err != nil {
			return ErrDateFormat
		}
		if t.Year() < MinYear {
			return fmt.Errorf("%w: want a year from %d", ErrDateRange, MinYear)
		}
		*v.P = t
	default:
		return wrongType(src, "a date")
	}
	if !v.P.IsZero() && v.P.Year() < MinYear {
		*v.P = time.Time{}
		return fmt.Errorf("%w: want a year from %d", ErrDateRange, MinYear)
	}
	return nil
}

// Scan sets the value from an ID of the list, as a string or []byte.
func (v EnumVal[E]) Scan(src any) error {
	var s string
	if err := (StringVal{P: &s}).Scan(src); err != nil {
		return err
	}
	if s != "" && !v.List.Has(s) {
		return fmt.Errorf("%w: want one of %s", ErrUnknownValue, strings.Join(v.List.IDs(), ", "))
	}
	*v.P = E(s)
	return nil
}

// Scan sets the value from a bool.
func (v BoolVal) Scan(src any) error {
	switch x := src.(type) {
	case nil:
		*v.P = false
	case bool:
		*v.P = x
	default:
		return wrongType(src, "a boolean")
	}
	return nil
}

// Scan sets the fields of v from database column values: get returns the
// value of a key ("head", or the path "issuer.head" for a field of a
// nested record) and whether the row has it. Keys the row lacks are left as
// they are; fields whose value is no Scanner (lists, constants) are
// skipped. Every problem is an *Error at the key's path under path,
// joined.
func (r *Record[T]) Scan(path string, get func(key string) (any, bool), v *T) error {
	var errs []error
	r.Columns("", v, func(key string, _ bool, s Scanner) {
		src, ok := get(key)
		if !ok {
			return
		}
		if err := s.Scan(src); err != nil {
			errs = append(errs, &Error{Path: Join(path, key), Err: err})
		}
	})
	return errors.Join(errs...)
}

// Columns calls fn with the key path under path, the need and the
// Scanner of every field of v a database column can fill, in order: a
// nested record's fields stand as "key.field", required when the record
// and the field both are. It returns the keys of the fields no column
// can fill (lists), which make a record that is not flat; a constant
// (a form's ID) is neither.
func (r *Record[T]) Columns(path string, v *T, fn func(key string, required bool, s Scanner)) (notFlat []string) {
	for _, f := range r.Fields {
		key := Join(path, f.Key)
		switch val := f.Val(v).(type) {
		case Scanner:
			fn(key, f.Required, val)
		case nested:
			notFlat = append(notFlat, val.columns(key, func(k string, req bool, s Scanner) { fn(k, req && f.Required, s) })...)
		case ConstVal:
		default:
			notFlat = append(notFlat, key)
		}
	}
	return notFlat
}

// nested is a nested record, whose fields are columns of their own.
type nested interface {
	columns(path string, fn func(key string, required bool, s Scanner)) []string
}

func (v RecordVal[T]) columns(path string, fn func(key string, required bool, s Scanner)) []string {
	return v.R.Columns(path, v.P, fn)
}
