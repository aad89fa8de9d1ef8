@testable import ASTPatch
import Foundation
import Testing

private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

/// Applies a file patch and checks the `FileChange.edits` contract: made in order to the old bytes,
/// the edits give `newBytes` exactly.
private func applyChecked(_ patch: UnifiedFilePatch, to old: [UInt8]?) throws -> FileChange {
    let change = try patch.apply(to: old)
    if change.kind == .modify, let old {
        let replayed = change.edits.reduce(old) { $1.applied(to: $0) }
        #expect(replayed == change.newBytes, "edits of \(patch.path) do not give newBytes")
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

struct UnifiedDiffParserTests {
    @Test func readsAGitDiffWithSeveralFiles() throws {
        let text = """
            diff --git a/Sources/App.swift b/Sources/App.swift
            index 3b18e51..a9c2f3e 100644
            --- a/Sources/App.swift
            +++ b/Sources/App.swift
            @@ -1,3 +1,3 @@ struct App {
             let a = 1
            -let b = 2
            +let b = 3
             let c = 4
            @@ -10 +10,2 @@
             x
            +y
            diff --git a/new.txt b/new.txt
            new file mode 100644
            index 0000000..e69de29
            --- /dev/null
            +++ b/new.txt
            @@ -0,0 +1 @@
            +hello
            diff --git a/gone.txt b/gone.txt
            deleted file mode 100755
            index e69de29..0000000
            --- a/gone.txt
            +++ /dev/null
            @@ -1 +0,0 @@
            -bye

            """
        let files = try UnifiedDiffParser.parse(bytes(text))
        #expect(files.map(\.path) == ["Sources/App.swift", "new.txt", "gone.txt"])
        #expect(files.map(\.line) == [1, 13, 20])
        let app = files[0]
        #expect(app.oldPath == "Sources/App.swift" && app.newPath == "Sources/App.swift" && app.isGitStyle)
        #expect(app.hunks.count == 2)
        #expect(app.hunks[0].section == "struct App {" && app.hunks[0].line == 5)
        #expect(app.hunks[0].oldLines == [bytes("let a = 1\n"), bytes("let b = 2\n"), bytes("let c = 4\n")])
        #expect(app.hunks[0].newLines == [bytes("let a = 1\n"), bytes("let b = 3\n"), bytes("let c = 4\n")])
        #expect((app.hunks[1].oldStart, app.hunks[1].oldCount, app.hunks[1].newStart, app.hunks[1].newCount) == (10, 1, 10, 2))
        #expect(files[1].isNew && files[1].oldPath == nil && files[1].newMode == "100644")
        #expect(files[2].isDeleted && files[2].newPath == nil && files[2].oldMode == "100755")
    }

    @Test func readsPlainDiffOutputAndStripsTimestamps() throws {
        let text = """
            --- lib/parse.c.orig\t2024-05-01 10:00:00.000000000 +0200
            +++ lib/parse.c\t2024-05-02 11:00:00.000000000 +0200
            @@ -1,2 +1,2 @@
            -int a;
            +long a;
             int b;

            """
        let file = try #require(try UnifiedDiffParser.parse(bytes(text)).first)
        #expect(file.oldPath == "lib/parse.c.orig" && file.newPath == "lib/parse.c" && !file.isGitStyle)
        // GNU patch's choice between two names: the shorter base name wins.
        #expect(file.path == "lib/parse.c")
        #expect(!file.isNew && !file.isDeleted && !file.isRename)
    }

    @Test func stripsGitPrefixesInPlainDiffsOnlyWhenBothSidesHaveThem() throws {
        let prefixed = try UnifiedDiffParser.parse(bytes("--- a/x.txt\n+++ b/x.txt\n@@ -1 +1 @@\n-1\n+2\n"))
        #expect(prefixed[0].oldPath == "x.txt" && prefixed[0].newPath == "x.txt")
        let unprefixed = try UnifiedDiffParser.parse(bytes("--- a/x.txt\n+++ c/x.txt\n@@ -1 +1 @@\n-1\n+2\n"))
        #expect(unprefixed[0].oldPath == "a/x.txt" && unprefixed[0].newPath == "c/x.txt")
        let created = try UnifiedDiffParser.parse(bytes("--- /dev/null\n+++ b/new.txt\n@@ -0,0 +1 @@\n+2\n"))
        #expect(created[0].isNew && created[0].path == "new.txt")
    }

    @Test func treatsDiffNEpochTimestampsAsAbsentFiles() throws {
        let text = """
            --- old/made.txt\t1970-01-01 00:00:00.000000000 +0000
            +++ new/made.txt\t2024-05-02 11:00:00.000000000 +0200
            @@ -0,0 +1 @@
            +made

            """
        let file = try #require(try UnifiedDiffParser.parse(bytes(text)).first)
        #expect(file.isNew && file.path == "new/made.txt")
    }

    @Test func decodesQuotedPathsWithCEscapes() throws {
        let text = """
            diff --git "a/sp\\303\\251cial \\"q\\".txt" "b/sp\\303\\251cial \\"q\\".txt"
            index 1111111..2222222 100644
            --- "a/sp\\303\\251cial \\"q\\".txt"
            +++ "b/sp\\303\\251cial \\"q\\".txt"
            @@ -1 +1 @@
            -a
            +b

            """
        let file = try #require(try UnifiedDiffParser.parse(bytes(text)).first)
        #expect(file.path == "spécial \"q\".txt")
    }

    @Test func readsPureRenamesAndModeChangesFromHeadersAlone() throws {
        let text = """
            diff --git a/old name.txt b/new name.txt
            similarity index 100%
            rename from old name.txt
            rename to new name.txt
            diff --git a/run.sh b/run.sh
            old mode 100644
            new mode 100755
            diff --git a/empty.txt b/empty.txt
            new file mode 100644
            index 0000000..e69de29

            """
        let files = try UnifiedDiffParser.parse(bytes(text))
        #expect(files.count == 3)
        #expect(files[0].isRename && files[0].oldPath == "old name.txt" && files[0].newPath == "new name.txt")
        #expect(files[0].similarity == 100 && files[0].hunks.isEmpty)
        #expect(files[1].path == "run.sh" && files[1].oldMode == "100644" && files[1].newMode == "100755")
        #expect(files[2].isNew && files[2].path == "empty.txt")

        let renamed = try applyChecked(files[0], to: bytes("same\n"))
        #expect(renamed == FileChange(kind: .modify, path: "old name.txt", newPath: "new name.txt",
                                      newBytes: bytes("same\n")))
        #expect(try files[2].apply(to: nil) == FileChange(kind: .create, path: "empty.txt", newBytes: [], newMode: 0o644))
        // A mode change carries its permission bits.
        #expect(try files[1].apply(to: bytes("echo\n")).newMode == 0o755)
    }

    @Test func skipsLeadingMailHeadersAndCommitMessages() throws {
        let text = """
            From 2f1c0e3 Mon Sep 17 00:00:00 2001
            From: A Person <a@example.com>
            Subject: [PATCH] Fix the thing

            It was broken --- now it is not.
            +++ this line is prose, not a header
            ---
             x.txt | 2 +-
             1 file changed, 1 insertion(+), 1 deletion(-)

            diff --git a/x.txt b/x.txt
            --- a/x.txt
            +++ b/x.txt
            @@ -1 +1 @@
            -old
            +new
            --\u{20}
            2.39.5

            """
        let files = try UnifiedDiffParser.parse(bytes(text))
        #expect(files.count == 1 && files[0].path == "x.txt" && files[0].line == 11)
        #expect(try applyChecked(files[0], to: bytes("old\n")).newBytes == bytes("new\n"))
    }

    @Test func keepsLineBreaksExactlyAndHonoursNoNewlineMarkers() throws {
        let text = "--- a/w.txt\n+++ b/w.txt\n@@ -1,2 +1,2 @@\n one\r\n-two\r\n\\ No newline at end of file\n+two\r\n"
        let hunk = try #require(try UnifiedDiffParser.parse(bytes(text)).first?.hunks.first)
        #expect(hunk.lines == [UnifiedHunkLine(.context, bytes("one\r\n")), UnifiedHunkLine(.removed, bytes("two\r")),
                               UnifiedHunkLine(.added, bytes("two\r\n"))])
    }

    @Test func acceptsAnEmptyLineAsEmptyContext() throws {
        let text = "--- a/e.txt\n+++ b/e.txt\n@@ -1,3 +1,3 @@\n a\n\n-b\n+c\n"
        let file = try #require(try UnifiedDiffParser.parse(bytes(text)).first)
        #expect(file.hunks[0].oldLines == [bytes("a\n"), bytes("\n"), bytes("b\n")])
        #expect(try applyChecked(file, to: bytes("a\n\nb\n")).newBytes == bytes("a\n\nc\n"))
    }

    struct MalformedCase: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let line: Int
        let column: Int
        let message: String
        var testDescription: String { name }
    }

    static let malformedCases: [MalformedCase] = [
        .init(name: "empty patch", text: "", line: 1, column: 1, message: "holds no file"),
        .init(name: "prose only", text: "just words\n", line: 1, column: 1, message: "holds no file"),
        .init(name: "binary", text: "diff --git a/i.png b/i.png\nindex 1..2 100644\nBinary files a/i.png and b/i.png differ\n",
              line: 3, column: 1, message: "binary patches are not supported"),
        .init(name: "git binary", text: "diff --git a/i.png b/i.png\nindex 1..2 100644\nGIT binary patch\nliteral 3\n",
              line: 3, column: 1, message: "binary patches are not supported"),
        .init(name: "too few lines", text: "--- a/x\n+++ b/x\n@@ -1,3 +1,3 @@\n a\n-b\n+c\ndiff --git a/y b/y\n",
              line: 7, column: 1, message: "starts with \"d\""),
        .init(name: "too many new lines", text: "--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n a\n+c\n+d\n",
              line: 6, column: 1, message: "more new lines than its header counts"),
        .init(name: "too many lines", text: "--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n d\n e\n",
              line: 7, column: 1, message: "more lines than its header counts"),
        .init(name: "garbage in hunk", text: "--- a/x\n+++ b/x\n@@ -1,3 +1,3 @@\n a\n*b\n-c\n+d\n",
              line: 5, column: 1, message: "starts with \"*\""),
        .init(name: "truncated", text: "--- a/x\n+++ b/x\n@@ -1,3 +1,3 @@\n a\n",
              line: 3, column: 1, message: "ends inside hunk"),
        .init(name: "bad header", text: "--- a/x\n+++ b/x\n@@ -1,3 +x @@\n a\n",
              line: 3, column: 10, message: "bad hunk header"),
        .init(name: "orphan hunk", text: "@@ -1 +1 @@\n-a\n+b\n", line: 1, column: 1, message: "without a file header"),
        .init(name: "lonely no-newline marker", text: "--- a/x\n+++ b/x\n@@ -1 +1 @@\n\\ No newline at end of file\n",
              line: 4, column: 1, message: "must follow a hunk line"),
    ]

    @Test(arguments: malformedCases)
    func reportsMalformedPatchesAtTheirPosition(_ example: MalformedCase) {
        let error = diagnostic { _ = try UnifiedDiffParser.parse(bytes(example.text)) }
        #expect(error?.kind == .malformedPatch)
        #expect(error?.line == example.line, "\(error?.message ?? "")")
        #expect(error?.column == example.column)
        #expect(error?.message.contains(example.message) == true, "\(error?.message ?? "no error")")
    }
}

