package journal

import (
	"errors"
	"runtime"
	"sync"
)

// printers print the volumes of Write in parallel, on runtime.GOMAXPROCS
// goroutines.
type printers struct {
	r        *resolved
	progress *tracker
	tasks    chan task
	// held has a place for each volume whose pages are held in memory:
	// the one being laid out and those waiting or printing. There are as
	// many places as printers, so that a journal's layout runs no further
	// ahead of its printing than it needs to keep them busy.
	held chan struct{}
	wg   sync.WaitGroup
}

// task is one volume to print.
type task struct {
	out   *Output
	vol   *volume
	blank int
	fail  *outcome
	// held: the volume has a place in printers.held, given back once it
	// is printed.
	held bool
}

// startPrinters starts the printers of r's volumes.
func startPrinters(r *resolved, progress *tracker) *printers {
	workers := max(runtime.GOMAXPROCS(0), 1)
	p := &printers{r: r, progress: progress, tasks: make(chan task), held: make(chan struct{}, workers)}
	for range workers {
		p.wg.Add(1)
		go func() {
			defer p.wg.Done()
			for t := range p.tasks {
				if !t.fail.failed() {
					t.fail.set(writeVolume(t.out, t.vol, t.blank, r, progress))
				}
				if t.held {
					<-p.held
				}
			}
		}()
	}
	return p
}

// one prints a journal bound in one volume, laid out as it prints.
func (p *printers) one(o *Output, src *source, blank int, res *outcome) {
	o.bound(false)
	p.tasks <- task{out: o, vol: &volume{n: 1, src: src}, blank: blank, fail: res}
}

// split lays out a one-table journal in volumes (splitVolumes) and
// prints each as soon as it is laid out. Output.Bound is told when volume
// 1 is handed over: laid out, once volume 2 begins, or as its entries,
// when the journal ends in it.
func (p *printers) split(o *Output, src *source, res *outcome) {
	p.held <- struct{}{} // for volume 1
	err := splitVolumes(src, p.r, func(v *volume) error {
		if res.failed() {
			return errStop
		}
		if v.n == 1 {
			o.bound(v.pages != nil)
		}
		p.tasks <- task{out: o, vol: v, fail: res, held: true}
		p.held <- struct{}{} // for the next volume
		return nil
	})
	<-p.held // the place taken for a volume that was not handed over
	if err != nil && !errors.Is(err, errStop) {
		res.set(err)
	}
}

// wait waits until every volume handed over is printed.
func (p *printers) wait() {
	close(p.tasks)
	p.wg.Wait()
}
