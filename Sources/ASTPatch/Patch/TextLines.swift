/// A text cut into lines, each keeping its line break: the unit that line-based patch formats match on.
///
/// A line is its bytes up to and including `\n`; only the last line can lack one. An empty text has
/// no lines, and `"a\n"` has one: the line after a final break does not exist.
struct TextLines {
    let bytes: [UInt8]
    /// Where each line starts, plus `bytes.count` at the end, so line `i` is `starts[i]..<starts[i + 1]`.
    let starts: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        bytes.withUnsafeBufferPointer { buffer in
            for i in 0..<buffer.count where buffer[i] == 0x0A && i + 1 < buffer.count {
                starts.append(i + 1)
            }
        }
        if !bytes.isEmpty { starts.append(bytes.count) }
        self.starts = starts
    }

    var count: Int { starts.count - 1 }

    /// The byte range of a line, its break included; `index == count` gives the empty range at the end.
    func range(_ index: Int) -> Range<Int> {
        index == count ? bytes.count..<bytes.count : starts[index]..<starts[index + 1]
    }

    /// The byte range of lines `lines`, breaks included.
    func range(_ lines: Range<Int>) -> Range<Int> {
        range(lines.lowerBound).lowerBound..<range(lines.upperBound).lowerBound
    }

    /// A line with its break.
    func line(_ index: Int) -> ArraySlice<UInt8> {
        bytes[range(index)]
    }

    /// A line without its break, and without a `\r` at its end even where no `\n` follows.
    func content(_ index: Int) -> ArraySlice<UInt8> {
        var end = starts[index + 1]
        if end > starts[index] && bytes[end - 1] == 0x0A { end -= 1 }
        if end > starts[index] && bytes[end - 1] == 0x0D { end -= 1 }
        return bytes[starts[index]..<end]
    }

    /// Whether a line ends with `\n`; false only for a last line without a break.
    func isTerminated(_ index: Int) -> Bool {
        bytes[starts[index + 1] - 1] == 0x0A
    }

    /// The break to write for new lines: CRLF when at least as many lines end with CRLF as with a bare LF.
    var preferredLineBreak: [UInt8] {
        var crlf = 0
        var lf = 0
        for index in 0..<count where isTerminated(index) {
            let end = starts[index + 1] - 1
            if end > starts[index] && bytes[end - 1] == 0x0D { crlf += 1 } else { lf += 1 }
        }
        return crlf > 0 && crlf >= lf ? [0x0D, 0x0A] : [0x0A]
    }
}

/// Replacements given in the coordinates of the original text, sorted and not overlapping, that a
/// patch format computes; turned into the sequential ``ByteEdit``s of a ``FileChange`` and the new bytes.
struct OriginalTextEdits {
    private(set) var edits: [(range: Range<Int>, replacement: [UInt8])] = []

    /// Adds a replacement that starts at or after the end of the previous one; no-op replacements are dropped.
    mutating func append(range: Range<Int>, replacement: [UInt8]) {
        precondition(edits.last.map { $0.range.upperBound <= range.lowerBound } ?? true, "edits must be sorted")
        guard !(range.isEmpty && replacement.isEmpty) else { return }
        edits.append((range, replacement))
    }

    /// The edits as ``ByteEdit``s, each relative to the text the previous ones left.
    var sequential: [ByteEdit] {
        var delta = 0
        return edits.map { edit in
            let shifted = ByteEdit(range: (edit.range.lowerBound + delta)..<(edit.range.upperBound + delta),
                                   replacement: edit.replacement)
            delta += shifted.delta
            return shifted
        }
    }

    /// The original text with every edit made, built in one pass.
    func applied(to original: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(original.count + edits.reduce(0) { $0 + $1.replacement.count })
        var copied = 0
        for edit in edits {
            result.append(contentsOf: original[copied..<edit.range.lowerBound])
            result.append(contentsOf: edit.replacement)
            copied = edit.range.upperBound
        }
        result.append(contentsOf: original[copied...])
        return result
    }
}

/// Byte-level helpers for lines held apart from their text, and for showing them in messages.
enum LineText {
    /// A line without its `\n` or `\r\n`.
    static func withoutBreak(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var line = line
        if line.last == 0x0A { line = line.dropLast() }
        if line.last == 0x0D { line = line.dropLast() }
        return line
    }

    /// A line as a person reads it in a message: decoded leniently, without its break, and shortened.
    static func quoted<Bytes: Collection>(_ bytes: Bytes, limit: Int = 80) -> String where Bytes.Element == UInt8 {
        var text = String(decoding: bytes, as: UTF8.self)
        while let last = text.last, last == "\n" || last == "\r" || last == "\r\n" { text.removeLast() }
        if text.count > limit { text = String(text.prefix(limit)) + "…" }
        return "\"" + text + "\""
    }
}

/// Unicode-aware whitespace trimming over UTF-8 bytes, matching Rust's `str::trim` (White_Space).
enum UnicodeWhitespace {
    /// The length of the whitespace character that ends at `end` (exclusive), or 0.
    static func length(endingAt end: Int, in bytes: ArraySlice<UInt8>) -> Int {
        let available = end - bytes.startIndex
        for size in [1, 2, 3] where size <= available && isWhitespace(bytes[(end - size)..<end]) {
            return size
        }
        return 0
    }

    /// The length of the whitespace character that starts at `start`, or 0.
    static func length(startingAt start: Int, in bytes: ArraySlice<UInt8>) -> Int {
        let available = bytes.endIndex - start
        for size in [1, 2, 3] where size <= available && isWhitespace(bytes[start..<(start + size)]) {
            return size
        }
        return 0
    }

    static func trimmingEnd(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var end = bytes.endIndex
        while end > bytes.startIndex {
            let size = length(endingAt: end, in: bytes)
            if size == 0 { break }
            end -= size
        }
        return bytes[bytes.startIndex..<end]
    }

    static func trimming(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let tail = trimmingEnd(bytes)
        var start = tail.startIndex
        while start < tail.endIndex {
            let size = length(startingAt: start, in: tail)
            if size == 0 { break }
            start += size
        }
        return tail[start..<tail.endIndex]
    }

    /// Whether `character` is exactly one UTF-8 encoded White_Space character.
    private static func isWhitespace(_ character: ArraySlice<UInt8>) -> Bool {
        let first = character[character.startIndex]
        switch character.count {
        case 1:
            return (0x09...0x0D).contains(first) || first == 0x20
        case 2:
            let second = character[character.startIndex + 1]
            return first == 0xC2 && (second == 0x85 || second == 0xA0)
        case 3:
            let second = character[character.startIndex + 1]
            let third = character[character.startIndex + 2]
            switch (first, second, third) {
            case (0xE1, 0x9A, 0x80), (0xE2, 0x80, 0xA8), (0xE2, 0x80, 0xA9), (0xE2, 0x80, 0xAF),
                 (0xE2, 0x81, 0x9F), (0xE3, 0x80, 0x80):
                return true
            case (0xE2, 0x80, let last):
                return (0x80...0x8A).contains(last)
            default:
                return false
            }
        default:
            return false
        }
    }
}
