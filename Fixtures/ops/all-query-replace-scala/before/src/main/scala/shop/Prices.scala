package shop

object Prices {
  val Small: Int = 100
  val Medium: Int = 250
  val Large: Int = 400

  def label(size: String): String = size match {
    case "s" => "small"
    case "m" => "medium"
    case _   => "large"
  }
}
