package shop

object Prices {
  val Small: Long = 100
  val Medium: Long = 250
  val Large: Long = 400

  def label(size: String): String = size match {
    case "s" => "small"
    case "m" => "medium"
    case _   => "large"
  }
}
