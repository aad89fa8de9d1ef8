package demo

data class Person(val first: String, val last: String)

fun greet(person: Person): String {
    val full = listOf(person.first, person.last).joinToString(" ")
    return "Hello, $full!"
}

fun main() {
    println(greet(Person("Ada", "Lovelace")))
}
