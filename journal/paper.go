package journal

import (
	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/layout"
)

// paperOf is the sheet a journal is printed on: A4, turned as its
// columns need.
func paperOf(form forms.Journal) layout.Paper {
	return layout.Paper{Name: forms.A4.String(), Landscape: form.Orientation == forms.Landscape}
}
