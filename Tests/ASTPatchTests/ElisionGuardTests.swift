import ASTPatch
import Testing

/// The elision guard: an edit that replaces code with a placeholder comment is refused as
/// `elided_code`, naming the lines it replaced; near misses pass.
struct ElisionGuardTests {
    let python = "def add(a, b):\n    total = a + b\n    print(total)\n    return total\n\n\ndef sub(a, b):\n    return a - b\n"
    let javascript = "function add(a, b) {\n  const total = a + b;\n  console.log(total);\n  return total;\n}\n"

    private func plan(_ patch: String, files: [String: String], allowPlaceholders: Bool = false) throws -> PatchPlan {
        PatchPlanner(workspace: MemoryFileStore(texts: files), options: ApplyOptions(allowPlaceholders: allowPlaceholders))
            .plan(try PatchReader.read(Array(patch.utf8)))
    }

    @Test func aPlaceholderReplacingABodyIsRefused() throws {
        let patch = ##"{"edits": [{"file": "app.py", "op": "replace", "target": {"symbol": "add"}, "content": "def add(a, b):\n    # ... existing code ...\n    return total\n"}]}"##
        let result = try plan(patch, files: ["app.py": python])
        #expect(result.status == .rejected)
        let diagnostic = try #require(result.allDiagnostics.first)
        #expect(diagnostic.kind == .elidedCode)
        #expect(diagnostic.message.contains("lines 2–3"))
        #expect(diagnostic.message.contains("# ... existing code ..."))
        #expect(diagnostic.line == 2)
        #expect(diagnostic.editIndex == 0)
    }

    @Test func aPlaceholderInAUnifiedDiffIsRefused() throws {
        let patch = """
            --- a/add.js
            +++ b/add.js
            @@ -1,5 +1,4 @@
             function add(a, b) {
            -  const total = a + b;
            -  console.log(total);
            +  // ... rest of the function unchanged ...
               return total;
             }

            """
        let result = try plan(patch, files: ["add.js": javascript])
        #expect(result.allDiagnostics.map(\.kind) == [.elidedCode])
        #expect(result.allDiagnostics.first?.message.contains("lines 2–3") == true)
    }

    @Test func aBlockCommentPlaceholderIsRefused() throws {
        let patch = ##"{"edits": [{"file": "add.js", "op": "replace", "target": {"lines": [2, 3]}, "content": "/* ...same as before... */\n"}]}"##
        let result = try plan(patch, files: ["add.js": javascript])
        #expect(result.allDiagnostics.map(\.kind) == [.elidedCode])
    }

    @Test func aPlaceholderThatReplacesNothingPasses() throws {
        let patch = ##"{"edits": [{"file": "app.py", "op": "insert_after", "target": {"symbol": "add"}, "content": "# ... existing code ...\n"}]}"##
        #expect(try plan(patch, files: ["app.py": python]).status == .applied)
    }

    @Test func aPlaceholderReplacingOnlyACommentPasses() throws {
        let file = "def f():\n    # old note\n    return 1\n"
        let patch = ##"{"edits": [{"file": "app.py", "op": "replace", "target": {"text": "# old note"}, "content": "# ... rest as before ..."}]}"##
        #expect(try plan(patch, files: ["app.py": file]).status == .applied)
    }

    @Test func aPlaceholderAlreadyInTheFilePasses() throws {
        let file = "def f():\n    x = 1\n    # ... existing code ...\n    return x\n"
        let patch = ##"{"edits": [{"file": "app.py", "op": "replace", "target": {"lines": [2, 3]}, "content": "x = 2\n# ... existing code ...\n"}]}"##
        #expect(try plan(patch, files: ["app.py": file]).status == .applied)
    }

    @Test func anOrdinaryCommentReplacingCodePasses() throws {
        let patch = ##"{"edits": [{"file": "app.py", "op": "replace", "target": {"text": "print(total)"}, "content": "# printing removed: see the logger"}]}"##
        #expect(try plan(patch, files: ["app.py": python]).status == .applied)
    }

    @Test func anEllipsisInAStringIsNoPlaceholder() throws {
        let patch = ##"{"edits": [{"file": "app.py", "op": "replace", "target": {"text": "print(total)"}, "content": "print('# ... rest unchanged ...')"}]}"##
        #expect(try plan(patch, files: ["app.py": python]).status == .applied)
    }

    @Test func allowPlaceholdersTurnsTheGuardOff() throws {
        let patch = ##"{"edits": [{"file": "app.py", "op": "replace", "target": {"symbol": "add"}, "content": "def add(a, b):\n    # ... existing code ...\n    return total\n"}]}"##
        #expect(try plan(patch, files: ["app.py": python], allowPlaceholders: true).status == .applied)
    }

    @Test(arguments: [
        ("# ... existing code ...", true), ("# ...existing code...", true), ("# … unchanged …", true),
        ("# ... rest of the function ...", true), ("# ... (same as before) ...", true), ("# ... omitted for brevity ...", true),
        ("# TODO: handle the rest", false), ("# wait...", false), ("# the rest of the items", false),
        ("# ... and then the loop below walks every remaining entry of the table until it finds one that matches", false),
    ])
    func placeholderWording(comment: String, isPlaceholder: Bool) throws {
        let content = "    \(comment)\n"
        let patch = ##"{"edits": [{"file": "app.py", "op": "replace", "target": {"lines": [2, 3]}, "content": "\##(content.replacingOccurrences(of: "\n", with: "\\n"))"}]}"##
        let result = try plan(patch, files: ["app.py": python])
        #expect(result.allDiagnostics.contains { $0.kind == .elidedCode } == isPlaceholder, "\(result.allDiagnostics)")
    }
}
