// Package msedocs reads the JSON of any form of the library: a journal
// of package journal (filled or blank), one document of package
// certificate, or a batch of documents. Decode looks at the "form" key
// and gives the record of that form, so that a program taking any input
// (the command line, a service) need not guess.
//
// The forms themselves live in packages forms (the wording), journal and
// certificate (the records and their printing).
package msedocs

import (
	"fmt"
	"iter"
	"strings"

	"github.com/msedocs/msedocs/certificate"
	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/jsonrec"
	"github.com/msedocs/msedocs/journal"
)

// Record is the JSON of one form, decoded. Exactly one of Journal,
// Documents and Stream is set.
type Record struct {
	// Form is the JSON's "form": a journal's ID (forms.JournalStock …
	// forms.JournalActs), a document's (forms.DocDisability …), or
	// certificate.BatchForm for a batch of documents.
	Form string
	// Journal is the journal, a *journal.Blank for a blank one, when
	// Form is a journal's.
	Journal journal.Journal
	// Documents are the documents, in order, when Form is a document's
	// (then there is one) or certificate.BatchForm.
	Documents []certificate.Document
	// Stream, set by DecodeStream for a batch instead of Documents,
	// yields its documents one at a time, read anew on each walk (see
	// certificate.DecodeStream and certificate.WritePDFStream).
	Stream iter.Seq2[certificate.Document, error]
	// Batch reports a batch of documents: problems of its documents
	// are then at "documents[i]", even for a batch of one.
	Batch bool
}

// Kind returns which form family the ID names: "journal", "document",
// "batch", or "" for none.
func Kind(form string) string {
	if _, ok := forms.JournalByID(form); ok {
		return "journal"
	}
	if _, ok := forms.DocumentByID(form); ok {
		return "document"
	}
	if form == certificate.BatchForm {
		return "batch"
	}
	return ""
}

// FormOf returns the "form" of JSON of any form, checking only that the
// input is a JSON object whose "form" is a known ID. Its error is a
// *journal.JSONError at path "form" (ErrRequired, ErrWrongType,
// ErrUnknownValue), or one wrapping journal.ErrSyntax for input that is
// not a JSON object.
func FormOf(data []byte) (string, error) {
	ms, err := jsonrec.SplitTop(data)
	if err != nil {
		return "", err
	}
	raw, ok := jsonrec.MemberOf(ms, "form")
	if !ok {
		return "", &journal.JSONError{Path: "form", Err: journal.ErrRequired}
	}
	d := &jsonrec.Decoder{}
	if !d.Want("form", raw, "string") {
		return "", d.Err()
	}
	form := jsonrec.Unquote(raw)
	if Kind(form) == "" {
		return "", errUnknownForm()
	}
	return form, nil
}

// Decode decodes the JSON of any form (see journal.Decode and
// certificate.Decode for each): its "form" chooses the record. Every
// problem is reported, each a *journal.JSONError (the same type as
// certificate.JSONError) naming its JSON path; nothing is guessed from
// an error. Decoding checks the shape only: call Validate on the record.
//
// When the input is of a known form but some of its values are wrong,
// Decode returns the record as far as it could decode it (the wrong
// values left zero) with the error, as journal.Decode and
// certificate.Decode do, so that a caller can validate it too; otherwise
// the record is nil.
func Decode(data []byte) (*Record, error) {
	form, err := FormOf(data)
	if err != nil {
		return nil, err
	}
	rec := &Record{Form: form}
	switch Kind(form) {
	case "journal":
		rec.Journal, err = journal.Decode(data)
	default:
		rec.Batch = form == certificate.BatchForm
		rec.Documents, err = certificate.Decode(data)
	}
	if err != nil && rec.Journal == nil && rec.Documents == nil {
		return nil, err
	}
	return rec, err
}

// errUnknownForm is the error of a "form" that names no form.
func errUnknownForm() error {
	return &journal.JSONError{Path: "form", Err: fmt.Errorf("%w: want one of %s, or %s for a batch of documents",
		journal.ErrUnknownValue, strings.Join(formIDs(), ", "), certificate.BatchForm)}
}

// formIDs returns the ID of every form: the journals, then the documents.
func formIDs() []string {
	var ids []string
	for _, f := range forms.Journals() {
		ids = append(ids, f.ID)
	}
	for _, f := range forms.Documents() {
		ids = append(ids, f.ID)
	}
	return ids
}
