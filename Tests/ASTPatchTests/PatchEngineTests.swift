@testable import ASTPatch
import Foundation
import Testing

struct PatchPlannerTests {
    @Test func plansAnEditInMemoryWithoutADisk() throws {
        let store = MemoryFileStore(texts: ["src/app.py": "class Greeter:\n    def greet(self):\n        return 'hi'\n"])
        let patch = try PatchReader.read(Array(#"""
            {"edits": [{"file": "src/app.py", "op": "replace", "target": {"symbol": "Greeter.greet"},
                        "content": "def greet(self, name):\n    return 'hi ' + name\n"}]}
            """#.utf8))
        let plan = PatchPlanner(workspace: store).plan(patch)
        #expect(plan.status == .applied)
        let file = try #require(plan.files.first)
        #expect(file.change == .modified && file.language == "python")
        #expect(file.newBytes == Array("class Greeter:\n    def greet(self, name):\n        return 'hi ' + name\n".utf8))
        #expect(plan.steps == [.write(path: "src/app.py", bytes: file.newBytes!, mode: 0o644)])
    }

    @Test func rejectsInMemoryWithTheResultsLineAndColumn() throws {
        let store = MemoryFileStore(texts: ["main.go": "package main\n\nfunc main() {\n\tprintln(1)\n}\n"])
        let patch = try PatchReader.read(Array(#"{"edits": [{"file": "main.go", "op": "replace", "target": {"text": "println(1)"}, "content": "println(1"}]}"#.utf8))
        let plan = PatchPlanner(workspace: store).plan(patch)
        #expect(plan.status == .rejected)
        let diagnostic = try #require(plan.allDiagnostics.first)
        #expect(diagnostic.kind == .missingNode || diagnostic.kind == .syntaxError)
        #expect(diagnostic.line == 4)
        #expect(diagnostic.path == "main.go")
    }

    @Test func pathsCannotLeaveTheStore() throws {
        let store = MemoryFileStore()
        #expect(throws: PatchDiagnostic.self) { try store.normalize("../x") }
        #expect(throws: PatchDiagnostic.self) { try store.normalize("/etc/passwd") }
        #expect(try store.normalize("a/./b/../c.py") == "a/c.py")
    }
}

struct EditPlacementTests {
    func place(_ op: Edit.Operation, _ target: ResolvedTarget, _ content: String, in text: String) -> String {
        let source = SourceText(Array(text.utf8))
        let edit = EditPlacement.edit(op, at: target, content: Array(content.utf8), in: source)
        return String(decoding: edit.applied(to: source.parseableBytes), as: UTF8.self)
    }

    @Test func nodeReplaceContinuesTheFirstLineAndReindentsTheRest() {
        let text = "class A:\n    def f(self):\n        return 1\n"
        let node = ResolvedTarget(range: 13..<text.utf8.count - 1, kind: .node)
        #expect(place(.replace, node, "def f(self):\n    return 2\n", in: text) == "class A:\n    def f(self):\n        return 2\n")
    }

    @Test func linesReplaceIndentsEveryLineAndKeepsTheLineBreak() {
        let text = "if x:\n    a = 1\n    b = 2\n"
        let lines = ResolvedTarget(range: 6..<16, kind: .lines)
        #expect(place(.replace, lines, "a = 10\nc = 3", in: text) == "if x:\n    a = 10\n    c = 3\n    b = 2\n")
    }

    @Test func insertsGoOnTheirOwnLinesAndSupplyTheLineBreak() {
        let text = "def f():\n    return 1\n"
        let node = ResolvedTarget(range: 13..<21, kind: .node)
        #expect(place(.insertBefore, node, "x = 0", in: text) == "def f():\n    x = 0\n    return 1\n")
        #expect(place(.insertAfter, node, "y = 2", in: text) == "def f():\n    return 1\n    y = 2\n")
    }

    @Test func insertAfterTheLastLineKeepsAMissingFinalNewlineMissing() {
        let text = "a = 1\nb = 2"
        let node = ResolvedTarget(range: 6..<11, kind: .node)
        #expect(place(.insertAfter, node, "c = 3\n", in: text) == "a = 1\nb = 2\nc = 3")
    }

    @Test func deleteRemovesWholeLinesOnlyWhenNothingElseStandsOnThem() {
        let text = "a = 1\nb = 2\nc = 3; d = 4\n"
        #expect(place(.delete, ResolvedTarget(range: 6..<11, kind: .node), "", in: text) == "a = 1\nc = 3; d = 4\n")
        #expect(place(.delete, ResolvedTarget(range: 12..<18, kind: .node), "", in: text) == "a = 1\nb = 2\n d = 4\n")
    }

    @Test func crlfFilesGetCRLFContent() {
        let text = "a = 1\r\nb = 2\r\n"
        let node = ResolvedTarget(range: 0..<5, kind: .node)
        #expect(place(.insertAfter, node, "x = 1\ny = 2\n", in: text) == "a = 1\r\nx = 1\r\ny = 2\r\nb = 2\r\n")
    }

    @Test func blankContentLinesBecomeEmpty() {
        let text = "def f():\n    return 1\n"
        let node = ResolvedTarget(range: 13..<21, kind: .node)
        #expect(place(.insertBefore, node, "x = 0\n   \ny = 1", in: text) == "def f():\n    x = 0\n\n    y = 1\n    return 1\n")
    }
}

struct SyntaxGateTests {
    @Test func offsetsMoveThroughEditsAndVanishInsideThem() {
        let edits = [ByteEdit(range: 10..<12, replacement: Array("abcd".utf8)), ByteEdit(range: 0..<0, replacement: [0x20])]
        #expect(SyntaxGate.map(5, through: edits) == 6)
        #expect(SyntaxGate.map(11, through: edits) == nil)
        #expect(SyntaxGate.map(20, through: edits) == 23)
    }
}

struct EditListParserTests {
    @Test func reportsMistakesAtTheirLineAndColumn() {
        let text = "{\"edits\": [\n  {\"file\": \"a.py\", \"op\": \"replace\", \"target\": {\"lines\": [3, 1]}, \"content\": \"x\"}\n]}"
        #expect {
            try EditListParser.parse(Array(text.utf8))
        } throws: { error in
            guard let diagnostic = error as? PatchDiagnostic else { return false }
            return diagnostic.kind == .malformedPatch && diagnostic.line == 2 && diagnostic.column == 57
                && diagnostic.message.contains("lines must be [first, last]")
        }
        #expect {
            try EditListParser.parse(Array("{\"edits\": [\n  {\"file\": \"a.py\",, }\n]}".utf8))
        } throws: { error in
            (error as? PatchDiagnostic).map { $0.line == 2 && $0.column == 19 && $0.message.contains("not valid JSON") } ?? false
        }
    }

    @Test func readsEveryOperationAndTargetKind() throws {
        let text = #"""
            {"edits": [
              {"file": "a.py", "op": "replace", "target": {"text": "x", "occurrence": 2}, "content": "y"},
              {"file": "a.py", "op": "insert_before", "target": {"symbol": "A.f"}, "content": "z"},
              {"file": "a.py", "op": "insert_after", "target": {"query": "(x) @target", "all": true}, "content": "z"},
              {"file": "a.py", "op": "delete", "target": {"lines": [1, 2]}},
              {"file": "b.py", "op": "create", "content": ""},
              {"file": "c.py", "op": "delete_file"},
              {"file": "d.py", "op": "rename_file", "to": "e.py"}
            ]}
            """#
        let list = try EditListParser.parse(Array(text.utf8))
        #expect(list.edits.map(\.operation) == Edit.Operation.allCases)
        #expect(list.edits[0].target == .text(Array("x".utf8), .occurrence(2)))
        #expect(list.edits[2].target == .query("(x) @target", .all))
        #expect(list.edits[3].target == .lines(1, 2))
        #expect(list.edits[6].renameTo == "e.py")
        #expect(list.edits[1].patchLine == 3)
    }
}
