package limiter

import "sync"

type Limiter struct {
	mu   sync.Mutex
	left int
}

func (l *Limiter) Take() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.left == 0 {
		return false
	}
	l.left--
	return true
}
