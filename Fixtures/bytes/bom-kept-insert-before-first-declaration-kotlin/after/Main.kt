package demo

fun greet(name: String): String = "Grüß dich, $name"

fun main() {
    println(greet("Jörg"))
}