struct UnifiedDiffApplyTests {
    static let numbered = (1...20).map { "line \($0)\n" }.joined()

    @Test func appliesAtAnOffsetFoundNearestFirst() throws {
        // The hunk says line 10, but three lines were inserted above it since the diff was made.
        let old = bytes("new 1\nnew 2\nnew 3\n" + Self.numbered)
        let text = "--- a/n.txt\n+++ b/n.txt\n@@ -9,3 +9,3 @@\n line 9\n-line 10\n+line ten\n line 11\n@@ -15,3 +15,3 @@\n line 15\n-line 16\n+line sixteen\n line 17\n"
        let change = try applyChecked(try UnifiedDiffParser.parse(bytes(text))[0], to: old)
        let expected = String(decoding: old, as: UTF8.self).replacingOccurrences(of: "line 10\n", with: "line ten\n")
            .replacingOccurrences(of: "line 16\n", with: "line sixteen\n")
        #expect(change.newBytes == bytes(expected))
        // One edit per hunk, spanning only the changed line, positioned in the text the previous edit left.
        #expect(change.edits == [ByteEdit(range: 81..<89, replacement: bytes("line ten\n")),
                                 ByteEdit(range: 130..<138, replacement: bytes("line sixteen\n"))])
    }

    @Test func reportsAMismatchAtTheExpectedLineNamingTheFirstDifference() throws {
        let text = "--- a/n.txt\n+++ b/n.txt\n@@ -9,3 +9,3 @@\n line 9\n-line 10\n+line ten\n line 11\n"
        let file = try UnifiedDiffParser.parse(bytes(text))[0]
        let old = bytes(Self.numbered.replacingOccurrences(of: "line 10\n", with: "line 10 changed\n"))
        let error = diagnostic { _ = try file.apply(to: old) }
        #expect(error?.kind == .hunkMismatch)
        #expect(error?.path == "n.txt" && error?.line == 9 && error?.column == 1 && error?.editIndex == 0)
        #expect(error?.message.contains("@@ -9,3 +9,3 @@") == true)
        #expect(error?.message.contains("line 10 is \"line 10 changed\" where the patch expects \"line 10\"") == true,
                "\(error?.message ?? "")")
    }

    @Test func namesALineBreakDifference() throws {
        let file = try UnifiedDiffParser.parse(bytes("--- a/c.txt\n+++ b/c.txt\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n"))[0]
        let error = diagnostic { _ = try file.apply(to: bytes("a\r\nb\r\n")) }
        #expect(error?.message.contains("line 1 differs only in its line break (CRLF in the file, LF in the patch)") == true,
                "\(error?.message ?? "")")
    }

    @Test func keepsHunksInOrderWithoutOverlap() throws {
        // The second hunk's lines exist only above the first hunk, so it must not apply there.
        let text = "--- a/o.txt\n+++ b/o.txt\n@@ -3,3 +3,3 @@\n c\n-d\n+D\n e\n@@ -1,2 +1,2 @@\n a\n-b\n+B\n"
        let file = try UnifiedDiffParser.parse(bytes(text))[0]
        let error = diagnostic { _ = try file.apply(to: bytes("a\nb\nc\nd\ne\nf\n")) }
        #expect(error?.kind == .hunkMismatch && error?.editIndex == 1)
    }

    @Test func anchorsHunksAtTheFilesEndsAsGitDoes() throws {
        // No trailing context: the hunk appends at the end, so it may not apply to a matching line elsewhere.
        let append = try UnifiedDiffParser.parse(bytes("--- a/t\n+++ b/t\n@@ -2,1 +2,2 @@\n x\n+y\n"))[0]
        #expect(try applyChecked(append, to: bytes("w\nx\n")).newBytes == bytes("w\nx\ny\n"))
        #expect(diagnostic { _ = try append.apply(to: bytes("w\nx\nz\n")) }?.kind == .hunkMismatch)
        // A zero-context hunk (`diff -U0`) applies where its header says.
        let zero = try UnifiedDiffParser.parse(bytes("--- a/t\n+++ b/t\n@@ -1,0 +2 @@\n+inserted\n"))[0]
        #expect(try applyChecked(zero, to: bytes("w\nx\n")).newBytes == bytes("w\ninserted\nx\n"))
    }

    @Test func refusesWhatTheFileSystemStateContradicts() throws {
        let create = try UnifiedDiffParser.parse(bytes("--- /dev/null\n+++ b/n.txt\n@@ -0,0 +1 @@\n+x\n"))[0]
        #expect(diagnostic { _ = try create.apply(to: bytes("")) }?.kind == .fileExists)
        #expect(try create.apply(to: nil) == FileChange(kind: .create, path: "n.txt", newBytes: bytes("x\n")))

        let modify = try UnifiedDiffParser.parse(bytes("--- a/m.txt\n+++ b/m.txt\n@@ -1 +1 @@\n-x\n+y\n"))[0]
        #expect(diagnostic { _ = try modify.apply(to: nil) }?.kind == .fileNotFound)

        let delete = try UnifiedDiffParser.parse(bytes("--- a/d.txt\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n"))[0]
        #expect(try delete.apply(to: bytes("x\n")) == FileChange(kind: .delete, path: "d.txt"))
        let partial = diagnostic { _ = try delete.apply(to: bytes("x\ny\n")) }
        #expect(partial?.kind == .hunkMismatch && partial?.line == 2)
        #expect(diagnostic { _ = try delete.apply(to: nil) }?.kind == .fileNotFound)
    }

    @Test func addsAndRemovesTheFinalLineBreak() throws {
        let gain = "--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n"
        #expect(try applyChecked(try UnifiedDiffParser.parse(bytes(gain))[0], to: bytes("a\nb")).newBytes == bytes("a\nb\n"))
        let lose = "--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n+b\n\\ No newline at end of file\n"
        #expect(try applyChecked(try UnifiedDiffParser.parse(bytes(lose))[0], to: bytes("a\nb\n")).newBytes == bytes("a\nb"))
        // The old line without a break matches only the file's true last line.
        #expect(diagnostic { _ = try UnifiedDiffParser.parse(bytes(gain))[0].apply(to: bytes("a\nb\n")) } != nil)
    }
}

