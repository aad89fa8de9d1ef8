package shapes

sealed trait Shape
final case class Circle(r: Double) extends Shape
final case class Square(side: Double) extends Shape

object Area {
  def of(shape: Shape): Double = shape match {
    case Circle(r)    => math.Pi * r * r
    case Square(side) => side * side
  }

  def total(shapes: Seq[Shape]): Double = shapes.map(of).sum
}
