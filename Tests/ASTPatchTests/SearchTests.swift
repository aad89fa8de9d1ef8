import ASTPatch
import Testing

/// The search library on bytes in memory: pattern translation, line accounting, symbol lookup.
struct SearchTests {
    func lines(_ pattern: String, in text: String, fixed: Bool = false, ignoreCase: Bool = false) throws -> [Int] {
        let search = TextSearch(pattern: try TextPattern(pattern, fixedStrings: fixed, ignoreCase: ignoreCase))
        return search.search(path: "t.txt", bytes: Array(text.utf8)).matches.map(\.line)
    }

    @Test(arguments: [
        (#"\d{2}"#, [2]), (#"[\d]+x"#, [3]), (#"[\w-]+="#, [4]), (#"a\.b"#, [1]), ("a.b", [1, 5]),
        ("(?:q|z)", [2, 3]), (".*?=", [4]), (#"[\]]"#, [6]), (#"[a\-]"#, [1, 4, 5, 6]),
    ])
    func perlFormsReadAsPerlWritesThem(pattern: String, expected: [Int]) throws {
        let text = "a.b\nq 42\nz 7x\nkey-name=1\naxb\n]-\n"
        #expect(try lines(pattern, in: text) == expected, "\(pattern)")
    }

    @Test func literalsAreFoundByBytesAndCaseFoldingIsASCII() throws {
        let text = "Ärger\nÄRGER\nfoo(bar)\nFOO(BAR)\n"
        #expect(try lines("foo(bar)", in: text, fixed: true) == [3])
        #expect(try lines("foo(bar)", in: text, fixed: true, ignoreCase: true) == [3, 4])
        #expect(try lines("rger", in: text, ignoreCase: true) == [1, 2])
        #expect(try lines("Ärger", in: text) == [1])
    }

    @Test func aLineIsReportedOnceAtItsFirstMatchAndTheLastLineCounts() throws {
        let search = TextSearch(pattern: try TextPattern("o"))
        let result = search.search(path: "t.txt", bytes: Array("foo boo\n\nno newline at end: o".utf8))
        #expect(result.matches.map(\.line) == [1, 3])
        #expect(result.matches.map(\.column) == [2, 2])
        #expect(result.matches[1].byteRange == 10..<11)
        #expect(try lines("^", in: "a\nb\n") == [1, 2])
        #expect(try lines("^", in: "") == [])
        #expect(try lines("$", in: "a\r\nb") == [1, 2])
    }

    @Test func badPatternsAreRefusedWithTheReason() {
        #expect(throws: SearchError.self) { try TextPattern("a(") }
        #expect(throws: SearchError.self) { try TextPattern(#"abc\"#) }
        #expect((try? TextPattern("a(", fixedStrings: true)) != nil)
    }

    @Test func theInnermostSymbolHoldingAnOffsetEnclosesIt() throws {
        let text = "class A:\n    def f(self):\n        return 1\n\n    x = 2\n\ny = 3\n"
        let index = SymbolIndex(try Outliner().symbols(in: SourceText(Array(text.utf8)), language: "python"))
        let offset = { (needle: String) in Array(text.utf8).firstRange(of: Array(needle.utf8))!.lowerBound }
        #expect(index.symbol(enclosing: offset("return"))?.path == "A.f")
        #expect(index.symbol(enclosing: offset("x = 2"))?.path == "A.x")
        #expect(index.symbol(enclosing: offset("\n\n    x"))?.path == "A")
        #expect(index.symbol(enclosing: offset("y = 3"))?.path == "y")
        #expect(index.symbol(enclosing: text.utf8.count) == nil)
    }

    @Test func queriesNeedAMatchCaptureAndFitTheirLanguage() throws {
        #expect(throws: SearchError.queryWithoutMatchCapture) {
            try StructuralSearch(query: "(function_definition) @f", language: "python")
        }
        #expect(throws: SearchError.self) { try StructuralSearch(query: "(no_such_node) @match", language: "python") }
        let search = try StructuralSearch(query: #"(call function: (identifier) @f (#eq? @f "print")) @match"#, language: "python")
        let result = try search.search(path: "t.py", bytes: Array("def f():\n    print(1)\n    len(2)\nprint(3)\n".utf8))
        #expect(result.matches.map(\.line) == [2, 4])
        #expect(result.matches.map(\.symbolPath) == ["f", nil])
        #expect(String(decoding: result.matches[0].matchedText, as: UTF8.self) == "print(1)")
    }
}
