package certificate

import "github.com/msedocs/msedocs/internal/layout"

// LayOut validates d and lays it out as WritePDF would, returning its
// pages, for tests that look at the layout tree rather than at bytes.
func LayOut(d Document, opts *Options) ([]*layout.Page, error) {
	r, err := resolve(opts)
	if err != nil {
		return nil, err
	}
	if err := validateAll([]Document{d}, r); err != nil {
		return nil, err
	}
	return layOut(d, r)
}

// JSONPathOf is jsonPath, for the tests.
func JSONPathOf(item int, field string) string { return jsonPath(item, field) }
