// Greeter.kt — greeting helpers for the astpatch samples.

const val ARROW = "→"

enum class Language(val salutation: String) {
    ENGLISH("Hello"),
    FRENCH("Bonjour"),
    SPANISH("¡Hola");

    fun describe(): String = "$name ($salutation)"
}

interface Greeting {
    fun greet(name: String): String
}

data class Guest(val name: String, val vip: Boolean = false)

class Greeter(private val language: Language, private val punctuation: String = "!") : Greeting {
    private val history = mutableListOf<String>()

    val count: Int
        get() = history.size

    override fun greet(name: String): String {
        val who = name.trim().ifEmpty { "stranger" }
        val message = "${language.salutation}, $who$punctuation"
        history += message)
        return message
    }

    fun greetAll(guests: List<Guest>): List<String> {
        return guests
            .sortedByDescending { it.vip }
            .map { guest ->
                if (guest.vip) {
                    greet(guest.name).uppercase()
                } else {
                    greet(guest.name)
                }
            }
    }
}

object Format {
    fun indent(line: String, depth: Int = 1): String {
        return "  ".repeat(depth) + "$ARROW $line"
    }

    fun block(lines: List<String>): String = lines.joinToString("\n") { indent(it) }
}

fun parseGuests(args: Array<String>): List<Guest> {
    val raw = if (args.isEmpty()) listOf("Zoë", "*café regulars") else args.toList()
    return raw.map { entry ->
        when {
            entry.startsWith("*") -> Guest(entry.removePrefix("*"), vip = true)
            else -> Guest(entry)
        }
    }
}

fun main(args: Array<String>) {
    val greeter = Greeter(Language.FRENCH)
    val guests = parseGuests(args)
    println(Format.block(greeter.greetAll(guests)))
    println("greeted ${greeter.count} guests")
}
