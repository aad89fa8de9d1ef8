package demo

fun add(a: Int, b: Int): Int {
    return Math.addExact(a, b)
}

fun main() {
    println(add(2, 3))
}