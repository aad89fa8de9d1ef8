package set

type Set[T comparable] struct {
	m map[T]struct{}
}

func (s *Set[T]) Add(v T) {
	s.m[v] = struct{}{}
}

func (s Set[T]) Has(v T) bool {
	_, ok := s.m[v]
	return ok
}
