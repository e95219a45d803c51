package journal_test

import (
	"bytes"
	"errors"
	"fmt"
	"github.com/ledongthuc/pdf"
	"io"
	"time"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/journal"
)

func Example() {
	j := &journal.DisabilityJournal{
		Header: journal.Header{
			Region: forms.Text{KK: "Астана қаласы", RU: "городу Астана"},
			Unit:   forms.Text{KK: "№ 2", RU: "№ 2"},
		},
		Entries: []journal.DisabilityEntry{{
			Date:     time.Date(2025, 1, 9, 0, 0, 0, 0, time.UTC),
			FullName: "Әбдірахманова Гүлнәр Серікқызы",
			Group:    forms.GroupII,
			Cause:    forms.CauseGeneralDisease,
			Term:     forms.Term1Year,
			Until:    time.Date(2026, 1, 9, 0, 0, 0, 0, time.UTC),
			Series:   "АБ № 0012345",
		}},
	}
	// Write to a file in real use; io.Discard keeps the example quiet.
	if err := j.WritePDF(io.Discard, nil); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("printed", j.Form().ID)
	// Output: printed journal2
}

func ExampleValidationError() {
	j := &journal.ActsJournal{Entries: []journal.ActEntry{{
		Date:       time.Date(2025, 1, 9, 0, 0, 0, 0, time.UTC),
		FullName:   "Қасымов Нұрлан",
		Conclusion: "II группа",
		SentTo:     "Архив",
	}}}
	err := j.Validate(nil)
	fmt.Println(err)
	var ve *journal.ValidationError
	if errors.As(err, &ve) && errors.Is(ve, journal.ErrRequired) {
		fmt.Println("entry", ve.Entry, "column", ve.Column)
	}
	// Output:
	// journal6: entry 1: column 4 (birth_date): required
	// entry 1 column 4
}

func ExampleBlank() {
	b := &journal.Blank{Journal: forms.Journal6(), Pages: 52}
	var out bytes.Buffer
	if err := b.WritePDF(&out, nil); err != nil {
		fmt.Println(err)
		return
	}
	// Read the file back (github.com/ledongthuc/pdf) and count its pages:
	// the certification on the last one states the same number.
	r, err := pdf.NewReader(bytes.NewReader(out.Bytes()), int64(out.Len()))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.NumPage(), "pages")
	// Output:
	// 52 pages
}
