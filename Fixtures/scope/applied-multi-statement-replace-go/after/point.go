package geom

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point {
	sum := Point{p.X + q.X, p.Y + q.Y}
	return sum
}
