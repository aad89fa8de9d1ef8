import Foundation
import Testing

struct CheckCommandTests {
    @Test(arguments: Samples.languages)
    func aCleanFileChecksClean(language: String) throws {
        let path = try #require(Samples.file(language, "clean"))
        let result = try CLI.run(["check", path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("checked 1 files: 0 errors"))
    }

    @Test(arguments: Samples.languages.filter { Samples.file($0, "broken") != nil && $0 != "yaml" })
    func aBrokenFileReportsItsLineAndColumn(language: String) throws {
        let path = try #require(Samples.file(language, "broken"))
        let line = try #require(try Samples.expectation(language).brokenLine)
        let result = try CLI.run(["check", path])
        #expect(result.status == 1)
        let first = try #require(result.stdout.split(separator: "\n").first.map(String.init))
        #expect(first.hasPrefix("\(path):\(line):"), "\(first)")
        #expect(first.contains(": error: "))
        // The source line and a caret follow.
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count >= 3 && lines[1].hasPrefix(" \(line) | ") && lines[2].hasSuffix("^"))
        // The caret stands under the reported column.
        let column = try #require(Int(first.dropFirst(path.count + 1).split(separator: ":")[1]))
        let sourceLine = lines[1].drop { $0 != "|" }.dropFirst(2)
        let caretLine = lines[2].drop { $0 != "|" }.dropFirst(2)
        #expect(String(sourceLine).utf8.prefix(column - 1).count == column - 1)
        #expect(caretLine.count - 1 == String(decoding: String(sourceLine).utf8.prefix(column - 1), as: UTF8.self).count)
    }

    @Test func everySwiftFileOfArgumentParserAndNIOChecksClean() throws {
        let directory = try CLI.temporaryDirectory("swift-corpus")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for (repository, tag) in [("apple/swift-argument-parser", "1.8.2"), ("apple/swift-nio", "2.101.3")] {
            let url = "https://github.com/\(repository).git"
            let gitDirectory = try CLI.shell("git ls-remote --get-url \(url)").trimmingCharacters(in: .whitespacesAndNewlines)
            let target = directory + "/" + repository
            try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
            try CLI.shell("git -C '\(gitDirectory)' archive \(tag) | tar -x -C '\(target)'")
        }
        try CLI.shell("find . -type f ! -name '*.swift' -delete", in: directory)
        let swiftFiles = try CLI.shell("find . -name '*.swift' | wc -l", in: directory)
        let result = try CLI.run(["check", "--json", directory])
        let report = try #require(try CLI.json(result.stdout) as? [String: Any])
        let summary = try #require(report["summary"] as? [String: Int])
        #expect(summary["files"] == Int(swiftFiles.trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(summary["files"]! > 600)
        #expect(summary["errors"] == 0)
        #expect(summary["clean"] == summary["files"])
        #expect(result.status == 0)
    }

    @Test func edgeCaseFilesAreHandled() throws {
        let edge = Samples.root + "/edge"
        for clean in ["crlf.py", "bom.py", "latin1.py", "noeol.py", "shebang_script", "shebang_bash"] {
            let result = try CLI.run(["check", "--json", edge + "/" + clean])
            #expect(result.status == 0, "\(clean): \(result.stdout)")
            let report = try #require(try CLI.json(result.stdout) as? [String: Any])
            let files = try #require(report["files"] as? [[String: Any]])
            #expect(files.first?["status"] as? String == "clean", "\(clean)")
        }
        #expect((try CLI.json(try CLI.run(["check", "--json", edge + "/shebang_bash"]).stdout) as? [String: Any])
            .flatMap { ($0["files"] as? [[String: Any]])?.first?["language"] as? String } == "bash")

        let binary = try CLI.run(["check", edge + "/binary.py", edge + "/binary.dat"])
        #expect(binary.status == 0)
        #expect(binary.stdout.contains("binary.py: skipped: binary content"))
        #expect(binary.stdout.contains("binary.dat: skipped: no grammar for this file type"))

