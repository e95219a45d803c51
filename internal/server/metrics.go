package server

import (
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// metrics are the server's Prometheus metrics, in its own registry.
type metrics struct {
	requests *prometheus.CounterVec
	renders  *prometheus.CounterVec
	pages    prometheus.Counter
	seconds  *prometheus.HistogramVec
}

func newMetrics(reg *prometheus.Registry, l *limiter) *metrics {
	m := &metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "msedocs_http_requests_total", Help: "HTTP requests by route and status.",
		}, []string{"route", "status"}),
		renders: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "msedocs_renders_total", Help: "Renders by format and outcome (ok, invalid, timeout, error, canceled).",
		}, []string{"format", "outcome"}),
		pages: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "msedocs_pages_printed_total", Help: "PDF pages sent.",
		}),
		seconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "msedocs_render_seconds", Help: "Time a render takes, once a worker has it.",
			Buckets: []float64{.01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60, 120},
		}, []string{"format"}),
	}
	reg.MustRegister(m.requests, m.renders, m.pages, m.seconds,
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "msedocs_queue_length", Help: "Requests waiting for a render worker.",
		}, func() float64 { return float64(l.queued()) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "msedocs_renders_running", Help: "Renders running now.",
		}, func() float64 { return float64(l.running()) }),
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	)
	return m
}

func (s *Server) handleMetrics(w http.ResponseWriter, r *http.Request) {
	promhttp.HandlerFor(s.registry, promhttp.HandlerOpts{}).ServeHTTP(w, r)
}
