package server

import (
	"context"
	"errors"
	"sync"
)

// errBusy says the queue is full.
var errBusy = errors.New("busy")

// limiter lets at most workers jobs run and queue wait.
type limiter struct {
	slots chan struct{}
	mu    sync.Mutex
	// waiting counts the jobs queued for a slot.
	waiting, queue int
}

func newLimiter(workers, queue int) *limiter {
	return &limiter{slots: make(chan struct{}, workers), queue: queue}
}

// acquire takes a slot, waiting in the queue if there is room; errBusy if
// not, ctx's error if the wait is given up.
func (l *limiter) acquire(ctx context.Context) error {
	select {
	case l.slots <- struct{}{}:
		return nil
	default:
	}
	l.mu.Lock()
	if l.waiting >= l.queue {
		l.mu.Unlock()
		return errBusy
	}
	l.waiting++
	l.mu.Unlock()
	defer func() {
		l.mu.Lock()
		l.waiting--
		l.mu.Unlock()
	}()
	select {
	case l.slots <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// release gives a slot back.
func (l *limiter) release() { <-l.slots }

// queued returns the number of jobs waiting.
func (l *limiter) queued() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.waiting
}

// running returns the number of jobs running.
func (l *limiter) running() int { return len(l.slots) }
