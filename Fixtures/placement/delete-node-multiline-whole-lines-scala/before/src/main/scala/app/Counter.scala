package app

class Counter {
  private var count = 0

  def increment(): Unit = {
    count += 1
  }

  def reset(): Unit = {
    count = 0
  }

  def value: Int = count
}
