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
	q.items[q.head] = zero
	q.head++
	if q.head > 64 && q.head*2 > len(q.items) {
		q.items = append([]T(nil), q.items[q.head:]...)
		q.head = 0
	}
	return v, nil
}

// Len reports the number of queued elements.
// It is O(1).
// It never fails.
// It allocates nothing.
func (q *Queue[T]) Len() int {
	return len(q.items) - q.head
}

func (q *Queue[T]) Peek() (T, bool) {
	var zero T
	if q.head >= len(q.items) {
		return zero, false
	}
	return q.items[q.head], true
}
