import ArgumentParser
import ASTPatch
import Foundation

struct ConformanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conformance",
        abstract: "Run the conformance fixture suite (Fixtures/README.md describes its format).",
        discussion: "Prints one line per failing case and closes with `N passed, N failed`; exit 1 if any case failed.")

    @Option(help: "Run only the cases whose group/case name contains this text.")
    var filter: String?

    @Flag(help: "Also print a line for each passing case.")
    var verbose = false

    @Argument(help: "The suite's folder.")
    var directory: String = "Fixtures"

    func run() throws {
        let cases = ConformanceSuite.cases(in: directory).filter { filter == nil || $0.name.contains(filter!) }
        guard !cases.isEmpty else {
            printError("astpatch: no conformance cases in \(directory)\(filter.map { " matching \($0)" } ?? "")")
            throw Outcome.trouble
        }
        var passed = 0
        var failed = 0
        for fixture in cases {
            let problems = fixture.run()
            if problems.isEmpty {
                passed += 1
                if verbose { print("ok \(fixture.name)") }
            } else {
                failed += 1
                print("FAIL \(fixture.name): " + problems.joined(separator: "\n    "))
            }
        }
        print("\(passed) passed, \(failed) failed")
        if failed > 0 { throw Outcome.no }
    }
}

/// The fixture cases of a suite folder: `<group>/<case>/` holding `before/`, a patch and either
/// `after/` or `expect.json`.
enum ConformanceSuite {
    static func cases(in directory: String) -> [ConformanceCase] {
        let manager = FileManager.default
        var result: [ConformanceCase] = []
        for group in ((try? manager.contentsOfDirectory(atPath: directory)) ?? []).sorted() {
            let groupPath = directory + "/" + group
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: groupPath, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            for name in ((try? manager.contentsOfDirectory(atPath: groupPath)) ?? []).sorted() {
                let path = groupPath + "/" + name
                guard manager.fileExists(atPath: path + "/before") else { continue }
                result.append(ConformanceCase(name: group + "/" + name, path: path))
            }
        }
        return result
    }
}

struct ConformanceCase {
    var name: String
    var path: String

    struct Expectation: Decodable {
        var status: String
        var kinds: [String]
    }

    /// What went wrong, or nothing when the case passes.
    func run() -> [String] {
        let manager = FileManager.default
        let patches = ["patch.json", "patch.diff", "patch.v4a"].filter { manager.fileExists(atPath: path + "/" + $0) }
        guard patches.count == 1 else { return ["needs exactly one of patch.json, patch.diff, patch.v4a"] }
        let expectation: Expectation?
        if manager.fileExists(atPath: path + "/expect.json") {
            guard let data = manager.contents(atPath: path + "/expect.json"),
                  let decoded = try? JSONDecoder().decode(Expectation.self, from: data) else {
                return ["expect.json is not {\"status\": …, \"kinds\": […]}"]
            }
            expectation = decoded
        } else {
            guard manager.fileExists(atPath: path + "/after") else { return ["needs after/ or expect.json"] }
            expectation = nil
        }
        var arguments = ["--json"]
        if let text = try? String(contentsOfFile: path + "/args", encoding: .utf8) {
            arguments += text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        }
        arguments.append(path + "/" + patches[0])
        let work = NSTemporaryDirectory() + "astpatch-conformance-\(UUID().uuidString)"
        defer { try? manager.removeItem(atPath: work) }
        do {
            try TreeSnapshot.copy(path + "/before", to: work)
        } catch {
            return ["cannot copy before/: \(error)"]
        }
        let command: ApplyCommand
        do {
            command = try ApplyCommand.parse(arguments + ["--root", work])
        } catch {
            return ["args: \(ApplyCommand.message(for: error))"]
        }
        let report = ApplyRunner(format: command.format, root: work, dryRun: command.dryRun,
                                 options: ApplyOptions(requireGrammar: command.requireGrammar, allowPlaceholders: command.allowPlaceholders)).run(patchPath: command.patch)
        let status = report.plan.status.rawValue
        let kinds = Set(report.plan.allDiagnostics.map(\.kind.rawValue))
        var problems: [String] = []
        let actual = TreeSnapshot(work)
        if let expectation {
            if status != expectation.status {
                problems.append("expected status \(expectation.status), got \(status)"
                    + (kinds.isEmpty ? "" : " (\(kinds.sorted().joined(separator: ", ")))")
                    + report.plan.allDiagnostics.prefix(2).map { ": \($0.message)" }.joined())
            }
            for kind in expectation.kinds where !kinds.contains(kind) {
                problems.append("expected a \(kind) diagnostic, got \(kinds.sorted().joined(separator: ", "))")
            }
            problems += TreeSnapshot(path + "/before").differences(from: actual, label: "before/")
        } else {
            if status != "applied" {
                problems.append("expected applied, got \(status): "
                    + report.plan.allDiagnostics.map { "\($0.kind.rawValue) \($0.path ?? ""):\($0.line ?? 0): \($0.message)" }.joined(separator: "; "))
            }
            problems += TreeSnapshot(path + "/after").differences(from: actual, label: "after/")
        }
        return problems
    }
}

