package journal

import "github.com/msedocs/msedocs/internal/layout"

// pageSource lays out a journal, or one volume of it, and hands each
// page to emit, in order.
type pageSource func(emit func(*layout.Page) error) error

// composed lays src out (compose), each page counted by t. blank > 0
// lays it out as a blank journal of that many pages.
func composed(src *source, r *resolved, blank int, t *tracker) pageSource {
	return func(emit func(*layout.Page) error) error {
		_, err := compose(src, r, blank, counted(t, blank, emit))
		return err
	}
}

// laidOut hands over the pages of a volume laid out already, each
// counted by t, and lets each go once handed over.
func laidOut(pages []*layout.Page, t *tracker) pageSource {
	return func(emit func(*layout.Page) error) error {
		emit = counted(t, 0, emit)
		for i, p := range pages {
			pages[i] = nil
			if err := emit(p); err != nil {
				return err
			}
		}
		return nil
	}
}
