/// The kinds of edit mistakes the benchmark seeds, each made the way a hurried edit makes it.
enum MistakeKind: String, CaseIterable, Sendable {
    case deleteCloser = "delete-closer"
    case extraCloser = "extra-closer"
    case deleteLine = "delete-line"
    case duplicateLine = "duplicate-line"
    case truncateBlock = "truncate-block"
    case dropPunctuation = "drop-punctuation"
    case unbalancedQuote = "unbalanced-quote"
    case strayToken = "stray-token"
    case deleteHeader = "delete-header"
    case wrongIndent = "wrong-indent"
    /// Code replaced by a comment that stands for it (`# ... existing code ...`): always refused.
    case placeholder = "placeholder"
    /// A comment, placeholder-like or not, inserted without removing anything: a near miss.
    case insertComment = "insert-comment"
}

/// One seeded mistake: the file's new bytes and what was done.
struct Mistake: Sendable {
    var kind: MistakeKind
    var note: String
    var newBytes: [UInt8]
    /// For placeholders: the 1-based original lines replaced, and whether any held code.
    var replacedLines: ClosedRange<Int>?
    var replacedCode = false
    var placeholderText: [UInt8] = []
    /// Where the placeholder comment begins in the new bytes.
    var placeholderOffset = 0
}

/// What the mistake maker needs to know about a language.
struct LanguageProfile: Sendable {
    var name: String
    var lineComment: String
    var blockComment: (open: String, close: String)?
    var punctuation: [UInt8]
    var quotes: [UInt8]
    var strayTokens: [String]
    var bracesDelimitBlocks: Bool

    static func named(_ name: String) -> LanguageProfile? {
        switch name {
        case "python":
            return LanguageProfile(
                name: name, lineComment: "#", blockComment: nil, punctuation: Array(":,.".utf8), quotes: Array("\"'".utf8),
                strayTokens: [")", "]", "}", "(", "[", ":", "=", ",", ".", "return", "if", "else", "def", "import", "in", "not",
                              "is", "lambda", "@", "*", "+", "x", "1", "\"s\"", "pass", "async", "await", "yield", "->", "**",
                              "print", "from", "class", "global", "del", "assert", "with", "for", "while", "try", "except"],
                bracesDelimitBlocks: false)
        case "javascript":
            return LanguageProfile(
                name: name, lineComment: "//", blockComment: ("/*", "*/"), punctuation: Array(";,:.".utf8), quotes: Array("\"'`".utf8),
                strayTokens: [")", "]", "}", "(", "[", "{", ":", "=", ",", ".", ";", "return", "if", "else", "function", "const",
                              "let", "var", "=>", "?", "x", "1", "'s'", "new", "in", "of", "await", "async", "class", "@", "#",
                              "!", "+", "++", "...", "yield", "this", "import", "export", "default", "case", "break"],
                bracesDelimitBlocks: true)
        case "swift":
            return LanguageProfile(
                name: name, lineComment: "//", blockComment: ("/*", "*/"), punctuation: Array(":,.".utf8), quotes: Array("\"".utf8),
                strayTokens: [")", "]", "}", "(", "[", "{", ":", "=", ",", ".", "return", "if", "else", "func", "let", "var",
                              "guard", "->", "?", "!", "@", "#", "try", "throws", "in", "x", "1", "\"s\"", "case", "struct",
                              "import", "&&", "...", "\\", "inout", "static", "some", "await", "switch", "defer"],
                bracesDelimitBlocks: true)
        case "json":
            return LanguageProfile(
                name: name, lineComment: "//", blockComment: ("/*", "*/"), punctuation: Array(",:".utf8), quotes: Array("\"".utf8),
                strayTokens: [",", ":", "}", "]", "{", "[", "\"x\"", "1", "true", "null", "x", "-", "'s'", "0x1", ".5"],
                bracesDelimitBlocks: true)
        case "yaml":
            return LanguageProfile(
                name: name, lineComment: "#", blockComment: nil, punctuation: Array(":-,".utf8), quotes: Array("\"'".utf8),
                strayTokens: [":", "-", ",", "[", "]", "{", "}", "&a", "*a", "!", "|", ">", "?", "x", "\"q", "'", "@", "%",
                              "`", "key: value", "- item", "*undefined", "!!int"],
                bracesDelimitBlocks: false)
        case "toml":
            return LanguageProfile(
                name: name, lineComment: "#", blockComment: nil, punctuation: Array("=,.".utf8), quotes: Array("\"'".utf8),
                strayTokens: ["=", "[", "]", "{", "}", ",", ".", "x", "1", "\"s\"", "true", "key = 1", "[table]", "[[items]]",
                              "01", "1979-05-27", "inf", "+", "_"],
                bracesDelimitBlocks: false)
        default:
            return nil
        }
    }

