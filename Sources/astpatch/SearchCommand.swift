import ArgumentParser
import ASTPatch
import Foundation

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search files for text or tree-sitter query matches, naming the symbol that encloses each.",
        usage: """
            astpatch search [<options>] <pattern> [<path> ...]
              astpatch search --query <query> [--language <language>] [<options>] [<path> ...]
            """,
        discussion: """
            Each match is printed as path:line:column: symbol: line, where symbol is the symbol path (as outline \
            names it, and a patch's symbol targets take it) of the innermost declaration holding the match, or - \
            when none does. A line is reported once, at its first match. The pattern is a POSIX extended regular \
            expression (as grep -E reads it), with \\d, \\w, \\s, \\b, escapes in brackets, (?:…) and a leading (?i) \
            read as Perl writes them; matching is on bytes. Directories are walked as check walks them (files git \
            ignores, .git and binary files are skipped), in parallel. With --query, every node the query captures as \
            @match is reported; predicates (#eq?, #match?, …) apply as in patches, and files of another language \
            (with --language) or that the query does not fit are skipped. Exit status: 0 something matched, \
            1 nothing did, 2 trouble (as grep).
            """)

    @Flag(name: [.customShort("F"), .long], help: "Read the pattern as a fixed string, not a regular expression.")
    var fixedStrings = false

    @Flag(name: [.short, .long], help: "Match ASCII letters regardless of case.")
    var ignoreCase = false

    @Option(name: [.customShort("e"), .customLong("regexp")], help: "The pattern, for one that begins with `-`.")
    var regexp: String?

    @Option(help: "A tree-sitter query with a @match capture, instead of a pattern.")
    var query: String?

    @Option(help: "With --query: search only files of this language, and check the query against it.")
    var language: String?

    @Flag(help: "Print one JSON object per match, a line each: path, line, column, startByte, endByte, symbol, lineText, text.")
    var json = false

    @Option(name: [.customShort("C", allowingJoined: true), .long], help: "Show this many lines before and after each match.")
    var context: Int = 0

    @Option(name: [.customShort("m", allowingJoined: true), .long], help: "Stop reading a file after this many matches.")
    var maxCount: Int?

    @Option(help: "How many files to search at once (default: the number of cores).")
    var jobs: Int?

    @Argument(help: ArgumentHelp("The pattern (unless --query or -e gives what to look for), then files and directories (default: the current directory).",
                                 valueName: "pattern-and-paths"))
    var arguments: [String] = []

    func validate() throws {
        if query == nil && regexp == nil && arguments.isEmpty { throw ValidationError("give a pattern, or a query with --query") }
        if query != nil && regexp != nil { throw ValidationError("--query and --regexp cannot be used together") }
        if query != nil && (fixedStrings || ignoreCase) { throw ValidationError("--fixed-strings and --ignore-case apply to patterns, not to --query") }
        if language != nil && query == nil { throw ValidationError("--language applies to --query") }
        if context < 0 { throw ValidationError("--context must not be negative") }
        if let maxCount, maxCount < 1 { throw ValidationError("--max-count must be at least 1") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        var paths = arguments
        let pattern = query == nil ? (regexp ?? paths.removeFirst()) : nil
        let collected = FileCollector.collect(paths.isEmpty ? ["."] : paths)
        let options = SearchOptions(contextLines: context, maxCountPerFile: maxCount,
                                    threads: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let results: [FileSearchResult]
        do {
            if let pattern {
                let text = try TextPattern(pattern, fixedStrings: fixedStrings, ignoreCase: ignoreCase)
                results = TextSearch(pattern: text, options: options).search(files: collected.files)
            } else {
                if let language, GrammarRegistry.shared.canonicalName(language) == nil {
                    printError("astpatch: \(GrammarError.unknownLanguage(language))")
                    throw Outcome.trouble
                }
                results = try StructuralSearch(query: query!, language: language, options: options).search(files: collected.files)
            }
        } catch let error as SearchError {
            printError("astpatch: \(error)")
            throw Outcome.trouble
        }
        for path in collected.missing {
            printError("astpatch: \(path): no such file or directory")
        }
        var output = SearchOutput(json: json, context: context)
        var matched = false
        var failed = !collected.missing.isEmpty
        for result in results {
            if case .failed(let reason) = result.status {
                printError("astpatch: \(result.path): \(reason)")
                failed = true
            }
            matched = matched || !result.matches.isEmpty
            output.write(result)
        }
        output.flush()
        if failed { throw Outcome.trouble }
        if !matched { throw Outcome.no }
    }
}

/// Prints matches as `path:line:column: symbol: line`, with grep's `path-line-text` context
/// lines and `--` between groups, or as JSON Lines.
struct SearchOutput {
    var json: Bool
    var context: Int
    private var buffer: [UInt8] = []
    private var lastPrinted: (path: String, line: Int)?

    init(json: Bool, context: Int) {
        self.json = json
        self.context = context
    }

    mutating func write(_ result: FileSearchResult) {
        for (index, match) in result.matches.enumerated() {
            if json {
                buffer += Array(JSONOutput.string(SearchMatchJSON(path: result.path, match: match)).utf8) + [0x0A]
            } else {
                let next = index + 1 < result.matches.count ? result.matches[index + 1].line : nil
                writeText(match, path: result.path, nextMatchLine: next)
            }
            if buffer.count > 1 << 16 { flush() }
        }
    }

    /// Context after a match stops before the next match's line, which is printed as a match.
    private mutating func writeText(_ match: SearchMatch, path: String, nextMatchLine: Int?) {
        let previous = lastPrinted?.path == path ? lastPrinted!.line : 0
        if context > 0, lastPrinted != nil, match.before.first.map({ $0.line > previous + 1 }) ?? (match.line > previous + 1) {
            buffer += Array("--\n".utf8)
        }
        for line in match.before where line.line > previous {
            buffer += Array("\(path)-\(line.line)-".utf8) + line.text + [0x0A]
        }
        buffer += Array("\(path):\(match.line):\(match.column): \(match.symbolPath ?? "-"): ".utf8) + match.lineText + [0x0A]
        var last = match.line
        for line in match.after where line.line < nextMatchLine ?? .max {
            buffer += Array("\(path)-\(line.line)-".utf8) + line.text + [0x0A]
            last = line.line
        }
        lastPrinted = (path, last)
    }

    mutating func flush() {
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
