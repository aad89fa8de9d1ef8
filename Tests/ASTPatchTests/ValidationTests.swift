import Foundation
import ASTPatch
import Testing
import TreeSitter

struct ValidationTests {
    let checker = SyntaxChecker()

    @Test(arguments: Samples.languages)
    func cleanSamplesAreWellFormed(language: String) throws {
        let path = try #require(Samples.file(language, "clean"))
        let verdict = checker.check(path: path, bytes: try Samples.bytes(path))
        #expect(verdict.language == language)
        #expect(verdict.status == .clean, "\(verdict.diagnostics.map(\.message))")
    }

    @Test(arguments: Samples.languages.filter { Samples.file($0, "broken") != nil })
    func brokenSamplesAreFlaggedAtTheirMistake(language: String) throws {
        let path = try #require(Samples.file(language, "broken"))
        let expected = try #require(try Samples.expectation(language).brokenLine)
        let verdict = checker.check(path: path, bytes: try Samples.bytes(path))
        #expect(verdict.status == .errors)
        let first = try #require(verdict.diagnostics.first)
        // tree-sitter-yaml recovers with one ERROR from the top of the file to the mistake, so
        // only its range can hold the line; every other grammar points at the line itself.
        if language == "yaml" {
            #expect((first.start.line...first.end.line).contains(expected))
        } else {
            #expect(first.start.line == expected, "\(first.message)")
        }
    }

    @Test func swiftIsJudgedBySwiftParserNotTreeSitterSwift() throws {
        // Valid Swift that tree-sitter-swift 0.7.4 marks as broken.
        let text = "func f(promise: EventLoopPromise<Void>) {\n    promise.succeed(())\n}\n"
        let source = SourceText(Array(text.utf8))
        let parser = Parser()
        try parser.setLanguage(try GrammarRegistry.shared.language(named: "swift"))
        let tree = try #require(parser.parse(source.parseableBytes))
        #expect(!TreeSitterValidator().diagnostics(for: source, tree: tree).isEmpty)
        #expect(SwiftSyntaxValidator().diagnostics(for: source, tree: nil).isEmpty)
        #expect(checker.check(path: "f.swift", bytes: source.bytes).status == .clean)
    }

    @Test func swiftErrorsCarryTheCompilersMessageAndPosition() {
        let text = "struct A {\n    func f() {\n        let x = (1, 2\n    }\n}\n"
        let verdict = checker.check(path: "a.swift", bytes: Array(text.utf8))
        #expect(verdict.status == .errors)
        let first = verdict.diagnostics.first
        #expect(first?.start.line == 3)
        #expect(first?.message.contains("expected ')'") == true)
    }

    @Test func missingNodesAreReportedAsMissing() {
        let verdict = checker.check(path: "a.go", bytes: Array("package a\n\nfunc f() {\n\tx := g(1, 2\n}\n".utf8))
        #expect(verdict.diagnostics.count == 1)
        #expect(verdict.diagnostics.first?.kind == .missingNode)
        #expect(verdict.diagnostics.first?.message == "missing `)`")
        #expect(verdict.diagnostics.first?.start.line == 4)
    }

    @Test func positionsCountFromAfterTheByteOrderMark() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("x = (1,\n".utf8)
        let verdict = checker.check(path: "bom.py", bytes: bytes)
        #expect(verdict.status == .errors)
        #expect(verdict.diagnostics.first?.start.line == 1)
        #expect(verdict.diagnostics.first.map { $0.start.column <= 5 } == true)
    }

    @Test func crlfFilesReportTheSameLinesAsLFFiles() throws {
        let lf = "def f():\n    return (1,\n\ny = 2\n"
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        let a = checker.check(path: "a.py", bytes: Array(lf.utf8))
        let b = checker.check(path: "b.py", bytes: Array(crlf.utf8))
        #expect(a.diagnostics.map(\.start) == b.diagnostics.map(\.start))
        #expect(!a.diagnostics.isEmpty)
    }

    @Test func binaryAndUnknownFilesAreSkippedNotFailed() {
        #expect(checker.check(path: "x.py", bytes: [0x78, 0x00, 0x3D]).status == .skipped("binary content"))
        #expect(checker.check(path: "x.zzz", bytes: Array("hi".utf8)).status == .skipped("no grammar for this file type"))
    }

    @Test func parallelCheckingKeepsTheOrderOfFiles() throws {
        let files = Samples.languages.compactMap { Samples.file($0, "clean") } + Samples.languages.compactMap { Samples.file($0, "broken") }
        let verdicts = SyntaxChecker(threads: 4).check(files: files)
        #expect(verdicts.map(\.path) == files)
        let serial = SyntaxChecker(threads: 1).check(files: files)
        #expect(verdicts == serial)
    }

    /// Paths that overlap (a folder, a folder inside it, a file inside that) give each file one
    /// verdict, in the collector's order, while the walk and the checks overlap.
    @Test func overlappingPathsCheckEachFileOnce() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("astpatch-overlap-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/inner", withIntermediateDirectories: true)
        try Data("x = 1\n".utf8).write(to: URL(fileURLWithPath: root + "/a.py"))
        try Data("y = (\n".utf8).write(to: URL(fileURLWithPath: root + "/inner/b.py"))
        let paths = [root, root + "/inner", root + "/inner/b.py", root + "/a.py"]
        let (verdicts, missing) = SyntaxChecker(threads: 2).check(paths: paths)
        #expect(missing.isEmpty)
        #expect(verdicts.map(\.path) == FileCollector.collect(paths).files)
        #expect(verdicts.map(\.path).sorted() == [root + "/a.py", root + "/inner/b.py"])
        #expect(verdicts.map(\.status) == [.clean, .errors])
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
