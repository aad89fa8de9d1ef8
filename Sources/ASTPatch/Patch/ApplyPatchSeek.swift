/// Finds a chunk's lines in a file as codex's `apply_patch` does (its `seek_sequence`).
///
/// Lines are compared without their line breaks (so a CRLF file matches a patch written with LF). The
/// whole search range is tried at each level before the next, looser one: exact, then ignoring
/// trailing whitespace, then ignoring whitespace at both ends, then also reading typographic dashes,
/// quotes and spaces as their ASCII forms. The first match from the start of the range wins.
enum ApplyPatchSeek {
    enum Level: CaseIterable {
        case exact, trailingWhitespace, surroundingWhitespace, punctuation
    }

    /// The first line of the first match at or after `start`; with `atEnd`, only a match that ends at
    /// the file's last line counts (codex then ignores `start`). An empty pattern matches at `start`.
    static func seek(_ pattern: [ArraySlice<UInt8>], in lines: [ArraySlice<UInt8>], from start: Int,
                     atEnd: Bool) -> Int? {
        if pattern.isEmpty { return start }
        guard pattern.count <= lines.count else { return nil }
        let last = lines.count - pattern.count
        let first = atEnd ? last : start
        guard first <= last else { return nil }
        for level in Level.allCases {
            let wanted = pattern.map { normalised($0, level) }
            let candidates = lines[first..<(last + pattern.count)].map { normalised($0, level) }
            for position in 0...(last - first) {
                if wanted.indices.allSatisfy({ candidates[position + $0] == wanted[$0] }) {
                    return first + position
                }
            }
        }
        return nil
    }

    static func normalised(_ line: ArraySlice<UInt8>, _ level: Level) -> ArraySlice<UInt8> {
        switch level {
        case .exact: line
        case .trailingWhitespace: UnicodeWhitespace.trimmingEnd(line)
        case .surroundingWhitespace: UnicodeWhitespace.trimming(line)
        case .punctuation: asciiPunctuation(UnicodeWhitespace.trimming(line))[...]
        }
    }

    /// The line with the typographic characters codex folds written as ASCII: dashes and the minus
    /// sign as `-`, curly single and double quotes as `'` and `"`, and odd spaces as a space.
    static func asciiPunctuation(_ line: ArraySlice<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(line.count)
        var position = line.startIndex
        while position < line.endIndex {
            let byte = line[position]
            if byte == 0xC2, position + 1 < line.endIndex, line[position + 1] == 0xA0 {
                result.append(UInt8(ascii: " "))
                position += 2
                continue
            }
            if (0xE2...0xE3).contains(byte), position + 2 < line.endIndex,
               let ascii = asciiForm(byte, line[position + 1], line[position + 2]) {
                result.append(ascii)
                position += 3
                continue
            }
            result.append(byte)
            position += 1
        }
        return result
    }

    private static func asciiForm(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> UInt8? {
        switch (first, second, third) {
        case (0xE2, 0x80, 0x90...0x95), (0xE2, 0x88, 0x92):
            return UInt8(ascii: "-")  // U+2010–U+2015, U+2212
        case (0xE2, 0x80, 0x98...0x9B):
            return UInt8(ascii: "'")  // U+2018–U+201B
        case (0xE2, 0x80, 0x9C...0x9F):
            return UInt8(ascii: "\"")  // U+201C–U+201F
        case (0xE2, 0x80, 0x82...0x8A), (0xE2, 0x80, 0xAF), (0xE2, 0x81, 0x9F), (0xE3, 0x80, 0x80):
            return UInt8(ascii: " ")  // U+2002–U+200A, U+202F, U+205F, U+3000
        default:
            return nil
        }
    }
}
