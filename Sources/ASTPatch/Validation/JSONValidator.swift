import TreeSitter

/// Judges JSON by RFC 8259, which tree-sitter-json is looser than: it takes comments, several
/// values in one file, an empty file, `1.`, `"\u12"` and raw control characters in strings.
/// Files whose name marks them as JSON with comments (`tsconfig.json`, `.vscode/settings.json`,
/// `*.jsonc`, …) may hold comments and trailing commas, as their readers allow.
public struct JSONValidator: SyntaxValidator {
    /// JSON with comments: `//` and `/* */` comments and trailing commas are allowed.
    public var allowsComments: Bool

    public init(allowsComments: Bool = false) {
        self.allowsComments = allowsComments
    }

    public var needsTree: Bool { true }

    public func forFile(named path: String) -> any SyntaxValidator {
        JSONValidator(allowsComments: allowsComments || Self.isJSONWithComments(path: path))
    }

    /// Whether a file's name says it is JSON with comments, as the tools that read it take it.
    public static func isJSONWithComments(path: String) -> Bool {
        let parts = path.split(separator: "/")
        guard let name = parts.last.map(String.init) else { return false }
        if name.hasSuffix(".jsonc") || name.hasSuffix(".code-workspace") || name.hasSuffix(".code-snippets") { return true }
        if jsonWithCommentsNames.contains(name) { return true }
        if (name.hasPrefix("tsconfig.") || name.hasPrefix("jsconfig.")) && name.hasSuffix(".json") { return true }
        // Editor and container settings: .vscode/settings.json, .devcontainer/devcontainer.json, …
        if parts.count >= 2, [".vscode", ".devcontainer", ".zed"].contains(String(parts[parts.count - 2])), name.hasSuffix(".json") {
            return true
        }
        return false
    }

    private static let jsonWithCommentsNames: Set<String> = [
        "tsconfig.json", "jsconfig.json", ".eslintrc.json", ".eslintrc", ".babelrc", ".babelrc.json", ".jshintrc",
        ".jscsrc", ".swcrc", ".hintrc", "tslint.json", "devcontainer.json", ".devcontainer.json", "api-extractor.json",
        "typedoc.json", "deno.json", "turbo.json", ".markdownlint.json", "language-configuration.json", "argv.json",
    ]

    public func diagnostics(for source: SourceText, tree: Tree?) -> [SyntaxDiagnostic] {
        var grammar = TreeSitterValidator().diagnostics(for: source, tree: tree)
        if allowsComments { grammar.removeAll { isTrailingComma($0, in: source) } }
        let (errors, signedExponents) = source.body.withUnsafeBufferPointer { text in
            var scanner = JSONTokenScanner(text: text, allowsComments: allowsComments)
            scanner.scan()
            return (scanner.errors, scanner.signedExponents)
        }
        // tree-sitter-json 0.24 does not take `e+` in a number (`0.5e+1`), which RFC 8259 allows.
        if !signedExponents.isEmpty {
            grammar.removeAll { diagnostic in signedExponents.contains { $0.contains(diagnostic.byteRange.lowerBound) } }
        }
        var strict = errors.map { SyntaxDiagnostic(kind: .syntaxError, message: $0.message, byteRange: $0.range, in: source) }
        if let root = tree?.rootNode, !root.hasError {
            let values = root.namedChildren.filter { $0.type != "comment" }
            if values.isEmpty, !allowsComments {
                let end = source.body.count
                strict.append(SyntaxDiagnostic(kind: .missingNode, message: "missing value: a JSON text holds one value", byteRange: end..<end, in: source))
            } else if values.count > 1 {
                strict.append(SyntaxDiagnostic(kind: .syntaxError, message: "extra data after the JSON value: a JSON text holds one value",
                                               byteRange: values[1].byteRange, in: source))
            }
        }
        return SyntaxDiagnostic.merging(grammar, strict)
    }

    /// A comma before `]` or `}` (which tree-sitter reports as an ERROR or a MISSING value).
    private func isTrailingComma(_ diagnostic: SyntaxDiagnostic, in source: SourceText) -> Bool {
        let body = source.body
        let base = body.startIndex
        var before = diagnostic.byteRange.lowerBound
        var after = diagnostic.byteRange.upperBound
        if diagnostic.kind == .syntaxError {
            // An ERROR that is only the comma.
            let text = body[(base + diagnostic.byteRange.lowerBound)..<(base + diagnostic.byteRange.upperBound)]
            guard text.filter({ ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) == [UInt8(ascii: ",")] else { return false }
            before = diagnostic.byteRange.upperBound
        } else {
            while before > 0, [0x20, 0x09, 0x0A, 0x0D].contains(body[base + before - 1]) { before -= 1 }
            guard before > 0, body[base + before - 1] == UInt8(ascii: ",") else { return false }
        }
        after = max(after, before)
        while after < body.count, [0x20, 0x09, 0x0A, 0x0D].contains(body[base + after]) { after += 1 }
        return after < body.count && (body[base + after] == UInt8(ascii: "]") || body[base + after] == UInt8(ascii: "}"))
    }
}

/// The lexical rules of RFC 8259 over a whole file, token by token: strings (escapes, control
/// characters), numbers, and no comments. It goes on after an error, so that each is reported.
struct JSONTokenScanner {
    let text: UnsafeBufferPointer<UInt8>
    let allowsComments: Bool
    private(set) var errors: [(message: String, range: Range<Int>)] = []
    /// Valid numbers with `e+` or `E+`, which tree-sitter-json refuses.
    private(set) var signedExponents: [Range<Int>] = []

