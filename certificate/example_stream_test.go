package certificate_test

import (
	"bytes"
	"errors"
	"fmt"
	"time"

	"github.com/msedocs/msedocs/certificate"
	"github.com/msedocs/msedocs/forms"
)

// A batch as a stream: documents made (or read from a file or a query)
// one at a time, never all in memory. WritePDFStream reads the stream
// twice, to check every document and then to print, and a second reading
// that differs from the first is ErrStreamChanged.
func ExampleWritePDFStream() {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	notices := func(n int) func(yield func(certificate.Document, error) bool) {
		return func(yield func(certificate.Document, error) bool) {
			for range n {
				d := &certificate.FullRehabilitation{
					Issuer: certificate.Issuer{
						Region: forms.Text{KK: "Астана қаласы", RU: "городу Астана"},
						Unit:   forms.Text{KK: "№ 2 медициналық-әлеуметтік сараптама", RU: "медико-социальной экспертизы № 2"},
						Head:   "Сәрсенбаева Гүлнәр Қайратқызы",
					},
					Date: day(2025, 1, 15),
					Person: certificate.Person{FullName: "Жұмабеков Өмірзақ Шаһмарданұлы", IIN: "880506300012",
						BirthDate: day(1988, 5, 6), Sex: forms.SexMale, Address: "Астана қ., Жеңіс даңғылы, 3-17"},
					ExamDate:      day(2025, 1, 15),
					PreviousGroup: forms.GroupIII, PreviousCause: forms.CauseGeneralDisease,
				}
				if !yield(d, nil) {
					return
				}
			}
		}
	}
	opts := &certificate.Options{Now: day(2025, 2, 1)}
	var pdf bytes.Buffer
	err := certificate.WritePDFStream(&pdf, opts, notices(3))
	fmt.Println(err, bytes.Count(pdf.Bytes(), []byte("/Type /Page ")), "pages")

	readings := 0
	changing := func(yield func(certificate.Document, error) bool) {
		readings++
		notices(readings)(yield) // one more each time
	}
	err = certificate.WritePDFStream(&bytes.Buffer{}, opts, changing)
	fmt.Println(errors.Is(err, certificate.ErrStreamChanged))
	// Output:
	// <nil> 3 pages
	// true
}
