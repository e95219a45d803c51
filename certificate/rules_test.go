package certificate_test

// Issue 12 item 11 for documents: the term and its end agree, and a
// document runs over its one page only as an error naming the field.

import (
	"errors"
	"strings"
	"testing"

	"github.com/msedocs/msedocs/certificate"
	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/sample"
)

// sampleDisability returns a valid certificate of disability.
func sampleDisability(t *testing.T) *certificate.Disability {
	t.Helper()
	docs, err := sample.New(1).Documents(forms.DocDisability, 1)
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0].(*certificate.Disability)
	if err := d.Validate(nil); err != nil {
		t.Fatalf("the sample is not valid: %v", err)
	}
	return d
}

// problemAt returns the problem of err at field, if any.
func problemAt(err error, field string) *certificate.ValidationError {
	for _, e := range leavesOf(err) {
		var ve *certificate.ValidationError
		if errors.As(e, &ve) && ve.Field == field {
			return ve
		}
	}
	return nil
}

func leavesOf(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, leavesOf(e)...)
		}
		return out
	}
	return []error{err}
}

// TestOverOnePage: a name that fits the bound of a text but not the
// page, and one far beyond the bound, are each ErrTooLong at full_name,
// and nothing is printed.
func TestOverOnePage(t *testing.T) {
	for _, n := range []int{400, 100_000} {
		d := sampleDisability(t)
		d.Person.FullName = string([]rune(strings.Repeat("Әбдірахманова Гүлнәр ", n/20+1))[:n])
		var buf strings.Builder
		err := certificate.WritePDF(&buf, nil, d)
		ve := problemAt(err, "full_name")
		if ve == nil || !errors.Is(ve, certificate.ErrTooLong) {
			t.Errorf("%d characters: %v, want ErrTooLong at full_name", n, err)
		}
		if err != nil && strings.Contains(err.Error(), "Әбдірахманова") {
			t.Errorf("%d characters: the error quotes the name", n)
		}
		if buf.Len() > 0 {
			t.Errorf("%d characters: %d bytes written", n, buf.Len())
		}
	}
}

// TestPeriodRules: the term and its end date agree.
func TestPeriodRules(t *testing.T) {
	d := sampleDisability(t)
	d.Period.Term = forms.TermIndefinite
	if ve := problemAt(d.Validate(nil), "until"); ve == nil || !errors.Is(ve, certificate.ErrNotApplicable) {
		t.Errorf("indefinite with an end: %v", d.Validate(nil))
	}
	d = sampleDisability(t)
	d.Period.Term, d.Period.Until = forms.Term1Year, d.Period.From.AddDate(15, 0, 0)
	if ve := problemAt(d.Validate(nil), "until"); ve == nil || !errors.Is(ve, certificate.ErrRange) {
		t.Errorf("1y ending 15 years on: %v", d.Validate(nil))
	}
}
