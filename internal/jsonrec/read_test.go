package jsonrec

import (
	"errors"
	"io"
	"strings"
	"testing"
	"time"
)

type person struct {
	Name  string
	Birth time.Time
}

var personRecord = &Record[person]{Fields: []Field[person]{
	{Key: "name", Val: func(p *person) Value { return StringVal{P: &p.Name} }},
	{Key: "birth", Val: func(p *person) Value { return DateVal{P: &p.Birth} }},
}}

// TestClearDecodeErrors checks that a BOM is skipped, and that bad UTF-8
// and a date of year 1 are named as what they are, at their paths.
func TestClearDecodeErrors(t *testing.T) {
	var p person
	if err := Decode(personRecord, []byte(BOM+`{"name": "Ұлан"}`), &p); err != nil || p.Name != "Ұлан" {
		t.Errorf("with a BOM: %v, %+v", err, p)
	}
	for in, want := range map[string]error{
		"{\"name\": \"Ab\xff\xfe\"}": ErrInvalidUTF8,
		`{"birth": "0001-01-01"}`:    ErrDateRange,
		`{"birth": "1899-12-31"}`:    ErrDateRange,
		`{"birth": "2025-02-30"}`:    ErrDateFormat,
		"\xef\xbb{\"name\": \"a\"}":  ErrSyntax,
	} {
		err := Decode(personRecord, []byte(in), &p)
		var je *Error
		if !errors.Is(err, want) || !errors.As(err, &je) {
			t.Errorf("%q: %v, want %v", in, err, want)
			continue
		}
		if want != ErrSyntax && je.Path == "" {
			t.Errorf("%q: %v names no path", in, err)
		}
	}
	if err := Decode(personRecord, []byte(`{"birth": "1900-01-01"}`), &p); err != nil {
		t.Errorf("1900-01-01: %v", err)
	}
}

func TestSkipBOM(t *testing.T) {
	for in, want := range map[string]string{BOM + "{}": "{}", "{}": "{}", "": "", "\xef": "\xef"} {
		b, err := io.ReadAll(SkipBOM(strings.NewReader(in)))
		if err != nil || string(b) != want {
			t.Errorf("SkipBOM(%q) = %q, %v; want %q", in, b, err, want)
		}
	}
}

func TestScanDateRange(t *testing.T) {
	for _, src := range []any{"0001-01-01", []byte("1899-12-31"), time.Date(1, 1, 2, 0, 0, 0, 0, time.UTC)} {
		var d time.Time
		if err := (DateVal{P: &d}).Scan(src); !errors.Is(err, ErrDateRange) || !d.IsZero() {
			t.Errorf("Scan(%v) = %v, %v; want ErrDateRange", src, err, d)
		}
	}
	var d time.Time
	if err := (DateVal{P: &d}).Scan(time.Time{}); err != nil {
		t.Errorf("a zero time (NULL): %v", err)
	}
}
