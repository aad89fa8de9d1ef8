import Foundation
import Testing

/// Replays real releases of Swift packages: the `git diff` between two tags, applied with
/// `astpatch apply` to the older tree, must give the newer tree byte for byte. A file astpatch
/// rejects must really be worse afterwards: its new version must have more syntax errors (by
/// `astpatch check`) than its old one. The packages come from the local mirrors that
/// `git ls-remote --get-url` names, so the test needs no network.
struct ReplayTests {
    @Test(.enabled(if: Release.mirrorsAvailable, "needs local git mirrors of the Swift packages"),
          arguments: Release.all)
    func replaysARelease(_ release: Release) throws {
        let replay = try Replay(release)
        defer { try? FileManager.default.removeItem(atPath: replay.directory) }
        let outcome = try replay.run()
        print("replay \(release): \(outcome.summary)")

        if !outcome.troubles.isEmpty {
            Issue.record("astpatch could not apply parts of a real git diff:\n\(outcome.troubles.joined(separator: "\n"))")
        }
        if !outcome.mismatches.isEmpty {
            Issue.record("applied, but not as git made them:\n\(outcome.mismatches.joined(separator: "\n"))")
        }
        let falseRejections = outcome.rejections.filter { !$0.isWorse }
        if !falseRejections.isEmpty {
            Issue.record("""
                \(falseRejections.count) file(s) rejected, though the new version has no more syntax errors than the old:
                \(falseRejections.map(\.description).joined(separator: "\n"))
                """)
        }
    }
}

/// Two tags of a package, and which of the files between them to replay.
struct Release: Sendable, CustomTestStringConvertible, CustomStringConvertible {
    var repository: String
    var old: String
    var new: String
    /// Git pathspecs limiting the diff (none: every file).
    var pathspecs: [String] = []
    /// Why the diff is limited, when it is.
    var limitation: String?

    var description: String { "\(repository) \(old)→\(new)" + (limitation.map { " (\($0))" } ?? "") }
    var testDescription: String { description }

    // Chosen so that the whole test stays within about a minute in a debug build on two cores:
    // astpatch validates Swift with swift-syntax's parser, which is slow unoptimised, so the
    // largest Swift diffs are cut down by path.
    static let all: [Release] = [
        Release(repository: "apple/swift-nio", old: "2.101.2", new: "2.101.3"),
        Release(repository: "jpsim/Yams", old: "5.0.1", new: "6.2.2"),
        Release(repository: "Quick/Nimble", old: "13.8.0", new: "14.0.0"),
        Release(repository: "vapor/jwt-kit", old: "5.7.1", new: "5.8.0"),
        Release(repository: "apple/swift-crypto", old: "3.12.3", new: "4.5.2", pathspecs: [":(exclude)*.swift"],
                limitation: "its 243 Swift files left out for time; the C, C++, assembly and JSON files"),
        Release(repository: "swiftlang/swift-syntax", old: "600.0.1", new: "602.0.0",
                pathspecs: ["Sources", ":(exclude,glob)**/generated/**", ":(exclude)Sources/SwiftSyntax", ":(exclude)Sources/SwiftParser"],
                limitation: "Sources/ but generated/, SwiftSyntax and SwiftParser"),
    ]

    /// The local bare repository git fetches the package from, if there is one.
    var mirror: String? {
        guard let url = try? CLI.shell("git ls-remote --get-url \(Shell.quoted("https://github.com/\(repository).git"))")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        else { return nil }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url, isDirectory: &isDirectory), isDirectory.boolValue,
              [old, new].allSatisfy({ tag in (try? CLI.shell("git -C \(Shell.quoted(url)) cat-file -e \(Shell.quoted(tag + "^{commit}"))")) != nil })
        else { return nil }
        return url
    }

    static let mirrorsAvailable = all.allSatisfy { $0.mirror != nil }
}

/// One replay: the trees, the diff, and the runs of `astpatch` over them.
struct Replay {
    let release: Release
    let mirror: String
    let directory: String
    var oldTree: String { directory + "/old" }
    var newTree: String { directory + "/new" }

    init(_ release: Release) throws {
        self.release = release
        mirror = try #require(release.mirror)
        directory = try CLI.temporaryDirectory("replay")
    }

    /// A file the diff changes, as `git diff --name-status` lists it.
    struct Change {
        var status: Character
        var oldPath: String?
        var newPath: String?
        var paths: [String] { [oldPath, newPath].compactMap { $0 } }
    }

    /// A file astpatch refused, with the syntax error counts of its two versions.
    struct Rejection: CustomStringConvertible {
        var path: String
        var change: String
        var errorsBefore: Int
        var errorsAfter: Int
        var firstDiagnostic: String

        var isWorse: Bool { errorsAfter > errorsBefore }
        var description: String {
            "\(path) (\(change)): \(errorsBefore) error(s) before, \(errorsAfter) after; astpatch: \(firstDiagnostic)"
        }
    }

