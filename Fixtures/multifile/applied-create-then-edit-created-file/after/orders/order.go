package orders

type Order struct {
	ID    int
	Total float64
}

func (o Order) IsLarge() bool {
	return o.Total > 1000
}
