package journal

import (
	"fmt"
	"io"

	"github.com/msedocs/msedocs/forms"
)

// MaxBlankPages bounds the pages of a blank journal.
const MaxBlankPages = 10000

// Blank is a journal with no entries: its pages are ruled to be filled by
// hand. The certification on the last page states the number of pages.
type Blank struct {
	// Journal is the form to print, e.g. forms.Journal6().
	Journal forms.Journal
	// Header fills the first and last pages; its zero value leaves every
	// blank of the form to be written by hand.
	Header Header
	// Pages is the number of pages in all, title and certification
	// included; 0 means the form's BlankPages (100). Journal 1 gives its
	// first half to section A and the rest to section B.
	Pages int
}

// Form returns the blank's form.
func (b *Blank) Form() forms.Journal { return b.Journal }

func (b *Blank) pages() int {
	if b.Pages == 0 {
		return b.Journal.BlankPages
	}
	return b.Pages
}

func (b *Blank) source() *source {
	src := &source{form: b.Journal, header: &b.Header}
	if len(b.Journal.Sections) == 0 {
		src.sections = []section{{}}
	}
	for i := range b.Journal.Sections {
		src.sections = append(src.sections, section{spec: &b.Journal.Sections[i]})
	}
	return src
}

// Validate checks the header and the page count.
func (b *Blank) Validate(opts *Options) error {
	r, err := resolve(opts)
	if err != nil {
		return err
	}
	return b.validate(r)
}

func (b *Blank) validate(r *resolved) error {
	if len(b.Journal.Columns) == 0 {
		// No form (the zero Blank): nothing else can be checked, and the
		// page count would only echo the missing form's default.
		return problemAt(b.Journal.ID, "", 0, 0, "form", ErrRequired)
	}
	err := b.source().validate(r)
	if n := b.pages(); n < 1 || n > MaxBlankPages {
		err = joinErr(err, problemAt(b.Journal.ID, "", 0, 0, "pages",
			fmt.Errorf("%w: %d, want 1 to %d", ErrPageCount, n, MaxBlankPages)))
	}
	return err
}

// WritePDF prints the blank journal as PDF.
func (b *Blank) WritePDF(w io.Writer, opts *Options) error {
	r, err := resolve(opts)
	if err != nil {
		return err
	}
	if err := b.validate(r); err != nil {
		return err
	}
	return renderPDF(b.source(), r, b.pages(), w, newTracker(r.Progress, b.pages()))
}

// NewBlank returns a blank journal of the form with the given ID
// (forms.JournalStock …), of the form's default number of pages, and
// whether there is such a form: the same as certificate.NewBlank.
func NewBlank(id string) (*Blank, bool) {
	form, ok := forms.JournalByID(id)
	if !ok {
		return nil, false
	}
	return &Blank{Journal: form}, true
}
