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
	Scan(src any) error
}

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
// written (midnight UTC), or from a string "YYYY-MM-DD".
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
		*v.P = t
	default:
		return wrongType(src, "a date")
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
// value of a key and whether the row has it. Keys the row lacks are left
// as they are; fields whose value is no Scanner (nested records, lists,
// constants) are skipped. Every problem is an *Error at the key's path
// under path, joined.
func (r *Record[T]) Scan(path string, get func(key string) (any, bool), v *T) error {
	var errs []error
	for _, f := range r.Fields {
		src, ok := get(f.Key)
		if !ok {
			continue
		}
		s, ok := f.Val(v).(Scanner)
		if !ok {
			continue
		}
		if err := s.Scan(src); err != nil {
			errs = append(errs, &Error{Path: Join(path, f.Key), Err: err})
		}
	}
	return errors.Join(errs...)
}
