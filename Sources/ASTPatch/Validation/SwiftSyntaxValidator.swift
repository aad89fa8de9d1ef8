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
            guard file.hasError else {
                // What the compiler's parser refuses beyond SwiftParser, looked for only where the
                // text suggests it.
                guard SwiftParseRules.mayApply(to: buffer) else { return [] }
                let rules = SwiftParseRules(viewMode: .sourceAccurate)
                rules.walk(file)
                return rules.found.map { found in
                    SyntaxDiagnostic(kind: .syntaxError, message: found.message,
                                     byteRange: found.offset..<min(found.offset + found.length, buffer.count), in: source)
                }
            }
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

/// Errors the compiler's parser (`swiftc -parse`) reports where SwiftParser reports none: a `case`
/// or `default` with no statement, a built-in attribute written twice, `import struct M` without
/// the declaration's name.
final class SwiftParseRules: SyntaxVisitor {
    private(set) var found: [(message: String, offset: Int, length: Int)] = []

    /// Attributes that may stand once on a declaration or type.
    static let singleAttributes: Set<String> = [
        "inlinable", "usableFromInline", "discardableResult", "frozen", "objc", "nonobjc", "testable", "main",
        "dynamicMemberLookup", "dynamicCallable", "propertyWrapper", "resultBuilder", "objcMembers",
        "warn_unqualified_access", "inline", "_transparent", "_alwaysEmitIntoClient", "_disfavoredOverload",
        "_implementationOnly", "_exported", "escaping", "autoclosure",
    ]

    /// A quick look at the text: false when none of the rules can apply, so no walk is needed.
    static func mayApply(to text: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousAttribute: Slice<UnsafeBufferPointer<UInt8>>?
        var index = 0
        let count = text.count
        while index < count {
            switch text[index] {
            case UInt8(ascii: ":"):
                // A label followed by another label or the end of the switch: `case .a:` `}`.
                var next = index + 1
                while next < count, [0x20, 0x09, 0x0A, 0x0D].contains(text[next]) { next += 1 }
                let rest = UnsafeBufferPointer(rebasing: text[next..<min(count, next + 8)])
                if rest.starts(with: "case ".utf8) || rest.starts(with: "default".utf8) || rest.starts(with: "@unknown".utf8)
                    || rest.first == UInt8(ascii: "}") {
                    return true
                }
            case UInt8(ascii: "@"):
                var end = index + 1
                while end < count, text[end] == UInt8(ascii: "_") || (text[end] | 0x20) >= 0x61 && (text[end] | 0x20) <= 0x7A { end += 1 }
                let name = text[(index + 1)..<end]
                if let previous = previousAttribute, previous.elementsEqual(name) { return true }
                previousAttribute = name
                var next = end
                while next < count, [0x20, 0x09, 0x0A, 0x0D].contains(text[next]) { next += 1 }
                if next >= count || text[next] != UInt8(ascii: "@") { previousAttribute = nil }
                index = max(index + 1, next)
                continue
            case UInt8(ascii: "i"):
                if index + 7 < count, UnsafeBufferPointer(rebasing: text[index..<(index + 7)]).elementsEqual("import ".utf8) {
                    let rest = UnsafeBufferPointer(rebasing: text[(index + 7)..<min(count, index + 18)])
                    if ["struct ", "class ", "enum ", "protocol ", "typealias ", "func ", "let ", "var "].contains(where: { rest.starts(with: $0.utf8) }) {
                        return true
                    }
                }
            default:
                break
            }
            index += 1
        }
        return false
    }

    override func visit(_ node: SwitchCaseSyntax) -> SyntaxVisitorContinueKind {
        if node.statements.isEmpty {
            let isDefault = node.label.is(SwitchDefaultLabelSyntax.self)
            found.append(("'\(isDefault ? "default" : "case")' label in a 'switch' must have at least one executable statement",
                          node.positionAfterSkippingLeadingTrivia.utf8Offset, node.label.trimmedLength.utf8Length))
        }
        return .visitChildren
    }

    override func visit(_ node: AttributeListSyntax) -> SyntaxVisitorContinueKind {
        var seen = Set<String>()
        for element in node {
            guard case .attribute(let attribute) = element,
                  let name = attribute.attributeName.as(IdentifierTypeSyntax.self)?.name.text,
                  Self.singleAttributes.contains(name) else { continue }
            if !seen.insert(name).inserted {
                found.append(("duplicate attribute", attribute.positionAfterSkippingLeadingTrivia.utf8Offset, attribute.trimmedLength.utf8Length))
            }
        }
        return .visitChildren
    }

    override func visit(_ node: ImportDeclSyntax) -> SyntaxVisitorContinueKind {
        if node.importKindSpecifier != nil, node.path.count < 2 {
            found.append(("expected module name in import declaration: `import \(node.importKindSpecifier!.text)` names a declaration as Module.Name",
                          node.path.positionAfterSkippingLeadingTrivia.utf8Offset, node.path.trimmedLength.utf8Length))
        }
        return .skipChildren
    }
}
