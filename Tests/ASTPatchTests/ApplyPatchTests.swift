@testable import ASTPatch
import Foundation
import Testing

private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

private func patch(_ body: String) -> [UInt8] {
    bytes("*** Begin Patch\n" + body + "*** End Patch\n")
}

/// Parses a one-file patch, applies it, and checks the `FileChange.edits` contract.
private func apply(_ body: String, to old: [UInt8]?) throws -> FileChange {
    let files = try ApplyPatchParser.parse(patch(body))
    #expect(files.count == 1)
    let change = try files[0].apply(to: old)
    if change.kind == .modify, let old {
        #expect(change.edits.reduce(old) { $1.applied(to: $0) } == change.newBytes, "edits do not give newBytes")
    }
    return change
}

private func diagnostic(_ body: () throws -> Void) -> PatchDiagnostic? {
    do {
        try body()
        return nil
    } catch let error as PatchDiagnostic {
        return error
    } catch {
        Issue.record("unexpected error \(error)")
        return nil
    }
}

struct ApplyPatchParserTests {
    @Test func readsEveryOperation() throws {
        let text = patch("""
            *** Add File: docs/new.md
            +# Title
            +
            +body
            *** Delete File: old.txt
            *** Update File: src/app.py
            *** Move to: src/main.py
            @@ def greet():
            -    print("Hi")
            +    print("Hello")
            @@
             x = 1
            +y = 2
            *** End of File

            """)
        let files = try ApplyPatchParser.parse(text)
        #expect(files == [
            ApplyPatchFile(path: "docs/new.md", operation: .add(contents: bytes("# Title\n\nbody\n")), line: 2),
            ApplyPatchFile(path: "old.txt", operation: .delete, line: 6),
            ApplyPatchFile(path: "src/app.py", operation: .update(moveTo: "src/main.py", chunks: [
                ApplyPatchChunk(anchors: [bytes("def greet():")],
                                lines: [.removed(bytes("    print(\"Hi\")")), .added(bytes("    print(\"Hello\")"))], line: 9),
                ApplyPatchChunk(lines: [.context(bytes("x = 1")), .added(bytes("y = 2"))], isEndOfFile: true, line: 12),
            ]), line: 7),
        ])
    }

    @Test func isLenientWhereCodexIs() throws {
        // Padding around markers, a heredoc wrapper, CRLF patch text, a first chunk without `@@`, and
        // blank lines between chunks.
        let text = "\n<<'EOF'\n  *** Begin Patch  \r\n*** Update File: a.txt   \r\n keep\r\n-old\r\n+new\r\n\r\n\n@@ tail\r\n-x\r\n+y\r\n *** End Patch\r\nEOF\n"
        let files = try ApplyPatchParser.parse(bytes(text))
        guard case .update(nil, let chunks) = try #require(files.first).operation else {
            Issue.record("not an update: \(files)")
            return
        }
        #expect(files[0].path == "a.txt")
        #expect(chunks.count == 2)
        #expect(chunks[0].lines == [.context(bytes("keep")), .removed(bytes("old")), .added(bytes("new")),
                                    .context([]), .context([])])
        #expect(chunks[1].anchors == [bytes("tail")])
    }

    @Test func readsSeveralAnchorsForOneChunk() throws {
        let files = try ApplyPatchParser.parse(patch("*** Update File: a.py\n@@ class B\n@@     def f(self):\n-        return 1\n+        return 2\n"))
        guard case .update(_, let chunks) = files[0].operation else { return }
        #expect(chunks[0].anchors == [bytes("class B"), bytes("    def f(self):")])
    }

    struct MalformedCase: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let line: Int
        let message: String
        var testDescription: String { name }
    }

    static let malformedCases: [MalformedCase] = [
        .init(name: "empty", text: "\n\n", line: 1, message: "the patch is empty"),
        .init(name: "no begin", text: "*** Update File: a\n@@\n-a\n+b\n*** End Patch\n", line: 1, message: "first line"),
        .init(name: "no end", text: "*** Begin Patch\n*** Delete File: a\n", line: 2, message: "last line"),
        .init(name: "no file", text: "*** Begin Patch\n*** End Patch\n", line: 1, message: "changes no file"),
        .init(name: "bad header", text: "*** Begin Patch\n*** Rename File: a\n*** End Patch\n", line: 2,
              message: "is not a file operation"),
        .init(name: "empty update", text: "*** Begin Patch\n*** Update File: a\n*** End Patch\n", line: 2,
              message: "has no chunk"),
        .init(name: "bad chunk line", text: "*** Begin Patch\n*** Update File: a\n@@\n?what\n*** End Patch\n", line: 4,
              message: "unexpected line"),
        .init(name: "second chunk without @@", text: "*** Begin Patch\n*** Update File: a\n@@\n-a\n+b\n*** End of File\nx\n*** End Patch\n",
              line: 7, message: "expected a '@@' line"),
        .init(name: "end of file alone", text: "*** Begin Patch\n*** Update File: a\n@@\n*** End of File\n*** End Patch\n",
              line: 4, message: "has no lines"),
    ]

    @Test(arguments: malformedCases)
    func reportsMalformedPatchesAtTheirLine(_ example: MalformedCase) {
        let error = diagnostic { _ = try ApplyPatchParser.parse(bytes(example.text)) }
        #expect(error?.kind == .malformedPatch)
        #expect(error?.line == example.line && error?.column == 1, "\(error?.message ?? "no error")")
        #expect(error?.message.contains(example.message) == true, "\(error?.message ?? "no error")")
    }
}