// MARK: - Against git itself

/// Runs a program and returns its standard output as bytes.
enum TestProcess {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func run(_ arguments: [String], in directory: String? = nil, input: [UInt8]? = nil,
                    environment: [String: String] = [:], allowedStatuses: Set<Int32> = [0]) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe()
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errors) }
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errors)
        let inputPipe = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : inputPipe
        try process.run()
        if let input {
            // Feed stdin from another thread so a large output cannot block the writer.
            let handle = inputPipe.fileHandleForWriting
            let data = Data(input)
            Thread.detachNewThread {
                handle.write(data)
                try? handle.close()
            }
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard allowedStatuses.contains(process.terminationStatus) else {
            let message = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            throw Failure(description: "\(arguments.joined(separator: " ")) failed: \(message)")
        }
        return [UInt8](data)
    }

    static func temporaryDirectory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("astpatch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }
}

/// A throwaway git repository with settings that make diffs independent of the user's configuration.
struct ScratchRepository {
    let root: String

    init() throws {
        root = try TestProcess.temporaryDirectory()
        _ = try git("init", "-q")
    }

    func git(_ arguments: String...) throws -> [UInt8] {
        try TestProcess.run(["git", "-c", "core.autocrlf=false", "-c", "core.quotePath=true", "-c", "user.name=t",
                             "-c", "user.email=t@example.com", "-c", "diff.noprefix=false", "-c", "color.ui=never"]
                            + arguments, in: root, environment: ["GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1"])
    }

