package app

class Report(private val rows: List<String>) {
    fun render(): String {
        val header = "Report"

        return header + "\n" + rows.joinToString("\n")
    }
}