struct ApplyPatchApplyTests {
    static let python = bytes("class A:\n    def f(self):\n        return 1\n\nclass B:\n    def f(self):\n        return 1\n")

    @Test func addsDeletesUpdatesAndMoves() throws {
        #expect(try apply("*** Add File: n.txt\n+one\n+two\n", to: nil)
                == FileChange(kind: .create, path: "n.txt", newBytes: bytes("one\ntwo\n")))
        #expect(try apply("*** Delete File: d.txt\n", to: bytes("x\n")) == FileChange(kind: .delete, path: "d.txt"))
        let moved = try apply("*** Update File: a.txt\n*** Move to: b/a.txt\n@@\n x\n-y\n+Y\n", to: bytes("x\ny\nz\n"))
        #expect(moved == FileChange(kind: .modify, path: "a.txt", newPath: "b/a.txt", newBytes: bytes("x\nY\nz\n"),
                                    edits: [ByteEdit(range: 2..<4, replacement: bytes("Y\n"))]))
    }

    @Test func refusesWhatTheFileSystemStateContradicts() {
        #expect(diagnostic { _ = try apply("*** Add File: n.txt\n+x\n", to: []) }?.kind == .fileExists)
        #expect(diagnostic { _ = try apply("*** Delete File: d.txt\n", to: nil) }?.kind == .fileNotFound)
        let update = diagnostic { _ = try apply("*** Update File: u.txt\n@@\n-x\n+y\n", to: nil) }
        #expect(update?.kind == .fileNotFound && update?.path == "u.txt")
    }

    @Test func anchorsNarrowTheSearch() throws {
        // Without the anchor the first `return 1` would change; with it, the one in class B does.
        let change = try apply("*** Update File: m.py\n@@ class B:\n-        return 1\n+        return 2\n", to: Self.python)
        #expect(change.newBytes == bytes("class A:\n    def f(self):\n        return 1\n\nclass B:\n    def f(self):\n        return 2\n"))
        let nested = try apply("*** Update File: m.py\n@@ class B:\n@@     def f(self):\n-        return 1\n+        return 3\n",
                               to: Self.python)
        #expect(nested.newBytes == bytes("class A:\n    def f(self):\n        return 1\n\nclass B:\n    def f(self):\n        return 3\n"))
    }

    @Test func chunksFollowEachOther() throws {
        let text = "*** Update File: m.py\n@@ class A:\n-        return 1\n+        return 10\n@@ class B:\n-        return 1\n+        return 20\n"
        let change = try apply(text, to: Self.python)
        #expect(change.newBytes == bytes("class A:\n    def f(self):\n        return 10\n\nclass B:\n    def f(self):\n        return 20\n"))
        #expect(change.edits.count == 2)
    }

    @Test func matchesIgnoringTrailingThenSurroundingWhitespaceThenPunctuation() throws {
        // Trailing whitespace in the file; the kept context line keeps its bytes.
        let trailing = try apply("*** Update File: t\n@@\n keep\n-old\n+new\n", to: bytes("keep  \nold\t\n"))
        #expect(trailing.newBytes == bytes("keep  \nnew\n"))
        // Indentation differs.
        let surrounding = try apply("*** Update File: t\n@@\n-if x:\n+if y:\n", to: bytes("    if x:  \n"))
        #expect(surrounding.newBytes == bytes("if y:\n"))
        // Typographic dash and quotes in the file, ASCII in the patch.
        let punctuation = try apply("*** Update File: t\n@@\n-say \"hi\" - now\n+say hi\n",
                                    to: bytes("say \u{201C}hi\u{201D} \u{2014} now\n"))
        #expect(punctuation.newBytes == bytes("say hi\n"))
        // An exact match wins over an earlier loose one.
        let exactFirst = try apply("*** Update File: t\n@@\n-x\n+y\n", to: bytes("x \nx\n"))
        #expect(exactFirst.newBytes == bytes("x \ny\n"))
    }

    @Test func pureAdditionsGoAtTheEndAsInCodex() throws {
        let end = try apply("*** Update File: t\n@@ a\n+new\n", to: bytes("a\nb\n"))
        #expect(end.newBytes == bytes("a\nb\nnew\n"))
        // Before a final blank line, which is kept.
        let blank = try apply("*** Update File: t\n@@\n+new\n", to: bytes("a\n\n"))
        #expect(blank.newBytes == bytes("a\nnew\n\n"))
        let empty = try apply("*** Update File: t\n@@\n+first\n", to: [])
        #expect(empty.newBytes == bytes("first\n"))
    }

    @Test func endOfFileChunksMatchOnlyAtTheEnd() throws {
        let file = bytes("x\ny\nx\ny\n")
        #expect(try apply("*** Update File: t\n@@\n-y\n+Y\n*** End of File\n", to: file).newBytes == bytes("x\ny\nx\nY\n"))
        let error = diagnostic { _ = try apply("*** Update File: t\n@@\n-x\n+X\n*** End of File\n", to: file) }
        #expect(error?.kind == .anchorNotFound && error?.line == 4)
        #expect(error?.message.contains("at the end of the file") == true)
    }

    @Test func retriesWithoutATrailingEmptyLine() throws {
        // The blank line at the chunk's end stands for the final line break, not a blank line in the file.
        let change = try apply("*** Update File: t\n@@\n a\n-b\n+B\n\n", to: bytes("a\nb"))
        #expect(change.newBytes == bytes("a\nB\n"))
    }

    @Test func keepsCRLFAndWritesAddedLinesWithIt() throws {
        let change = try apply("*** Update File: w.txt\n@@\n one\n-two\n+TWO\n+2.5\n three\n", to: bytes("one\r\ntwo\r\nthree\r\n"))
        #expect(change.newBytes == bytes("one\r\nTWO\r\n2.5\r\nthree\r\n"))
        #expect(change.edits == [ByteEdit(range: 5..<10, replacement: bytes("TWO\r\n2.5\r\n"))])
    }

    @Test func endsAnUpdatedFileWithALineBreak() throws {
        let change = try apply("*** Update File: t\n@@\n-a\n+A\n", to: bytes("a\nb"))
        #expect(change.newBytes == bytes("A\nb\n"))
        #expect(change.edits == [ByteEdit(range: 0..<2, replacement: bytes("A\n")), ByteEdit(range: 3..<3, replacement: bytes("\n"))])
        let appended = try apply("*** Update File: t\n@@\n+c\n", to: bytes("a\r\nb"))
        #expect(appended.newBytes == bytes("a\r\nb\r\nc\r\n"))
    }

    @Test func namesTheChunkAndLineWhenNothingMatches() throws {
        let anchor = diagnostic { _ = try apply("*** Update File: m.py\n@@ class C:\n-x\n+y\n", to: Self.python) }
        #expect(anchor?.kind == .anchorNotFound && anchor?.line == 1 && anchor?.path == "m.py" && anchor?.editIndex == 0)
        #expect(anchor?.message.contains("'@@ class C:'") == true)
        let lines = diagnostic {
            _ = try apply("*** Update File: m.py\n@@ class B:\n-        return 9\n+        return 2\n", to: Self.python)
        }
        #expect(lines?.kind == .anchorNotFound && lines?.line == 6)
        #expect(lines?.message.contains("starting with \"        return 9\"") == true, "\(lines?.message ?? "")")
    }
}

