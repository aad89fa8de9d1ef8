package server

import (
	"fmt"
	"net/http"
)

type Server struct {
	Addr string
	mux  *http.ServeMux
}

func (s Server) String() string {
	return fmt.Sprintf("server(%s)", s.Addr)
}

func (s *Server) Start() error {
	return http.ListenAndServe(s.Addr, s.mux)
}

func Start(addr string) error {
	s := &Server{Addr: addr, mux: http.NewServeMux()}
	return s.Start()
}