    static let placeholderPhrases = [
        "... existing code ...", "... rest of the function ...", "...existing code...", "... rest of the code unchanged ...",
        "... remaining cases ...", "... (same as before) ...", "... previous implementation ...", "... omitted for brevity ...",
        "… unchanged …", "... rest of file remains the same ...", "... other methods unchanged ...", "... keep existing ...",
    ]
    static let ordinaryComments = [
        "TODO: handle the empty case", "see the note above", "... and so on for the other cases", "NOTE: keep in sync",
        "... existing code ...", "... the rest happens in the caller", "fast path",
    ]
}

/// A small deterministic generator (SplitMix64), so that a seed reproduces the benchmark.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Seeds mistakes of each kind into one file.
struct MistakeMaker {
    let profile: LanguageProfile
    let bytes: [UInt8]
    /// Lines with their line breaks; their concatenation is `bytes`.
    let lines: [[UInt8]]
    let unit: Int

    init(profile: LanguageProfile, bytes: [UInt8]) {
        self.profile = profile
        self.bytes = bytes
        var lines: [[UInt8]] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            lines.append(Array(bytes[start...index]))
            start = index + 1
        }
        if start < bytes.count { lines.append(Array(bytes[start...])) }
        self.lines = lines
        let indents = lines.filter { !Self.isBlank($0) }.map(Self.indentWidth).filter { $0 > 0 }
        self.unit = min(indents.min() ?? 4, 8)
    }

    func make(_ kind: MistakeKind, using rng: inout SeededGenerator) -> Mistake? {
        switch kind {
        case .deleteCloser: return replacingByte(kind, among: Array(")]}".utf8), with: [], using: &rng)
        case .extraCloser:
            guard let (offset, byte) = randomOccurrence(of: Array(")]}".utf8), using: &rng) else { return nil }
            return Mistake(kind: kind, note: "extra `\(Character(Unicode.Scalar(byte)))` at byte \(offset)",
                           newBytes: Array(bytes[..<offset]) + [byte] + Array(bytes[offset...]))
        case .deleteLine:
            guard let line = randomLine(using: &rng, where: { !Self.isBlank($0) }) else { return nil }
            return lineEdit(kind, "line \(line + 1) deleted", replacing: line...line, with: [])
        case .duplicateLine:
            guard let line = randomLine(using: &rng, where: { !Self.isBlank($0) }) else { return nil }
            return lineEdit(kind, "line \(line + 1) duplicated", replacing: line...line, with: [withBreak(lines[line]), lines[line]])
        case .truncateBlock: return truncatedBlock(using: &rng)
        case .dropPunctuation: return replacingByte(kind, among: profile.punctuation, with: [], using: &rng)
        case .unbalancedQuote:
            if Bool.random(using: &rng) { return replacingByte(kind, among: profile.quotes, with: [], using: &rng) }
            guard let line = randomLine(using: &rng, where: { !Self.isBlank($0) }) else { return nil }
            let quote = profile.quotes.randomElement(using: &rng)!
            let content = contentRange(of: line)
            let offset = lineStart(line) + Int.random(in: content, using: &rng)
            return Mistake(kind: kind, note: "stray `\(Character(Unicode.Scalar(quote)))` inserted on line \(line + 1)",
                           newBytes: Array(bytes[..<offset]) + [quote] + Array(bytes[offset...]))
        case .strayToken: return strayToken(using: &rng)
        case .deleteHeader:
            guard let line = randomLine(using: &rng, where: isBlockHeader) else { return nil }
            return lineEdit(kind, "block header on line \(line + 1) deleted", replacing: line...line, with: [])
        case .wrongIndent: return wrongIndent(using: &rng)
        case .placeholder: return placeholder(using: &rng)
        case .insertComment:
            let line = Int.random(in: 0...lines.count, using: &rng)
            let next = (line..<lines.count).first { !Self.isBlank(lines[$0]) }
            let indent = next.map { Array(lines[$0].prefix(Self.indentWidth(lines[$0]))) } ?? []
            let text = LanguageProfile.ordinaryComments.randomElement(using: &rng)!
            let comment = indent + Array("\(profile.lineComment) \(text)\n".utf8)
            var newLines = lines
            if line > 0 { newLines[line - 1] = withBreak(newLines[line - 1]) }
            newLines.insert(comment, at: line)
            return Mistake(kind: .insertComment, note: "comment `\(text)` inserted before line \(line + 1)", newBytes: Array(newLines.joined()))
        }
    }

    // MARK: Kinds

    private func truncatedBlock(using rng: inout SeededGenerator) -> Mistake? {
        guard let line = randomLine(using: &rng, where: { !Self.isBlank($0) && Self.indentWidth($0) > 0 }) else { return nil }
        var last = blockEnd(from: line)
        if profile.bracesDelimitBlocks, Bool.random(using: &rng), last + 1 < lines.count,
           let first = lines[last + 1].first(where: { $0 != 0x20 && $0 != 0x09 }), Array("}])".utf8).contains(first) {
            last += 1
        }
        var replacement: [[UInt8]] = []
        var note = "lines \(line + 1)–\(last + 1) cut off"
        if Bool.random(using: &rng) {
            let content = contentRange(of: line)
            let cut = Int.random(in: content.lowerBound...max(content.lowerBound, content.upperBound - 1), using: &rng)
            if cut > content.lowerBound {
                replacement = [Array(lines[line][..<cut]) + [0x0A]]
                note = "line \(line + 1) cut at column \(cut + 1), lines \(line + 2)–\(last + 1) cut off"
            }
        }
        return lineEdit(.truncateBlock, note, replacing: line...last, with: replacement)
    }

    private func strayToken(using rng: inout SeededGenerator) -> Mistake? {
        guard let line = randomLine(using: &rng, where: { !Self.isBlank($0) }) else { return nil }
        let content = contentRange(of: line)
        let text = lines[line]
        let boundaries = content.filter { $0 == content.lowerBound || $0 == content.upperBound || text[$0 - 1] == 0x20 || text[$0] == 0x20 }
        let position = boundaries.randomElement(using: &rng) ?? content.lowerBound
        let token = profile.strayTokens.randomElement(using: &rng)!
        let inserted = position == content.lowerBound ? Array("\(token) ".utf8) : Array(" \(token)".utf8)
        let offset = lineStart(line) + position
        return Mistake(kind: .strayToken, note: "`\(token)` inserted on line \(line + 1)",
                       newBytes: Array(bytes[..<offset]) + inserted + Array(bytes[offset...]))
    }

    private func wrongIndent(using rng: inout SeededGenerator) -> Mistake? {
        guard let line = randomLine(using: &rng, where: { !Self.isBlank($0) }) else { return nil }
        let text = lines[line]
        let width = Self.indentWidth(text)
        let rest = Array(text[width...])
        let indent = Array(text[..<width])
        var options: [(String, [UInt8])] = [("indented one level more", indent + Array(repeating: 0x20, count: unit) + rest),
                                            ("indented one space more", indent + [0x20] + rest)]
        if width >= unit { options.append(("indented one level less", Array(indent.dropLast(unit)) + rest)) }
        if width >= 1 { options.append(("indented one space less", Array(indent.dropLast()) + rest)) }
        if width >= unit, indent.allSatisfy({ $0 == 0x20 }) {
            options.append(("first level indented with a tab", [0x09] + Array(indent.dropFirst(unit)) + rest))
        }
        let (what, newLine) = options.randomElement(using: &rng)!
        return lineEdit(.wrongIndent, "line \(line + 1) \(what)", replacing: line...line, with: [newLine])
    }

    private func placeholder(using rng: inout SeededGenerator) -> Mistake? {
        guard let line = randomLine(using: &rng, where: { !Self.isBlank($0) && !isComment($0) }) else { return nil }
        let last = min(line + Int.random(in: 0...5, using: &rng), blockEnd(from: line))
        let phrase = LanguageProfile.placeholderPhrases.randomElement(using: &rng)!
        let indent = Array(lines[line].prefix(Self.indentWidth(lines[line])))
        let comment: String
        if let block = profile.blockComment, Int.random(in: 0..<4, using: &rng) == 0 {
            comment = "\(block.open) \(phrase) \(block.close)"
        } else {
            comment = "\(profile.lineComment) \(phrase)"
        }
        let text = indent + Array(comment.utf8)
        var mistake = lineEdit(.placeholder, "lines \(line + 1)–\(last + 1) replaced by `\(comment)`", replacing: line...last, with: [text + [0x0A]])
        mistake.replacedLines = (line + 1)...(last + 1)
        mistake.replacedCode = (line...last).contains { !Self.isBlank(lines[$0]) && !isComment(lines[$0]) }
        mistake.placeholderText = Array(comment.utf8)
        mistake.placeholderOffset = lineStart(line) + indent.count
        return mistake
    }

    // MARK: Helpers

    private func replacingByte(_ kind: MistakeKind, among candidates: [UInt8], with replacement: [UInt8],
                               using rng: inout SeededGenerator) -> Mistake? {
        guard let (offset, byte) = randomOccurrence(of: candidates, using: &rng) else { return nil }
        return Mistake(kind: kind, note: "`\(Character(Unicode.Scalar(byte)))` at byte \(offset) deleted",
                       newBytes: Array(bytes[..<offset]) + replacement + Array(bytes[(offset + 1)...]))
    }

    private func randomOccurrence(of candidates: [UInt8], using rng: inout SeededGenerator) -> (Int, UInt8)? {
        let offsets = bytes.indices.filter { candidates.contains(bytes[$0]) }
        guard let offset = offsets.randomElement(using: &rng) else { return nil }
        return (offset, bytes[offset])
    }

    private func randomLine(using rng: inout SeededGenerator, where predicate: ([UInt8]) -> Bool) -> Int? {
        lines.indices.filter { predicate(lines[$0]) }.randomElement(using: &rng)
    }

    /// The edit replacing whole lines; a final line without a line break keeps lacking one.
    private func lineEdit(_ kind: MistakeKind, _ note: String, replacing range: ClosedRange<Int>, with replacement: [[UInt8]]) -> Mistake {
        var newLines = Array(lines[..<range.lowerBound])
        var inserted = replacement
        let lastHadBreak = lines[range.upperBound].last == 0x0A
        if !lastHadBreak, let final = inserted.last, final.last == 0x0A {
            inserted[inserted.count - 1] = Array(final.dropLast())
        }
        if lastHadBreak, let final = inserted.last, final.last != 0x0A {
            inserted[inserted.count - 1] = final + [0x0A]
        }
        newLines += inserted
        newLines += lines[(range.upperBound + 1)...]
        if !lastHadBreak, inserted.isEmpty, !newLines.isEmpty, range.upperBound + 1 >= lines.count {
            // The file now ends at the line before: drop its break to keep "no final newline".
            newLines[newLines.count - 1] = Array(newLines[newLines.count - 1].dropLast())
        }
        return Mistake(kind: kind, note: note, newBytes: Array(newLines.joined()))
    }

    private func lineStart(_ line: Int) -> Int { lines[..<line].reduce(0) { $0 + $1.count } }

    /// Column range of a line's text after its indentation, before its line break.
    private func contentRange(of line: Int) -> ClosedRange<Int> {
        let text = lines[line]
        var end = text.count
        if end > 0, text[end - 1] == 0x0A { end -= 1 }
        if end > 0, text[end - 1] == 0x0D { end -= 1 }
        return min(Self.indentWidth(text), end)...end
    }

    /// The last line of the block a line belongs to: the lines after it up to the first line indented less.
    private func blockEnd(from line: Int) -> Int {
        let width = Self.indentWidth(lines[line])
        var last = line
        var index = line + 1
        while index < lines.count {
            if !Self.isBlank(lines[index]) {
                if Self.indentWidth(lines[index]) < width { break }
                last = index
            }
            index += 1
        }
        return last
    }

    private func trimmed(_ line: [UInt8]) -> [UInt8] {
        var text = line[...]
        while let last = text.last, [0x20, 0x09, 0x0A, 0x0D].contains(last) { text = text.dropLast() }
        while let first = text.first, [0x20, 0x09].contains(first) { text = text.dropFirst() }
        return Array(text)
    }

    private func isComment(_ line: [UInt8]) -> Bool {
        let text = trimmed(line)
        return text.starts(with: Array(profile.lineComment.utf8)) || (profile.blockComment.map { text.starts(with: Array($0.open.utf8)) || text.starts(with: [0x2A]) } ?? false)
    }

    private func isBlockHeader(_ line: [UInt8]) -> Bool {
        let text = trimmed(line)
        guard let last = text.last, !isComment(line) else { return false }
        switch profile.name {
        case "python": return last == UInt8(ascii: ":")
        case "yaml": return last == UInt8(ascii: ":")
        case "toml": return text.first == UInt8(ascii: "[")
        case "json": return last == UInt8(ascii: "{") || last == UInt8(ascii: "[")
        default: return last == UInt8(ascii: "{")
        }
    }

    private func withBreak(_ line: [UInt8]) -> [UInt8] { line.last == 0x0A ? line : line + [0x0A] }

    static func isBlank(_ line: [UInt8]) -> Bool { line.allSatisfy { [0x20, 0x09, 0x0A, 0x0D].contains($0) } }

    static func indentWidth(_ line: [UInt8]) -> Int { line.prefix { $0 == 0x20 || $0 == 0x09 }.count }
}
