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
            var file = SwiftParser.Parser.parse(source: buffer)
            if file.hasError, let lenient = Self.withExpressionKeyPathRoots(file, buffer) {
                file = lenient
            }

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
            // Clauses that a language or compiler version check turns off are not parsed by the
            // compiler (they may hold the syntax of another Swift): errors there do not count.
            let skipped = InactiveVersionClauses(viewMode: .sourceAccurate)
            skipped.walk(file)
            return ParseDiagnosticsGenerator.diagnostics(for: file)
                .filter { $0.diagMessage.severity == .error }
                .filter { diagnostic in !skipped.ranges.contains { $0.contains(diagnostic.position.utf8Offset) } }
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

    /// The compiler's parser reads what follows a key path's `\` as an expression (`\ self`,
    /// `\(f(x))`, a typo inside an interpolation) and leaves the judgement to the type checker;
    /// SwiftParser reads a type there and reports an error. When a key path holds an error, the
    /// file is parsed again with those backslashes blanked, so that its root is read as an
    /// expression: the result, with the same offsets, is the verdict. Nil when no key path holds
    /// an error.
    static func withExpressionKeyPathRoots(_ file: SourceFileSyntax, _ buffer: UnsafeBufferPointer<UInt8>) -> SourceFileSyntax? {
        let finder = BrokenKeyPathFinder(viewMode: .sourceAccurate)
        finder.walk(file)
        guard !finder.backslashes.isEmpty else { return nil }
        var text = Array(buffer)
        var blanked = false
        for offset in finder.backslashes where offset < text.count && text[offset] == UInt8(ascii: "\\") {
            // Only a root on the backslash's own line: a stray `\` at the end of a line would
            // otherwise join two statements the compiler's parser keeps apart.
            var next = offset + 1
            while next < text.count, text[next] == 0x20 || text[next] == 0x09 { next += 1 }
            guard next < text.count, ![0x0A, 0x0D, UInt8(ascii: "/")].contains(text[next]) else { continue }
            text[offset] = UInt8(ascii: " ")
            blanked = true
        }
        guard blanked else { return nil }
        return text.withUnsafeBufferPointer { SwiftParser.Parser.parse(source: $0) }
    }
}

/// The byte ranges of the `#if` clauses that are off under every language mode of this compiler
/// (Swift 5 and 6, compiler 6.3) because of `swift(...)` or `compiler(...)` checks: the compiler
/// does not parse them. A chain with any other kind of condition is left alone, and so are
/// clauses a version check turns on (`swiftc -parse` skips those too, but a build does not).
final class InactiveVersionClauses: SyntaxVisitor {
    private(set) var ranges: [Range<Int>] = []
    /// (language mode, compiler version) pairs a current compiler runs in.
    private static let configurations: [(language: [Int], compiler: [Int])] = [([5, 10], [6, 3]), ([6, 3], [6, 3])]

    override func visit(_ node: IfConfigDeclSyntax) -> SyntaxVisitorContinueKind {
        var anyActive = Array(repeating: false, count: Self.configurations.count)
        let clauses = Array(node.clauses)
        for (position, clause) in clauses.enumerated() {
            var active: [Bool] = []
            for (index, configuration) in Self.configurations.enumerated() {
                if let condition = clause.condition {
                    guard let value = Self.evaluate(condition, configuration) else { return .visitChildren }
                    active.append(!anyActive[index] && value)
                } else {
                    active.append(!anyActive[index])
                }
            }
            if !active.contains(true) {
                // Up to the next clause or `#endif`, where SwiftParser puts what a clause lacks.
                let end = position + 1 < clauses.count ? clauses[position + 1].positionAfterSkippingLeadingTrivia : node.poundEndif.positionAfterSkippingLeadingTrivia
                ranges.append(clause.position.utf8Offset..<(end.utf8Offset + 1))
            }
            for index in active.indices where active[index] { anyActive[index] = true }
        }
        return .visitChildren
    }