    struct Outcome {
        var changes = 0
        var identical = 0
        var patches: [Int] = []
        var seconds = 0.0
        var rejections: [Rejection] = []
        var mismatches: [String] = []
        var troubles: [String] = []

        var summary: String {
            let worse = rejections.filter(\.isWorse)
            return "\(changes) file changes, \(identical) applied byte-identical, \(rejections.count) rejected "
                + "(\(worse.count) with more syntax errors afterwards, \(worse.filter { $0.change == "created" }.count) of them new files; "
                + "\(rejections.count - worse.count) no worse), \(mismatches.count) mismatched, \(troubles.count) not applicable; "
                + "apply runs: \(patches.map { "\($0) files" }.joined(separator: ", then ")), \(String(format: "%.1f", seconds)) s"
        }
    }

    func git(_ arguments: String) throws -> String {
        try CLI.shell("git -C \(Shell.quoted(mirror)) -c core.quotePath=false \(arguments)")
    }

    var pathspecs: String {
        release.pathspecs.map(Shell.quoted).joined(separator: " ")
    }

    func run() throws -> Outcome {
        try FileManager.default.createDirectory(atPath: oldTree, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: newTree, withIntermediateDirectories: true)
        try git("archive --format=tar \(Shell.quoted(release.old)) | tar -x -C \(Shell.quoted(oldTree))")
        try git("archive --format=tar \(Shell.quoted(release.new)) | tar -x -C \(Shell.quoted(newTree))")

        // Text files only: a unified diff without --binary cannot carry binary files, symbolic
        // links or submodules.
        let range = "\(Shell.quoted(release.old)) \(Shell.quoted(release.new))"
        var excluded = Set<String>()
        for record in try git("diff --numstat -z --no-renames \(range) -- \(pathspecs)").split(separator: "\0") {
            let fields = record.split(separator: "\t", maxSplits: 2)
            if fields.count == 3, fields[0] == "-" { excluded.insert(String(fields[2])) }
        }
        var raw = try git("diff --raw -z --no-renames \(range) -- \(pathspecs)").split(separator: "\0")[...]
        while let header = raw.popFirst(), let path = raw.popFirst() {
            let modes = header.dropFirst().split(separator: " ").prefix(2)
            if modes.contains(where: { $0 == "120000" || $0 == "160000" }) { excluded.insert(String(path)) }
        }
        let specs = pathspecs + excluded.sorted().map { " " + Shell.quoted(":(exclude,literal)" + $0) }.joined()

        let diffOptions = "--no-color --no-ext-diff --no-textconv --find-renames \(range) -- \(specs)"
        var fields = try git("diff --name-status -z \(diffOptions)").split(separator: "\0", omittingEmptySubsequences: false)[...]
        var changes: [Change] = []
        while let status = fields.popFirst(), let kind = status.first {
            let first = String(fields.popFirst() ?? "")
            switch kind {
            case "R", "C": changes.append(Change(status: kind, oldPath: kind == "R" ? first : nil, newPath: String(fields.popFirst() ?? "")))
            case "A": changes.append(Change(status: kind, oldPath: nil, newPath: first))
            case "D": changes.append(Change(status: kind, oldPath: first, newPath: nil))
            default: changes.append(Change(status: kind, oldPath: first, newPath: first))
            }
        }
        // The patch lists its files in the order --name-status does: one section per change. It is
        // kept as bytes: not every file is UTF-8.
        let fullPatch = directory + "/full.diff"
        try git("diff \(diffOptions) > \(Shell.quoted(fullPatch))")
        let sections = Self.sections(of: [UInt8](try Data(contentsOf: URL(fileURLWithPath: fullPatch))))
        try #require(sections.count == changes.count, "\(sections.count) diff sections for \(changes.count) changes")

        var outcome = Outcome(changes: changes.count)
        let start = ContinuousClock.now
        // The patch applies all or nothing, so a rejected file blocks every other one: apply the
        // rest again without it, until what is left applies.
        var blocked = Set<String>()
        var reports: [String: ApplyReport.File] = [:]
        for attempt in 1...4 {
            let kept = changes.indices.filter { !changes[$0].paths.contains(where: blocked.contains) }
            if kept.isEmpty { break }
            let patchPath = directory + "/attempt\(attempt).diff"
            try Data(kept.flatMap { sections[$0] }).write(to: URL(fileURLWithPath: patchPath))
            let result = try CLI.run(["apply", "--json", "--root", oldTree, patchPath])
            outcome.patches.append(kept.count)
            guard let report = try? JSONDecoder().decode(ApplyReport.self, from: Data(result.stdout.utf8)) else {
                outcome.troubles.append("apply printed no JSON report (exit \(result.status)): \(result.stderr)")
                break
            }
            for diagnostic in report.diagnostics {
                outcome.troubles.append("\(diagnostic.kind): \(diagnostic.message)")
            }
            let expectedStatus: Int32 = report.status == "applied" ? 0 : report.status == "rejected" ? 1 : 2
            if result.status != expectedStatus {
                outcome.troubles.append("apply exited with \(result.status) on a \(report.status) patch")
            }
            if report.status == "applied" { break }
            let refused = report.files.filter { $0.status == "rejected" || $0.status == "error" }
            for file in refused {
                reports[file.path] = file
                blocked.insert(file.path)
                if let from = file.renamedFrom { blocked.insert(from) }
            }
            if refused.isEmpty || !report.diagnostics.isEmpty || attempt == 4 {
                outcome.troubles.append("the patch did not apply (\(report.status)) and no file is to blame")
                break
            }
        }
        let elapsed = ContinuousClock.now - start
        outcome.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18

        for change in changes where !change.paths.contains(where: blocked.contains) {
            let problems = change.paths.compactMap(compare)
            if problems.isEmpty {
                outcome.identical += 1
            } else {
                outcome.mismatches += problems
            }
        }

        let refused = reports.values.sorted { $0.path < $1.path }
        for file in refused where file.status == "error" {
            outcome.troubles.append("\(file.path): " + file.diagnostics.map { "\($0.kind): \($0.message)" }.joined(separator: "; "))
        }
        let rejected = refused.filter { $0.status == "rejected" }
        let before = try errorCounts(rejected.compactMap { $0.change == "created" ? nil : $0.renamedFrom ?? $0.path }, in: oldTree)
        let after = try errorCounts(rejected.map(\.path), in: newTree)
        for file in rejected {
            let first = file.diagnostics.first.map { "\($0.line ?? 0):\($0.column ?? 0): \($0.kind): \($0.message)" } ?? "no diagnostic"
            let oldPath = file.change == "created" ? nil : file.renamedFrom ?? file.path
            outcome.rejections.append(Rejection(path: file.path, change: file.change,
                                                errorsBefore: oldPath.flatMap { before[$0] } ?? 0,
                                                errorsAfter: after[file.path] ?? 0, firstDiagnostic: first))
        }
        return outcome
    }

