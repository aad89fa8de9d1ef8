package geometry

object Main {
  def main(args: Array[String]): Unit = {
    val shapes = List(Circle(1.0), Square(2.0), Rectangle(2.0, 3.5))
    shapes.foreach(s => println(f"${s.getClass.getSimpleName}%-10s ${s.area}%.2f"))
  }
}
