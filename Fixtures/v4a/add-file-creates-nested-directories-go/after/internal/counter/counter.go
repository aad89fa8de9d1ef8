package counter

import "sync/atomic"

// Counter is a monotonically increasing counter safe for concurrent use.
type Counter struct {
	n atomic.Int64
}

func (c *Counter) Inc() int64 { return c.n.Add(1) }

func (c *Counter) Value() int64 { return c.n.Load() }