    func write(_ path: String, _ content: [UInt8]) throws {
        let url = URL(fileURLWithPath: root).appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(content).write(to: url)
    }

    func read(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: root).appendingPathComponent(path)))
    }

    func remove(_ path: String) throws {
        try FileManager.default.removeItem(atPath: root + "/" + path)
    }

    func commitAll(_ message: String) throws {
        _ = try git("add", "-A")
        _ = try git("commit", "-q", "-m", message)
    }

    func delete() {
        try? FileManager.default.removeItem(atPath: root)
    }
}

struct UnifiedDiffAgainstGitTests {
    /// Every file of a `git diff` between two commits, applied to the old blobs, must give git's new blobs.
    @Test func reproducesGitsOwnDiffsByteForByte() throws {
        let repo = try ScratchRepository()
        defer { repo.delete() }
        let long = (1...60).map { "    let value\($0) = \($0)\n" }
        try repo.write("Sources/Lib.swift", bytes("struct Lib {\n" + long.joined() + "}\n"))
        try repo.write("crlf.txt", bytes((1...12).map { "row \($0)\r\n" }.joined()))
        try repo.write("gains-newline.txt", bytes("alpha\nbeta"))
        try repo.write("loses-newline.txt", bytes("alpha\nbeta\n"))
        try repo.write("doomed.txt", bytes("this file\nwill go\n"))
        try repo.write("old name.swift", bytes((1...30).map { "// line \($0)\n" }.joined()))
        try repo.write("latin1.txt", [0x63, 0x61, 0x66, 0xE9, 0x0A, 0x6F, 0x6B, 0x0A])
        try repo.commitAll("before")

        var edited = long
        edited[4] = "    let value5 = 500\n"
        edited.insert("    let inserted = true\n", at: 30)
        edited.remove(at: 50)
        try repo.write("Sources/Lib.swift", bytes("struct Lib {\n" + edited.joined() + "}\n"))
        try repo.write("crlf.txt", bytes((1...12).map { $0 == 6 ? "ROW six\r\n" : "row \($0)\r\n" }.joined() + "row 13\r\n"))
        try repo.write("gains-newline.txt", bytes("alpha\nbeta\n"))
        try repo.write("loses-newline.txt", bytes("alpha\nBETA"))
        try repo.remove("doomed.txt")
        try repo.remove("old name.swift")
        try repo.write("new name.swift", bytes((1...30).map { $0 == 15 ? "// line fifteen\n" : "// line \($0)\n" }.joined()))
        try repo.write("spécial.txt", bytes("created\n"))
        try repo.write("latin1.txt", [0x63, 0x61, 0x66, 0xE9, 0x0A, 0x4F, 0x4B, 0x0A])
        try repo.commitAll("after")

        let diff = try repo.git("diff", "-M", "HEAD~1", "HEAD")
        let files = try UnifiedDiffParser.parse(diff)
        #expect(files.count == 8)
        #expect(files.contains { $0.isRename && $0.path == "old name.swift" && $0.newPath == "new name.swift" })
        #expect(files.contains { $0.isNew && $0.path == "spécial.txt" })
        for file in files {
            let old: [UInt8]? = file.isNew ? nil : try repo.git("show", "HEAD~1:" + file.path)
            let change = try applyChecked(file, to: old)
            if file.isDeleted {
                #expect(change.kind == .delete)
                continue
            }
            let newPath = change.newPath ?? change.path
            #expect(change.newBytes == (try repo.git("show", "HEAD:" + newPath)), "\(file.path)")
        }
    }

