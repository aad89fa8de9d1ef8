import Foundation
import Testing

/// `astpatch apply` run as an agent or a person runs it, on real files in a temporary root.
struct ApplyCommandTests {
    let root: String

    init() throws {
        root = try CLI.temporaryDirectory("apply")
        try write("app.py", "class Greeter:\n    def greet(self):\n        return \"hi\"\n\n\ndef add(a, b):\n    return a+b\n")
        try write("web/a.js", "class A {\n  m() {\n    return 1;\n  }\n}\n")
    }

    func write(_ path: String, _ text: String) throws {
        try write(path, Array(text.utf8))
    }

    func write(_ path: String, _ bytes: [UInt8]) throws {
        let full = root + "/" + path
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: full))
    }

    func read(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: root + "/" + path)))
    }

    func snapshot() throws -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        for relative in FileManager.default.enumerator(atPath: root)!.compactMap({ $0 as? String }) {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[relative] = try read(relative)
            }
        }
        return result
    }

    func apply(_ patch: String, _ extra: [String] = []) throws -> CLI.Result {
        try CLI.run(["apply", "--root", root] + extra + ["-"], stdin: Data(patch.utf8))
    }

    @Test func appliesAnEditListAndReportsJSON() throws {
        let patch = #"""
            {"edits": [
              {"file": "app.py", "op": "replace", "target": {"text": "return a+b"}, "content": "return a + b"},
              {"file": "app.py", "op": "insert_after", "target": {"symbol": "Greeter.greet"}, "content": "def wave(self):\n    return \"wave\"\n"},
              {"file": "app.py", "op": "insert_after", "target": {"query": "(function_definition name: (identifier) @n (#eq? @n \"add\")) @target"}, "content": "\n\ndef sub(a, b):\n    return a - b\n"}
            ]}
            """#
        let result = try apply(patch, ["--json"])
        #expect(result.status == 0, "\(result.stdout)")
        let report = try #require(try CLI.json(result.stdout) as? [String: Any])
        #expect(report["status"] as? String == "applied")
        let files = try #require(report["files"] as? [[String: Any]])
        #expect(files.count == 1 && files[0]["path"] as? String == "app.py" && files[0]["status"] as? String == "applied")
        let summary = files[0]["summary"] as? [String] ?? []
        #expect(summary.contains("inserted function_definition sub") && summary.contains("inserted function_definition wave"), "\(summary)")
        #expect(String(decoding: try read("app.py"), as: UTF8.self) == """
            class Greeter:
                def greet(self):
                    return "hi"
                def wave(self):
                    return "wave"


            def add(a, b):
                return a + b


            def sub(a, b):
                return a - b

            """)
    }

    @Test func refusesAnEditThatBreaksTheSyntaxAndWritesNothing() throws {
        let before = try snapshot()
        let patch = #"{"edits": [{"file": "app.py", "op": "replace", "target": {"symbol": "add"}, "content": "def add(a, b:\n    return a + b"}]}"#
        let result = try apply(patch)
        #expect(result.status == 1)
        // tree-sitter-python notices the unclosed parenthesis on the line after it.
        #expect(result.stdout.hasPrefix("app.py:6:") || result.stdout.hasPrefix("app.py:7:"))
        #expect(result.stdout.contains(": syntax_error: ") || result.stdout.contains(": missing_node: "))
        #expect(result.stdout.contains("patch rejected: nothing was written"))
        #expect(try snapshot() == before)
    }

    @Test func catchesTheEditThatEscapesItsMethod() throws {
        let before = try snapshot()
        let patch = #"{"edits": [{"file": "web/a.js", "op": "replace", "target": {"text": "return 1;"}, "content": "return 1; } n() { return 2;"}]}"#
        let result = try apply(patch, ["--json"])
        #expect(result.status == 1)
        let report = try #require(try CLI.json(result.stdout) as? [String: Any])
        let diagnostics = ((report["files"] as? [[String: Any]])?.first?["diagnostics"] as? [[String: Any]]) ?? []
        #expect(diagnostics.first?["kind"] as? String == "scope_violation")
        #expect(diagnostics.first?["line"] as? Int == 3)
        #expect(try snapshot() == before)
    }

    @Test func allOrNothingAcrossFiles() throws {
        let before = try snapshot()
        let patch = #"""
            {"edits": [
              {"file": "new.py", "op": "create", "content": "x = 1\n"},
              {"file": "app.py", "op": "delete", "target": {"lines": [6, 7]}},
              {"file": "web/a.js", "op": "replace", "target": {"text": "return 1;"}, "content": "return (1;"}
            ]}
            """#
        let result = try apply(patch)
        #expect(result.status == 1)
        #expect(try snapshot() == before)
        #expect(!FileManager.default.fileExists(atPath: root + "/new.py"))
    }

    @Test func aWriteThatFailsLeavesEveryFileAsItWas() throws {
        // `blocker` is a file, so the folder of `blocker/new.py` cannot be made: the change to
        // app.py, staged before it, must not reach the disk either.
        try write("blocker", "not a folder\n")
        let before = try snapshot()
        let diff = """
            diff --git a/app.py b/app.py
            --- a/app.py
            +++ b/app.py
            @@ -6,2 +6,2 @@
             def add(a, b):
            -    return a+b
            +    return a + b
            diff --git a/blocker/new.py b/blocker/new.py
            new file mode 100644
            --- /dev/null
            +++ b/blocker/new.py
            @@ -0,0 +1 @@
            +x = 1

            """
        let result = try apply(diff, ["--json"])
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        let report = try #require(try CLI.json(result.stdout) as? [String: Any])
        #expect(report["status"] as? String == "error")
        let kinds = ((report["files"] as? [[String: Any]]) ?? []).flatMap { ($0["diagnostics"] as? [[String: Any]]) ?? [] }.map { $0["kind"] as? String }
        #expect(kinds.contains("io_error"), "\(kinds)")
        #expect(try snapshot() == before)
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: root).filter { $0.contains("astpatch-") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test func aBatchOfManyFilesIsJudgedFileByFile() throws {
        // Enough files for the results to be parsed on several threads; one of them breaks.
        var diff = ""
        for index in 0..<40 {
            let name = "pkg/m\(index).py"
            try write(name, "def f\(index)(x):\n    return x\n")
            let broken = index == 29
            diff += """
                diff --git a/\(name) b/\(name)
                --- a/\(name)
                +++ b/\(name)
                @@ -1,2 +1,2 @@
                 def f\(index)(x):
                -    return x
                +    return \(broken ? "(x" : "x + \(index)")

                """
        }
        let before = try snapshot()
        let result = try apply(diff, ["--json"])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        let report = try #require(try CLI.json(result.stdout) as? [String: Any])
        let files = try #require(report["files"] as? [[String: Any]])
        let rejected = files.filter { $0["status"] as? String == "rejected" }.compactMap { $0["path"] as? String }
        #expect(rejected == ["pkg/m29.py"])
        #expect(files.count == 40)
        #expect(try snapshot() == before)

        // Without the broken file, all 40 are written, each with its own change.
        let fixed = diff.replacingOccurrences(of: "return (x", with: "return x + 29")
        let applied = try apply(fixed)
        #expect(applied.status == 0, "\(applied.stdout)\(applied.stderr)")
        for index in [0, 17, 29, 39] {
            #expect(String(decoding: try read("pkg/m\(index).py"), as: UTF8.self) == "def f\(index)(x):\n    return x + \(index)\n")
        }
    }

    @Test func keepsModeCRLFBOMAndMissingFinalNewline() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("def f():\r\n    return 1\r\n\r\nx = f()".utf8)
        try write("tool.py", bytes)
        chmod(root + "/tool.py", 0o750)
        let patch = #"{"edits": [{"file": "tool.py", "op": "insert_after", "target": {"symbol": "f"}, "content": "\n\ndef g():\n    return 2\n"}]}"#
        let result = try apply(patch)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let expected: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("def f():\r\n    return 1\r\n\r\n\r\ndef g():\r\n    return 2\r\n\r\nx = f()".utf8)
        #expect(try read("tool.py") == expected)
        let attributes = try FileManager.default.attributesOfItem(atPath: root + "/tool.py")
        #expect((attributes[.posixPermissions] as? Int) == 0o750)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root).filter { $0.contains("astpatch-") }
        #expect(leftovers.isEmpty)
    }

    @Test func appliesUnifiedDiffsAndApplyPatchText() throws {
        let diff = """
            diff --git a/web/a.js b/web/a.js
            --- a/web/a.js
            +++ b/web/a.js
            @@ -1,5 +1,5 @@
             class A {
               m() {
            -    return 1;
            +    return 42;
               }
             }

            """
        #expect(try apply(diff).status == 0)
        #expect(String(decoding: try read("web/a.js"), as: UTF8.self).contains("return 42;"))
        let v4a = """
            *** Begin Patch
            *** Update File: web/a.js
            @@ class A {
               m() {
            -    return 42;
            +    return 43;
               }
            *** Add File: lib/b.py
            +y = 2
            *** End Patch
            """
        let result = try apply(v4a, ["--json"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(String(decoding: try read("web/a.js"), as: UTF8.self).contains("return 43;"))
        #expect(String(decoding: try read("lib/b.py"), as: UTF8.self) == "y = 2\n")
        let mismatch = try apply(diff)
        #expect(mismatch.status == 1)
        #expect(mismatch.stdout.contains("hunk_mismatch"))
    }

    @Test func dryRunPrintsTheDiffAndWritesNothing() throws {
        let before = try snapshot()
        let patch = #"{"edits": [{"file": "app.py", "op": "replace", "target": {"text": "return a+b"}, "content": "return a + b"}]}"#
        let result = try apply(patch, ["--dry-run"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("--- a/app.py\n+++ b/app.py\n@@ -4,4 +4,4 @@"))
        #expect(result.stdout.contains("-    return a+b\n+    return a + b\n"))
        #expect(try snapshot() == before)
    }

    @Test func troubleIsExitTwoAndNamesThePatchPosition() throws {
        let malformed = try apply("{\"edits\": [\n  {\"file\": \"app.py\", \"op\": \"explode\"}\n]}", ["--json"])
        #expect(malformed.status == 2)
        let report = try #require(try CLI.json(malformed.stdout) as? [String: Any])
        #expect(report["status"] as? String == "error")
        let diagnostic = try #require((report["diagnostics"] as? [[String: Any]])?.first)
        #expect(diagnostic["kind"] as? String == "malformed_patch")
        let secondLine = "  {\"file\": \"app.py\", \"op\": \"explode\"}"
        let column = secondLine.distance(from: secondLine.startIndex, to: secondLine.firstRange(of: "\"explode\"")!.lowerBound) + 1
        #expect(diagnostic["line"] as? Int == 2 && diagnostic["column"] as? Int == column)
        #expect((diagnostic["message"] as? String)?.contains("explode") == true)

        let outside = try apply(#"{"edits": [{"file": "../escape.py", "op": "create", "content": "x = 1\n"}]}"#)
        #expect(outside.status == 2)
        #expect(outside.stdout.contains("path_outside_root"))
        #expect(!FileManager.default.fileExists(atPath: (root as NSString).deletingLastPathComponent + "/escape.py"))

        try FileManager.default.createSymbolicLink(atPath: root + "/out", withDestinationPath: NSTemporaryDirectory())
        let viaLink = try apply(#"{"edits": [{"file": "out/x.py", "op": "create", "content": "x = 1\n"}]}"#)
        #expect(viaLink.status == 2)
        #expect(viaLink.stdout.contains("symbolic link"))
    }

    @Test func ambiguousTargetsListTheirCandidates() throws {
        try write("dup.py", "x = 1\ny = 2\nx = 1\n")
        let result = try apply(#"{"edits": [{"file": "dup.py", "op": "delete", "target": {"text": "x = 1\n"}}]}"#, ["--json"])
        #expect(result.status == 1)
        let report = try #require(try CLI.json(result.stdout) as? [String: Any])
        let diagnostic = try #require(((report["files"] as? [[String: Any]])?.first?["diagnostics"] as? [[String: Any]])?.first)
        #expect(diagnostic["kind"] as? String == "anchor_ambiguous")
        #expect(diagnostic["candidates"] as? [Int] == [1, 3])
    }

    @Test func filesWithoutAGrammarAreUnvalidatedUnlessRequired() throws {
        try write("notes.txt", "alpha\nbeta\n")
        let patch = #"{"edits": [{"file": "notes.txt", "op": "replace", "target": {"text": "beta"}, "content": "gamma"}]}"#
        let required = try apply(patch, ["--require-grammar", "--json"])
        #expect(required.status == 1)
        #expect(required.stdout.contains("no_grammar"))
        let result = try apply(patch, ["--json"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"status\":\"unvalidated\""))
        #expect(try read("notes.txt") == Array("alpha\ngamma\n".utf8))
    }
}

/// The whole conformance suite, through the CLI.
struct ConformanceSuiteTests {
    @Test func everyFixtureCasePasses() throws {
        let result = try CLI.run(["conformance", CLI.packageRoot + "/Fixtures"])
        let closing = result.stdout.split(separator: "\n").last.map(String.init) ?? ""
        #expect(result.status == 0, "\(result.stdout.suffix(4000))")
        #expect(closing.hasSuffix(" 0 failed"))
        let passed = Int(closing.split(separator: " ").first ?? "") ?? 0
        #expect(passed >= 250)
    }
}
