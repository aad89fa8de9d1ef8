// Package queue implements a FIFO queue backed by a slice.
//
// The zero value is an empty queue ready to use.
package queue

import "errors"

var ErrEmpty = errors.New("queue: empty")

type Queue[T any] struct {
	items []T
	head  int
}

func (q *Queue[T]) Push(v T) {
	q.items = append(q.items, v)
}

// Pop removes and returns the oldest element.
// It returns ErrEmpty when the queue holds nothing.
func (q *Queue[T]) Pop() (T, error) {
	var zero T
	if q.head >= len(q.items) {
		return zero, ErrEmpty
	}
	v := q.items[q.head]
	q.head++
	return v, nil
}

// Len reports the number of queued elements.
// It is O(1).
// It never fails.
// It allocates nothing.
func (q *Queue[T]) Len() int {
	return len(q.items) - q.head
}
