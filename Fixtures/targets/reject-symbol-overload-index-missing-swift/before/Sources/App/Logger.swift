struct Logger {
    var prefix: String

    func log(_ message: String) {
        print("\(prefix) \(message)")
    }

    /// Logs a message with a severity level.
    @available(*, deprecated, message: "Use a Level value")
    func log(_ message: String, level: Int) {
        print("\(prefix) [\(level)] \(message)")
    }
}
