package certificate_test

import (
	"errors"
	"testing"

	"github.com/msedocs/msedocs/certificate"
	"github.com/msedocs/msedocs/forms"
)

// The valid numbers below were computed by hand from the published
// algorithm; 061211600012 needs the second set of weights.
func TestParseIIN(t *testing.T) {
	tests := []struct {
		iin   string
		birth string // YYYY-MM-DD
		sex   forms.Sex
		err   error
	}{
		{"850615301236", "1985-06-15", forms.SexMale, nil},
		{"850615401232", "1985-06-15", forms.SexFemale, nil},
		{"900101400003", "1990-01-01", forms.SexFemale, nil},
		{"061211600012", "2006-12-11", forms.SexFemale, nil},
		{"900101400404", "1990-01-01", forms.SexFemale, nil}, // second weights
		{"991231405675", "1999-12-31", forms.SexFemale, nil},
		{"000229500127", "2000-02-29", forms.SexMale, nil}, // leap day
		{"120105600074", "2012-01-05", forms.SexFemale, nil},
		{"990101100010", "1899-01-01", forms.SexMale, nil},
		{"170512203451", "1817-05-12", forms.SexFemale, nil},
		{"700101300035", "1970-01-01", forms.SexMale, nil},

		{"850615301237", "", "", certificate.ErrIINChecksum},
		{"850615301230", "", "", certificate.ErrIINChecksum},
		{"850615300050", "", "", certificate.ErrIINChecksum}, // both weightings give 10
		{"850615300059", "", "", certificate.ErrIINChecksum},
		{"850230301233", "", "", certificate.ErrIINDate},     // 30 February
		{"010229500129", "", "", certificate.ErrIINDate},     // 29 February 2001
		{"851315301230", "", "", certificate.ErrIINChecksum}, // month 13, bad check digit first
		{"850615701231", "", "", certificate.ErrIINCentury},
		{"850615001237", "", "", certificate.ErrIINCentury},
		{"85061530123", "", "", certificate.ErrIINFormat},
		{"8506153012360", "", "", certificate.ErrIINFormat},
		{"85061530123A", "", "", certificate.ErrIINFormat},
		{"８50615301236", "", "", certificate.ErrIINFormat},
		{"", "", "", certificate.ErrIINFormat},
	}
	for _, tc := range tests {
		t.Run(tc.iin, func(t *testing.T) {
			got, err := certificate.ParseIIN(tc.iin)
			if !errors.Is(err, tc.err) || (err == nil) != (tc.err == nil) {
				t.Fatalf("err = %v, want %v", err, tc.err)
			}
			if err != nil {
				return
			}
			if b := got.BirthDate.Format("2006-01-02"); b != tc.birth || got.Sex != tc.sex {
				t.Errorf("got %s %s, want %s %s", b, got.Sex, tc.birth, tc.sex)
			}
		})
	}
}

// TestIINAgainstPerson checks that a valid number which disagrees with the
// date of birth or the sex is a validation error of the IIN field, and
// that the message never quotes the number.
func TestIINAgainstPerson(t *testing.T) {
	d := disability()
	d.Person.Sex = forms.SexMale // the IIN says female
	d.Person.BirthDate = day(1985, 6, 16)
	err := d.Validate(nil)
	for _, want := range []error{certificate.ErrIINSex, certificate.ErrIINBirthDate} {
		var ve *certificate.ValidationError
		if !errors.Is(err, want) || !errors.As(err, &ve) || ve.Field != "iin" || ve.Form != "disability" {
			t.Errorf("err = %v, want %v on disability's iin", err, want)
		}
	}
	if err != nil && (contains(err.Error(), d.Person.IIN) || contains(err.Error(), d.Person.FullName)) {
		t.Errorf("error %q discloses the person's data", err)
	}
}
