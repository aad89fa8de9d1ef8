#if canImport(Glibc)
import Glibc
#endif

/// Python's tokens as CPython's tokenizer produces them, with what the indentation rules need:
/// NEWLINE ends a logical line, INDENT and DEDENT mark its indentation against the lines before.
/// Strings, comments and bracketed line breaks are skipped over; operators are one token each.
struct PythonToken: Equatable {
    enum Kind: UInt8 {
        case name, number, string, op, newline, indent, dedent, endOfFile
    }

    var kind: Kind
    var start: Int
    var end: Int
}

/// An error the tokenizer itself finds: the indentation ones (Python's IndentationError and
/// TabError). It recovers and goes on, so that each mistake is reported on its own.
struct PythonTokenizerError: Equatable {
    var message: String
    var offset: Int
}

struct PythonTokenizer {
    private(set) var tokens: [PythonToken] = []
    private(set) var errors: [PythonTokenizerError] = []

    /// Tokenizes `text`, a whole file's body, in one pass.
    init(_ text: UnsafeBufferPointer<UInt8>) {
        tokens.reserveCapacity(text.count / 4)
        var scanner = Scanner(text: text)
        scanner.run(into: &self)
    }

    private struct Scanner {
        let text: UnsafeBufferPointer<UInt8>
        var position = 0
        var depth = 0
        /// Columns of the open indentation levels, with tabs to multiples of 8 and counted as one
        /// (Python compares both to find tabs and spaces mixed ambiguously).
        var levels: [Int] = [0]
        var alternateLevels: [Int] = [0]
        /// Whether the current logical line has a token yet.
        var lineHasToken = false

        init(text: UnsafeBufferPointer<UInt8>) {
            self.text = text
        }

        mutating func run(into result: inout PythonTokenizer) {
            let count = text.count
            var atLineStart = true
            while position < count {
                if atLineStart {
                    atLineStart = false
                    // A bracket left open: a line that begins with a keyword only a statement
                    // begins with closes it (as the grammar's recovery does), so that one missing
                    // `)` does not turn the rest of the file into one logical line.
                    if depth > 0, startsStatementOnly(at: position) {
                        depth = 0
                        if lineHasToken {
                            result.tokens.append(PythonToken(kind: .newline, start: position, end: position))
                            lineHasToken = false
                        }
                    }
                    if depth == 0, !lineHasToken, indentation(into: &result) { continue }
                }
                let byte = text[position]
                switch byte {
                case 0x20, 0x09, 0x0C, 0x0D:
                    position += 1
                    while position < count, text[position] == 0x20 { position += 1 }
                case 0x0A:
                    position += 1
                    atLineStart = true
                    if depth == 0, lineHasToken {
                        result.tokens.append(PythonToken(kind: .newline, start: position - 1, end: position))
                        lineHasToken = false
                    }
                case UInt8(ascii: "#"):
                    let rest = UnsafeRawPointer(text.baseAddress! + position)
                    if let newline = memchr(rest, 0x0A, count - position) {
                        position += rest.distance(to: UnsafeRawPointer(newline))
                    } else {
                        position = count
                    }
                case UInt8(ascii: "\\"):
                    // A line continuation joins the next line; anything else after it is an error
                    // the grammar reports.
                    var next = position + 1
                    if next < count, text[next] == 0x0D { next += 1 }
                    if next < count, text[next] == 0x0A {
                        position = next + 1
                    } else {
                        append(.op, position, position + 1, into: &result)
                        position += 1
                    }
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    let start = position
                    string(quote: byte)
                    append(.string, start, position, into: &result)
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    let start = position
                    number()
                    append(.number, start, position, into: &result)
                case UInt8(ascii: "."):
                    if position + 1 < count, isDigit(text[position + 1]) {
                        let start = position
                        number()
                        append(.number, start, position, into: &result)
                    } else {
                        let length = position + 2 < count && text[position + 1] == 0x2E && text[position + 2] == 0x2E ? 3 : 1
                        append(.op, position, position + length, into: &result)
                        position += length
                    }
                default:
                    if isNameStart(byte) {
                        let start = position
                        while position < count, isNameContinuation(text[position]) { position += 1 }
                        // A string prefix (r, b, f, u and their pairs) right before a quote.
                        if position < count, text[position] == 0x22 || text[position] == 0x27, position - start <= 2,
                           (start..<position).allSatisfy({ Self.isStringPrefix(text[$0]) }) {
                            string(quote: text[position])
                            append(.string, start, position, into: &result)
                        } else {
                            append(.name, start, position, into: &result)
                        }
                    } else {
                        let length = operatorLength(at: position)
                        switch byte {
                        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
                        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): depth = max(0, depth - 1)
                        default: break
                        }
                        append(.op, position, position + length, into: &result)
                        position += length
                    }
                }
            }
            if lineHasToken {
                result.tokens.append(PythonToken(kind: .newline, start: count, end: count))
            }
            for _ in levels.dropFirst() {
                result.tokens.append(PythonToken(kind: .dedent, start: count, end: count))
            }
            result.tokens.append(PythonToken(kind: .endOfFile, start: count, end: count))
        }

