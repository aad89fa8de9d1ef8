package bank

trait Audited {
  def audit(msg: String): Unit
}

class Ledger extends Audited {
  private var entries = List.empty[Long]

  def post(amount: Long): Unit = {
    audit(s"post $amount")
    entries = amount :: entries
  }

  def balance: Long = entries.sum

  def audit(msg: String): Unit = println(msg)
}
