package server

import (
	"log/slog"
	"net/http"
)

// levelOf logs server failures as errors, everything else as info.
func levelOf(status int) slog.Level {
	if status >= http.StatusInternalServerError && status != http.StatusServiceUnavailable && status != http.StatusGatewayTimeout {
		return slog.LevelError
	}
	return slog.LevelInfo
}
