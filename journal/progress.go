package journal

import (
	"sync"

	"github.com/msedocs/msedocs/internal/layout"
)

// tracker adds up the work done for Options.Progress, across the volumes
// of Write, which report from several goroutines.
type tracker struct {
	mu    sync.Mutex
	fn    func(done, total int)
	done  int
	total int
}

// newTracker returns a tracker for total units of work (-1: unknown); nil
// when there is nobody to tell.
func newTracker(fn func(done, total int), total int) *tracker {
	if fn == nil {
		return nil
	}
	return &tracker{fn: fn, total: total}
}

func (t *tracker) add(n int) {
	if t == nil || n == 0 {
		return
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	t.done += n
	if t.total >= 0 {
		t.done = min(t.done, t.total)
	}
	t.fn(t.done, t.total)
}

// work returns how many units a journal's progress counts: its entries,
// or a blank's pages; -1 when its entries come from a stream.
func work(src *source, blank int) int {
	if blank > 0 {
		return blank
	}
	total := 0
	for _, sec := range src.sections {
		if sec.len < 0 {
			return -1
		}
		total += sec.len
	}
	return total
}

// counted wraps emit so that each page reports its work to t: the entries
// that begin on it, or the page itself for a blank.
func counted(t *tracker, blank int, emit func(*layout.Page) error) func(*layout.Page) error {
	if t == nil {
		return emit
	}
	return func(p *layout.Page) error {
		if err := emit(p); err != nil {
			return err
		}
		if blank > 0 {
			t.add(1)
		} else {
			t.add(entriesOn(p))
		}
		return nil
	}
}

// entriesOn counts the entries that begin on page p.
func entriesOn(p *layout.Page) int {
	n := 0
	for _, b := range p.Blocks {
		if b.Table == nil {
			continue
		}
		for _, row := range b.Table.Rows {
			if row.Kind == layout.RowEntry && row.Part <= 1 {
				n++
			}
		}
	}
	return n
}
