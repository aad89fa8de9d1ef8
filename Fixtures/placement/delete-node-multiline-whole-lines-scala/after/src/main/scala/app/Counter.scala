package app

class Counter {
  private var count = 0

  def increment(): Unit = {
    count += 1
  }


  def value: Int = count
}
