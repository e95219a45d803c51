package certificate

import (
	"errors"
	"github.com/msedocs/msedocs/internal/check"
	"io"
	"reflect"

	"github.com/msedocs/msedocs/forms"
)

// ErrNoDocuments is returned when there is nothing to print.
var ErrNoDocuments = errors.New("certificate: no documents")

// Document is implemented by the record of every result document:
// *Disability, *SocialRehab, *ProfessionalRehab, *GeneralCapacity,
// *ProfessionalCapacity, *ProfessionalCapacityExtract, *CareConclusion,
// *FullRehabilitation and *ExpertNotice.
type Document interface {
	// Form returns the form the document is printed on.
	Form() forms.Document
	// Validate reports every problem at once (see ValidationError),
	// checked with opts as WritePDF and WriteXLSX check (nil: Liberation
	// Serif, the clock, Asia/Almaty).
	Validate(opts *Options) error
	// WritePDF prints the document alone as PDF.
	WritePDF(w io.Writer, opts *Options) error
	// WriteXLSX prints the document alone as a workbook.
	WriteXLSX(w io.Writer, opts *Options) error
	// check validates the document into c.
	check(c *checker)
	// content returns what the document prints besides the shared
	// wording.
	content() *content
	// record appends the document's journal entries to j.
	record(j *Journals)
}

// validateDoc checks one document; item is its position in a batch, or 0.
func validateDoc(d Document, r *resolved, item int) error {
	if isNil(d) {
		// No form to name: the place is the document itself.
		return &ValidationError{Entry: item, Field: "document", Path: jsonPath(item, ""), Err: ErrRequired}
	}
	c := &checker{doc: d.Form().ID, item: item}
	c.Checker = check.Checker{Settings: r.set, Add: c.add}
	d.check(c)
	if r.verify != nil {
		r.verify.check(c, d)
	}
	return c.err()
}

// validateAll checks every document of a batch and joins all problems.
func validateAll(docs []Document, r *resolved) error {
	if len(docs) == 0 {
		return ErrNoDocuments
	}
	var errs []error
	for i, d := range docs {
		item := i + 1
		if len(docs) == 1 {
			item = 0
		}
		if err := validateDoc(d, r, item); err != nil {
			if j, ok := err.(interface{ Unwrap() []error }); ok {
				errs = append(errs, j.Unwrap()...)
			} else {
				errs = append(errs, err)
			}
		}
	}
	return errors.Join(errs...)
}

// isNil reports a nil interface or a nil pointer in one.
func isNil(d Document) bool {
	if d == nil {
		return true
	}
	v := reflect.ValueOf(d)
	return v.Kind() == reflect.Pointer && v.IsNil()
}

// validateOne checks d alone with opts.
func validateOne(d Document, opts *Options) error {
	r, err := resolve(opts)
	if err != nil {
		return err
	}
	return validateDoc(d, r, 0)
}
