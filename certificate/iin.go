package certificate

import (
	"time"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/problem"
)

// Errors of an individual identification number (ИИН / ЖСН), defined
// in internal/problem with the other sentinels. They never quote the
// number. ParseIIN returns the first four; Validate also the last two.
var (
	ErrIINFormat, ErrIINCentury, ErrIINDate = problem.ErrIINFormat, problem.ErrIINCentury, problem.ErrIINDate
	ErrIINChecksum                          = problem.ErrIINChecksum
	ErrIINBirthDate, ErrIINSex              = problem.ErrIINBirthDate, problem.ErrIINSex
)

// IIN is what an individual identification number says of its holder.
type IIN struct {
	BirthDate time.Time // at midnight UTC
	// Sex is the sex the IIN encodes.
	Sex forms.Sex
}

// ParseIIN checks a 12-digit IIN and returns the date of birth and the sex
// it encodes. Digits 1–6 are the date of birth as YYMMDD; digit 7 gives
// the century and the sex (1, 2: 1800s; 3, 4: 1900s; 5, 6: 2000s; odd
// male, even female); digits 8–11 are a serial number and digit 12 the
// check digit: the first 11 digits weighted 1…11, summed modulo 11; a
// result of 10 is computed again with weights 3…11, 1, 2, and a second 10
// makes the number invalid. The first problem found is returned: one of
// the ErrIIN… errors.
func ParseIIN(s string) (IIN, error) {
	if len(s) != 12 {
		return IIN{}, ErrIINFormat
	}
	var d [12]int
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return IIN{}, ErrIINFormat
		}
		d[i] = int(s[i] - '0')
	}
	if k, ok := iinCheckDigit(d[:11]); !ok || k != d[11] {
		return IIN{}, ErrIINChecksum
	}
	if d[6] < 1 || d[6] > 6 {
		return IIN{}, ErrIINCentury
	}
	year := 1800 + 100*((d[6]-1)/2) + 10*d[0] + d[1]
	month := time.Month(10*d[2] + d[3])
	day := 10*d[4] + d[5]
	birth := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	if month < 1 || month > 12 || birth.Month() != month || birth.Day() != day {
		return IIN{}, ErrIINDate
	}
	sex := forms.SexMale
	if d[6]%2 == 0 {
		sex = forms.SexFemale
	}
	return IIN{BirthDate: birth, Sex: sex}, nil
}

// iinCheckDigit computes the check digit of the first 11 digits; false
// means no digit is valid.
func iinCheckDigit(d []int) (int, bool) {
	sum := 0
	for i, v := range d {
		sum += v * (i + 1) // weights 1 … 11
	}
	if k := sum % 11; k != 10 {
		return k, true
	}
	sum = 0
	for i, v := range d {
		sum += v * ((i+2)%11 + 1) // weights 3 … 11, 1, 2
	}
	if k := sum % 11; k != 10 {
		return k, true
	}
	return 0, false
}
