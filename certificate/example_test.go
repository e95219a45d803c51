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
