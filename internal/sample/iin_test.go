package sample

import (
	"testing"
	"time"
)

func TestIIN(t *testing.T) {
	g := New(3)
	for i := range 2000 {
		birth := time.Date(1890+i%130, time.Month(1+i%12), 1+i%28, 0, 0, 0, 0, time.UTC)
		female := i%2 == 1
		s := g.IIN(birth, female)
		if !ValidIIN(s) {
			t.Fatalf("IIN(%v, %v) = %s: not valid", birth, female, s)
		}
		if got := s[:6]; got != birth.Format("060102") {
			t.Fatalf("IIN(%v) = %s: date part %s", birth, s, got)
		}
		want := byte('1' + 2*((birth.Year()-1800)/100))
		if female {
			want++
		}
		if s[6] != want {
			t.Fatalf("IIN(%v, %v) = %s: century/sex digit %c, want %c", birth, female, s, s[6], want)
		}
	}
}

func TestValidIIN(t *testing.T) {
	for _, tc := range []struct {
		iin  string
		want bool
	}{
		{"900101300015", false}, // wrong check digit
		{"90010130001", false},
		{"9001013000150", false},
		{"90010130001x", false},
		{"901301300010", false}, // month 13
		{"900230300010", false}, // 30 February
		{"900101700010", false}, // century digit 7
	} {
		if got := ValidIIN(tc.iin); got != tc.want {
			t.Errorf("ValidIIN(%q) = %v, want %v", tc.iin, got, tc.want)
		}
	}
	// Worked example: 9001013 0001 → weights 1..11: 9·1+0·2+0·3+1·4+0·5+
	// 1·6+3·7+0·8+0·9+0·10+1·11 = 51; 51 mod 11 = 7.
	if !ValidIIN("900101300017") {
		t.Error("ValidIIN(900101300017) = false, want true")
	}
	if ValidIIN("000000000000") { // century digit 0
		t.Error("ValidIIN(000000000000) = true")
	}
	// A serial whose first sum is 10 takes the second weights, 3 … 11, 1, 2.
	d := [12]int{0, 1, 0, 1, 0, 1, 3, 0, 0, 0, 0}
	for serial := range 10000 {
		d[7], d[8], d[9], d[10] = serial/1000, serial/100%10, serial/10%10, serial%10
		s := 0
		for i := range 11 {
			s += d[i] * (i + 1)
		}
		if s%11 != 10 {
			continue
		}
		c, ok := iinCheck(d)
		s2 := 0
		for i := range 11 {
			s2 += d[i] * ((i+2)%11 + 1)
		}
		if ok != (s2%11 != 10) || ok && c != s2%11 {
			t.Fatalf("iinCheck(%v) = %d, %v; second sum %d", d, c, ok, s2%11)
		}
		return
	}
	t.Fatal("no serial needs the second weights")
}
