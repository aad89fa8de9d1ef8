package shop

data class Item(val sku: String, val price: Int)

class Cart {
    private val items = mutableListOf<Item>()

    fun add(item: Item) {
        items.add(item)
    }

    fun remove(sku: String) {
        items.removeAll { it.sku == sku }
    }

    fun total(): Int = items.sumOf { it.price }
}
