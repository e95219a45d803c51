package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"runtime"
	"strconv"
	"strings"
	"syscall"

	"github.com/msedocs/msedocs/internal/server"
)

// serveCommand is "msedocs serve": the HTTP API and web page.
var serveCommand = &command{
	name: "serve", args: "[-addr 127.0.0.1:8080] [-auth FILE] [-tls-cert F -tls-key F]",
	summary: "run the HTTP service and web page",
	about: "Serves the HTTP API (GET /api/forms, /api/forms/{id}/schema, /api/blank/{id};\n" +
		"POST /api/render, /api/validate, /api/read) and a web page for department\n" +
		"staff at /. At most -workers renders run at once and -queue wait; more get 429.\n" +
		"SIGINT or SIGTERM stops it gracefully: what runs is finished.\n" +
		"\n" +
		"The records carry personal data: it listens on loopback unless told\n" +
		"otherwise, and refuses any other address without -auth (an htpasswd file\n" +
		"of bcrypt hashes, htpasswd -B) unless -insecure is given. Logs are JSON,\n" +
		"one line a request, without bodies, names or IINs.",
	example: "msedocs serve -addr 127.0.0.1:8080",
	setup: func(a *app, fs *flag.FlagSet) func([]string) error {
		addr := fs.String("addr", "127.0.0.1:8080", "`host:port` to listen on")
		auth := fs.String("auth", "", "htpasswd `FILE` of bcrypt hashes: every route but /health asks for them")
		cert := fs.String("tls-cert", "", "TLS certificate `FILE` (PEM); with -tls-key")
		key := fs.String("tls-key", "", "TLS key `FILE` (PEM)")
		maxBody := fs.String("max-body", "64MB", "largest request `size` (e.g. 64MB, 512KB)")
		workers := fs.Int("workers", runtime.GOMAXPROCS(0), "most renders `N` at once")
		queue := fs.Int("queue", 2*runtime.GOMAXPROCS(0), "most requests `M` waiting for a worker")
		timeout := fs.Duration("render-timeout", server.DefaultRenderTimeout, "longest render `d`")
		insecure := fs.Bool("insecure", false, "allow a non-loopback address without -auth")
		return func([]string) error {
			cfg := server.Config{Workers: *workers, Queue: *queue, RenderTimeout: *timeout,
				Logger: slog.New(slog.NewJSONHandler(a.stderr, nil))}
			var err error
			if cfg.MaxBody, err = parseSize(*maxBody); err != nil {
				return usagef("-max-body %q: %v", *maxBody, err)
			}
			if *workers < 1 || *queue < 0 || *timeout <= 0 {
				return usagef("-workers must be at least 1, -queue at least 0, -render-timeout above 0")
			}
			if (*cert == "") != (*key == "") {
				return usagef("-tls-cert and -tls-key go together")
			}
			if *auth != "" {
				f, err := os.Open(*auth)
				if err != nil {
					return err
				}
				cfg.Users, err = server.ReadHtpasswd(f)
				f.Close()
				if err != nil {
					return fmt.Errorf("%s: %w", *auth, err)
				}
			}
			if !server.Loopback(*addr) && cfg.Users == nil && !*insecure {
				return usagef("-addr %s is not loopback: give -auth FILE (or -insecure to serve personal data to anyone who can reach it)", *addr)
			}
			srv, err := server.New(library{}, cfg)
			if err != nil {
				return err
			}
			ln, err := net.Listen("tcp", *addr)
			if err != nil {
				return err
			}
			ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
			defer stop()
			scheme := "http"
			if *cert != "" {
				scheme = "https"
			}
			cfg.Logger.Info("listening", "url", scheme+"://"+ln.Addr().String(), "workers", *workers, "queue", *queue)
			return srv.Serve(ctx, ln, server.TLS{CertFile: *cert, KeyFile: *key})
		}
	},
}

// parseSize reads a size such as 64MB, 512KB, 1GB or a number of bytes.
func parseSize(s string) (int64, error) {
	u := strings.ToUpper(strings.TrimSpace(s))
	mult := int64(1)
	for _, suf := range []struct {
		s string
		m int64
	}{{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(u, suf.s) {
			u, mult = strings.TrimSuffix(u, suf.s), suf.m
			break
		}
	}
	n, err := strconv.ParseInt(strings.TrimSpace(u), 10, 64)
	if err != nil || n < 1 || n > (1<<40)/mult {
		return 0, fmt.Errorf("want a size such as 64MB")
	}
	return n * mult, nil
}
