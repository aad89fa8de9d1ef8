import SwiftDiagnostics
import SwiftParser
import SwiftParserDiagnostics
import SwiftSyntax
import TreeSitter

/// Judges Swift with swift-syntax's `SwiftParser`, the compiler's own parser: tree-sitter-swift
/// rejects about a fifth of valid real-world Swift files.
public struct SwiftSyntaxValidator: SyntaxValidator {
    public init() {}

    public var needsTree: Bool { false }

    public func diagnostics(for source: SourceText, tree: Tree?) -> [SyntaxDiagnostic] {
        source.body.withUnsafeBufferPointer { buffer in
            let file = SwiftParser.Parser.parse(source: buffer)
            guard file.hasError else { return [] }
            return ParseDiagnosticsGenerator.diagnostics(for: file)
                .filter { $0.diagMessage.severity == .error }
                .map { diagnostic in
                    let start = diagnostic.position.utf8Offset
                    let end = max(start, diagnostic.node.endPositionBeforeTrailingTrivia.utf8Offset)
                    let isMissing = diagnostic.diagMessage.message.hasPrefix("expected")
                    return SyntaxDiagnostic(
                        kind: isMissing ? .missingNode : .syntaxError,
                        message: diagnostic.diagMessage.message,
                        byteRange: start..<min(end, buffer.count), in: source)
                }
        }
    }
}
