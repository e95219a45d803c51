// Package server is msedocs serve: an HTTP API and a small web page that
// print the МСЭ journals and documents.
//
// It knows no record type: everything it prints goes through a Library,
// which the command implements on top of packages journal and
// certificate. The server bounds the work (at most Config.Workers renders
// at once, Config.Queue waiting, a time limit each, bodies of at most
// Config.MaxBody bytes), answers errors as RFC 9457 problem details that
// name JSON paths or cells and never a person's data, and logs one line a
// request without bodies, names or IINs.
package server

import (
	"html/template"
	"log/slog"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Config is how a Server runs. The zero value of a field means its
// default.
type Config struct {
	// MaxBody is the largest request body, in bytes (default 64 MiB).
	MaxBody int64
	// Workers is the most renders at once (default 1).
	Workers int
	// Queue is the most requests waiting for a worker (default 0: none
	// waits, a busy server answers 429).
	Queue int
	// RenderTimeout bounds one render, from the moment a worker takes it
	// (default 2 minutes).
	RenderTimeout time.Duration
	// Users maps user names to bcrypt hashes; when not nil, every route
	// but /health asks for HTTP Basic credentials.
	Users map[string][]byte
	// Logger gets one line a request (default: discard).
	Logger *slog.Logger
	// TempDir is where a journal's later volumes wait while an earlier one
	// is sent (default os.TempDir()).
	TempDir string
}

// Defaults of Config.
const (
	DefaultMaxBody       = 64 << 20
	DefaultRenderTimeout = 2 * time.Minute
)

// Server is the service. Make it with New and serve Handler; it is safe
// for concurrent use.
type Server struct {
	lib     Library
	cfg     Config
	log     *slog.Logger
	metrics *metrics
	// Registry holds the server's metrics, served at /metrics.
	registry *prometheus.Registry
	limit    *limiter
	// admitted bounds the requests holding a body or records in memory:
	// at most Workers+Queue, so memory is bounded by them and MaxBody.
	admitted chan struct{}
	closing  atomic.Bool
	handler  http.Handler
	page     *pageData
	tmpl     *template.Template
}

// New returns a server printing through lib.
func New(lib Library, cfg Config) (*Server, error) {
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = DefaultMaxBody
	}
	cfg.Workers = max(cfg.Workers, 1)
	cfg.Queue = max(cfg.Queue, 0)
	if cfg.RenderTimeout <= 0 {
		cfg.RenderTimeout = DefaultRenderTimeout
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &Server{lib: lib, cfg: cfg, log: log, registry: prometheus.NewRegistry()}
	s.limit = newLimiter(cfg.Workers, cfg.Queue)
	s.admitted = make(chan struct{}, cfg.Workers+cfg.Queue)
	s.metrics = newMetrics(s.registry, s.limit)
	s.page = newPageData(lib.Forms())
	tmpl, err := parsePage()
	if err != nil {
		return nil, err
	}
	s.tmpl = tmpl
	s.handler = s.routes()
	return s, nil
}

// Handler returns the HTTP handler of every route.
func (s *Server) Handler() http.Handler { return s.handler }

// Registry returns the registry of the server's metrics.
func (s *Server) Registry() *prometheus.Registry { return s.registry }

// BeginShutdown makes /health answer 503 and new work answer 503, while
// work already started goes on.
func (s *Server) BeginShutdown() { s.closing.Store(true) }

// routes returns the mux of every route wrapped in the middleware.
func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	// route registers h for method and path, and a 405 problem for
	// every other method on the path.
	route := func(method, path, name string, h http.HandlerFunc) {
		mux.Handle(method+" "+path, s.instrument(name, h))
		allow := method
		if method == http.MethodGet {
			allow = "GET, HEAD"
		}
		mux.Handle(path, s.instrument(name, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Allow", allow)
			s.problem(w, r, http.StatusMethodNotAllowed, "method not allowed",
				[]Problem{{Path: "method", Message: "want " + allow}})
		}))
	}
	route("GET", "/{$}", "/", s.handlePage)
	route("GET", "/static/{file}", "/static", s.handleStatic)
	route("GET", "/health", "/health", s.handleHealth)
	route("GET", "/metrics", "/metrics", s.handleMetrics)
	route("GET", "/api/forms", "/api/forms", s.handleForms)
	route("GET", "/api/forms/{id}/schema", "/api/forms/{id}/schema", s.handleSchema)
	route("POST", "/api/render", "/api/render", s.handleRender)
	route("GET", "/api/blank/{id}", "/api/blank/{id}", s.handleBlank)
	route("GET", "/api/blank", "/api/blank", s.handleBlank) // ?form=id: the page's plain HTML form
	route("POST", "/api/validate", "/api/validate", s.handleValidate)
	route("POST", "/api/read", "/api/read", s.handleRead)
	mux.Handle("/", s.instrument("other", s.handleNotFound))
	return s.secure(mux)
}

func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	if s.closing.Load() {
		w.WriteHeader(http.StatusServiceUnavailable)
		w.Write([]byte(`{"status":"shutting down"}` + "\n"))
		return
	}
	w.Write([]byte(`{"status":"up"}` + "\n"))
}

// handleNotFound answers what no route matches.
func (s *Server) handleNotFound(w http.ResponseWriter, r *http.Request) {
	s.problem(w, r, http.StatusNotFound, "no such route", nil)
}