    /// The value of a version check (`swift(>=5.9)`, `compiler(<6)`, combined with `!`, `&&`,
    /// `||` and parentheses); nil for any other condition.
    private static func evaluate(_ condition: ExprSyntax, _ configuration: (language: [Int], compiler: [Int])) -> Bool? {
        if let call = condition.as(FunctionCallExprSyntax.self), let name = call.calledExpression.as(DeclReferenceExprSyntax.self),
           call.arguments.count == 1, let argument = call.arguments.first {
            let current: [Int]
            switch name.baseName.text {
            case "swift": current = configuration.language
            case "compiler": current = configuration.compiler
            default: return nil
            }
            var text = Substring(argument.expression.trimmedDescription.filter { !$0.isWhitespace })
            let atLeast: Bool
            if text.hasPrefix(">=") { atLeast = true } else if text.hasPrefix("<") { atLeast = false } else { return nil }
            text = text.drop { $0 == ">" || $0 == "=" || $0 == "<" }
            let parts = text.split(separator: ".").map { Int($0) }
            guard !parts.isEmpty, parts.allSatisfy({ $0 != nil }) else { return nil }
            let wanted = parts.map { $0! }
            let isAtLeast = compare(current, wanted) >= 0
            return atLeast ? isAtLeast : !isAtLeast
        }
        if let prefix = condition.as(PrefixOperatorExprSyntax.self), prefix.operator.text == "!" {
            return evaluate(prefix.expression, configuration).map { !$0 }
        }
        if let tuple = condition.as(TupleExprSyntax.self), tuple.elements.count == 1, let only = tuple.elements.first {
            return evaluate(only.expression, configuration)
        }
        if let sequence = condition.as(SequenceExprSyntax.self), sequence.elements.count == 3 {
            let elements = Array(sequence.elements)
            guard let op = elements[1].as(BinaryOperatorExprSyntax.self) else { return nil }
            return combine(op.operator.text, evaluate(elements[0], configuration), evaluate(elements[2], configuration))
        }
        if let sequence = condition.as(InfixOperatorExprSyntax.self), let op = sequence.operator.as(BinaryOperatorExprSyntax.self) {
            return combine(op.operator.text, evaluate(sequence.leftOperand, configuration), evaluate(sequence.rightOperand, configuration))
        }
        return nil
    }

    /// `&&` and `||` over values that may be unknown (another kind of condition): a known false
    /// decides `&&`, a known true decides `||`.
    private static func combine(_ op: String, _ left: Bool?, _ right: Bool?) -> Bool? {
        switch op {
        case "&&":
            if left == false || right == false { return false }
            if let left, let right { return left && right }
            return nil
        case "||":
            if left == true || right == true { return true }
            if let left, let right { return left || right }
            return nil
        default:
            return nil
        }
    }

    /// Compares version numbers, missing parts counting as 0.
    private static func compare(_ a: [Int], _ b: [Int]) -> Int {
        for index in 0..<max(a.count, b.count) {
            let x = index < a.count ? a[index] : 0
            let y = index < b.count ? b[index] : 0
            if x != y { return x < y ? -1 : 1 }
        }
        return 0
    }
}

/// The backslashes of the key paths that hold a syntax error.
private final class BrokenKeyPathFinder: SyntaxVisitor {
    private(set) var backslashes: [Int] = []

    override func visit(_ node: KeyPathExprSyntax) -> SyntaxVisitorContinueKind {
        if node.hasError, node.backslash.presence == .present {
            backslashes.append(node.backslash.positionAfterSkippingLeadingTrivia.utf8Offset)
        }
        return .visitChildren
    }
}

