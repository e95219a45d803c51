package layout

// Sections of one document: each starts on a page of its own, and a
// blank document shares its pages out among its sections.

// SharedRows is how many ruled rows each section but the last gets when
// a blank document is too short to give every section a page of its
// own and they share its one remaining page.
const SharedRows = 3

// BlankShare is the part of a blank document that one section fills.
type BlankShare struct {
	// First and Last are the section's pages (from 1).
	First, Last int
	// MaxRows, when > 0, is the most ruled rows the section may take:
	// the section shares its page with the sections after it.
	MaxRows int
}

// ShareBlank shares pages among n sections of a blank document evenly,
// the first sections taking the odd page; sections that all fall on the
// last page get SharedRows rows each, the last section the rest. It
// returns nil when there are no pages or no sections.
func ShareBlank(pages, n int) []BlankShare {
	if pages <= 0 || n <= 0 {
		return nil
	}
	per := (pages + n - 1) / n
	out := make([]BlankShare, n)
	for i := range out {
		s := BlankShare{First: min(i*per+1, pages), Last: min((i+1)*per, pages)}
		if i == n-1 {
			s.Last = pages
		} else if s.First == s.Last && s.Last == pages {
			s.MaxRows = SharedRows
		}
		out[i] = s
	}
	return out
}

// StartSection ends the current page, unless nothing is on it yet, so
// that the next section starts on a page of its own: on page (never
// before it), or on the next page when page is 0. A section that may
// share the current page (page at or before it) starts below what is
// there.
func (b *Builder) StartSection(page int) {
	if b.err != nil || b.AtTop() {
		return
	}
	if page <= 0 {
		b.NewPage()
		return
	}
	// Every turn starts a page, up to page: the loop is bounded.
	for b.number < page && b.err == nil {
		b.NewPage()
	}
}