/// A folder's files: relative path → bytes and executable bit. Symbolic links are entries of
/// their own (their target is their content) and are never followed.
struct TreeSnapshot {
    var files: [String: (bytes: [UInt8], executable: Bool)] = [:]

    init(_ root: String) {
        for (relative, kind) in TreeSnapshot.entries(below: root) {
            let full = root + "/" + relative
            switch kind {
            case .typeSymbolicLink:
                let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: full)) ?? ""
                files[relative] = (Array("symlink -> \(target)".utf8), false)
            case .typeRegular:
                files[relative] = ((try? FileBytes.read(full)) ?? [], FileManager.default.isExecutableFile(atPath: full))
            default:
                continue
            }
        }
    }

    /// Every entry below `root` but folders and `.gitkeep` files (which keep empty folders in git),
    /// without entering symbolic links.
    static func entries(below root: String, prefix: String = "") -> [(String, FileAttributeType)] {
        let manager = FileManager.default
        let directory = prefix.isEmpty ? root : root + "/" + prefix
        var result: [(String, FileAttributeType)] = []
        for name in ((try? manager.contentsOfDirectory(atPath: directory)) ?? []).sorted() where name != ".gitkeep" {
            let relative = prefix.isEmpty ? name : prefix + "/" + name
            let type = (try? manager.attributesOfItem(atPath: root + "/" + relative))?[.type] as? FileAttributeType
            if type == .typeDirectory {
                result.append((relative, .typeDirectory))
                result += entries(below: root, prefix: relative)
            } else if let type {
                result.append((relative, type))
            }
        }
        return result
    }

    /// Copies a folder with its files' permission bits and its symbolic links as links.
    static func copy(_ source: String, to destination: String) throws {
        let manager = FileManager.default
        try manager.createDirectory(atPath: destination, withIntermediateDirectories: true)
        for (relative, kind) in entries(below: source) {
            let from = source + "/" + relative
            let to = destination + "/" + relative
            switch kind {
            case .typeDirectory:
                try manager.createDirectory(atPath: to, withIntermediateDirectories: true)
            case .typeSymbolicLink:
                try manager.createSymbolicLink(atPath: to, withDestinationPath: try manager.destinationOfSymbolicLink(atPath: from))
            default:
                try manager.copyItem(atPath: from, toPath: to)
            }
        }
    }

    /// How `other` differs from this expected tree.
    func differences(from other: TreeSnapshot, label: String) -> [String] {
        var problems: [String] = []
        for path in Set(files.keys).union(other.files.keys).sorted() {
            switch (files[path], other.files[path]) {
            case (nil, _?): problems.append("unexpected file \(path)")
            case (_?, nil): problems.append("missing file \(path) (in \(label))")
            case let (expected?, actual?):
                if expected.bytes != actual.bytes {
                    problems.append("\(path) differs from \(label):\n" + Self.shortDiff(expected.bytes, actual.bytes))
                }
                if expected.executable != actual.executable {
                    problems.append("\(path): executable bit \(actual.executable), expected \(expected.executable)")
                }
            default: break
            }
        }
        return problems
    }

    private static func shortDiff(_ expected: [UInt8], _ actual: [UInt8]) -> String {
        let diff = UnifiedDiffWriter(contextLines: 1, oldPrefix: "expected/", newPrefix: "actual/")
            .render(LineDiff(old: expected, new: actual), oldPath: "file", newPath: "file")
        let text = String(decoding: diff, as: UTF8.self).replacingOccurrences(of: "\r", with: "␍")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(14)
        return lines.map { "      " + $0 }.joined(separator: "\n")
    }
}
