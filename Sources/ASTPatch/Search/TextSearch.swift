#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Searches the text of files for a pattern, in parallel, and names the declaration enclosing
/// each matching line. A line is reported once, at its first match; binary files are skipped.
public struct TextSearch: Sendable {
    public var pattern: TextPattern
    public var options: SearchOptions
    public var grammars: GrammarRegistry

    public init(pattern: TextPattern, options: SearchOptions = SearchOptions(), grammars: GrammarRegistry = .shared) {
        self.pattern = pattern
        self.options = options
        self.grammars = grammars
    }

    /// The results of every file, in the order given.
    public func search(files: [String]) -> [FileSearchResult] {
        ParallelFiles.map(count: files.count, threads: options.threads, state: { () -> Worker in Worker(pattern: pattern) }) {
            (index: Int, worker: inout Worker) -> FileSearchResult in
            let path = files[index]
            do throws(FileReadError) {
                let bytes = try FileBytes.read(path)
                return search(path: path, bytes: bytes, worker: &worker)
            } catch {
                return FileSearchResult(path: path, language: nil, status: .failed("cannot read: \(error.reason)"))
            }
        }
    }

    /// Searches bytes already in memory as the file `path`.
    public func search(path: String, bytes: [UInt8]) -> FileSearchResult {
        var worker = Worker(pattern: pattern)
        return search(path: path, bytes: bytes, worker: &worker)
    }

    struct Worker {
        let matcher: TextMatcher
        var parsers = ParserSet()

        init(pattern: TextPattern) {
            // The pattern compiled once already when it was made, so it compiles again here.
            guard let matcher = try? TextMatcher(pattern) else { preconditionFailure("a TextPattern that compiled once did not compile again") }
            self.matcher = matcher
        }
    }

    private func search(path: String, bytes: [UInt8], worker: inout Worker) -> FileSearchResult {
        let isBinary = bytes.withUnsafeBytes { $0.baseAddress.map { memchr($0, 0, bytes.count) != nil } ?? false }
        if isBinary {
            return FileSearchResult(path: path, language: nil, status: .skipped("binary content"))
        }
        let bomLength = bytes.starts(with: SourceText.byteOrderMark) ? 3 : 0
        var matches = bytes.withUnsafeBufferPointer { all in
            scan(UnsafeBufferPointer(rebasing: all[bomLength...]), matcher: worker.matcher)
        }
        guard !matches.isEmpty else { return FileSearchResult(path: path, language: nil, status: .searched) }
        let source = SourceText(bytes)
        let decorator = MatchDecorator(grammars: grammars)
        let language = decorator.language(of: path, body: source.body)
        let index = decorator.symbolIndex(source: source, language: language, parsers: &worker.parsers)
        decorator.decorate(&matches, source: source, index: index, contextLines: options.contextLines)
        return FileSearchResult(path: path, language: language, status: .searched, matches: matches)
    }

    /// The first match of each matching line, without symbol paths or context yet. Lines are
    /// counted only up to each match, so a file without matches costs the pattern scan alone.
    private func scan(_ body: UnsafeBufferPointer<UInt8>, matcher: TextMatcher) -> [SearchMatch] {
        let count = body.count
        guard count > 0, let base = body.baseAddress else { return [] }
        var matches: [SearchMatch] = []
        var position = 0
        var lineNumber = 1
        var lineStart = 0
        while position <= count, let range = matcher.firstMatch(in: body, from: position) {
            // After a final line break there is no line left to match.
            if range.lowerBound == count && body[count - 1] == 0x0A { break }
            var cursor = lineStart
            while let newline = memchr(base + cursor, 0x0A, range.lowerBound - cursor) {
                let offset = UnsafeRawPointer(newline) - UnsafeRawPointer(base)
                lineNumber += 1
                lineStart = offset + 1
                cursor = offset + 1
            }
            let lineEnd = memchr(base + range.lowerBound, 0x0A, count - range.lowerBound)
                .map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? count
            var textEnd = lineEnd
            if textEnd > lineStart && body[textEnd - 1] == 0x0D { textEnd -= 1 }
            matches.append(SearchMatch(
                line: lineNumber, column: range.lowerBound - lineStart + 1, byteRange: range,
                lineText: Array(body[lineStart..<textEnd]), matchedText: Array(body[range])))
            if let limit = options.maxCountPerFile, matches.count >= limit { break }
            position = max(lineEnd + 1, range.upperBound)
        }
        return matches
    }
}
