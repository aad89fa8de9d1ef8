import Dispatch
import Synchronization
import TreeSitter

/// Runs one job per file on worker threads, each worker with state of its own (parsers, a
/// compiled pattern), and returns the results in the files' order.
enum ParallelFiles {
    static func map<State, Result: Sendable>(count: Int, threads: Int, state makeState: () -> State,
                                             _ work: (Int, inout State) -> Result) -> [Result] {
        let next = Atomic<Int>(0)
        let results = Mutex<[Int: Result]>([:])
        let workers = min(max(1, threads), max(count, 1))
        withoutActuallyEscaping(makeState) { makeState in
            withoutActuallyEscaping(work) { work in
                let box = UncheckedSendable((makeState, work))
                DispatchQueue.concurrentPerform(iterations: workers) { _ in
                    var state = box.value.0()
                    var local: [(Int, Result)] = []
                    while true {
                        let index = next.add(1, ordering: .relaxed).oldValue
                        guard index < count else { break }
                        local.append((index, box.value.1(index, &state)))
                    }
                    results.withLock { all in
                        for (index, result) in local { all[index] = result }
                    }
                }
            }
        }
        return results.withLock { all in (0..<count).map { all[$0]! } }
    }
}

/// What every search does with a file it found something in: name the enclosing symbols and
/// cut out the lines around each match.
struct MatchDecorator {
    let grammars: GrammarRegistry

    /// The language of a file from its name or shebang.
    func language(of path: String, body: ArraySlice<UInt8>) -> String? {
        grammars.detectLanguage(path: path, firstBytes: body.prefix(256))
    }

    /// The file's outline as an index, or nil when no grammar claims it or it cannot be parsed;
    /// a search still reports its matches then, without symbol paths.
    func symbolIndex(source: SourceText, language: String?, tree: Tree? = nil, parsers: inout ParserSet) -> SymbolIndex? {
        guard let language else { return nil }
        var parsed = tree
        if parsed == nil, language != "swift", Outliner(grammars: grammars).rules[language] != nil {
            parsed = try? parsers.parse(source.parseableBytes, language: language, grammars: grammars)
            if parsed == nil { return nil }
        }
        guard let symbols = try? Outliner(grammars: grammars).symbols(in: source, language: language, tree: parsed) else { return nil }
        return SymbolIndex(symbols)
    }

    /// Fills in each match's symbol path and context lines.
    func decorate(_ matches: inout [SearchMatch], source: SourceText, index: SymbolIndex?, contextLines: Int) {
        for i in matches.indices {
            matches[i].symbolPath = index?.symbol(enclosing: matches[i].byteRange.lowerBound)?.path
            guard contextLines > 0 else { continue }
            let line = matches[i].line - 1
            let lineCount = max(source.lineCount, 1)
            matches[i].before = (max(0, line - contextLines)..<line).map { ContextLine(line: $0 + 1, text: Array(source.line(at: $0))) }
            matches[i].after = (line + 1..<min(lineCount, line + 1 + contextLines)).map {
                ContextLine(line: $0 + 1, text: Array(source.line(at: $0)))
            }
        }
    }
}
