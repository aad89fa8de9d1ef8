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
            grammar are listed as skipped. With --staged or --base, only errors that are new relative to the \
            base version count (a file's old errors do not block). Exit status: 0 clean, 1 errors found, 2 trouble.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif
    }

    @Option(help: "Output format: text, json or sarif (SARIF 2.1.0).")
    var format: Format = .text

    @Flag(help: "Same as --format json.")
    var json = false

    @Option(help: "The language of every file, instead of detecting each file's.")
    var language: String?

    @Option(help: "How many files to parse at once (default: the number of cores).")
    var jobs: Int?

    @Flag(help: "Do not list files that were skipped.")
    var quiet = false

    @Flag(help: "Check the staged (index) version of each staged file; only errors new relative to HEAD count.")
    var staged = false

    @Option(help: "Compare with this revision: only errors that are not in REV's version of a file count.")
    var base: String?

    @Argument(help: "Files and directories to check (default: the current directory, or the staged or changed files).")
    var paths: [String] = []

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if staged && base != nil { throw ValidationError("--staged and --base cannot be used together") }
    }

    func run() throws {
        let registry = GrammarRegistry.shared
        if let language, registry.canonicalName(language) == nil {
            printError("astpatch: \(GrammarError.unknownLanguage(language))")
            throw Outcome.trouble
        }
        let checker = SyntaxChecker(
            grammars: registry, languageOverride: language.flatMap(registry.canonicalName),
            threads: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let progress = ProgressLine()
        var verdicts: [FileVerdict]
        var missing: [String] = []
        if staged || base != nil {
            do {
                verdicts = try checkAgainstBase(checker, progress: progress)
            } catch {
                printError("astpatch: \(error)")
                throw Outcome.trouble
            }
        } else {
            // The folders are walked while the files already found are checked.
            var whenCollected: (@Sendable (Int) -> Void)?
            if progress.enabled { whenCollected = { [progress] count in progress.setTotal(count) } }
            let outcome = checker.check(paths: paths.isEmpty ? ["."] : paths, progress: progress.callback, collected: whenCollected)
            verdicts = outcome.verdicts
            missing = outcome.missing
        }
        progress.finish()
        for path in missing {
            printError("astpatch: \(path): no such file or directory")
        }
        let summary = CheckSummary(verdicts)
        switch json ? .json : format {
        case .json:
            print(JSONOutput.string(CheckReport(verdicts: verdicts, summary: summary)))
        case .sarif:
            print(JSONOutput.string(SARIFLog(verdicts: verdicts)))
        case .text:
            printText(verdicts)
            printError(summary.line)
        }
        if !missing.isEmpty || summary.failed > 0 { throw Outcome.trouble }
        if summary.errors > 0 { throw Outcome.no }
    }

    /// Checks the staged versions (or the working tree's, with --base) of the files, keeping only
    /// the errors their base version did not have.
    private func checkAgainstBase(_ checker: SyntaxChecker, progress: ProgressLine) throws -> [FileVerdict] {
        let git = GitObjects()
        let revision = base ?? "HEAD"
        let filter = ["--diff-filter=ACMR", "--relative", "-z"]
        var files: [String]
        if staged {
            files = try git.list(["diff", "--cached", "--name-only"] + filter + ["--"] + paths)
        } else if paths.isEmpty {
            files = try git.list(["diff", "--name-only"] + filter + [revision, "--"])
            files += try git.list(["ls-files", "--others", "--exclude-standard", "-z"])
        } else {
            files = FileCollector.collect(paths).files
        }
        files = Array(Set(files)).sorted()
        let current: [[UInt8]?] = staged
            ? try git.contents(of: files.map { ":./" + $0 })
            : files.map { try? FileBytes.read($0) }
        let hasRevision = (try? git.list(["rev-parse", "--verify", "-q", revision + "^{commit}"])) != nil
        let old: [[UInt8]?] = hasRevision ? try git.contents(of: files.map { revision + ":./" + $0 }) : files.map { _ in nil }
        var contents: [(path: String, bytes: [UInt8])] = []
        var oldContents: [(path: String, bytes: [UInt8])] = []
        var oldIndex: [Int: Int] = [:]
        for (index, path) in files.enumerated() {
            guard let bytes = current[index] else { continue }
            if let previous = old[index] {
                oldIndex[contents.count] = oldContents.count
                oldContents.append((path, previous))
            }
            contents.append((path, bytes))
        }
        progress.total = contents.count
        let verdicts = checker.check(contents: contents, progress: progress.callback)
        let baseVerdicts = checker.check(contents: oldContents)
        return verdicts.enumerated().map { index, verdict in
            guard verdict.status == .errors else { return verdict }
            var updated = verdict
            updated.diagnostics = BaselineComparison.newErrors(in: verdict, base: oldIndex[index].map { baseVerdicts[$0] })
            if updated.diagnostics.isEmpty { updated.status = .clean }
            return updated
        }
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

/// A progress line on standard error for long runs, only when standard error is a terminal.
final class ProgressLine: @unchecked Sendable {
    var total = 0
    let enabled = isatty(2) == 1

    func setTotal(_ count: Int) {
        lock.lock()
        total = count
        lock.unlock()
    }
    private let lock = NSLock()
    private var lastUpdate = Date.distantPast
    private var shown = false

    var callback: (@Sendable (Int) -> Void)? {
        guard enabled else { return nil }
        return { [self] done in update(done) }
    }

    private func update(_ done: Int) {
        lock.lock()
        defer { lock.unlock() }
        guard total >= 200, Date().timeIntervalSince(lastUpdate) > 0.1 || done == total else { return }
        lastUpdate = Date()
        shown = true
        FileHandle.standardError.write(Data("\rchecking \(done)/\(total) files".utf8))
    }

    func finish() {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
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
