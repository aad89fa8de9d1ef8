import Glibc
import TreeSitter

/// Finds what an edit's target names in a document.
public struct TargetResolver {
    public var outliner: Outliner

    public init(outliner: Outliner = Outliner()) {
        self.outliner = outliner
    }

    /// The matches the target selects, in document order; throws `anchor_not_found` or
    /// `anchor_ambiguous` (with the candidates' lines) when the selection does not hold.
    public func resolve(_ target: Target, in document: Document, path: String) throws(PatchDiagnostic) -> [ResolvedTarget] {
        switch target {
        case let .text(text, selection):
            return try resolveText(text, selection, in: document, path: path)
        case .symbol(let name):
            return [try resolveSymbol(name, in: document, path: path)]
        case let .query(query, selection):
            return try resolveQuery(query, selection, in: document, path: path)
        case let .lines(first, last):
            let source = document.source
            guard last <= source.lineCount else {
                throw PatchDiagnostic(.anchorNotFound, "lines \(first)–\(last) are past the end of the file (\(source.lineCount) lines)",
                                      path: path, line: min(first, source.lineCount + 1), column: 1)
            }
            let start = source.lineStarts[first - 1]
            let end = last < source.lineStarts.count ? source.lineStarts[last] : source.body.count
            return [ResolvedTarget(range: start..<end, kind: .lines)]
        }
    }

    // MARK: Text

    private func resolveText(_ text: [UInt8], _ selection: Target.Selection, in document: Document, path: String) throws(PatchDiagnostic) -> [ResolvedTarget] {
        let body = document.body
        let exact = ByteSearch.occurrences(of: text, in: body)
        let matches: [ResolvedTarget]
        if !exact.isEmpty {
            matches = exact.map { ResolvedTarget(range: $0..<($0 + text.count), kind: .text) }
        } else {
            matches = tolerantMatches(of: text, in: document.source)
            if matches.count > 1 {
                throw ambiguous("the text matches \(matches.count) places when leading and trailing whitespace is ignored",
                                matches, document: document, path: path)
            }
        }
        guard !matches.isEmpty else {
            let first = String(decoding: text.prefix { $0 != 0x0A }, as: UTF8.self)
            throw PatchDiagnostic(.anchorNotFound, "the text `\(first)`\(text.contains(0x0A) ? " …" : "") is not in the file, even ignoring leading and trailing whitespace",
                                  path: path, line: 1, column: 1)
        }
        return try select(matches, selection, what: "the text", document: document, path: path)
    }

    /// Matches whose lines equal the text's lines once each side's leading and trailing
    /// whitespace is stripped. The match covers the file's text from the first line's first
    /// non-blank byte to the last line's last non-blank byte.
    private func tolerantMatches(of text: [UInt8], in source: SourceText) -> [ResolvedTarget] {
        let wanted = ByteLines.split(text).map(ByteLines.trimmed)
        let firstWanted = ByteLines.split(text).first ?? []
        guard !wanted.isEmpty, wanted.contains(where: { !$0.isEmpty }) else { return [] }
        var results: [ResolvedTarget] = []
        let lines = (0..<source.lineCount).map { Array(source.line(at: $0)) }
        let trimmed = lines.map(ByteLines.trimmed)
        guard lines.count >= wanted.count else { return [] }
        for start in 0...(lines.count - wanted.count) where trimmed[start] == wanted[0] {
            guard (0..<wanted.count).allSatisfy({ trimmed[start + $0] == wanted[$0] }) else { continue }
            let lastIndex = start + wanted.count - 1
            let firstLine = lines[start]
            let lastLine = lines[lastIndex]
            let leading = firstLine.prefix { $0 == 0x20 || $0 == 0x09 }.count
            let trailing = lastLine.reversed().prefix { $0 == 0x20 || $0 == 0x09 }.count
            let rangeStart = source.lineStarts[start] + leading
            let rangeEnd = source.lineStarts[lastIndex] + lastLine.count - trailing
            let expected = Array(firstWanted.prefix { $0 == 0x20 || $0 == 0x09 })
            let actual = Array(firstLine.prefix(leading))
            results.append(ResolvedTarget(range: rangeStart..<max(rangeStart, rangeEnd),
                                          kind: .tolerantText(expectedIndent: expected, actualIndent: actual)))
        }
        return results
    }

    // MARK: Symbols

    private func resolveSymbol(_ name: String, in document: Document, path: String) throws(PatchDiagnostic) -> ResolvedTarget {
        guard let language = document.language else {
            throw PatchDiagnostic(.anchorNotFound, "symbol targets need a grammar, and no grammar claims this file", path: path)
        }
        let symbols: [OutlineSymbol]
        do {
            symbols = try outliner.symbols(in: document.source, language: language, tree: document.tree)
        } catch {
            throw PatchDiagnostic(.ioError, "cannot outline the file: \(error)", path: path)
        }
        if let exact = symbols.first(where: { $0.path == name }) {
            return ResolvedTarget(range: exact.byteRange, kind: .node)
        }
        // An unqualified or partly qualified name stands for the one symbol whose path ends with it.
        let suffixed = symbols.filter { $0.path.hasSuffix("." + name) }
        if suffixed.count == 1 {
            return ResolvedTarget(range: suffixed[0].byteRange, kind: .node)
        }
        if suffixed.count > 1 {
            throw PatchDiagnostic(.anchorAmbiguous,
                                  "the symbol \(name) is ambiguous: \(suffixed.map(\.path).joined(separator: ", ")); name one of these paths",
                                  path: path, line: suffixed[0].start.line, column: suffixed[0].start.column,
                                  candidates: suffixed.map(\.start.line))
        }
        let lastName = name.split(separator: ".").last.map(String.init) ?? name
        let similar = symbols.filter { $0.name == lastName || $0.path.lowercased().contains(lastName.lowercased()) }.prefix(8)
        let hint = similar.isEmpty
            ? "the file's symbols are: \(symbols.prefix(12).map(\.path).joined(separator: ", "))\(symbols.count > 12 ? ", …" : "")"
            : "similar symbols: \(similar.map(\.path).joined(separator: ", "))"
        throw PatchDiagnostic(.anchorNotFound, "no symbol \(name) in the file; \(symbols.isEmpty ? "the file declares no symbols" : hint)",
                              path: path, line: 1, column: 1)
    }

