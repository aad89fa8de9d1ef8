// Greeter.scala — greeting helpers for the astpatch samples.
import scala.collection.mutable.ListBuffer

sealed trait Tone
case object Formal extends Tone
case object Casual extends Tone

trait Greeting {
  def greet(name: String): String
}

final case class Guest(name: String, vip: Boolean = false)

class Greeter(tone: Tone, punctuation: String = "!") extends Greeting {
  private val history = ListBuffer.empty[String]

  private def salutation: String = tone match {
    case Formal => "Bonjour"
    case Casual => "Salut"
  }

  def greet(name: String): String = {
    val who = if (name.trim.isEmpty) "stranger" else name.trim
    val message = s"$salutation, $who$punctuation"
    history += message
    message
  }

  def greetAll(guests: Seq[Guest]): Seq[String] =
    guests.sortBy(g => !g.vip).map { guest =>
      if (guest.vip) greet(guest.name).toUpperCase
      else greet(guest.name)
    }

  def count: Int = history.size
}

object Format {
  val Arrow = "→"

  def indent(line: String, depth: Int = 1): String =
    ("  " * depth) + Arrow + " " + line

  def block(lines: Seq[String]): String = lines.map(l => indent(l)).mkString("\n")
}

object GreeterApp {
  def parseGuests(args: Array[String]): Seq[Guest] = {
    val raw = if (args.isEmpty) Seq("Zoë", "*café regulars") else args.toSeq
    raw.map { entry =>
      if (entry.startsWith("*")) Guest(entry.drop(1), vip = true)
      else Guest(entry)
    }
  }

  def main(args: Array[String]): Unit = {
    val greeter = new Greeter(Formal)
    println(Format.block(greeter.greetAll(parseGuests(args))))
    println(s"greeted ${greeter.count} guests")
  }
}