    init(text: UnsafeBufferPointer<UInt8>, allowsComments: Bool) {
        self.text = text
        self.allowsComments = allowsComments
    }

    mutating func scan() {
        var index = 0
        let count = text.count
        while index < count {
            switch text[index] {
            case UInt8(ascii: "\""):
                index = string(from: index)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                index = number(from: index)
            case UInt8(ascii: "/") where index + 1 < count && (text[index + 1] == UInt8(ascii: "/") || text[index + 1] == UInt8(ascii: "*")):
                let start = index
                if text[index + 1] == UInt8(ascii: "/") {
                    while index < count, text[index] != 0x0A { index += 1 }
                } else {
                    index += 2
                    while index + 1 < count, !(text[index] == UInt8(ascii: "*") && text[index + 1] == UInt8(ascii: "/")) { index += 1 }
                    index = min(count, index + 2)
                }
                if !allowsComments {
                    errors.append(("comments are not JSON (RFC 8259); JSON with comments is for files such as tsconfig.json or *.jsonc", start..<index))
                }
            default:
                index += 1
            }
        }
    }

    /// Reads a string from its opening quote; returns the offset after it.
    private mutating func string(from start: Int) -> Int {
        var index = start + 1
        let count = text.count
        while index < count {
            let byte = text[index]
            switch byte {
            case UInt8(ascii: "\""):
                return index + 1
            case UInt8(ascii: "\\"):
                guard index + 1 < count else { return count }
                switch text[index + 1] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                     UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    index += 2
                case UInt8(ascii: "u"):
                    let digits = (index + 2..<min(index + 6, count)).prefix { Self.isHex(text[$0]) }.count
                    if digits < 4 {
                        errors.append(("invalid \\u escape: it takes four hex digits", index..<(index + 2 + digits)))
                    }
                    index += 2 + digits
                default:
                    // tree-sitter reports other escapes.
                    index += 2
                }
            case 0x0A:
                // An unterminated string; tree-sitter reports it.
                return index
            case 0x00..<0x20:
                errors.append(("control character U+\(String(byte, radix: 16, uppercase: true).leftPadded(to: 4)) in a string: write it as an escape", index..<(index + 1)))
                index += 1
            default:
                index += 1
            }
        }
        return count
    }

    /// Reads a number, which must match `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    private mutating func number(from start: Int) -> Int {
        let count = text.count
        var end = start
        while end < count {
            let byte = text[end]
            let isSign = (byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")) && end > start && (text[end - 1] | 0x20) == UInt8(ascii: "e")
            guard Self.isNumberByte(byte) || isSign || end == start else { break }
            end += 1
        }
        var index = start
        func digits() -> Int {
            let first = index
            while index < end, text[index] >= UInt8(ascii: "0"), text[index] <= UInt8(ascii: "9") { index += 1 }
            return index - first
        }
        var valid = true
        if text[index] == UInt8(ascii: "-") { index += 1 }
        if index < end, text[index] == UInt8(ascii: "0") {
            index += 1
        } else if digits() == 0 {
            valid = false
        }
        if valid, index < end, text[index] == UInt8(ascii: ".") {
            index += 1
            valid = digits() > 0
        }
        if valid, index < end, (text[index] | 0x20) == UInt8(ascii: "e") {
            index += 1
            let plus = index < end && text[index] == UInt8(ascii: "+")
            if index < end, text[index] == UInt8(ascii: "+") || text[index] == UInt8(ascii: "-") { index += 1 }
            valid = digits() > 0
            if valid, plus, index == end { signedExponents.append(start..<end) }
        }
        // What follows a valid number up to `end` (a letter, a second `.`) is tree-sitter's to report.
        if !valid {
            errors.append(("invalid number `\(String(decoding: UnsafeBufferPointer(rebasing: text[start..<min(end, start + 30)]), as: UTF8.self))`", start..<end))
        }
        return end
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: ".") || (byte | 0x20) == UInt8(ascii: "e")
    }

    private static func isHex(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || ((byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "f"))
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
