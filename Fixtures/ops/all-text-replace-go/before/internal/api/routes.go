package api

import "net/http"

func Routes(mux *http.ServeMux, h *Handler) {
	mux.HandleFunc("/v1/users", h.ListUsers)
	mux.HandleFunc("/v1/users/new", h.CreateUser)
	mux.HandleFunc("/v1/orders", h.ListOrders)
}
