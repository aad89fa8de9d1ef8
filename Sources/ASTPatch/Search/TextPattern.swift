#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a text search looks for: a POSIX extended regular expression, read as `grep -E` reads
/// it, or a fixed string.
///
/// Agents write Perl-style expressions, so the common Perl forms are read too: `\d` `\D` (and
/// `\w` `\s` `\b` …, which POSIX regex already knows), escapes inside brackets (`[\w.-]`),
/// `\t`, `(?:…)` groups, a leading `(?i)`, and lazy quantifiers (`*?`), which match the same
/// lines as greedy ones. Matching is on bytes: case folding covers ASCII letters only.
public struct TextPattern: Sendable, Equatable {
    public let pattern: String
    public let isFixedString: Bool
    public let ignoresCase: Bool
    /// The pattern as handed to `regcomp`, or the bytes to find when it is a plain literal.
    let compiled: Compiled

    enum Compiled: Sendable, Equatable {
        case literal([UInt8])
        case regex(String, ignoreCase: Bool)
    }

    public init(_ pattern: String, fixedStrings: Bool = false, ignoreCase: Bool = false) throws(SearchError) {
        self.pattern = pattern
        self.isFixedString = fixedStrings
        if fixedStrings {
            ignoresCase = ignoreCase
            compiled = ignoreCase ? .regex(TextPattern.escaped(pattern), ignoreCase: true) : .literal(Array(pattern.utf8))
        } else {
            var source = pattern
            var foldCase = ignoreCase
            if source.hasPrefix("(?i)") {
                source.removeFirst(4)
                foldCase = true
            }
            ignoresCase = foldCase
            let translated = try TextPattern.translate(source)
            if !foldCase, let literal = TextPattern.literal(translated) {
                compiled = .literal(literal)
            } else {
                compiled = .regex(translated, ignoreCase: foldCase)
            }
        }
        // Compile once here so that a bad expression is reported before any file is read.
        _ = try TextMatcher(self)
    }

    /// The regular expression that matches `text` literally.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\.[]()*+?{}|^$".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// The bytes of a pattern that holds no operator (escaped punctuation counts as literal).
    static func literal(_ regex: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        var iterator = regex.utf8.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "\\"):
                guard let next = iterator.next(), !isAlphanumeric(next), next < 0x80 else { return nil }
                bytes.append(next)
            case UInt8(ascii: "."), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "("), UInt8(ascii: ")"),
                 UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "?"), UInt8(ascii: "{"), UInt8(ascii: "}"),
                 UInt8(ascii: "|"), UInt8(ascii: "^"), UInt8(ascii: "$"):
                return nil
            default:
                bytes.append(byte)
            }
        }
        return bytes
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// Rewrites the Perl forms POSIX regex lacks into POSIX ones.
    static func translate(_ pattern: String) throws(SearchError) -> String {
        let characters = Array(pattern)
        var result = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "\\":
                guard index + 1 < characters.count else {
                    throw SearchError.invalidPattern(pattern, reason: "it ends with a lone backslash")
                }
                let next = characters[index + 1]
                switch next {
                case "d": result += "[0-9]"
                case "D": result += "[^0-9]"
                case "t": result += "\t"
                default: result += "\\" + String(next)
                }
                index += 2
            case "[":
                let (bracket, end) = translateBracket(characters, from: index)
                result += bracket
                index = end
            case "(" where characters[index...].starts(with: ["(", "?", ":"]):
                result += "("
                index += 3
            case "*", "+", "?", "}":
                result.append(character)
                index += 1
                // A lazy quantifier matches the same lines as a greedy one.
                if index < characters.count, characters[index] == "?" { index += 1 }
            default:
                result.append(character)
                index += 1
            }
        }
        return result
    }

    /// A bracket expression with its backslash escapes made POSIX: `[\w.\-]` → `[[:alnum:]_.-]`.
    private static func translateBracket(_ characters: [Character], from start: Int) -> (String, Int) {
        var index = start + 1
        var negated = false
        if index < characters.count, characters[index] == "^" {
            negated = true
            index += 1
        }
        var items = ""
        var closing = false
        var dash = false
        var first = true
        while index < characters.count {
            let character = characters[index]
            if character == "]" && !first { break }
            first = false
            if character == "[", index + 1 < characters.count, [":", ".", "="].contains(characters[index + 1]) {
                // A POSIX class such as [:alpha:] is copied whole.
                let kind = characters[index + 1]
                var end = index + 2
                while end + 1 < characters.count, !(characters[end] == kind && characters[end + 1] == "]") { end += 1 }
                items += String(characters[index...min(end + 1, characters.count - 1)])
                index = end + 2
                continue
            }
            if character == "\\", index + 1 < characters.count {
                let next = characters[index + 1]
                switch next {
                case "d": items += "0-9"
                case "w": items += "[:alnum:]_"
                case "s": items += "[:space:]"
                case "t": items += "\t"
                case "]": closing = true
                case "-": dash = true
                default: items.append(next)
                }
                index += 2
                continue
            }
            if character == "]" { closing = true } else { items.append(character) }
            index += 1
        }
        guard index < characters.count else {
            // No closing bracket: leave it to regcomp to refuse.
            return (String(characters[start...]), characters.count)
        }
        var bracket = "["
        if negated { bracket += "^" }
        if closing { bracket += "]" }
        bracket += items
        if dash { bracket += "-" }
        bracket += "]"
        return (bracket, index + 1)
    }
}

