package main

import (
	"io"
	"net/http"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/msedocs/msedocs/internal/server"
)

// BenchmarkServe measures msedocs serve over loopback: one certificate
// PDF, one 1 000-entry journal 6 PDF and one 12-page blank, sent by 1 and
// by 2×GOMAXPROCS clients at once to a server of GOMAXPROCS workers. It
// reports requests per second and the median and 99th percentile latency:
//
//	go test -run '^$' -bench BenchmarkServe -benchtime 200x ./cmd/msedocs/
func BenchmarkServe(b *testing.B) {
	l := startLive(b, server.Config{Workers: runtime.GOMAXPROCS(0), Queue: 256})
	mix := loadMix(b)
	cases := []loadRequest{mix[0], mix[2], mix[4]}
	for _, q := range cases {
		for _, conc := range []int{1, 2 * runtime.GOMAXPROCS(0)} {
			b.Run(q.name+"/c"+strconv.Itoa(conc), func(b *testing.B) {
				client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: conc}}
				lat := make([]time.Duration, b.N)
				var next atomic.Int64
				var wg sync.WaitGroup
				b.ResetTimer()
				start := time.Now()
				for range conc {
					wg.Add(1)
					go func() {
						defer wg.Done()
						for {
							i := int(next.Add(1)) - 1
							if i >= b.N {
								return
							}
							t0 := time.Now()
							res, err := q.send(client, l.url)
							if err != nil {
								b.Error(err)
								return
							}
							io.Copy(io.Discard, res.Body)
							res.Body.Close()
							if res.StatusCode != 200 {
								b.Errorf("status %d", res.StatusCode)
								return
							}
							lat[i] = time.Since(t0)
						}
					}()
				}
				wg.Wait()
				elapsed := time.Since(start)
				b.StopTimer()
				slices.Sort(lat)
				b.ReportMetric(float64(b.N)/elapsed.Seconds(), "req/s")
				b.ReportMetric(float64(lat[b.N/2].Microseconds())/1000, "p50-ms")
				b.ReportMetric(float64(lat[min(b.N-1, b.N*99/100)].Microseconds())/1000, "p99-ms")
			})
		}
	}
}
