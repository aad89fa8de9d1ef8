/// One match as `search --json` prints it (a line each) and `search_grep` returns it.
public struct SearchMatchJSON: Codable, Sendable, Equatable {
    public struct Line: Codable, Sendable, Equatable {
        public var line: Int
        public var text: String
    }

    public var path: String
    public var line: Int
    public var column: Int
    public var startByte: Int
    public var endByte: Int
    /// The symbol path of the innermost declaration holding the match; nil at the top level.
    public var symbol: String?
    /// The whole line holding the match's start.
    public var lineText: String
    /// The matched text (a query's whole node).
    public var text: String
    public var before: [Line]?
    public var after: [Line]?

    enum CodingKeys: String, CodingKey {
        case path, line, column, startByte, endByte, symbol, lineText, text, before, after
    }

    /// `symbol` is written as null at the top level rather than left out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
        try container.encode(startByte, forKey: .startByte)
        try container.encode(endByte, forKey: .endByte)
        try container.encode(symbol, forKey: .symbol)
        try container.encode(lineText, forKey: .lineText)
        try container.encode(text, forKey: .text)
        try container.encodeIfPresent(before, forKey: .before)
        try container.encodeIfPresent(after, forKey: .after)
    }

    /// `limit` bounds the line and matched texts, in bytes (nil: whole).
    public init(path: String, match: SearchMatch, limit: Int? = nil) {
        self.path = path
        line = match.line
        column = match.column
        startByte = match.byteRange.lowerBound
        endByte = match.byteRange.upperBound
        symbol = match.symbolPath
        lineText = SearchMatchJSON.clip(match.lineText, around: match.column - 1, limit: limit)
        text = SearchMatchJSON.clip(match.matchedText, around: 0, limit: limit)
        if !match.before.isEmpty || !match.after.isEmpty {
            before = match.before.map { Line(line: $0.line, text: SearchMatchJSON.clip($0.text, around: 0, limit: limit)) }
            after = match.after.map { Line(line: $0.line, text: SearchMatchJSON.clip($0.text, around: 0, limit: limit)) }
        }
    }

    /// The text, or when longer than `limit` bytes a window of it around `offset` with `…` for
    /// what was left out (minified files have lines of megabytes).
    public static func clip(_ bytes: [UInt8], around offset: Int, limit: Int?) -> String {
        guard let limit, bytes.count > limit else { return String(decoding: bytes, as: UTF8.self) }
        var start = max(0, min(offset - limit / 4, bytes.count - limit))
        var end = min(bytes.count, start + limit)
        // Cut at character boundaries, not inside a UTF-8 sequence.
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        return (start > 0 ? "…" : "") + String(decoding: bytes[start..<end], as: UTF8.self) + (end < bytes.count ? "…" : "")
    }
}
