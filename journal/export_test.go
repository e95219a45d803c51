package journal

import "github.com/msedocs/msedocs/internal/layout"

// LayOut lays j out as WritePDF would and returns its pages, for tests
// that look at the layout tree rather than at PDF bytes.
func LayOut(j Journal, opts *Options) ([]*layout.Page, error) {
	r, err := resolve(opts)
	if err != nil {
		return nil, err
	}
	blank := 0
	if b, ok := j.(*Blank); ok {
		if err := b.validate(r); err != nil {
			return nil, err
		}
		blank = b.pages()
	} else if err := j.source().validate(r); err != nil {
		return nil, err
	}
	var pages []*layout.Page
	_, err = compose(j.source(), r, blank, func(p *layout.Page) error {
		pages = append(pages, p)
		return nil
	})
	return pages, err
}

// LayOutVolumes lays j out as Write binds it in volumes of opts'
// VolumePages and returns the pages of each volume, for the golden test
// of volumes.
func LayOutVolumes(j Journal, opts *Options) ([][]*layout.Page, error) {
	r, err := resolve(opts)
	if err != nil {
		return nil, err
	}
	src := j.source()
	if err := src.validate(r); err != nil {
		return nil, err
	}
	var vols [][]*layout.Page
	err = splitVolumes(src, r, func(v *volume) error {
		if v.pages != nil {
			vols = append(vols, v.pages)
			return nil
		}
		var pages []*layout.Page
		_, err := compose(v.src, r, 0, func(p *layout.Page) error {
			pages = append(pages, p)
			return nil
		})
		vols = append(vols, pages)
		return err
	})
	return vols, err
}
