/// One place a search found: the first match on a line of text, or a node a query captured as
/// `@match`, with the declaration that encloses it.
public struct SearchMatch: Sendable, Equatable {
    /// 1-based line and 1-based UTF-8 byte column of the match's first byte.
    public var line: Int
    public var column: Int
    /// UTF-8 byte offsets into the file's body (after a byte-order mark), as everywhere.
    public var byteRange: Range<Int>
    /// The symbol path (as `outline` names it) of the innermost declaration holding the match;
    /// nil at the top level or when no grammar claims the file.
    public var symbolPath: String?
    /// The line holding the match's first byte, without its line break.
    public var lineText: [UInt8]
    public var matchedText: [UInt8]
    /// Up to the requested number of lines before and after the match's line.
    public var before: [ContextLine]
    public var after: [ContextLine]

    public init(line: Int, column: Int, byteRange: Range<Int>, symbolPath: String? = nil, lineText: [UInt8], matchedText: [UInt8],
                before: [ContextLine] = [], after: [ContextLine] = []) {
        self.line = line
        self.column = column
        self.byteRange = byteRange
        self.symbolPath = symbolPath
        self.lineText = lineText
        self.matchedText = matchedText
        self.before = before
        self.after = after
    }
}

/// A line shown around a match.
public struct ContextLine: Sendable, Equatable {
    /// 1-based.
    public var line: Int
    /// Without its line break.
    public var text: [UInt8]

    public init(line: Int, text: [UInt8]) {
        self.line = line
        self.text = text
    }
}

/// What searching one file found.
public struct FileSearchResult: Sendable, Equatable {
    public enum Status: Sendable, Equatable {
        case searched
        /// Not searched, and why (binary content; with a query: no grammar, another language).
        case skipped(String)
        /// Could not be searched (unreadable, grammar not loadable).
        case failed(String)
    }

    public var path: String
    public var language: String?
    public var status: Status
    public var matches: [SearchMatch]

    public init(path: String, language: String?, status: Status, matches: [SearchMatch] = []) {
        self.path = path
        self.language = language
        self.status = status
        self.matches = matches
    }
}

/// How much a search reports.
public struct SearchOptions: Sendable, Equatable {
    /// Lines of context before and after each match.
    public var contextLines: Int
    /// Stop reading a file after this many matches (matching lines for text), as `grep -m`.
    public var maxCountPerFile: Int?
    public var threads: Int

    public init(contextLines: Int = 0, maxCountPerFile: Int? = nil, threads: Int = 1) {
        self.contextLines = max(0, contextLines)
        self.maxCountPerFile = maxCountPerFile
        self.threads = max(1, threads)
    }
}