        private mutating func append(_ kind: PythonToken.Kind, _ start: Int, _ end: Int, into result: inout PythonTokenizer) {
            lineHasToken = true
            result.tokens.append(PythonToken(kind: kind, start: start, end: end))
        }

        /// Measures the indentation of a line that starts a logical line and emits INDENT or
        /// DEDENT tokens. Returns true when the line is blank or only a comment (it is skipped).
        private mutating func indentation(into result: inout PythonTokenizer) -> Bool {
            var column = 0
            var alternate = 0
            let start = position
            while position < text.count {
                switch text[position] {
                case 0x20:
                    column += 1
                    alternate += 1
                case 0x09:
                    column = (column / 8 + 1) * 8
                    alternate += 1
                case 0x0C:
                    column = 0
                    alternate = 0
                default:
                    break
                }
                guard text[position] == 0x20 || text[position] == 0x09 || text[position] == 0x0C else { break }
                position += 1
            }
            if position >= text.count { return true }
            switch text[position] {
            case 0x0A, UInt8(ascii: "#"):
                return true
            case 0x0D where position + 1 < text.count && text[position + 1] == 0x0A:
                return true
            case UInt8(ascii: "\\"):
                // A line that is only a continuation adds nothing by itself.
                var next = position + 1
                if next < text.count, text[next] == 0x0D { next += 1 }
                if next < text.count, text[next] == 0x0A { return false }
            default:
                break
            }
            let at = position
            if column == levels.last! {
                if alternate != alternateLevels.last! { result.errors.append(.init(message: Self.tabError, offset: at)) }
            } else if column > levels.last! {
                if alternate <= alternateLevels.last! { result.errors.append(.init(message: Self.tabError, offset: at)) }
                levels.append(column)
                alternateLevels.append(alternate)
                result.tokens.append(PythonToken(kind: .indent, start: start, end: at))
            } else {
                var kept = levels.count
                while kept > 1, column < levels[kept - 1] { kept -= 1 }
                if column != levels[kept - 1] {
                    // Python stops here. Going on as if the line were the innermost block it left,
                    // at its own indentation, keeps the rest of the file's verdict independent of
                    // this mistake.
                    result.errors.append(.init(message: "unindent does not match any outer indentation level", offset: at))
                    kept += 1
                    levels[kept - 1] = column
                    alternateLevels[kept - 1] = alternate
                } else if alternate != alternateLevels[kept - 1] {
                    result.errors.append(.init(message: Self.tabError, offset: at))
                }
                for _ in kept..<levels.count {
                    result.tokens.append(PythonToken(kind: .dedent, start: at, end: at))
                }
                levels.removeLast(levels.count - kept)
                alternateLevels.removeLast(alternateLevels.count - kept)
            }
            return false
        }

        static let tabError = "inconsistent use of tabs and spaces in indentation"

        private static let statementKeywords: [[UInt8]] = [
            "def", "class", "return", "import", "raise", "try", "except", "finally", "while", "with", "pass", "break",
            "continue", "global", "nonlocal", "del", "assert", "elif",
        ].map { Array($0.utf8) }

