package server

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"time"
)

// Timeouts of the HTTP server.
const (
	readHeaderTimeout = 10 * time.Second
	readTimeout       = 2 * time.Minute // a body of 64 MB on a slow link
	idleTimeout       = 2 * time.Minute
	// writeSlack is added to the render timeout for the whole answer.
	writeSlack = time.Minute
)

// TLS names a certificate and key; empty serves plain HTTP.
type TLS struct {
	// CertFile and KeyFile are PEM files, as for http.Server.ServeTLS.
	CertFile, KeyFile string
}

// Serve answers on ln until ctx is done, then shuts down gracefully:
// /health and new work answer 503, requests already started finish (for
// at most the render timeout and a minute), and Serve returns.
func (s *Server) Serve(ctx context.Context, ln net.Listener, tls TLS) error {
	hs := &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      s.cfg.RenderTimeout + writeSlack,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() {
		if tls.CertFile != "" {
			errc <- hs.ServeTLS(ln, tls.CertFile, tls.KeyFile)
			return
		}
		errc <- hs.Serve(ln)
	}()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	s.BeginShutdown()
	s.log.Info("shutting down", "addr", ln.Addr().String())
	sctx, cancel := context.WithTimeout(context.Background(), s.cfg.RenderTimeout+writeSlack)
	defer cancel()
	err := hs.Shutdown(sctx)
	if serr := <-errc; !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	return err
}

// Loopback reports whether addr (host:port) listens on loopback only.
func Loopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
