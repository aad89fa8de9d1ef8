package shop

class Checkout(private val items: List<Item>, private val rate: Double) {
    fun total(): Double {
        val subtotal = items
            .filter { it.inStock }
            .sumOf { it.price }
        return subtotal * (1 + rate)
    }
}
