package app

class Plugin(val name: String)

object Registry {
    private val plugins = mutableMapOf<String, Plugin>()

    fun register(plugin: Plugin) {
        plugins[plugin.name] = plugin
    }

    fun lookup(name: String): Plugin? = plugins[name]
}
