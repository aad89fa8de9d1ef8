import ArgumentParser
import ASTPatch
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report syntax errors in files and directory trees.",
        discussion: """
            Directories are walked (files git ignores, .git and binary files are skipped). Each error is \
            printed as path:line:column: error: message, with the source line and a caret. Files with no \
            grammar are listed as skipped. Exit status: 0 clean, 1 errors found, 2 trouble.
            """)

    @Flag(help: "Print one JSON object with every file's verdict.")
    var json = false

    @Option(help: "The language of every file, instead of detecting each file's.")
    var language: String?

    @Option(help: "How many files to parse at once (default: the number of cores).")
    var jobs: Int?

    @Flag(help: "Do not list files that were skipped.")
    var quiet = false

    @Argument(help: "Files and directories to check (default: the current directory).")
    var paths: [String] = []

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let registry = GrammarRegistry.shared
        if let language, registry.canonicalName(language) == nil {
            printError("astpatch: \(GrammarError.unknownLanguage(language))")
            throw Outcome.trouble
        }
        let collected = FileCollector.collect(paths.isEmpty ? ["."] : paths)
        for missing in collected.missing {
            printError("astpatch: \(missing): no such file or directory")
        }
        let checker = SyntaxChecker(
            grammars: registry, languageOverride: language.flatMap(registry.canonicalName),
            threads: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let verdicts = checker.check(files: collected.files)
        let summary = CheckSummary(verdicts)
        if json {
            print(JSONOutput.string(CheckReport(verdicts: verdicts, summary: summary)))
        } else {
            printText(verdicts)
            printError(summary.line)
        }
        if !collected.missing.isEmpty || summary.failed > 0 { throw Outcome.trouble }
        if summary.errors > 0 { throw Outcome.no }
    }

    private func printText(_ verdicts: [FileVerdict]) {
        var output = ""
        for verdict in verdicts {
            switch verdict.status {
            case .clean:
                continue
            case .errors:
                let renderer = DiagnosticRenderer(path: verdict.path, source: verdict.source!)
                for diagnostic in verdict.diagnostics {
                    output += renderer.render(diagnostic) + "\n"
                }
            case .skipped(let reason):
                if !quiet { output += "\(verdict.path): skipped: \(reason)\n" }
            case .failed(let reason):
                printError("astpatch: \(verdict.path): \(reason)")
            }
            if output.utf8.count > 1 << 16 {
                FileHandle.standardOutput.write(Data(output.utf8))
                output = ""
            }
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}

/// Counts over a check run.
struct CheckSummary: Encodable {
    var files = 0
    var bytes = 0
    var clean = 0
    var filesWithErrors = 0
    var errors = 0
    var skipped = 0
    var failed = 0

    init(_ verdicts: [FileVerdict]) {
        for verdict in verdicts {
            files += 1
            bytes += verdict.byteCount
            switch verdict.status {
            case .clean: clean += 1
            case .errors:
                filesWithErrors += 1
                errors += verdict.diagnostics.count
            case .skipped: skipped += 1
            case .failed: failed += 1
            }
        }
    }

    var line: String {
        var text = "checked \(clean + filesWithErrors) files: \(errors) error\(errors == 1 ? "" : "s") in \(filesWithErrors) file\(filesWithErrors == 1 ? "" : "s")"
        if skipped > 0 { text += ", \(skipped) skipped" }
        if failed > 0 { text += ", \(failed) could not be checked" }
        return text
    }
}

/// `check --json`.
struct CheckReport: Encodable {
    struct File: Encodable {
        var path: String
        var language: String?
        var status: String
        var reason: String?
        var diagnostics: [Diagnostic]
    }

    struct Diagnostic: Encodable {
        var kind: String
        var message: String
        var line: Int
        var column: Int
        var endLine: Int
        var endColumn: Int
        var startByte: Int
        var endByte: Int
    }

    var files: [File]
    var summary: CheckSummary

    init(verdicts: [FileVerdict], summary: CheckSummary) {
        self.summary = summary
        files = verdicts.map { verdict in
            let (status, reason): (String, String?) = switch verdict.status {
            case .clean: ("clean", nil)
            case .errors: ("errors", nil)
            case .skipped(let why): ("skipped", why)
            case .failed(let why): ("failed", why)
            }
            return File(path: verdict.path, language: verdict.language, status: status, reason: reason,
                        diagnostics: verdict.diagnostics.map {
                            Diagnostic(kind: $0.kind.rawValue, message: $0.message, line: $0.start.line, column: $0.start.column,
                                       endLine: $0.end.line, endColumn: $0.end.column,
                                       startByte: $0.byteRange.lowerBound, endByte: $0.byteRange.upperBound)
                        })
        }
    }
}
