/// A place where a file is not well-formed, as a language's validator sees it.
public struct SyntaxDiagnostic: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable {
        /// Text the parser could not fit into the grammar.
        case syntaxError = "syntax_error"
        /// A token or node the parser had to assume to finish the tree (a missing `)`, say).
        case missingNode = "missing_node"
    }

    public var kind: Kind
    public var message: String
    /// UTF-8 byte offsets into the file's body (after any byte-order mark).
    public var byteRange: Range<Int>
    public var start: SourceLocation
    public var end: SourceLocation

    public init(kind: Kind, message: String, byteRange: Range<Int>, in source: SourceText) {
        self.kind = kind
        self.message = message
        self.byteRange = byteRange
        self.start = source.location(ofOffset: byteRange.lowerBound)
        self.end = source.location(ofOffset: byteRange.upperBound)
    }
}

extension SyntaxDiagnostic {
    /// A grammar's diagnostics and a stricter check's, in document order. A stricter diagnostic on
    /// a line where the grammar already reports one says the same thing again and is left out.
    static func merging(_ grammar: [SyntaxDiagnostic], _ stricter: [SyntaxDiagnostic]) -> [SyntaxDiagnostic] {
        guard !stricter.isEmpty else { return grammar }
        let reportedLines = Set(grammar.map(\.start.line))
        var seen = Set<Int>()
        let added = stricter.filter { !reportedLines.contains($0.start.line) && seen.insert($0.byteRange.lowerBound).inserted }
        return (grammar + added).sorted { $0.byteRange.lowerBound < $1.byteRange.lowerBound }
    }
}
