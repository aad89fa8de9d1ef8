package shop

data class Item(val sku: String, val price: Int)

class Cart {
    private val items = mutableListOf<Item>()

    fun add(item: Item) {
        items.add(item)
    }

    fun total(): Int = items.sumOf { it.price }
}
