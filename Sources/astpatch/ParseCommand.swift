import ArgumentParser
import ASTPatch
import Foundation
import TreeSitter

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse", abstract: "Print a file's syntax tree.")

    @Flag(help: "Print nested JSON nodes (type, named, field, start/end byte and point) instead of an S-expression.")
    var json = false

    @Option(help: "The file's language, instead of detecting it from its name or shebang.")
    var language: String?

    @Argument(help: "The file to parse.")
    var file: String

    func run() throws {
        let input = try InputFile.load(file, language: language)
        let parser = Parser()
        do {
            try parser.setLanguage(try GrammarRegistry.shared.language(named: input.language))
        } catch {
            printError("astpatch: \(file): \(error)")
            throw Outcome.trouble
        }
        guard let tree = parser.parse(input.source.parseableBytes) else {
            printError("astpatch: \(file): the parser gave up")
            throw Outcome.trouble
        }
        if json {
            print(JSONOutput.string(SyntaxTreeJSON(tree.rootNode, field: nil)))
        } else {
            print(tree.rootNode.sExpression)
        }
    }
}

/// A node as `parse --json` prints it.
struct SyntaxTreeJSON: Encodable {
    let type: String
    let named: Bool
    let field: String?
    let startByte: Int
    let endByte: Int
    let startPoint: [Int]
    let endPoint: [Int]
    let missing: Bool?
    let error: Bool?
    let children: [SyntaxTreeJSON]?

    init(_ node: Node, field: String?) {
        type = node.type
        named = node.isNamed
        self.field = field
        startByte = node.startByte
        endByte = node.endByte
        startPoint = [node.startPoint.row, node.startPoint.column]
        endPoint = [node.endPoint.row, node.endPoint.column]
        missing = node.isMissing ? true : nil
        error = node.isError ? true : nil
        let count = node.childCount
        children = count == 0 ? nil : (0..<count).compactMap { index in
            node.child(at: index).map { SyntaxTreeJSON($0, field: node.fieldName(forChildAt: index)) }
        }
    }
}