    /// GNU `diff -ruN` output between two trees, applied to the old files, gives the new files.
    @Test func reproducesGNUDiffOutput() throws {
        let root = try TestProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let before: [String: String] = [
            "keep.txt": (1...30).map { "row \($0)\n" }.joined(),
            "crlf.txt": "a\r\nb\r\nc\r\n",
            "tail.txt": "x\ny",
            "sub/gone.txt": "bye\n",
        ]
        let after: [String: String] = [
            "keep.txt": (1...30).map { $0 == 3 ? "row three\n" : $0 == 27 ? "" : "row \($0)\n" }.joined(),
            "crlf.txt": "a\r\nB\r\nc\r\nd\r\n",
            "tail.txt": "x\ny\nz\n",
            "sub/made.txt": "hello\n",
        ]
        for (side, files) in [("old", before), ("new", after)] {
            for (path, content) in files {
                let url = URL(fileURLWithPath: "\(root)/\(side)/\(path)")
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(content.utf8).write(to: url)
            }
        }
        let diff = try TestProcess.run(["diff", "-ruN", "old", "new"], in: root, allowedStatuses: [1])
        let files = try UnifiedDiffParser.parse(diff)
        #expect(files.count == 5)
        for file in files {
            // Paths are `old/…` and `new/…`; the part after the first component names the file.
            let relative = String(file.path.drop { $0 != "/" }.dropFirst())
            let old = before[relative].map { bytes($0) }
            let change = try applyChecked(file, to: old)
            #expect(change.kind == (file.isNew ? .create : file.isDeleted ? .delete : .modify), "\(relative)")
            #expect(change.newBytes == after[relative].map { bytes($0) }, "\(relative)")
        }
    }

