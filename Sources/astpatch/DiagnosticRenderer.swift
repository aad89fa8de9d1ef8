import ASTPatch

/// Turns syntax diagnostics into the text people read: `path:line:column: error: message`,
/// the source line and a caret under the column.
struct DiagnosticRenderer {
    var path: String
    var source: SourceText

    func render(_ diagnostic: SyntaxDiagnostic, severity: String = "error") -> String {
        let start = diagnostic.start
        var text = "\(path):\(start.line):\(start.column): \(severity): \(diagnostic.message)"
        text += "\n" + excerpt(line: start.line, column: start.column)
        return text
    }

    /// A line with its number, as the excerpt shows it.
    func numbered(line: Int) -> String {
        let number = String(line)
        return "\(number) | \(String(decoding: source.line(at: line - 1), as: UTF8.self))"
    }

    /// The line with its number, and a caret under `column` (a 1-based byte column).
    func excerpt(line: Int, column: Int) -> String {
        guard line - 1 < source.lineStarts.count else { return "" }
        let bytes = source.line(at: line - 1)
        let number = String(line)
        let gutter = String(repeating: " ", count: number.count)
        let shown = String(decoding: bytes, as: UTF8.self)
        let before = String(decoding: bytes.prefix(max(0, column - 1)), as: UTF8.self)
        let padding = String(before.map { $0 == "\t" ? "\t" : " " })
        return " \(number) | \(shown)\n \(gutter) | \(padding)^"
    }
}
