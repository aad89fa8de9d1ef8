package geometry

sealed trait Shape {
  def area: Double
}

final case class Circle(radius: Double) extends Shape {
  def area: Double = math.Pi * radius * radius
}

final case class Square(side: Double) extends Shape {
  def area: Double = side * side
}

final case class Rectangle(width: Double, height: Double) extends Shape {
  def area: Double = width * height
}