    /// A hunk whose surroundings moved applies at an offset, exactly as `git apply` applies it: here the
    /// diff's first hunk was applied on its own before the rest, so the later hunks' lines are not
    /// where their headers say.
    @Test func appliesAtAnOffsetAsGitApplyDoes() throws {
        let repo = try ScratchRepository()
        defer { repo.delete() }
        let lines = (1...40).map { "line \($0)\n" }
        try repo.write("f.txt", bytes(lines.joined()))
        try repo.commitAll("base")
        var changed = lines
        changed.replaceSubrange(2..<3, with: ["line 3\n", "extra a\n", "extra b\n", "extra c\n"])
        changed[23] = "line 21 changed\n"
        changed.insert("tail insert\n", at: 38)
        try repo.write("f.txt", bytes(changed.joined()))
        let text = String(decoding: try repo.git("diff"), as: UTF8.self)
        _ = try repo.git("checkout", "--", "f.txt")
        let base = try repo.read("f.txt")

        let hunkStarts = text.ranges(of: "\n@@ ").map { text.index(after: $0.lowerBound) }
        #expect(hunkStarts.count == 3)
        let header = String(text[..<hunkStarts[0]])
        let first = header + String(text[hunkStarts[0]..<hunkStarts[1]])
        let rest = header + String(text[hunkStarts[1]...])

        try repo.write("first.patch", bytes(first))
        _ = try repo.git("apply", "first.patch")
        let intermediate = try repo.read("f.txt")
        #expect(try applyChecked(try UnifiedDiffParser.parse(bytes(first))[0], to: base).newBytes == intermediate)

        try repo.write("rest.patch", bytes(rest))
        _ = try repo.git("apply", "rest.patch")
        let final = try repo.read("f.txt")
        #expect(final == bytes(changed.joined()))
        let change = try applyChecked(try UnifiedDiffParser.parse(bytes(rest))[0], to: intermediate)
        #expect(change.newBytes == final)
        #expect(change.edits.count == 2)
    }