        let crlf = try CLI.run(["check", edge + "/crlf_broken.py"])
        #expect(crlf.status == 1)
        #expect(crlf.stdout.hasPrefix(edge + "/crlf_broken.py:5:1: error:"))
        #expect(!crlf.stdout.contains("\r"), "a CRLF line is shown without its carriage return")
    }

    @Test func nonUTF8BytesAreShownAndCountedAsBytes() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // 0xE9 is Latin-1 "é" and not UTF-8; the stray `1` after it is at byte offset 9.
        let bytes: [UInt8] = Array("x = ['".utf8) + [0xE9] + Array("' 1]\n".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: directory + "/l.py"))
        let result = try CLI.run(["check", "--json", directory + "/l.py"])
        #expect(result.status == 1)
        let file = try #require(((try CLI.json(result.stdout) as? [String: Any])?["files"] as? [[String: Any]])?.first)
        let diagnostic = try #require((file["diagnostics"] as? [[String: Any]])?.first)
        #expect(diagnostic["line"] as? Int == 1)
        #expect(diagnostic["column"] as? Int == 10)
        #expect(diagnostic["startByte"] as? Int == 9)
        #expect(try Data(contentsOf: URL(fileURLWithPath: directory + "/l.py")) == Data(bytes))
    }

    @Test func directoriesAreWalkedWithoutWhatGitIgnores() throws {
        let repo = try CLI.temporaryDirectory("walk")
        defer { try? FileManager.default.removeItem(atPath: repo) }
        try CLI.shell("git init -q . && mkdir -p src build .hidden && printf 'build/\\n' > .gitignore", in: repo)
        try "def ok():\n    return 1\n".write(toFile: repo + "/src/ok.py", atomically: true, encoding: .utf8)
        try "def broken(:\n".write(toFile: repo + "/build/ignored.py", atomically: true, encoding: .utf8)
        try "x = (\n".write(toFile: repo + "/src/untracked.py", atomically: true, encoding: .utf8)
        try "notes\n".write(toFile: repo + "/src/notes.txt", atomically: true, encoding: .utf8)
        let result = try CLI.run(["check", "."], directory: repo)
        #expect(result.status == 1)
        #expect(result.stdout.contains("src/untracked.py:1:"))
        #expect(!result.stdout.contains("ignored.py"))
        #expect(result.stdout.contains("src/notes.txt: skipped: no grammar for this file type"))

        // Outside git, every file below the folder is walked, .git folders aside.
        let plain = try CLI.temporaryDirectory("plain")
        defer { try? FileManager.default.removeItem(atPath: plain) }
        try FileManager.default.createDirectory(atPath: plain + "/.git", withIntermediateDirectories: true)
        try "x = (\n".write(toFile: plain + "/.git/hook.py", atomically: true, encoding: .utf8)
        try "y = 1\n".write(toFile: plain + "/a.py", atomically: true, encoding: .utf8)
        let walked = try CLI.run(["check", "--json", plain])
        #expect(walked.status == 0)
        #expect(!walked.stdout.contains("hook.py"))
        #expect(walked.stdout.contains("a.py"))
    }

    @Test func troubleExitsWithTwo() throws {
        let unknown = try CLI.run(["check", "--language", "klingon", Samples.root + "/python/clean.py"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown language 'klingon'"))
        let missing = try CLI.run(["check", "/no/such/file.py"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/no/such/file.py: no such file or directory"))
        let usage = try CLI.run(["check", "--no-such-flag"])
        #expect(usage.status == 2)
        #expect(usage.stderr.contains("Unknown option"))
        let noGrammar = try CLI.run(["outline", Samples.root + "/edge/binary.dat"])
        #expect(noGrammar.status == 2)
        #expect(noGrammar.stderr.contains("no grammar for this file type"))
    }

    @Test func aMissingGrammarNamesTheFix() throws {
        let empty = try CLI.temporaryDirectory("no-grammars")
        defer { try? FileManager.default.removeItem(atPath: empty) }
        let result = try CLI.run(["check", Samples.root + "/python/clean.py"], environment: ["ASTPATCH_GRAMMAR_PATH": empty])
        #expect(result.status == 2)
        #expect(result.stderr.contains("the python grammar is not installed"))
        #expect(result.stderr.contains("astpatch grammars install python"))
    }

    @Test func languageOverrideAppliesToEveryFile() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "x = (\n".write(toFile: directory + "/script.txt", atomically: true, encoding: .utf8)
        let result = try CLI.run(["check", "--language", "py", directory + "/script.txt"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("script.txt:1:"))
    }
}
