import Foundation
import ASTPatch

/// `check --format sarif`: a SARIF 2.1.0 log for code-scanning uploads. Columns are counted in
/// Unicode code points, as the log declares.
struct SARIFLog: Encodable {
    enum CodingKeys: String, CodingKey {
        case schema = "$schema", version, runs
    }

    struct Run: Encodable {
        var tool: Tool
        var columnKind = "unicodeCodePoints"
        var results: [Result]
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Driver: Encodable {
        var name = "astpatch"
        var version = "0.1.0"
        var rules: [Rule]
    }

    struct Rule: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var defaultConfiguration = Configuration()
    }

    struct Configuration: Encodable {
        var level = "error"
    }

    struct Message: Encodable {
        var text: String
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level = "error"
        var message: Message
        var locations: [Location]
    }

    struct Location: Encodable {
        var physicalLocation: PhysicalLocation
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }

    struct ArtifactLocation: Encodable {
        var uri: String
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
        var endLine: Int
        var endColumn: Int
    }

    var schema = "https://json.schemastore.org/sarif-2.1.0.json"
    var version = "2.1.0"
    var runs: [Run]

    static let rules = [
        Rule(id: "syntax_error", name: "SyntaxError", shortDescription: Message(text: "Text the language's parser cannot fit into its grammar")),
        Rule(id: "missing_node", name: "MissingToken", shortDescription: Message(text: "A token the parser had to assume, such as a missing bracket")),
    ]

    init(verdicts: [FileVerdict]) {
        var results: [Result] = []
        for verdict in verdicts {
            guard let source = verdict.source else { continue }
            for diagnostic in verdict.diagnostics {
                let ruleIndex = diagnostic.kind == .syntaxError ? 0 : 1
                let start = Self.codePointColumn(diagnostic.start, in: source)
                let end = Self.codePointColumn(diagnostic.end, in: source)
                results.append(Result(
                    ruleId: Self.rules[ruleIndex].id, ruleIndex: ruleIndex, message: Message(text: diagnostic.message),
                    locations: [Location(physicalLocation: PhysicalLocation(
                        artifactLocation: ArtifactLocation(uri: Self.uri(verdict.path)),
                        region: Region(startLine: diagnostic.start.line, startColumn: start,
                                       endLine: diagnostic.end.line, endColumn: max(end, diagnostic.end.line == diagnostic.start.line ? start : 1))))]))
            }
        }
        runs = [Run(tool: Tool(driver: Driver(rules: Self.rules)), results: results)]
    }

    /// A path as a URI: relative paths stay relative references, absolute ones become `file://`
    /// URIs; percent-encoded where URIs need it.
    static func uri(_ path: String) -> String {
        var trimmed = path
        while trimmed.hasPrefix("./") { trimmed.removeFirst(2) }
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/".utf8)
        let encoded = trimmed.utf8.map { allowed.contains($0) ? String(UnicodeScalar($0)) : String(format: "%%%02X", $0) }.joined()
        return trimmed.hasPrefix("/") ? "file://" + encoded : encoded
    }

    /// A 1-based byte column turned into a 1-based code point column.
    static func codePointColumn(_ location: SourceLocation, in source: SourceText) -> Int {
        guard location.line - 1 < source.lineStarts.count else { return location.column }
        let line = source.line(at: location.line - 1)
        let prefix = line.prefix(max(0, location.column - 1))
        return String(decoding: prefix, as: UTF8.self).unicodeScalars.count + 1 + max(0, location.column - 1 - line.count)
    }
}