    /// Replays real release history: every `*.swift` file's patch between two tags of a local mirror,
    /// applied to the old blob, must give the new blob byte for byte.
    @Test(arguments: ["https://github.com/apple/swift-argument-parser.git",
                      "https://github.com/swiftlang/swift-syntax.git",
                      "https://github.com/apple/swift-nio.git",
                      "https://github.com/apple/swift-crypto.git"])
    func replaysRealReleaseHistory(url: String) throws {
        let location = String(decoding: (try? TestProcess.run(["git", "ls-remote", "--get-url", url])) ?? [], as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard location.hasPrefix("/"), FileManager.default.fileExists(atPath: location) else { return }
        let tags = String(decoding: try TestProcess.run(["git", "--git-dir", location, "tag", "--sort=version:refname"]),
                          as: UTF8.self).split(separator: "\n").map(String.init)
        guard tags.count >= 2 else { return }
        var applied = 0
        for (old, new) in zip(tags, tags.dropFirst()) {
            let diff = try TestProcess.run(["git", "--git-dir", location, "-c", "core.quotePath=true", "diff",
                                            "--no-color", "--no-ext-diff", "-M", old, new, "--", "*.swift"])
            guard !diff.isEmpty else { continue }
            let files = try UnifiedDiffParser.parse(diff)
            let wanted = files.flatMap { file -> [String] in
                (file.isNew ? [] : ["\(old):\(file.path)"]) + (file.isDeleted ? [] : ["\(new):\(file.newPath ?? file.path)"])
            }
            let blobs = try Self.blobs(wanted, in: location)
            for file in files {
                let before = file.isNew ? nil : blobs["\(old):\(file.path)"]
                let change = try applyChecked(file, to: before)
                if !file.isDeleted {
                    #expect(change.newBytes == blobs["\(new):\(file.newPath ?? file.path)"], "\(old)..\(new) \(file.path)")
                }
                applied += 1
            }
        }
        print("replayed \(applied) file patches of \(url) across \(tags.count) tags")
        #expect(applied > 0)
    }

    /// Reads many blobs with one `git cat-file --batch`.
    static func blobs(_ names: [String], in gitDirectory: String) throws -> [String: [UInt8]] {
        let input = bytes(names.map { $0 + "\n" }.joined())
        let output = try TestProcess.run(["git", "--git-dir", gitDirectory, "cat-file", "--batch"], input: input)
        var result: [String: [UInt8]] = [:]
        var position = 0
        for name in names {
            guard let headerEnd = output[position...].firstIndex(of: 0x0A) else { break }
            let header = String(decoding: output[position..<headerEnd], as: UTF8.self).split(separator: " ")
            position = headerEnd + 1
            guard header.count == 3, let size = Int(header[2]) else { continue }
            result[name] = Array(output[position..<(position + size)])
            position += size + 1
        }
        return result
    }
}