/// Errors the compiler's parser (`swiftc -parse`) reports where SwiftParser reports none: a `case`
/// or `default` with no statement, a `case` after the `default`, a built-in attribute written
/// twice, `import struct M` without the declaration's name, a setter without a getter, `let var x`
/// and `var inout x`, `static` or `class` on a declaration that cannot be static (`static init`),
/// an enum case parameter with two names, an attribute name with a space after its `.` or a
/// member of a built-in attribute (`@inlinable .internal`).
final class SwiftParseRules: SyntaxVisitor {
    private(set) var found: [(message: String, offset: Int, length: Int)] = []

    /// Attributes that may stand once on a declaration or type.
    static let singleAttributes: Set<String> = [
        "inlinable", "usableFromInline", "discardableResult", "frozen", "objc", "nonobjc", "testable", "main",
        "dynamicMemberLookup", "dynamicCallable", "propertyWrapper", "resultBuilder", "objcMembers",
        "warn_unqualified_access", "inline", "_transparent", "_alwaysEmitIntoClient", "_disfavoredOverload",
        "_implementationOnly", "_exported", "escaping", "autoclosure",
    ]

    /// Built-in attributes: the compiler's parser takes `@name` for one of them before it looks for
    /// a custom attribute, so `@name.Member` cannot stand.
    static let builtinAttributes: Set<String> = singleAttributes.union([
        "available", "backDeployed", "_spi", "preconcurrency", "Sendable", "IBAction", "NSManaged",
    ])

    /// Declarations that `static` and `class` cannot modify.
    static let unmodifiableDeclarations = [
        "init", "deinit", "struct", "enum", "protocol", "typealias", "extension", "case", "import", "associatedtype",
        "actor", "macro", "class", "operator",
    ]
    static let unmodifiableDeclarationKinds: Set<SyntaxKind> = [
        .initializerDecl, .deinitializerDecl, .structDecl, .enumDecl, .protocolDecl, .typeAliasDecl, .extensionDecl,
        .enumCaseDecl, .importDecl, .associatedTypeDecl, .actorDecl, .macroDecl, .classDecl, .operatorDecl,
    ]