    /// Splits a git diff into its per-file sections.
    static func sections(of patch: [UInt8]) -> [[UInt8]] {
        let header = Array("diff --git ".utf8)
        var starts: [Int] = []
        var lineStart = 0
        while lineStart < patch.count {
            if patch[lineStart...].starts(with: header) { starts.append(lineStart) }
            lineStart = (patch[lineStart...].firstIndex(of: 0x0A) ?? patch.count) + 1
        }
        return starts.indices.map { Array(patch[starts[$0]..<(starts.indices.contains($0 + 1) ? starts[$0 + 1] : patch.count)]) }
    }

    /// Why `path` in the patched old tree differs from the new tree, or nil when it does not.
    func compare(_ path: String) -> String? {
        let manager = FileManager.default
        let patched = oldTree + "/" + path
        let wanted = newTree + "/" + path
        switch (manager.fileExists(atPath: patched), manager.fileExists(atPath: wanted)) {
        case (false, false): return nil
        case (true, false): return "\(path): still there, but the new version has no such file"
        case (false, true): return "\(path): missing"
        case (true, true):
            guard manager.contents(atPath: patched) == manager.contents(atPath: wanted) else {
                return "\(path): the content differs"
            }
            let executable = { (file: String) in
                ((try? manager.attributesOfItem(atPath: file)[.posixPermissions] as? Int) ?? 0) & 0o111 != 0
            }
            return executable(patched) == executable(wanted) ? nil : "\(path): the executable bit differs"
        }
    }

    /// `astpatch check`'s count of syntax errors for each of the files, by path.
    func errorCounts(_ paths: [String], in tree: String) throws -> [String: Int] {
        let existing = paths.filter { FileManager.default.fileExists(atPath: tree + "/" + $0) }
        guard !existing.isEmpty else { return [:] }
        let result = try CLI.run(["check", "--json", "--"] + existing, directory: tree)
        let report = try JSONDecoder().decode(CheckReport.self, from: Data(result.stdout.utf8))
        return Dictionary(report.files.map { ($0.path, $0.diagnostics.count) }, uniquingKeysWith: max)
    }

    struct ApplyReport: Decodable {
        struct File: Decodable {
            var path: String
            var status: String
            var change: String
            var renamedFrom: String?
            var diagnostics: [Diagnostic]
        }

        struct Diagnostic: Decodable {
            var kind: String
            var message: String
            var line: Int?
            var column: Int?
        }

        var status: String
        var files: [File]
        var diagnostics: [Diagnostic]
    }

    struct CheckReport: Decodable {
        struct File: Decodable {
            var path: String
            var diagnostics: [Diagnostic]
        }

        struct Diagnostic: Decodable {
            var kind: String
        }

        var files: [File]
    }
}

enum Shell {
    /// `text` as one word for bash.
    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
