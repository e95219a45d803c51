package main

import (
	"errors"

	"github.com/msedocs/msedocs/certificate"
	"github.com/msedocs/msedocs/journal"
)

// problemCodes names the library's sentinel errors for the service's
// clients: server.Problem.Code, which the web page shows in Kazakh or
// Russian (internal/server/codes.go). More specific errors come first.
var problemCodes = []struct {
	err  error
	code string
}{
	{certificate.ErrIINFormat, "iin_format"},
	{certificate.ErrIINCentury, "iin_century"},
	{certificate.ErrIINDate, "iin_date"},
	{certificate.ErrIINChecksum, "iin_checksum"},
	{certificate.ErrIINBirthDate, "iin_birth_date"},
	{certificate.ErrIINSex, "iin_sex"},
	{certificate.ErrNoDocuments, "no_documents"},
	{journal.ErrRequired, "required"},
	{journal.ErrFutureDate, "future_date"},
	{journal.ErrDateOrder, "date_order"},
	{journal.ErrEntryNumber, "entry_number"},
	{journal.ErrNegativeBalance, "negative_balance"},
	{journal.ErrNegative, "negative"},
	{journal.ErrRange, "range"},
	{journal.ErrUnknownValue, "unknown_value"},
	{journal.ErrPageCount, "page_count"},
	{certificate.ErrNotApplicable, "not_applicable"},
	{certificate.ErrAge, "age"},
	{certificate.ErrFormat, "format"},
	{certificate.ErrRepeated, "repeated"},
	{certificate.ErrExpired, "expired"},
	{journal.ErrUnknownKey, "unknown_key"},
	{journal.ErrWrongType, "wrong_type"},
	{journal.ErrDateFormat, "date_format"},
	{journal.ErrDuplicateKey, "duplicate_key"},
	{journal.ErrSyntax, "syntax"},
	{journal.ErrNotJournal, "not_journal"},
	{journal.ErrBadDate, "bad_date"},
	{journal.ErrBadNumber, "bad_number"},
}

// problemCode returns the code of the first sentinel err wraps, or "".
func problemCode(err error) string {
	for _, c := range problemCodes {
		if errors.Is(err, c.err) {
			return c.code
		}
	}
	return ""
}
