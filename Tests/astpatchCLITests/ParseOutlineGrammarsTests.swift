import Foundation
import Testing

struct ParseCommandTests {
    @Test func printsTheSExpression() throws {
        let result = try CLI.run(["parse", Samples.root + "/edge/noeol.py"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("(module "))
    }

    @Test func jsonNodesCarryTypeFieldBytesAndPoints() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "def f(a):\n    return a\n".write(toFile: directory + "/f.py", atomically: true, encoding: .utf8)
        let result = try CLI.run(["parse", "--json", directory + "/f.py"])
        #expect(result.status == 0)
        let root = try #require(try CLI.json(result.stdout) as? [String: Any])
        #expect(root["type"] as? String == "module")
        let function = try #require((root["children"] as? [[String: Any]])?.first)
        #expect(function["type"] as? String == "function_definition")
        #expect(function["startByte"] as? Int == 0 && function["endByte"] as? Int == 22)
        #expect(function["endPoint"] as? [Int] == [1, 12])
        let children = try #require(function["children"] as? [[String: Any]])
        #expect(children[0]["type"] as? String == "def" && children[0]["named"] as? Bool == false)
        #expect(children[1]["field"] as? String == "name" && children[1]["named"] as? Bool == true)
    }

    @Test func aByteOrderMarkIsNotPartOfTheTree() throws {
        let result = try CLI.run(["parse", "--json", Samples.root + "/edge/bom.py"])
        let root = try #require(try CLI.json(result.stdout) as? [String: Any])
        #expect(root["startByte"] as? Int == 0)
        #expect(!result.stdout.contains("\"ERROR\""))
    }
}

struct OutlineCommandTests {
    @Test(arguments: ["swift", "python", "typescript", "go", "rust"])
    func namesTheExpectedSymbolPaths(language: String) throws {
        let path = try #require(Samples.file(language, "clean"))
        let result = try CLI.run(["outline", "--json", path])
        #expect(result.status == 0)
        let report = try #require(try CLI.json(result.stdout) as? [String: Any])
        #expect(report["language"] as? String == language)
        let symbols = try #require(report["symbols"] as? [[String: Any]])
        let paths = Set(symbols.compactMap { $0["path"] as? String })
        for expected in try Samples.expectation(language).outline {
            #expect(paths.contains(expected), "\(language): \(expected)")
        }
        for symbol in symbols {
            #expect((symbol["startLine"] as? Int ?? 0) <= (symbol["endLine"] as? Int ?? -1))
            #expect(symbol["kind"] is String)
        }
    }

    @Test func textOutlineShowsRangesKindsAndPaths() throws {
        let result = try CLI.run(["outline", Samples.root + "/swift/clean.swift"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("struct Greeter"))
        #expect(result.stdout.contains("method Greeter.greet#2"))
    }
}

struct GrammarsCommandTests {
    @Test func listShowsEveryLanguageInstalledWithItsABI() throws {
        let result = try CLI.run(["grammars", "list", "--json"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        let rows = try #require(try CLI.json(String(lines[1])) as? [[String: Any]])
        #expect(rows.count >= 23)
        for row in rows {
            #expect(row["installed"] as? Bool == true, "\(row["name"] ?? "")")
            #expect([13, 14].contains(row["abi"] as? Int ?? 0))
        }
        let text = try CLI.run(["grammars", "list"])
        #expect(text.stdout.contains("swift       0.7.4     14   yes"))
    }

    @Test func installIsIdempotent() throws {
        let result = try CLI.run(["grammars", "install", "python", "json"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("0 installed, 2 already installed, 0 failed"))
    }

    @Test func installRejectsAnUnknownLanguage() throws {
        let result = try CLI.run(["grammars", "install", "klingon"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown language 'klingon'"))
    }
}
