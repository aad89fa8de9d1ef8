import ArgumentParser
import ASTPatch

struct OutlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outline",
        abstract: "List a file's declarations with their symbol paths and line ranges.",
        discussion: "Symbol paths (e.g. Greeter.greet, greet#2 for a second overload) are what a patch's symbol targets name.")

    @Flag(help: "Print JSON: the file, its language and each symbol's kind, name, path and range.")
    var json = false

    @Option(help: "The file's language, instead of detecting it from its name or shebang.")
    var language: String?

    @Argument(help: "The file to outline.")
    var file: String

    func run() throws {
        let input = try InputFile.load(file, language: language)
        let symbols: [OutlineSymbol]
        do {
            symbols = try Outliner().symbols(in: input.source, language: input.language)
        } catch {
            printError("astpatch: \(file): \(error)")
            throw Outcome.trouble
        }
        if json {
            print(JSONOutput.string(OutlineReport(path: file, language: input.language, symbols: symbols.map(OutlineReport.Symbol.init))))
            return
        }
        let width = symbols.map { "\($0.start.line)-\($0.end.line)".count }.max() ?? 0
        for symbol in symbols {
            let lines = "\(symbol.start.line)-\(symbol.end.line)"
            let indent = String(repeating: "  ", count: symbol.depth)
            print(lines.padding(toLength: width) + "  " + indent + symbol.kind + " " + symbol.path)
        }
    }
}

/// `outline --json`.
struct OutlineReport: Encodable {
    struct Symbol: Encodable {
        var kind: String
        var name: String
        var path: String
        var startLine: Int
        var endLine: Int
        var startByte: Int
        var endByte: Int
        var depth: Int

        init(_ symbol: OutlineSymbol) {
            kind = symbol.kind
            name = symbol.name
            path = symbol.path
            startLine = symbol.start.line
            endLine = symbol.end.line
            startByte = symbol.byteRange.lowerBound
            endByte = symbol.byteRange.upperBound
            depth = symbol.depth
        }
    }

    var path: String
    var language: String
    var symbols: [Symbol]
}

extension String {
    func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
