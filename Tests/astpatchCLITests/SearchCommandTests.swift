import Foundation
import Testing

/// `astpatch search` on real files: symbol paths in several languages, the git-aware walk,
/// binary files, the pattern syntax, queries, output formats and exit codes.
struct SearchCommandTests {
    struct Expectation: CustomStringConvertible, Sendable {
        var file: String
        var pattern: String
        /// Line → the symbol path expected there (nil: the top level).
        var symbols: [Int: String?]
        var description: String { file }
    }

    static let expectations: [Expectation] = [
        Expectation(file: "python/clean.py", pattern: "return", symbols: [27: "Audience.size", 46: "Greeter.greet", 71: "main.render", 76: "main"]),
        Expectation(file: "swift/clean.swift", pattern: "return", symbols: [15: "Language.salutation", 40: "Greeter.greet", 48: "Greeter.greet#2", 67: "makeCafeGreeter"]),
        Expectation(file: "go/clean.go", pattern: "return", symbols: [19: String?.none, 39: "NewGreeter", 46: "Greeter.Greet", 57: "Greeter.History"]),
        Expectation(file: "rust/clean.rs", pattern: #"Self|self\."#, symbols: [22: "Greet.greet_all", 32: "Greeter.new", 51: "Greeter.greet"]),
        Expectation(file: "typescript/clean.ts", pattern: "return", symbols: [21: "Format.indent", 42: "Greeter.greet", 56: "createGreeter"]),
    ]

    func matches(_ output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n").map { try #require(try CLI.json(String($0)) as? [String: Any]) }
    }

    @Test(arguments: expectations)
    func namesTheEnclosingSymbol(_ expectation: Expectation) throws {
        let result = try CLI.run(["search", "--json", expectation.pattern, Samples.root + "/" + expectation.file])
        #expect(result.status == 0, "\(result.stderr)")
        let byLine = Dictionary(try matches(result.stdout).map { ($0["line"] as! Int, $0["symbol"] as? String) }) { first, _ in first }
        for (line, symbol) in expectation.symbols {
            #expect(byLine[line] == .some(symbol), "\(expectation.file):\(line)")
        }
    }

    /// Every line of every clean sample: the symbol path search names is the innermost
    /// declaration of `outline` holding the line's first byte.
    @Test(arguments: Samples.languages)
    func symbolPathsAgreeWithTheOutline(language: String) throws {
        let path = try #require(Samples.file(language, "clean"))
        let outline = try #require(try CLI.json(try CLI.run(["outline", "--json", path]).stdout) as? [String: Any])
        let symbols = try #require(outline["symbols"] as? [[String: Any]])
        let result = try CLI.run(["search", "--json", "^", path])
        #expect(result.status == 0)
        let found = try matches(result.stdout)
        #expect(found.count > 5)
        for match in found {
            let offset = match["startByte"] as! Int
            let innermost = symbols
                .filter { ($0["startByte"] as! Int) <= offset && offset < ($0["endByte"] as! Int) }
                .max { ($0["startByte"] as! Int, -($0["endByte"] as! Int)) < ($1["startByte"] as! Int, -($1["endByte"] as! Int)) }
            #expect(match["symbol"] as? String == innermost?["path"] as? String, "\(language) line \(match["line"]!)")
        }
    }

    @Test func textOutputIsPathLineColumnSymbolAndLine() throws {
        let result = try CLI.run(["search", "greet_all", Samples.root + "/python/clean.py"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains(Samples.root + "/python/clean.py:48:9: Greeter.greet_all:     def greet_all(self, audience: Audience) -> list[str]:"))
        #expect(lines.allSatisfy { $0.hasPrefix(Samples.root + "/python/clean.py:") })
    }

    @Test func respectsGitignoreAndSkipsGitFoldersAndBinaryFiles() throws {
        let repo = try CLI.temporaryDirectory("search-git")
        defer { try? FileManager.default.removeItem(atPath: repo) }
        try CLI.shell("git init -q . && mkdir -p src build && printf 'build/\\n*.log\\n' > .gitignore", in: repo)
        try "def needle():\n    return 1\n".write(toFile: repo + "/src/app.py", atomically: true, encoding: .utf8)
        try "needle = 1\n".write(toFile: repo + "/build/out.py", atomically: true, encoding: .utf8)
        try "needle\n".write(toFile: repo + "/debug.log", atomically: true, encoding: .utf8)
        try Data("needle\0binary\n".utf8).write(to: URL(fileURLWithPath: repo + "/blob.bin"))
        try CLI.shell("git add src/app.py .gitignore && git -c user.email=t@t -c user.name=t commit -qm base", in: repo)
        try "needle_untracked = 2\n".write(toFile: repo + "/new.py", atomically: true, encoding: .utf8)

        let result = try CLI.run(["search", "needle", "."], directory: repo)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").sorted() == [
            "new.py:1:1: needle_untracked: needle_untracked = 2",
            "src/app.py:1:5: needle: def needle():",
        ])
        // Named on the command line, an ignored file is searched; a binary one never is.
        #expect(try CLI.run(["search", "needle", "build/out.py"], directory: repo).status == 0)
        #expect(try CLI.run(["search", "needle", "blob.bin"], directory: repo).status == 1)

        // Outside a git work tree every file is searched, but never inside .git.
        let plain = try CLI.temporaryDirectory("search-plain")
        defer { try? FileManager.default.removeItem(atPath: plain) }
        try CLI.shell("mkdir -p .git sub && echo needle > .git/config && echo needle > sub/a.txt && printf 'needle\\0' > b.bin", in: plain)
        let walked = try CLI.run(["search", "needle", plain], environment: ["GIT_CEILING_DIRECTORIES": (plain as NSString).deletingLastPathComponent])
        #expect(walked.stdout == plain + "/sub/a.txt:1:1: -: needle\n")
    }

