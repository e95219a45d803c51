package certificate

import (
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/msedocs/msedocs/internal/layout"
)

// maxTextRunes bounds every text of a document: no field of a form
// holds more, and a longer one would not leave the rest of the page to
// the other fields. It also bounds what laying a document out costs
// (fits lays it out), whatever its input.
const maxTextRunes = 1000

// errOverPage stops the layout of fits at the second page.
var errOverPage = errors.New("over one page")

// fits checks that a valid document lays out on one page, as a document
// is printed: if it runs over, the problem is ErrTooLong at its longest
// text, the one to shorten.
func fits(d Document, r *resolved, item int) error {
	pages := 0
	_, err := compose(d, r, func(*layout.Page) error {
		pages++
		if pages > 1 {
			return errOverPage
		}
		return nil
	})
	switch {
	case errors.Is(err, errOverPage):
		return problemAt(d.Form().ID, item, longestField(d.content()),
			fmt.Errorf("%w: the document runs over its one page", ErrTooLong))
	case err != nil:
		return err
	}
	return nil
}

// longestField returns the key of the longest text the document prints.
func longestField(ct *content) string {
	key, most := "", -1
	for _, f := range ct.form.Fields { // in the form's order: the first of equals
		v, ok := ct.values[f.Key]
		if !ok {
			continue
		}
		if n := max(utf8.RuneCountInString(v.text.KK), utf8.RuneCountInString(v.text.RU)); n > most {
			key, most = f.Key, n
		}
	}
	return key
}