/// Runs codex's own `apply_patch` (the `codex-apply-patch` Python package) on the same inputs and compares
/// bytes. Cases stay where the two agree by design: LF files, and loose matches only on removed lines
/// (codex rewrites kept context lines from the patch; astpatch keeps the file's bytes).
struct ApplyPatchReferenceTests {
    struct Case: Sendable {
        let name: String
        let files: [String: String]
        let body: String
    }

    static let cases: [Case] = [
        Case(name: "update with context", files: ["a.txt": "one\ntwo\nthree\nfour\n"],
             body: "*** Update File: a.txt\n@@\n one\n-two\n+TWO\n three\n"),
        Case(name: "anchored chunks", files: ["m.py": "class A:\n    def f(self):\n        return 1\n\nclass B:\n    def f(self):\n        return 1\n"],
             body: "*** Update File: m.py\n@@ class A:\n-        return 1\n+        return 10\n@@ class B:\n     def f(self):\n-        return 1\n+        return 20\n"),
        Case(name: "trailing whitespace", files: ["t.txt": "a\nb   \nc\n"], body: "*** Update File: t.txt\n@@\n-b\n+B\n"),
        Case(name: "indentation", files: ["t.txt": "  if x:\n    go()\n"], body: "*** Update File: t.txt\n@@\n-if x:\n-go()\n+if y: stop()\n"),
        Case(name: "punctuation", files: ["t.txt": "x \u{2014} \u{2018}y\u{2019}\nz\n"], body: "*** Update File: t.txt\n@@\n-x - 'y'\n+w\n"),
        Case(name: "pure addition", files: ["t.txt": "a\nb\nc\n"], body: "*** Update File: t.txt\n@@ a\n+new\n"),
        Case(name: "end of file", files: ["t.txt": "x\ny\nx\ny\n"], body: "*** Update File: t.txt\n@@\n x\n-y\n+Y\n*** End of File\n"),
        Case(name: "no final newline", files: ["t.txt": "a\nb"], body: "*** Update File: t.txt\n@@\n-a\n+A\n"),
        Case(name: "trailing blank chunk line", files: ["t.txt": "a\nb"], body: "*** Update File: t.txt\n@@\n a\n-b\n+B\n\n"),
        Case(name: "add, delete, move", files: ["gone.txt": "bye\n", "old/x.txt": "x\ny\n"],
             body: "*** Add File: made/new.txt\n+hello\n+\n+world\n*** Delete File: gone.txt\n*** Update File: old/x.txt\n*** Move to: moved/x.txt\n@@\n-x\n+X\n"),
        Case(name: "missing lines", files: ["t.txt": "a\nb\n"], body: "*** Update File: t.txt\n@@\n-q\n+r\n"),
        Case(name: "missing anchor", files: ["t.txt": "a\nb\n"], body: "*** Update File: t.txt\n@@ zz\n-a\n+r\n"),
    ]

