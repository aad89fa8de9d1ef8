package app

class Report(private val rows: List<String>) {
    fun render(): String {
        return rows.joinToString("\n")
    }
}
