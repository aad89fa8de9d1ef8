struct Logger {
    var prefix: String

    func log(_ message: String) {
        print("\(prefix) \(message)")
    }

    /// Logs a message with a severity level.
    func log(_ message: String, level: Int) {
        guard level > 0 else { return }
        print("\(prefix) [\(level)] \(message)")
    }
}
