package main

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// Progress bar timing: work shorter than barDelay shows no bar, and the
// bar is redrawn at most every barEvery.
const (
	barDelay = 500 * time.Millisecond
	barEvery = 100 * time.Millisecond
	barWidth = 30
)

// progress draws a bar on stderr while long work runs. A nil *progress
// draws nothing.
type progress struct {
	w           io.Writer
	now         func() time.Time
	label, unit string
	start, last time.Time
	drawn       bool
}

// progress returns a bar for the work named label, counted in unit, or
// nil when stderr is not a terminal or the command runs under CI.
func (o *output) progress(label, unit string) *progress {
	a := o.a
	if !isTerminal(a.stderr) || a.getenv("CI") != "" || a.getenv("TERM") == "dumb" {
		return nil
	}
	return newProgress(a.stderr, a.now, label, unit)
}

func newProgress(w io.Writer, now func() time.Time, label, unit string) *progress {
	return &progress{w: w, now: now, label: label, unit: unit, start: now()}
}

// update shows that done of total units are done; a total of 0 is not
// known, and only the count is shown.
func (p *progress) update(done, total int) {
	if p == nil {
		return
	}
	t := p.now()
	if t.Sub(p.start) < barDelay || (total <= 0 || done < total) && t.Sub(p.last) < barEvery {
		return
	}
	p.last = t
	p.drawn = true
	if total <= 0 {
		fmt.Fprintf(p.w, "\r%s %d %s", p.label, done, p.unit)
		return
	}
	done = min(max(done, 0), total)
	fill := barWidth * done / total
	fmt.Fprintf(p.w, "\r%s [%s%s] %3d%% %d/%d %s", p.label,
		strings.Repeat("=", fill), strings.Repeat(" ", barWidth-fill), 100*done/total, done, total, p.unit)
}

// finish clears the bar.
func (p *progress) finish() {
	if p != nil && p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}
