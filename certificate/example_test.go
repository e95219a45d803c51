package certificate_test

import (
	"errors"
	"fmt"

	"github.com/msedocs/msedocs/certificate"
)

func ExampleParseIIN() {
	iin, err := certificate.ParseIIN("850615401232")
	fmt.Println(iin.BirthDate.Format("02.01.2006"), iin.Sex, err)
	_, err = certificate.ParseIIN("850615401233")
	fmt.Println(errors.Is(err, certificate.ErrIINChecksum))
	// Output:
	// 15.06.1985 female <nil>
	// true
}

// A verification URL template names the document by form, series, number
// and date; there is no placeholder for a person's name or IIN.
func ExampleCheckVerifyURL() {
	fmt.Println(certificate.CheckVerifyURL("https://msek.example.kz/verify/{form}/{series}/{number}?date={date}"))
	err := certificate.CheckVerifyURL("https://msek.example.kz/verify/{iin}")
	fmt.Println(errors.Is(err, certificate.ErrVerifyURL))
	fmt.Println(err)
	// Output:
	// <nil>
	// true
	// certificate: options: verify URL: unknown placeholder "{iin}" (use {form}, {series}, {number}, {date})
}