/// Why a search could not run.
public enum SearchError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidPattern(String, reason: String)
    case invalidQuery(language: String, reason: String)
    case queryWithoutMatchCapture
    /// The query compiles for none of the languages of the files searched.
    case queryFitsNoLanguage(String)

    public var description: String {
        switch self {
        case let .invalidPattern(pattern, reason):
            return "invalid regular expression `\(pattern)`: \(reason) (use --fixed-strings for a literal search)"
        case let .invalidQuery(language, reason):
            return "the query is not valid for \(language): \(reason)"
        case .queryWithoutMatchCapture:
            return "the query needs a @match capture on the nodes to report, e.g. (function_definition) @match"
        case let .queryFitsNoLanguage(reason):
            return "the query fits none of the files' languages (\(reason)); name the language with --language"
        }
    }
}

/// A compiled pattern for one thread: glibc serialises `regexec` calls on one `regex_t`.
final class TextMatcher {
    private let literal: [UInt8]?
    /// The needle's byte least likely to occur in source text, which `memchr` looks for first.
    private let rareIndex: Int
    private let regex: UnsafeMutablePointer<regex_t>?

    init(_ pattern: TextPattern) throws(SearchError) {
        switch pattern.compiled {
        case .literal(let bytes):
            literal = bytes
            rareIndex = TextMatcher.rarestByteIndex(bytes)
            regex = nil
        case let .regex(source, ignoreCase):
            literal = nil
            rareIndex = 0
            let compiled = UnsafeMutablePointer<regex_t>.allocate(capacity: 1)
            let flags = REG_EXTENDED | REG_NEWLINE | (ignoreCase ? REG_ICASE : 0)
            let status = regcomp(compiled, source, flags)
            guard status == 0 else {
                var message = [CChar](repeating: 0, count: 256)
                regerror(status, compiled, &message, message.count)
                compiled.deallocate()
                let reason = String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                throw SearchError.invalidPattern(pattern.pattern, reason: reason.lowercased())
            }
            regex = compiled
        }
    }

    deinit {
        if let regex {
            regfree(regex)
            regex.deallocate()
        }
    }

    /// The first match in `buffer` starting at or after `offset`.
    func firstMatch(in buffer: UnsafeBufferPointer<UInt8>, from offset: Int) -> Range<Int>? {
        guard offset <= buffer.count, let base = buffer.baseAddress else { return nil }
        if let literal {
            if literal.isEmpty { return offset..<offset }
            return literal.withUnsafeBufferPointer { needle in
                TextMatcher.find(needle, rareByteAt: rareIndex, in: buffer, from: offset)
            }
        }
        var match = [regmatch_t(rm_so: regoff_t(offset), rm_eo: regoff_t(buffer.count))]
        let status = base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { text in
            regexec(regex!, text, 1, &match, REG_STARTEND)
        }
        guard status == 0 else { return nil }
        return Int(match[0].rm_so)..<Int(match[0].rm_eo)
    }

    /// Finds `needle` by its rare byte with `memchr`, then compares the whole needle.
    private static func find(_ needle: UnsafeBufferPointer<UInt8>, rareByteAt rare: Int, in buffer: UnsafeBufferPointer<UInt8>,
                             from offset: Int) -> Range<Int>? {
        let base = buffer.baseAddress!
        let rareByte = Int32(needle[rare])
        var position = offset + rare
        while position < buffer.count {
            guard let hit = memchr(base + position, rareByte, buffer.count - position) else { return nil }
            let start = (UnsafeRawPointer(hit) - UnsafeRawPointer(base)) - rare
            if start + needle.count > buffer.count { return nil }
            if memcmp(base + start, needle.baseAddress!, needle.count) == 0 { return start..<(start + needle.count) }
            position = start + rare + 1
        }
        return nil
    }

    /// Ranks bytes by how often they occur in source code: spaces, lower-case letters and common
    /// punctuation are frequent; upper-case letters, digits and rarer symbols less so.
    static func rarestByteIndex(_ needle: [UInt8]) -> Int {
        func frequency(_ byte: UInt8) -> Int {
            switch byte {
            case 0x20, 0x0A, 0x09: return 100
            case UInt8(ascii: "e"), UInt8(ascii: "t"), UInt8(ascii: "a"), UInt8(ascii: "o"), UInt8(ascii: "i"),
                 UInt8(ascii: "n"), UInt8(ascii: "s"), UInt8(ascii: "r"): return 80
            case UInt8(ascii: "a")...UInt8(ascii: "z"): return 50
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"),
                 UInt8(ascii: "_"), UInt8(ascii: "="), UInt8(ascii: "\""): return 40
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): return 20
            case UInt8(ascii: "0")...UInt8(ascii: "9"): return 20
            case 0x80...: return 5
            default: return 15
            }
        }
        var best = 0
        for index in needle.indices where frequency(needle[index]) < frequency(needle[best]) { best = index }
        return best
    }
}
