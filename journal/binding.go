package journal

import (
	"errors"
	"fmt"
	"time"

	"github.com/msedocs/msedocs/internal/layout"
)

// volume is one volume of a journal to print: its pages, laid out once
// by the binding, or, for a journal of one volume, its entries to lay
// out (src.sections).
type volume struct {
	n int
	// src is the journal's form and header, with the volume's dates.
	src   *source
	pages []*layout.Page
}

// binding lays the entries of a one-table journal out in volumes
// (layout.Binder) on the same title, table, numbering and certification
// as compose: entries go to the volume whose pages, certification
// included, they fit in. Each volume's title is set with the widest
// label it can get and the journal's dates, in a Slot filled in with its
// own label and dates once its last entry is known.
type binding struct {
	src   *source
	c     *composer
	bind  *layout.Binder
	limit int
	// cur is what the title of the volume being filled states.
	cur span
}

// span is what a volume's title states of its entries: the entries in
// the volumes before it, its own, and the dates of its first and last.
type span struct {
	before, n    int
	begun, ended time.Time
}

func newBinding(src *source, r *resolved) (*binding, error) {
	form := src.form
	limit := r.volumePages()
	cfg := pageConfig(form)
	cfg.Fonts = r.set.Fonts
	c := newComposer(src, r, cfg.Width-cfg.Left-cfg.Right)
	certs, err := certParas(form, src.header, c.sz, limit)
	if err != nil {
		return nil, err
	}
	widest := volumeLabel(form, 9999, 99999999, 99999999)
	open := func(b *layout.Builder) (*layout.Slot, float64) {
		title := b.KeepSlot(titleParas(form, src.header, c.sz, widest)...)
		closing := b.Measure(certs...)
		b.BeginTable(c.spec)
		return title, closing
	}
	return &binding{src: src, c: c, bind: layout.NewBinder(cfg, limit, open), limit: limit}, nil
}

// several reports whether the journal has come to a second volume.
func (v *binding) several() bool { return v.bind.Current().Number > 1 }

// row sets entry e, the n-th, numbered as compose numbers it. When it
// begins a new volume, row returns the volume before, ended. An entry
// that does not fit in a volume of its own is the error tooLong.
func (v *binding) row(e row, n int) (*volume, error) {
	num := v.c.row(e, n)
	ended, err := v.bind.Row(layout.RowEntry, num, v.c.cells)
	var done *volume
	if ended != nil {
		var eerr error
		if done, eerr = v.end(ended, false); eerr != nil {
			return nil, eerr
		}
		v.cur = span{before: n - 1}
	}
	if errors.Is(err, layout.ErrVolumeTooSmall) {
		return done, tooLong(v.src.form.ID, n, v.limit)
	} else if err != nil {
		return done, err
	}
	if v.cur.n == 0 {
		v.cur.begun = e.date()
	}
	v.cur.n++
	v.cur.ended = e.date()
	return done, nil
}

// last ends the last volume.
func (v *binding) last() (*volume, error) { return v.end(v.bind.Current(), true) }

// end ends volume lv, all of whose entries are set (the last volume
// when last): the certification, and the title's label and dates. A
// volume of several begins on its first entry's date (the first on the
// journal's) and ends on its last entry's (the last on the journal's).
func (v *binding) end(lv *layout.Volume, last bool) (*volume, error) {
	form, b, s := v.src.form, lv.B, v.cur
	b.EndTable()
	if _, err := closeJournal(b, form, v.src.header, v.c.sz, 0); err != nil {
		return nil, fmt.Errorf("volume %d: %w", lv.Number, err)
	}
	h := *v.src.header
	if lv.Number > 1 {
		h.Started = s.begun
	}
	if !last {
		h.Ended = s.ended
	}
	label := volumeLabel(form, lv.Number, s.before+1, s.before+s.n)
	if err := lv.Title.Fill(titleParas(form, &h, v.c.sz, label)...); err != nil {
		return nil, fmt.Errorf("%s: volume %d: %w", form.ID, lv.Number, err)
	}
	return &volume{n: lv.Number, src: &source{form: form, header: &h}, pages: lv.Pages()}, nil
}