    /// Modifiers that may stand between `static` and the declaration's keyword.
    static let modifierWords = [
        "public", "private", "fileprivate", "internal", "package", "open", "final", "override", "required",
        "convenience", "nonisolated", "dynamic", "mutating", "nonmutating", "lazy", "weak", "unowned",
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
                // `@name .Member`, `@name. Member`, `@inlinable.Member`.
                if next < count, text[next] == UInt8(ascii: ".") {
                    if next > end || next + 1 < count && [0x20, 0x09, 0x0A, 0x0D].contains(text[next + 1])
                        || builtinAttributes.contains(String(decoding: name, as: UTF8.self)) {
                        return true
                    }
                }
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
                let rest = UnsafeBufferPointer(rebasing: text[index..<min(count, index + 10)])
                guard index == 0 || !isIdentifierByte(text[index - 1]) else { break }
                if ["let var ", "let let ", "var let ", "var var ", "let inout ", "var inout ", "set {", "set(", "default:"]
                    .contains(where: { rest.starts(with: $0.utf8) }) {
                    if !rest.starts(with: "default:".utf8) || caseFollowsDefault(text, at: index) { return true }
                }
                if rest.starts(with: "static".utf8), modifiesUnmodifiableDeclaration(text, after: index + 6) { return true }
            case UInt8(ascii: "c"):
                guard index == 0 || !isIdentifierByte(text[index - 1]) else { break }
                let rest = UnsafeBufferPointer(rebasing: text[index..<min(count, index + 5)])
                if rest.starts(with: "class".utf8), modifiesUnmodifiableDeclaration(text, after: index + 5) { return true }
                if rest.starts(with: "case ".utf8), caseParameterHasTwoNames(text, after: index + 5) { return true }
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

    /// Whether the word before `end` (`static`, `class`) is a modifier of a declaration that cannot
    /// take it, past other modifiers: `static public init`.
    private static func modifiesUnmodifiableDeclaration(_ text: UnsafeBufferPointer<UInt8>, after end: Int) -> Bool {
        guard end < text.count, !isIdentifierByte(text[end]) else { return false }
        var position = end
        while true {
            while position < text.count, [0x20, 0x09, 0x0A, 0x0D].contains(text[position]) { position += 1 }
            let start = position
            while position < text.count, isIdentifierByte(text[position]) { position += 1 }
            let word = UnsafeBufferPointer(rebasing: text[start..<position])
            if unmodifiableDeclarations.contains(where: { word.elementsEqual($0.utf8) }) { return true }
            guard modifierWords.contains(where: { word.elementsEqual($0.utf8) }) else { return false }
            // `private(set)`.
            if position < text.count, text[position] == UInt8(ascii: "(") {
                while position < text.count, text[position] != UInt8(ascii: ")"), text[position] != 0x0A { position += 1 }
                position += 1
            }
        }
    }

    /// Whether the rest of a `case` line holds `(… name name:`: a parameter with two names.
    private static func caseParameterHasTwoNames(_ text: UnsafeBufferPointer<UInt8>, after end: Int) -> Bool {
        var position = end
        while position < text.count, text[position] != 0x0A, text[position] != UInt8(ascii: "(") { position += 1 }
        func isNameByte(_ byte: UInt8) -> Bool { isIdentifierByte(byte) || byte >= 0x80 }
        while position < text.count, text[position] != 0x0A {
            guard isNameByte(text[position]), !isNameByte(text[position - 1]) else {
                position += 1
                continue
            }
            var next = position
            while next < text.count, isNameByte(text[next]) { next += 1 }
            let firstEnd = next
            while next < text.count, text[next] == 0x20 || text[next] == 0x09 { next += 1 }
            if next > firstEnd, next < text.count, isNameByte(text[next]) {
                while next < text.count, isNameByte(text[next]) { next += 1 }
                while next < text.count, text[next] == 0x20 || text[next] == 0x09 { next += 1 }
                if next < text.count, text[next] == UInt8(ascii: ":") { return true }
            }
            position = firstEnd
        }
        return false
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

    override func visit(_ node: DeclModifierSyntax) -> SyntaxVisitorContinueKind {
        if node.name.tokenKind == .keyword(.static) || node.name.tokenKind == .keyword(.class),
           let declaration = node.parent?.parent, Self.unmodifiableDeclarationKinds.contains(declaration.kind) {
            found.append(("declaration cannot be marked '\(node.name.text)'", node.positionAfterSkippingLeadingTrivia.utf8Offset,
                          node.name.trimmedLength.utf8Length))
        }
        return .skipChildren
    }

    override func visit(_ node: EnumCaseParameterSyntax) -> SyntaxVisitorContinueKind {
        if let first = node.firstName, let second = node.secondName, first.tokenKind != .wildcard {
            found.append(("enum case cannot have keyword arguments: a parameter has one name, not `\(first.text) \(second.text)`",
                          first.positionAfterSkippingLeadingTrivia.utf8Offset,
                          second.endPositionBeforeTrailingTrivia.utf8Offset - first.positionAfterSkippingLeadingTrivia.utf8Offset))
        }
        return .visitChildren
    }

    override func visit(_ node: AttributeSyntax) -> SyntaxVisitorContinueKind {
        if let member = node.attributeName.as(MemberTypeSyntax.self) {
            if member.period.trailingTrivia.contains(where: \.isWhitespace) || member.name.leadingTrivia.contains(where: \.isWhitespace) {
                found.append(("extraneous whitespace after '.' is not permitted", member.period.positionAfterSkippingLeadingTrivia.utf8Offset, 1))
            } else if let base = member.baseType.as(IdentifierTypeSyntax.self), Self.builtinAttributes.contains(base.name.text) {
                found.append(("expected declaration: `@\(base.name.text)` is a built-in attribute, with no members",
                              member.period.positionAfterSkippingLeadingTrivia.utf8Offset, 1))
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