    @Test func matchesCodexApplyPatchByteForByte() throws {
        guard (try? TestProcess.run(["python3", "-c", "import codex_apply_patch"])) != nil else {
            // Not installed: `python3 -m pip install codex-apply-patch==0.4.0` enables this comparison.
            return
        }
        let root = try TestProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        for (number, example) in Self.cases.enumerated() {
            let work = "\(root)/\(number)/work"
            for (path, content) in example.files {
                try FileManager.default.createDirectory(atPath: (work + "/" + path as NSString).deletingLastPathComponent,
                                                        withIntermediateDirectories: true)
                try Data(content.utf8).write(to: URL(fileURLWithPath: work + "/" + path))
            }
            try Data(patch(example.body)).write(to: URL(fileURLWithPath: "\(root)/\(number)/patch.txt"))
        }
        let script = """
            import os, sys, codex_apply_patch as cap
            root = sys.argv[1]
            for case in sorted(os.listdir(root)):
                os.chdir(os.path.join(root, case, "work"))
                text = open("../patch.txt").read()
                try:
                    result = cap.apply_patch(text)
                    ok = result.startswith("Success")
                except Exception:
                    ok = False
                open("../status", "w").write("ok" if ok else "error")
            """
        _ = try TestProcess.run(["python3", "-c", script, root])

        var refused = 0
        for (number, example) in Self.cases.enumerated() {
            let work = "\(root)/\(number)/work"
            let referenceSucceeded = try String(contentsOfFile: "\(root)/\(number)/status", encoding: .utf8) == "ok"
            var ours = example.files.mapValues { bytes($0) }
            var failed = false
            do {
                for file in try ApplyPatchParser.parse(patch(example.body)) {
                    let change = try file.apply(to: ours[file.path])
                    ours[file.path] = nil
                    if let newBytes = change.newBytes { ours[change.newPath ?? change.path] = newBytes }
                }
            } catch {
                failed = true
            }
            #expect(failed == !referenceSucceeded, "\(example.name): codex \(referenceSucceeded ? "applied" : "refused") it")
            guard !failed else {
                refused += 1
                continue
            }
            let theirs = try Self.files(under: work)
            #expect(ours == theirs, "\(example.name)")
        }
        print("compared \(Self.cases.count) patches with codex-apply-patch: \(Self.cases.count - refused) applied alike, "
              + "\(refused) refused by both")
    }

    static func files(under directory: String) throws -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        let enumerator = FileManager.default.enumerator(atPath: directory)
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: directory + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[path] = [UInt8](try Data(contentsOf: URL(fileURLWithPath: directory + "/" + path)))
            }
        }
        return result
    }
}