        /// Whether the line from `start` begins with a keyword that cannot stand inside brackets.
        private func startsStatementOnly(at start: Int) -> Bool {
            var index = start
            while index < text.count, text[index] == 0x20 || text[index] == 0x09 { index += 1 }
            var end = index
            while end < text.count, isNameContinuation(text[end]) { end += 1 }
            guard end > index, end - index <= 8 else { return false }
            let word = text[index..<end]
            return Self.statementKeywords.contains { $0.elementsEqual(word) }
        }

        /// Moves past a string literal whose opening quote is at `position`.
        private mutating func string(quote: UInt8) {
            let count = text.count
            if position + 2 < count, text[position + 1] == quote, text[position + 2] == quote {
                // A local index: docstrings are a good part of Python's bytes.
                var index = position + 3
                while index < count {
                    let byte = text[index]
                    if byte == 0x5C {
                        index += 2
                    } else if byte == quote, index + 2 < count, text[index + 1] == quote, text[index + 2] == quote {
                        position = index + 3
                        return
                    } else {
                        index += 1
                    }
                }
                position = count
                return
            }
            position += 1
            while position < count {
                let byte = text[position]
                if byte == 0x5C {
                    // An escaped line break continues the string on the next line.
                    position += position + 2 < count && text[position + 1] == 0x0D && text[position + 2] == 0x0A ? 3 : 2
                } else if byte == quote {
                    position += 1
                    return
                } else if byte == 0x0A {
                    // Unterminated: the grammar reports it; the line break still ends the line.
                    return
                } else {
                    position += 1
                }
            }
            position = min(position, count)
        }

        private mutating func number() {
            let count = text.count
            let hex = position + 1 < count && text[position] == 0x30 && (text[position + 1] | 0x20) == UInt8(ascii: "x")
            var previous: UInt8 = 0
            while position < count {
                let byte = text[position]
                // The sign of an exponent (1e-5) belongs to the number; in hex, `e` is a digit.
                let isSign = !hex && (byte == 0x2B || byte == 0x2D) && (previous | 0x20) == UInt8(ascii: "e")
                guard isNameContinuation(byte) || byte == 0x2E || isSign else { break }
                previous = byte
                position += 1
            }
        }

        private func operatorLength(at index: Int) -> Int {
            let count = text.count
            let first = text[index]
            guard index + 1 < count else { return 1 }
            let second = text[index + 1]
            // Three-byte operators: **=, //=, >>=, <<=, ...
            if index + 2 < count, text[index + 2] == UInt8(ascii: "="), first == second,
               [UInt8(ascii: "*"), UInt8(ascii: "/"), UInt8(ascii: ">"), UInt8(ascii: "<")].contains(first) {
                return 3
            }
            switch (first, second) {
            case (_, UInt8(ascii: "=")) where Self.assignableOperators.contains(first): return 2
            case (UInt8(ascii: "-"), UInt8(ascii: ">")), (UInt8(ascii: "*"), UInt8(ascii: "*")), (UInt8(ascii: "/"), UInt8(ascii: "/")),
                 (UInt8(ascii: "<"), UInt8(ascii: "<")), (UInt8(ascii: ">"), UInt8(ascii: ">")), (UInt8(ascii: "<"), UInt8(ascii: ">")):
                return 2
            default: return 1
            }
        }

        /// Operators that take `=` after them as one token: `+=`, `==`, `<=`, `:=`, `!=`, ...
        private static let assignableOperators: Set<UInt8> = Set("+-*/%@&|^<>=!:".utf8)

        private static func isStringPrefix(_ byte: UInt8) -> Bool {
            switch byte | 0x20 {
            case UInt8(ascii: "r"), UInt8(ascii: "b"), UInt8(ascii: "u"), UInt8(ascii: "f"): true
            default: false
            }
        }

        private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

        private func isNameStart(_ byte: UInt8) -> Bool {
            (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte == 0x5F || byte >= 0x80
        }

        private func isNameContinuation(_ byte: UInt8) -> Bool { isNameStart(byte) || isDigit(byte) }
    }
}
