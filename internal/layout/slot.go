package layout

import (
	"errors"
	"fmt"
	"slices"
)

// ErrSlotFull reports paragraphs too tall for the room a Slot holds.
var ErrSlotFull = errors.New("layout: paragraphs taller than the room held for them")

// Slot is room held on a page for paragraphs whose text is known only
// later: a deferred value, such as a volume's title, which states the
// volume's last entry and its last date, known once the volume's last
// row is set. KeepSlot sets placeholder paragraphs, as tall as the final
// ones can be, and what follows is laid out below them; Fill puts the
// final paragraphs in their place. The page must not have been printed
// yet: a Slot is for pages held until they are complete (Binder).
type Slot struct {
	b    *Builder
	page *Page
	// at and n are the blocks the slot's paragraphs are on the page.
	at, n int
	// top is where the room begins and end where what follows it does.
	top, end float64
}

// KeepSlot sets the paragraphs as Keep does and returns the room they
// take, to Fill later. It returns nil when the Builder has failed (the
// error waits for Finish); Fill of a nil Slot does nothing.
func (b *Builder) KeepSlot(ps ...Para) *Slot {
	if b.err != nil {
		return nil
	}
	h := b.Measure(ps...)
	if h > b.Remaining() && !b.AtTop() {
		b.NewPage()
	}
	s := &Slot{b: b, page: b.page, at: len(b.page.Blocks), n: len(ps), top: b.y}
	if !b.keep(ps) {
		return nil
	}
	s.end = b.y
	return s
}

// Fill sets the paragraphs in the slot's room, in place of those there:
// what follows does not move, so they must be no taller than the room
// (else ErrSlotFull, and the page is left as it was). Text the fonts
// cannot set is a *TextError naming the slot's page.
func (s *Slot) Fill(ps ...Para) error {
	if s == nil {
		return nil
	}
	b := s.b
	if b.err != nil {
		return b.err
	}
	number := b.number
	b.number = s.page.Number // for a TextError
	blocks := make([]Block, len(ps))
	y := s.top
	for i := range ps {
		blocks[i], y = b.paraBlock(&ps[i], y)
	}
	b.number = number
	if err := b.err; err != nil {
		b.err = nil // the Builder's pages are whole: only Fill failed
		return err
	}
	if y > s.end+1e-9 {
		return fmt.Errorf("%w: %d paragraphs, %.1f pt high, %.1f pt held", ErrSlotFull, len(ps), y-s.top, s.end-s.top)
	}
	s.page.Blocks = slices.Replace(s.page.Blocks, s.at, s.at+s.n, blocks...)
	s.n = len(blocks)
	return nil
}
