package server

import (
	"encoding/json"
	"log"
	"net/http"
	"time"
)

type Server struct {
	mux     *http.ServeMux
	started time.Time
	logger  *log.Logger
}

func New(logger *log.Logger) *Server {
	s := &Server{
		mux:     http.NewServeMux(),
		started: time.Now(),
		logger:  logger,
	}
	s.routes()
	return s
}

func (s *Server) routes() {
	s.mux.HandleFunc("/healthz", s.handleHealth)
	s.mux.HandleFunc("/version", s.handleVersion)
}

func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write([]byte("ok"))
}

type versionInfo struct {
	Version string `json:"version"`
	Uptime  string `json:"uptime"`
}

func (s *Server) handleVersion(w http.ResponseWriter, r *http.Request) {
	info := versionInfo{
		Version: "1.4.2",
		Uptime:  time.Since(s.started).String(),
	}
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(info); err != nil {
		s.logger.Printf("encode version: %v", err)
	}
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mux.ServeHTTP(w, r)
}
