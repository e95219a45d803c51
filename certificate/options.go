package certificate

import (
	"time"

	"github.com/msedocs/msedocs/fonts"
	"github.com/msedocs/msedocs/internal/check"
)

// Options adjust how documents are printed. A nil *Options means the
// defaults: Liberation Serif, no creation date, dates checked against the
// clock.
type Options struct {
	// Fonts is the family to print with; nil means Liberation Serif.
	// Every rune printed must be in both faces.
	Fonts *fonts.Family
	// Created is written into the file as its creation date. Zero writes
	// none (an XLSX file states a fixed date, 2000-01-01): output
	// never depends on the clock.
	Created time.Time
	// Now is the moment against which dates are checked for being in the
	// future; zero means the current time.
	Now time.Time
	// Zone is the department's time zone: dates are calendar days, and
	// a date is in the future when it is after the day Now falls on in
	// Zone. Nil means Asia/Almaty (UTC+5), whose zone data is embedded.
	Zone *time.Location
	// ReadOnce reads the stream of WritePDFStream and WriteXLSXStream
	// once instead of twice: each document is checked just before it is
	// laid out, rather than all of them before anything is printed. It
	// saves a reading of the source (a query run again, a file parsed
	// again). The price: a problem stops the printing part way, after
	// pages already written to w; the rest of the stream is still read
	// and the error lists every problem, as without ReadOnce, but the
	// caller must discard what was written (the command line writes a
	// temporary file and removes it). A workbook of more than MaxSheets
	// documents then fails only when it comes to the one too many.
	ReadOnce bool
	// VerifyURL, when set, prints on every issued document (not on a
	// blank form) a QR code of the document's verification URL, with the
	// URL printed small beneath it, where the form's data place it
	// (forms.VerifyMark: beside the head's signature). It is a template of
	// an absolute http or https URL in printable ASCII, e.g.
	// "https://msek.example.kz/verify/{form}/{series}/{number}?date={date}",
	// with these placeholders:
	//
	//	{form}    the form's ID, e.g. "disability"
	//	{series}  the series of the document's blank, e.g. "АБ"
	//	{number}  the number of the document's blank, e.g. "0012345"
	//	{date}    the date of issue, YYYY-MM-DD
	//
	// Each value is escaped for where it stands: in the path or the
	// fragment as a path segment (url.PathEscape: a "/" in a series
	// cannot add a segment, Cyrillic becomes %D0%90…), in the query as a
	// query value (url.QueryEscape: "&", "=" and "+" cannot add
	// parameters). A placeholder may not stand in the scheme or host, and
	// an unknown one is an error (ErrVerifyURL). There is no placeholder
	// for a name or an IIN: no personal data goes into the code. The
	// template may be 256 bytes long, and a document's URL, escaped, 300
	// bytes (a longer one is a *ValidationError of field "verify_url"),
	// which keeps the code small enough to scan from paper.
	//
	// Documents without a series of their own fill the placeholders with
	// what identifies them: the extract from the certificate of the
	// degree of loss of professional working capacity takes the series
	// and number of that certificate (it is registered under them in
	// journal 4); the extracts and whole parts of the rehabilitation
	// programme take an empty series and the programme's number; the
	// expert notice takes an empty series and the number of the referral
	// (form № 31/у) it answers; the notice of full rehabilitation has
	// neither, and is identified by {form} and {date} alone. An empty
	// value leaves its place empty («…/rehab_social//ИПР-0457» before
	// escaping).
	VerifyURL string
	// NoArchive writes plain PDF instead of PDF/A-1b (ISO 19005-1, level
	// B), the archival form every PDF is in by default. Turn it off only
	// for a file a later tool will change by adding what PDF/A-1 forbids
	// (transparency, attachments, encryption), which would otherwise
	// claim a conformance it no longer has; it saves about 10 KB a file.
	NoArchive bool
}

// resolved is the documents' Options with the shared settings (fonts,
// today) worked out.
type resolved struct {
	Options
	set    check.Settings
	verify *verifyTemplate // nil: no verification code
}

func resolve(o *Options) (*resolved, error) {
	var opts Options
	if o != nil {
		opts = *o
	}
	set, err := check.Resolve(opts.Fonts, opts.Now, opts.Zone)
	if err != nil {
		return nil, err
	}
	r := &resolved{Options: opts, set: set}
	if r.VerifyURL != "" {
		if r.verify, err = parseVerifyURL(r.VerifyURL); err != nil {
			return nil, err
		}
	}
	return r, nil
}