    @Test func exitCodesAreGrepsAndTroubleIsExplained() throws {
        let file = Samples.root + "/python/clean.py"
        #expect(try CLI.run(["search", "Greeter", file]).status == 0)
        let none = try CLI.run(["search", "no such text anywhere", file])
        #expect(none.status == 1 && none.stdout.isEmpty)
        let missing = try CLI.run(["search", "Greeter", file, "/no/such/path"])
        #expect(missing.status == 2 && missing.stderr.contains("/no/such/path: no such file or directory"))
        #expect(!missing.stdout.isEmpty)
        let badRegex = try CLI.run(["search", "a(b", file])
        #expect(badRegex.status == 2 && badRegex.stderr.contains("invalid regular expression"))
        let noCapture = try CLI.run(["search", "--query", "(function_definition) @f", file])
        #expect(noCapture.status == 2 && noCapture.stderr.contains("@match"))
        let badQuery = try CLI.run(["search", "--query", "(no_such_node) @match", file])
        #expect(badQuery.status == 2 && badQuery.stderr.contains("node type"))
        let usage = try CLI.run(["search"])
        #expect(usage.status == 2)
    }

    @Test func patternsAreExtendedRegularExpressionsWithPerlShorthands() throws {
        let directory = try CLI.temporaryDirectory("search-patterns")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = directory + "/t.py"
        try "x = a.b\ny = axb\nz = 42\nw = Foo.bar(1)\n".write(toFile: file, atomically: true, encoding: .utf8)
        func lines(_ arguments: [String]) throws -> [Int] {
            try matches(try CLI.run(["search", "--json"] + arguments + [file]).stdout).map { $0["line"] as! Int }
        }
        #expect(try lines(["a.b"]) == [1, 2])
        #expect(try lines(["--fixed-strings", "a.b"]) == [1])
        #expect(try lines([#"\d+"#]) == [3, 4])
        #expect(try lines([#"[\w.]+\(\d\)"#]) == [4])
        #expect(try lines(["-i", "foo"]) == [4])
        #expect(try lines(["(?i)FOO"]) == [4])
        #expect(try lines(["(?:x|z) = "]) == [1, 3])
        #expect(try lines(["-e", "-"]) == [])
        let first = try matches(try CLI.run(["search", "--json", #"b\b"#, file]).stdout)[0]
        #expect(first["column"] as? Int == 7 && first["text"] as? String == "b" && first["startByte"] as? Int == 6)
    }

    @Test func contextAndMaxCount() throws {
        let directory = try CLI.temporaryDirectory("search-context")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try (1...9).map { $0 == 3 || $0 == 4 || $0 == 8 ? "hit \($0)" : "line \($0)" }.joined(separator: "\n")
            .appending("\n").write(toFile: directory + "/f.txt", atomically: true, encoding: .utf8)
        let result = try CLI.run(["search", "-C", "1", "hit", "f.txt"], directory: directory)
        #expect(result.stdout == """
            f.txt-2-line 2
            f.txt:3:1: -: hit 3
            f.txt:4:1: -: hit 4
            f.txt-5-line 5
            --
            f.txt-7-line 7
            f.txt:8:1: -: hit 8
            f.txt-9-line 9

            """)
        let json = try matches(try CLI.run(["search", "--json", "--context", "2", "--max-count", "1", "hit", "f.txt"], directory: directory).stdout)
        #expect(json.count == 1)
        #expect((json[0]["before"] as? [[String: Any]])?.map { $0["line"] as! Int } == [1, 2])
        #expect((json[0]["after"] as? [[String: Any]])?.map { $0["text"] as! String } == ["hit 4", "line 5"])
    }

    @Test func offsetsCountBytesAfterABOMAndLinesLoseTheirCR() throws {
        let bom = try matches(try CLI.run(["search", "--json", "def", Samples.root + "/edge/bom.py"]).stdout)
        let first = try #require(bom.first)
        let text = try String(contentsOfFile: Samples.root + "/edge/bom.py", encoding: .utf8)
        let body = Array(text.utf8).starts(with: [0xEF, 0xBB, 0xBF]) ? Array(text.utf8.dropFirst(3)) : Array(text.utf8)
        let offset = first["startByte"] as! Int
        #expect(Array(body[offset..<offset + 3]) == Array("def".utf8))
        let crlf = try matches(try CLI.run(["search", "--json", ".", Samples.root + "/edge/crlf.py"]).stdout)
        #expect(!crlf.isEmpty && crlf.allSatisfy { !($0["lineText"] as! String).hasSuffix("\r") })
    }

    @Test func queriesReportMatchNodesWithPredicatesAndSkipOtherLanguages() throws {
        let directory = Samples.root
        let query = #"(function_definition name: (identifier) @n (#match? @n "^greet")) @match"#
        let result = try CLI.run(["search", "--json", "--query", query, "--language", "python", directory])
        #expect(result.status == 0, "\(result.stderr)")
        let found = try matches(result.stdout)
        #expect(found.allSatisfy { ($0["path"] as! String).hasSuffix(".py") })
        let clean = found.filter { ($0["path"] as! String).hasSuffix("python/clean.py") }
        #expect(clean.map { $0["symbol"] as? String } == ["Greeter.greet", "Greeter.greet_all"])
        #expect((clean.first?["text"] as? String)?.hasPrefix("def greet(self") == true)

        // Without --language, files whose grammar the query does not fit are skipped.
        let text = try CLI.run(["search", "--query", "(method_declaration name: (field_identifier) @n) @match",
                                Samples.root + "/go", Samples.root + "/python"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("clean.go:43:1: Greeter.Greet: func (g *Greeter) Greet"))
        #expect(!text.stdout.contains(".py:"))
    }
}
