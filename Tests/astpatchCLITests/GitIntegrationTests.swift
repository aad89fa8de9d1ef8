import Foundation
import Testing

/// The pre-commit hook with the real pre-commit framework and real git, and the SARIF output
/// against a SARIF 2.1.0 object model. Both tools come from PyPI, pinned, installed by
/// scripts/setup.sh into .venv-tools.
struct GitIntegrationTests {
    static let tools = CLI.packageRoot + "/.venv-tools/bin"

    /// A throwaway repository holding this checkout's hook manifest and script, as pre-commit
    /// clones hook repositories.
    func hookRepository() throws -> (path: String, revision: String) {
        let path = try CLI.temporaryDirectory("hook-repo")
        try FileManager.default.createDirectory(atPath: path + "/scripts", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: CLI.packageRoot + "/.pre-commit-hooks.yaml", toPath: path + "/.pre-commit-hooks.yaml")
        try FileManager.default.copyItem(atPath: CLI.packageRoot + "/scripts/pre-commit-hook.sh", toPath: path + "/scripts/pre-commit-hook.sh")
        try CLI.shell("git init -q . && git add -A && git commit -qm hook", in: path)
        return (path, try CLI.shell("git rev-parse HEAD", in: path).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    func commit(_ message: String, in repo: String, environment: String) throws -> (status: Int32, output: String) {
        let output = try CLI.shell("\(environment) git commit -m '\(message)' > commit.log 2>&1; echo $?; cat commit.log; rm commit.log", in: repo)
        let lines = output.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        return (Int32(lines[0]) ?? -1, lines.count > 1 ? String(lines[1]) : "")
    }

    @Test func thePreCommitHookBlocksOnlyNewSyntaxErrorsInStagedFiles() throws {
        let hook = try hookRepository()
        let repo = try CLI.temporaryDirectory("hook-project")
        let home = try CLI.temporaryDirectory("pre-commit-home")
        defer {
            for path in [hook.path, repo, home] { try? FileManager.default.removeItem(atPath: path) }
        }
        let config = """
            repos:
              - repo: \(hook.path)
                rev: \(hook.revision)
                hooks:
                  - id: astpatch-check

            """
        try config.write(toFile: repo + "/.pre-commit-config.yaml", atomically: true, encoding: .utf8)
        try "def ok():\n    return 1\n".write(toFile: repo + "/clean.py", atomically: true, encoding: .utf8)
        try "def old(:\n    pass\n\n\ndef other():\n    return 1\n".write(toFile: repo + "/legacy.py", atomically: true, encoding: .utf8)
        let environment = "ASTPATCH_BIN='\(CLI.binary)' PRE_COMMIT_HOME='\(home)' PATH=\"\(Self.tools):$PATH\""
        try CLI.shell("git init -q . && \(environment) pre-commit install >/dev/null && git add -A && git commit -qm base --no-verify", in: repo)

        // A clean change passes.
        try "def ok():\n    return 2\n".write(toFile: repo + "/clean.py", atomically: true, encoding: .utf8)
        try CLI.shell("git add clean.py", in: repo)
        let clean = try commit("clean change", in: repo, environment: environment)
        #expect(clean.status == 0, "\(clean.output)")
        #expect(clean.output.contains("astpatch check"))

        // A new syntax error in a staged Swift, Python or TypeScript file is blocked, with its location.
        for (file, text, location) in [
            ("Sources/A.swift", "struct A {\n    func f() {\n        let x = (1, 2\n    }\n}\n", "Sources/A.swift:3:"),
            ("tool.py", "def main():\n    print('hi'\n", "tool.py:"),
            ("web/app.ts", "export function f(a: number) {\n  return a +;\n}\n", "web/app.ts:2:"),
        ] {
            try FileManager.default.createDirectory(atPath: (repo + "/" + file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: repo + "/" + file, atomically: true, encoding: .utf8)
            try CLI.shell("git add '\(file)'", in: repo)
            let blocked = try commit("break \(file)", in: repo, environment: environment)
            #expect(blocked.status != 0, "\(file): \(blocked.output)")
            #expect(blocked.output.contains(location), "\(file): \(blocked.output)")
            try CLI.shell("git rm -q --cached '\(file)' && rm '\(file)'", in: repo)
        }

        // Touching an unrelated part of a file with an old error passes.
        try "def old(:\n    pass\n\n\ndef other():\n    return 42\n".write(toFile: repo + "/legacy.py", atomically: true, encoding: .utf8)
        try CLI.shell("git add legacy.py", in: repo)
        let legacy = try commit("unrelated edit to a legacy file", in: repo, environment: environment)
        #expect(legacy.status == 0, "\(legacy.output)")

        // An unstaged broken edit does not block a commit whose staged version is clean.
        try "def ok():\n    return 3\n".write(toFile: repo + "/clean.py", atomically: true, encoding: .utf8)
        try CLI.shell("git add clean.py", in: repo)
        try "def ok(:\n    return 3\n".write(toFile: repo + "/clean.py", atomically: true, encoding: .utf8)
        let unstaged = try commit("staged version is clean", in: repo, environment: environment)
        #expect(unstaged.status == 0, "\(unstaged.output)")
        #expect(try String(contentsOfFile: repo + "/clean.py", encoding: .utf8) == "def ok(:\n    return 3\n")
    }

    @Test func checkStagedAndBaseCountOnlyNewErrors() throws {
        let repo = try CLI.temporaryDirectory("staged")
        defer { try? FileManager.default.removeItem(atPath: repo) }
        try "def old(:\n    pass\n\nx = 1\n".write(toFile: repo + "/legacy.py", atomically: true, encoding: .utf8)
        try CLI.shell("git init -q . && git add -A && git commit -qm base", in: repo)
        try "def old(:\n    pass\n\nx = 2\n".write(toFile: repo + "/legacy.py", atomically: true, encoding: .utf8)
        try CLI.shell("git add legacy.py", in: repo)
        #expect(try CLI.run(["check", "--staged"], directory: repo).status == 0)
        #expect(try CLI.run(["check", "--base", "HEAD"], directory: repo).status == 0)
        // Without a base, the old error counts.
        #expect(try CLI.run(["check", "legacy.py"], directory: repo).status == 1)
        try "y = (\n".write(toFile: repo + "/new.py", atomically: true, encoding: .utf8)
        let base = try CLI.run(["check", "--base", "HEAD"], directory: repo)
        #expect(base.status == 1)
        #expect(base.stdout.hasPrefix("new.py:1:"))
        #expect(try CLI.run(["check", "--staged"], directory: repo).status == 0, "new.py is not staged")
    }

    @Test func sarifOutputValidatesAgainstTheSARIF210ObjectModel() throws {
        let directory = try CLI.temporaryDirectory("sarif")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "s = 'café'; t = (\n".write(toFile: directory + "/bad.py", atomically: true, encoding: .utf8)
        try "fn main() {\n    let x = ;\n}\n".write(toFile: directory + "/bad space.rs", atomically: true, encoding: .utf8)
        let result = try CLI.run(["check", "--format", "sarif", directory])
        #expect(result.status == 1)
        let sarifPath = directory + "/out.sarif"
        try result.stdout.write(toFile: sarifPath, atomically: true, encoding: .utf8)
        let validation = try CLI.shell("""
            '\(Self.tools)/python' -c '
            import json, sys
            from pydantic_sarif.model import StaticAnalysisResultsFormatSarifVersion210JsonSchema as Log
            log = Log.model_validate(json.load(open(sys.argv[1])))
            results = log.runs[0].results
            print(log.version.value if hasattr(log.version, "value") else log.version, len(results))
            for r in results:
                loc = r.locations[0].physicalLocation
                print(r.ruleId, loc.artifactLocation.uri, loc.region.startLine, loc.region.startColumn)
            ' '\(sarifPath)'
            """)
        let lines = validation.split(separator: "\n").map(String.init)
        #expect(lines.first == "2.1.0 2")
        #expect(lines.contains { $0.hasPrefix("syntax_error") && $0.contains("bad.py") })
        // Absolute paths become file:// URIs, with spaces percent-encoded.
        #expect(lines.contains { $0.contains(" file:///") && $0.contains("/bad%20space.rs 2 ") })
        // Columns count code points: `t = (` errors after "s = 'café'; " (12 code points, 13 bytes).
        #expect(lines.contains { $0.contains("/bad.py 1 ") })
    }
}
