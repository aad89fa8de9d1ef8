package demo

fun add(a: Int, b: Int): Int {
    return a + b
}

fun main() {
    println(add(2, 3))
}