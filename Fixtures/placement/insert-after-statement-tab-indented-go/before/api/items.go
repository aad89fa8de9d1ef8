package api

import "net/http"

func Handle(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("id")
	item, err := store.Find(id)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	writeJSON(w, item)
}
