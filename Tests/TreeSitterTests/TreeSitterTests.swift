import ASTPatch
import Testing
import TreeSitter

/// The binding over Debian's libtree-sitter, exercised with the installed Python grammar.
struct TreeSitterTests {
    let python: Language

    init() throws {
        python = try GrammarRegistry.shared.language(named: "python")
    }

    func parse(_ text: String) throws -> Tree {
        let parser = Parser()
        try parser.setLanguage(python)
        return try #require(parser.parse(Array(text.utf8)))
    }

    @Test func nodesReportTypesRangesAndFields() throws {
        let tree = try parse("def add(a, b):\n    return a+b\n")
        let root = tree.rootNode
        #expect(root.type == "module")
        #expect(!root.hasError)
        let function = try #require(root.namedChild(at: 0))
        #expect(function.type == "function_definition")
        #expect(function.byteRange == 0..<29)
        #expect(function.startPoint == Point(row: 0, column: 0))
        #expect(function.endPoint == Point(row: 1, column: 14))
        let name = try #require(function.child(byField: "name"))
        #expect(name.text(in: Array("def add(a, b):\n    return a+b\n".utf8)) == "add")
        #expect(function.fieldName(forChildAt: 1) == "name")
        #expect(name.parent == function)
        #expect(root.sExpression.hasPrefix("(module (function_definition name: (identifier)"))
    }

    @Test func errorAndMissingNodesAreRecognised() throws {
        let tree = try parse("x = )\nprint(1\n")
        #expect(tree.rootNode.hasError)
        var errors = 0
        let cursor = tree.rootNode.walk()
        var visited = 0
        func visit() {
            visited += 1
            if cursor.currentNode.isError { errors += 1 }
            if cursor.gotoFirstChild() {
                repeat { visit() } while cursor.gotoNextSibling()
                cursor.gotoParent()
            }
        }
        visit()
        #expect(errors >= 1)
        #expect(visited > 5)
        #expect(Node.errorSymbol == UInt16.max)

        let parser = Parser()
        try parser.setLanguage(try GrammarRegistry.shared.language(named: "c"))
        let c = try #require(parser.parse(Array("int main() { return 1 }\n".utf8)))
        let statement = try #require(c.rootNode.namedDescendant(spanning: 13..<21))
        #expect(statement.type == "return_statement")
        let semicolon = try #require(statement.children.last)
        #expect(semicolon.isMissing && semicolon.type == ";")
        #expect(semicolon.byteRange.isEmpty)
        #expect(c.rootNode.hasError)
    }

    @Test func incrementalReparseReportsChangedRanges() throws {
        let before = Array("x = 1\ny = 2\n".utf8)
        let after = Array("x = 1\ny = 22\n".utf8)
        let parser = Parser()
        try parser.setLanguage(python)
        let old = try #require(parser.parse(before))
        old.edit(InputEdit(startByte: 10, oldEndByte: 11, newEndByte: 12,
                           startPoint: Point(row: 1, column: 4), oldEndPoint: Point(row: 1, column: 5),
                           newEndPoint: Point(row: 1, column: 6)))
        let new = try #require(parser.parse(after, oldTree: old))
        #expect(new.rootNode.endByte == after.count)
        let changed = old.changedRanges(to: new)
        #expect(changed.allSatisfy { $0.lowerBound >= 6 })
        #expect(new.rootNode.sExpression == (try parse("x = 1\ny = 22\n")).rootNode.sExpression)
    }

    @Test func queriesEvaluateTextPredicates() throws {
        let text = "def add(a, b):\n    return a+b\n\ndef sub(a, b):\n    return a-b\n\ndef _hidden():\n    pass\n"
        let tree = try parse(text)
        let bytes = Array(text.utf8)
        let eq = try Query(language: python, source: #"(function_definition name: (identifier) @n (#eq? @n "sub")) @target"#)
        let matches = eq.matches(in: tree.rootNode, source: bytes)
        #expect(matches.count == 1)
        let target = try #require(eq.captureIndex(named: "target"))
        #expect(matches[0].nodes(forCapture: target).first?.startPoint.row == 3)

        let notEq = try Query(language: python, source: #"(function_definition name: (identifier) @n (#not-eq? @n "sub"))"#)
        #expect(notEq.matches(in: tree.rootNode, source: bytes).count == 2)

        let match = try Query(language: python, source: #"(function_definition name: (identifier) @n (#match? @n "^_"))"#)
        #expect(match.matches(in: tree.rootNode, source: bytes).count == 1)

        let anyOf = try Query(language: python, source: #"(function_definition name: (identifier) @n (#any-of? @n "add" "sub"))"#)
        #expect(anyOf.matches(in: tree.rootNode, source: bytes).count == 2)
    }

    @Test func badQueriesAreRefusedWithTheirOffset() throws {
        #expect(throws: TreeSitterError.query(kind: .nodeType, offset: 1)) {
            _ = try Query(language: python, source: "(no_such_node) @x")
        }
    }

    @Test func emptyInputParses() throws {
        let parser = Parser()
        try parser.setLanguage(python)
        let tree = try #require(parser.parse([]))
        #expect(tree.rootNode.type == "module")
        #expect(tree.rootNode.byteRange == 0..<0)
    }
}
