package sample

import (
	"time"
)

// IIN returns a valid individual identification number (ИИН, ЖСН) of a
// person born on birth: the date as YYMMDD, the century and sex digit
// (1/2 for the 1800s, 3/4 for the 1900s, 5/6 for the 2000s, the odd digit
// for a man), four serial digits and the check digit.
func (g *Gen) IIN(birth time.Time, female bool) string {
	var d [12]int
	y, m, day := birth.Date()
	d[0], d[1] = y%100/10, y%10
	d[2], d[3] = int(m)/10, int(m)%10
	d[4], d[5] = day/10, day%10
	d[6] = 2*((y-1800)/100) + 1 // 1800s → 1, 1900s → 3, 2000s → 5
	if female {
		d[6]++
	}
	for {
		serial := g.rnd.IntN(10000)
		d[7], d[8], d[9], d[10] = serial/1000, serial/100%10, serial/10%10, serial%10
		if c, ok := iinCheck(d); ok {
			d[11] = c
			break
		}
	}
	b := make([]byte, 12)
	for i, x := range d {
		b[i] = byte('0' + x)
	}
	return string(b)
}

// ValidIIN reports whether s is an IIN: twelve digits, a real date of
// birth, a century and sex digit from 1 to 6 and the right check digit.
func ValidIIN(s string) bool {
	if len(s) != 12 {
		return false
	}
	var d [12]int
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
		d[i] = int(s[i] - '0')
	}
	if d[6] < 1 || d[6] > 6 {
		return false
	}
	year := 1800 + 100*((d[6]-1)/2) + 10*d[0] + d[1]
	month, day := time.Month(10*d[2]+d[3]), 10*d[4]+d[5]
	if t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC); t.Month() != month || t.Day() != day {
		return false
	}
	c, ok := iinCheck(d)
	return ok && c == d[11]
}

// iinCheck returns the check digit of the first eleven digits, and false
// when there is none (the serial number must then be another).
func iinCheck(d [12]int) (int, bool) {
	sum := func(first int) int {
		s := 0
		for i := range 11 {
			s += d[i] * ((first+i-1)%11 + 1)
		}
		return s % 11
	}
	c := sum(1) // weights 1, 2, … 11
	if c == 10 {
		c = sum(3) // weights 3, 4, … 11, 1, 2
	}
	return c, c != 10
}
