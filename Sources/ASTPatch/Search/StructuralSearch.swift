#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Synchronization
import TreeSitter

/// Searches files with a tree-sitter query and reports each node captured as `@match`, with the
/// declaration enclosing it. Text predicates (`#eq?`, `#match?`, …) are evaluated as in a
/// patch's query targets. Files of other languages, and those the query does not fit, are skipped.
public struct StructuralSearch: Sendable {
    public let query: String
    /// The only language searched, canonical; nil searches every file whose language the query fits.
    public let language: String?
    public var options: SearchOptions
    public let grammars: GrammarRegistry
    private let queries: QueryCache

    /// Checks the query at once when a language is named.
    public init(query: String, language: String? = nil, options: SearchOptions = SearchOptions(),
                grammars: GrammarRegistry = .shared) throws(SearchError) {
        self.query = query
        self.options = options
        self.grammars = grammars
        self.queries = QueryCache(source: query, grammars: grammars)
        if let language {
            guard let name = grammars.canonicalName(language) else {
                throw SearchError.invalidQuery(language: language, reason: GrammarError.unknownLanguage(language).description)
            }
            self.language = name
            if case .failure(let error) = queries.query(for: name) { throw error }
        } else {
            self.language = nil
        }
    }

    /// The results of every file, in the order given. Throws when the query has no `@match`
    /// capture, or fits none of the languages of the files given.
    public func search(files: [String]) throws(SearchError) -> [FileSearchResult] {
        let results = ParallelFiles.map(count: files.count, threads: options.threads, state: { () -> ParserSet in ParserSet() }) {
            (index: Int, parsers: inout ParserSet) -> FileSearchResult in
            let path = files[index]
            do throws(FileReadError) {
                let bytes = try FileBytes.read(path)
                return search(path: path, bytes: bytes, parsers: &parsers)
            } catch {
                return FileSearchResult(path: path, language: nil, status: .failed("cannot read: \(error.reason)"))
            }
        }
        try queries.checkFitsSomeLanguage()
        return results
    }

    /// Searches bytes already in memory as the file `path`.
    public func search(path: String, bytes: [UInt8]) throws(SearchError) -> FileSearchResult {
        var parsers = ParserSet()
        let result = search(path: path, bytes: bytes, parsers: &parsers)
        try queries.checkFitsSomeLanguage()
        return result
    }

    private func search(path: String, bytes: [UInt8], parsers: inout ParserSet) -> FileSearchResult {
        let isBinary = bytes.withUnsafeBytes { $0.baseAddress.map { memchr($0, 0, bytes.count) != nil } ?? false }
        if isBinary {
            return FileSearchResult(path: path, language: nil, status: .skipped("binary content"))
        }
        let source = SourceText(bytes)
        let decorator = MatchDecorator(grammars: grammars)
        guard let detected = decorator.language(of: path, body: source.body) else {
            return FileSearchResult(path: path, language: nil, status: .skipped("no grammar for this file type"))
        }
        if let language, detected != language {
            return FileSearchResult(path: path, language: detected, status: .skipped("not \(language)"))
        }
        let query: Query
        switch queries.query(for: detected) {
        case .success(let compiled): query = compiled
        case .failure(let error): return FileSearchResult(path: path, language: detected, status: .skipped(error.description))
        }
        let body = source.parseableBytes
        let tree: Tree
        do {
            tree = try parsers.parse(body, language: detected, grammars: grammars)
        } catch {
            return FileSearchResult(path: path, language: detected, status: .failed(String(describing: error)))
        }
        let capture = query.captureIndex(named: "match")!
        var matches: [SearchMatch] = []
        var seen = Set<Range<Int>>()
        for match in query.matches(in: tree.rootNode, source: body) {
            for node in match.nodes(forCapture: capture) where seen.insert(node.byteRange).inserted {
                let location = source.location(ofOffset: node.startByte)
                matches.append(SearchMatch(
                    line: location.line, column: location.column, byteRange: node.byteRange,
                    lineText: Array(source.line(at: location.line - 1)), matchedText: Array(body[node.byteRange.clamped(to: 0..<body.count)])))
            }
        }
        matches.sort { ($0.byteRange.lowerBound, $0.byteRange.upperBound) < ($1.byteRange.lowerBound, $1.byteRange.upperBound) }
        if let limit = options.maxCountPerFile, matches.count > limit { matches.removeLast(matches.count - limit) }
        guard !matches.isEmpty else { return FileSearchResult(path: path, language: detected, status: .searched) }
        let index = decorator.symbolIndex(source: source, language: detected, tree: tree, parsers: &parsers)
        decorator.decorate(&matches, source: source, index: index, contextLines: options.contextLines)
        return FileSearchResult(path: path, language: detected, status: .searched, matches: matches)
    }
}

/// The query compiled once per language, shared by the worker threads.
final class QueryCache: Sendable {
    let source: String
    let grammars: GrammarRegistry
    private let state = Mutex(State())

    private struct State {
        var compiled: [String: Result<Query, SearchError>] = [:]
        /// How many files of each language asked, to explain a query that fits none by the
        /// language most files are in.
        var uses: [String: Int] = [:]
    }

    init(source: String, grammars: GrammarRegistry) {
        self.source = source
        self.grammars = grammars
    }

    func query(for language: String) -> Result<Query, SearchError> {
        state.withLock { state in
            state.uses[language, default: 0] += 1
            if let known = state.compiled[language] { return known }
            let result = compile(for: language)
            state.compiled[language] = result
            return result
        }
    }

    private func compile(for language: String) -> Result<Query, SearchError> {
        do {
            let query = try Query(language: try grammars.language(named: language), source: source)
            return query.captureIndex(named: "match") == nil ? .failure(.queryWithoutMatchCapture) : .success(query)
        } catch let error as GrammarError {
            return .failure(.invalidQuery(language: language, reason: error.description))
        } catch let error as TreeSitterError {
            var reason = "\(error)"
            if case let .query(kind, offset) = error {
                reason = "\(kind.rawValue) error at offset \(offset) of the query"
            }
            return .failure(.invalidQuery(language: language, reason: reason))
        } catch {
            return .failure(.invalidQuery(language: language, reason: "\(error)"))
        }
    }

    /// Throws when the query was tried and fitted no language: a mistake in the query rather
    /// than files of other languages.
    func checkFitsSomeLanguage() throws(SearchError) {
        let (compiled, uses) = state.withLock { ($0.compiled, $0.uses) }
        guard !compiled.isEmpty else { return }
        var failures: [(language: String, error: SearchError)] = []
        for (language, result) in compiled {
            switch result {
            case .success: return
            case .failure(.queryWithoutMatchCapture): throw .queryWithoutMatchCapture
            case .failure(let error): failures.append((language, error))
            }
        }
        let main = failures.max { (uses[$0.language] ?? 0, $1.language) < (uses[$1.language] ?? 0, $0.language) }!
        throw .queryFitsNoLanguage(main.error.description)
    }
}
