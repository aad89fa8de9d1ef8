package geom

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point {
	return Point{p.X + q.X, p.Y + q.Y}
	}

	func (p Point) Neg() Point {
		return Point{-p.X, -p.Y}
}