    // MARK: Queries

    private func resolveQuery(_ source: String, _ selection: Target.Selection, in document: Document, path: String) throws(PatchDiagnostic) -> [ResolvedTarget] {
        guard let tree = document.tree else {
            throw PatchDiagnostic(.anchorNotFound, "query targets need a grammar, and no grammar claims this file", path: path)
        }
        let query: Query
        do {
            query = try Query(language: tree.language, source: source)
        } catch {
            var message = "the query is invalid"
            if case let .query(kind, offset) = error {
                message += ": \(kind.rawValue) error at offset \(offset) of the query"
            }
            throw PatchDiagnostic(.malformedPatch, message, path: path)
        }
        guard let capture = query.captureIndex(named: "target") else {
            throw PatchDiagnostic(.malformedPatch, "the query has no @target capture", path: path)
        }
        var seen = Set<Range<Int>>()
        var matches: [ResolvedTarget] = []
        for match in query.matches(in: tree.rootNode, source: document.body) {
            for node in match.nodes(forCapture: capture) where seen.insert(node.byteRange).inserted {
                matches.append(ResolvedTarget(range: node.byteRange, kind: .node))
            }
        }
        matches.sort { $0.range.lowerBound < $1.range.lowerBound }
        guard !matches.isEmpty else {
            throw PatchDiagnostic(.anchorNotFound, "the query selects no node", path: path, line: 1, column: 1)
        }
        return try select(matches, selection, what: "the query", document: document, path: path)
    }

    // MARK: Selection

    private func select(_ matches: [ResolvedTarget], _ selection: Target.Selection, what: String,
                        document: Document, path: String) throws(PatchDiagnostic) -> [ResolvedTarget] {
        switch selection {
        case .all:
            return matches
        case .only:
            guard matches.count == 1 else {
                throw ambiguous("\(what) matches \(matches.count) places; add \"occurrence\": N or \"all\": true, or make it longer",
                                matches, document: document, path: path)
            }
            return matches
        case .occurrence(let n):
            guard n <= matches.count else {
                let location = document.source.location(ofOffset: matches[0].range.lowerBound)
                throw PatchDiagnostic(.anchorNotFound, "\(what) matches \(matches.count) place\(matches.count == 1 ? "" : "s"), so there is no occurrence \(n)",
                                      path: path, line: location.line, column: location.column)
            }
            return [matches[n - 1]]
        }
    }

    private func ambiguous(_ message: String, _ matches: [ResolvedTarget], document: Document, path: String) -> PatchDiagnostic {
        let locations = matches.map { document.source.location(ofOffset: $0.range.lowerBound) }
        return PatchDiagnostic(.anchorAmbiguous, message + " (lines \(locations.map { String($0.line) }.joined(separator: ", ")))",
                               path: path, line: locations[0].line, column: locations[0].column, candidates: locations.map(\.line))
    }
}

/// Byte-level searching and line splitting.
enum ByteSearch {
    /// Where `needle` first occurs in `text` (an index of `text`), or nil.
    static func firstIndex(of needle: [UInt8], in text: ArraySlice<UInt8>) -> Int? {
        guard let first = needle.first, text.count >= needle.count else { return nil }
        let last = text.endIndex - needle.count
        var index = text.startIndex
        while index <= last {
            if text[index] == first, text[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// Start offsets of every non-overlapping occurrence of `needle`.
    static func occurrences(of needle: [UInt8], in haystack: [UInt8]) -> [Int] {
        guard !needle.isEmpty, haystack.count >= needle.count else { return [] }
        var result: [Int] = []
        let first = needle[0]
        var index = 0
        let last = haystack.count - needle.count
        haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                while index <= last {
                    if hay[index] == first, memcmp(hay.baseAddress! + index, pin.baseAddress!, pin.count) == 0 {
                        result.append(index)
                        index += pin.count
                    } else {
                        index += 1
                    }
                }
            }
        }
        return result
    }
}

enum ByteLines {
    /// Lines without their line breaks (`\n` or `\r\n`); a final line break does not start a line.
    static func split(_ bytes: [UInt8]) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        for byte in bytes {
            if byte == 0x0A {
                if current.last == 0x0D { current.removeLast() }
                lines.append(current)
                current = []
            } else {
                current.append(byte)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    static func trimmed(_ line: [UInt8]) -> [UInt8] {
        let isBlank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
        guard let start = line.firstIndex(where: { !isBlank($0) }) else { return [] }
        let end = line.lastIndex(where: { !isBlank($0) })!
        return Array(line[start...end])
    }
}
