#if canImport(Glibc)
import Glibc
#endif

/// A file's contents as bytes, with what was detected about their encoding and layout.
///
/// Offsets used throughout the library are UTF-8 byte offsets into ``body``: the bytes after a
/// UTF-8 byte-order mark, which is an encoding mark rather than content and is kept aside.
public struct SourceText: Sendable, Equatable {
    /// The file's bytes exactly as read.
    public let bytes: [UInt8]
    /// The bytes after the byte-order mark, if any: what parsers see.
    public let body: ArraySlice<UInt8>
    public let hasByteOrderMark: Bool
    public let lineEnding: LineEnding
    /// Whether the file holds NUL bytes, the sign of binary content.
    public let isBinary: Bool
    /// Byte offsets into ``body`` at which each line starts.
    public let lineStarts: [Int]

    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        hasByteOrderMark = bytes.starts(with: Self.byteOrderMark)
        let body = bytes[(hasByteOrderMark ? 3 : 0)...]
        self.body = body
        var starts = [0]
        var crlf = 0
        var lf = 0
        var binary = false
        // memchr finds line breaks and NUL bytes many bytes at a time.
        body.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return }
            starts.reserveCapacity(buffer.count / 32)
            var position = 0
            while position < buffer.count, let found = memchr(base + position, 0x0A, buffer.count - position) {
                let i = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                starts.append(i + 1)
                if i > 0 && buffer[i - 1] == 0x0D { crlf += 1 } else { lf += 1 }
                position = i + 1
            }
            binary = memchr(base, 0, buffer.count) != nil
        }
        lineStarts = starts
        isBinary = binary
        lineEnding = LineEnding(lfCount: lf, crlfCount: crlf)
    }

    /// The bytes parsers see, as an array starting at offset 0.
    public var parseableBytes: [UInt8] { Array(body) }

    /// The number of lines; an empty file has none, and a final line break ends a line rather
    /// than starting one.
    public var lineCount: Int {
        if body.isEmpty { return 0 }
        return lineStarts.last == body.count ? lineStarts.count - 1 : lineStarts.count
    }

    public var endsWithNewline: Bool { body.last == 0x0A }

    /// The 1-based line and 1-based byte column of a byte offset into ``body``.
    public func location(ofOffset offset: Int) -> SourceLocation {
        let line = lineIndex(containing: offset)
        return SourceLocation(line: line + 1, column: offset - lineStarts[line] + 1)
    }

    /// The zero-based index of the line holding `offset`.
    public func lineIndex(containing offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The bytes of a zero-based line, without its line break.
    public func line(at index: Int) -> ArraySlice<UInt8> {
        let start = body.startIndex + lineStarts[index]
        var end = index + 1 < lineStarts.count ? body.startIndex + lineStarts[index + 1] : body.endIndex
        if end > start && body[end - 1] == 0x0A { end -= 1 }
        if end > start && body[end - 1] == 0x0D { end -= 1 }
        return body[start..<end]
    }
}

/// The line-break convention of a text.
public enum LineEnding: String, Sendable, Codable {
    case lf, crlf, mixed, none

    init(lfCount: Int, crlfCount: Int) {
        switch (lfCount, crlfCount) {
        case (0, 0): self = .none
        case (_, 0): self = .lf
        case (0, _): self = .crlf
        default: self = .mixed
        }
    }
}

/// A 1-based line and 1-based UTF-8 byte column.
public struct SourceLocation: Sendable, Hashable, Codable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
