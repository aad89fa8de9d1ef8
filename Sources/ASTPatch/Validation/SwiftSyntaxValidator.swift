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
/// or `default` with no statement, a `case` after the `default`, a built-in attribute written
/// twice, `import struct M` without the declaration's name, a setter without a getter, `let var x`.
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
            case UInt8(ascii: "l"), UInt8(ascii: "v"), UInt8(ascii: "s"), UInt8(ascii: "d"):
                let rest = UnsafeBufferPointer(rebasing: text[index..<min(count, index + 9)])
                if ["let var ", "let let ", "var let ", "var var ", "set {", "set(", "default:"].contains(where: { rest.starts(with: $0.utf8) }),
                   index == 0 || !isIdentifierByte(text[index - 1]) {
                    if !rest.starts(with: "default:".utf8) || caseFollowsDefault(text, at: index) { return true }
                }
            default:
                break
            }
            index += 1
        }
        return false
    }

    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "_") || (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0x30 && byte <= 0x39
    }

    /// Whether a line after the `default:` at `index` begins with `case` or `default` at the same
    /// indentation, before a line indented less.
    private static func caseFollowsDefault(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        var lineStart = index
        while lineStart > 0, text[lineStart - 1] != 0x0A { lineStart -= 1 }
        let indent = index - lineStart
        guard (lineStart..<index).allSatisfy({ text[$0] == 0x20 || text[$0] == 0x09 }) else { return false }
        var position = index
        while position < text.count {
            while position < text.count, text[position] != 0x0A { position += 1 }
            position += 1
            var column = 0
            while position + column < text.count, text[position + column] == 0x20 || text[position + column] == 0x09 { column += 1 }
            guard position + column < text.count else { return false }
            if text[position + column] == 0x0A { continue }
            if column < indent { return false }
            if column == indent {
                let rest = UnsafeBufferPointer(rebasing: text[(position + column)..<min(text.count, position + column + 8)])
                return rest.starts(with: "case ".utf8) || rest.starts(with: "default".utf8) || rest.starts(with: "@unknown".utf8)
            }
        }
        return false
    }

    override func visit(_ node: SwitchCaseListSyntax) -> SyntaxVisitorContinueKind {
        var sawDefault = false
        for element in node {
            guard case .switchCase(let switchCase) = element else { continue }
            if sawDefault {
                found.append(("additional 'case' blocks cannot appear after the 'default' block of a 'switch'",
                              switchCase.positionAfterSkippingLeadingTrivia.utf8Offset, switchCase.label.trimmedLength.utf8Length))
                break
            }
            if switchCase.label.is(SwitchDefaultLabelSyntax.self) { sawDefault = true }
        }
        return .visitChildren
    }

    override func visit(_ node: AccessorBlockSyntax) -> SyntaxVisitorContinueKind {
        if case .accessors(let accessors) = node.accessors {
            let kinds = accessors.map(\.accessorSpecifier.tokenKind)
            if let setter = accessors.first(where: { $0.accessorSpecifier.tokenKind == .keyword(.set) }),
               !kinds.contains(.keyword(.get)), !kinds.contains(.keyword(._read)),
               !kinds.contains(.keyword(.unsafeAddress)) {
                found.append(("variable with a setter must also have a getter", setter.positionAfterSkippingLeadingTrivia.utf8Offset, 3))
            }
        }
        return .visitChildren
    }

    override func visit(_ node: ValueBindingPatternSyntax) -> SyntaxVisitorContinueKind {
        // `let var x`, `let (a, var b)`: a binding pattern directly inside a declaration's pattern
        // or another binding pattern, through tuple patterns only.
        var child = Syntax(node)
        var parent = node.parent
        while let current = parent,
              current.is(TuplePatternElementSyntax.self) || current.is(TuplePatternElementListSyntax.self) || current.is(TuplePatternSyntax.self) {
            child = current
            parent = current.parent
        }
        let nested = parent.map { current in
            current.is(ValueBindingPatternSyntax.self)
                || current.as(PatternBindingSyntax.self).map { Syntax($0.pattern) == child && $0.parent?.parent?.is(VariableDeclSyntax.self) == true } == true
        } ?? false
        if nested {
            found.append(("'\(node.bindingSpecifier.text)' cannot appear nested inside another 'var' or 'let' pattern",
                          node.positionAfterSkippingLeadingTrivia.utf8Offset, node.bindingSpecifier.trimmedLength.utf8Length))
        }
        return .visitChildren
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
