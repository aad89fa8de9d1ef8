package api

import "net/http"

func Routes(mux *http.ServeMux, h *Handler) {
	mux.HandleFunc("/v2/users", h.ListUsers)
	mux.HandleFunc("/v2/users/new", h.CreateUser)
	mux.HandleFunc("/v2/orders", h.ListOrders)
}
