import SwiftParser
import SwiftSyntax

extension TreeDiff.Tree {
    /// Reduces swift-syntax's tree of `source`'s body. Node types are swift-syntax's kinds in
    /// snake case (`function_decl`, `code_block_item_list`); identifiers and literals are leaves
    /// typed by token kind; comments, which swift-syntax keeps in trivia, become `comment` leaves
    /// in front of the outermost node they precede.
    public init(swiftSource source: SourceText) {
        self = source.body.withUnsafeBufferPointer { buffer in
            let file = SwiftParser.Parser.parse(source: buffer)
            var adapter = SwiftSyntaxAdapter(source: source)
            return adapter.build(file)
        }
    }
}

private struct SwiftSyntaxAdapter {
    let source: SourceText
    var builder = TreeBuilder()
    var kindNames: [SyntaxKind: (name: String, key: UInt64)] = [:]
    /// Leading comments up to this offset have been added.
    var commentsDoneUpTo = -1
    var functionDepth = 0

    init(source: SourceText) {
        self.source = source
    }

    mutating func build(_ file: SourceFileSyntax) -> TreeDiff.Tree {
        builder.reserve(max(16, source.body.count / 4))
        builder.open(type: TreeDiff.Tree.documentType, range: 0..<source.body.count, declarationName: nil)
        visit(Syntax(file))
        builder.close()
        return builder.finish(source: source, language: "swift", isCollapsed: false)
    }

    private mutating func visit(_ node: Syntax) {
        if node.totalLength.utf8Length == 0 { return }
        let start = node.position.utf8Offset
        if start > commentsDoneUpTo {
            commentsDoneUpTo = start
            addComments(node.leadingTrivia, from: start)
        }
        if let token = node.as(TokenSyntax.self) {
            addToken(token)
            addComments(token.trailingTrivia, from: token.endPositionBeforeTrailingTrivia.utf8Offset)
            return
        }
        let kind = kindName(node.kind)
        let range = node.positionAfterSkippingLeadingTrivia.utf8Offset..<node.endPositionBeforeTrailingTrivia.utf8Offset
        let name = declarationName(node)
        let isFunction = Self.functionKinds.contains(node.kind)
        builder.open(type: kind.name, typeKey: kind.key, range: range, declarationName: name)
        if isFunction { functionDepth += 1 }
        for child in node.children(viewMode: .sourceAccurate) {
            visit(child)
        }
        if isFunction { functionDepth -= 1 }
        builder.close()
    }

    private mutating func addToken(_ token: TokenSyntax) {
        guard token.presence == .present else { return }
        let range = token.positionAfterSkippingLeadingTrivia.utf8Offset..<token.endPositionBeforeTrailingTrivia.utf8Offset
        if range.isEmpty { return }
        let text = token.text
        let type: String
        switch token.tokenKind {
        case .leftParen, .rightParen, .leftBrace, .rightBrace, .leftSquare, .rightSquare, .leftAngle, .rightAngle,
             .comma, .semicolon, .stringQuote, .multilineStringQuote, .singleQuote, .rawStringPoundDelimiter,
             .endOfFile:
            builder.drop(text)
            return
        case .identifier, .dollarIdentifier: type = "identifier"
        case .integerLiteral: type = "integer_literal"
        case .floatLiteral: type = "float_literal"
        case .stringSegment: type = "string_segment"
        case .regexLiteralPattern, .regexSlash, .regexPoundDelimiter: type = "regex_literal"
        case .keyword, .wildcard, .poundIf, .poundElse, .poundElseif, .poundEndif, .poundAvailable, .poundUnavailable,
             .poundSourceLocation:
            type = "keyword"
        case .shebang: type = "shebang"
        case .unknown: type = "unknown"
        default: type = "operator"
        }
        builder.leaf(type: type, label: text, range: range)
    }

    private mutating func addComments(_ trivia: Trivia, from offset: Int) {
        var position = offset
        for piece in trivia {
            let length = piece.sourceLength.utf8Length
            if piece.isComment {
                let range = position..<(position + length)
                let body = source.body
                let text = String(decoding: body[(body.startIndex + range.lowerBound)..<(body.startIndex + range.upperBound)], as: UTF8.self)
                builder.leaf(type: "comment", label: text, range: range)
            }
            position += length
        }
    }

    private mutating func kindName(_ kind: SyntaxKind) -> (name: String, key: UInt64) {
        if let known = kindNames[kind] { return known }
        var name = ""
        for character in String(describing: kind) {
            if character.isUppercase {
                name += "_" + character.lowercased()
            } else {
                name.append(character)
            }
        }
        let entry = (name, StableHash.of(name))
        kindNames[kind] = entry
        return entry
    }

    static let functionKinds: Set<SyntaxKind> = [
        .functionDecl, .initializerDecl, .deinitializerDecl, .accessorBlock, .closureExpr, .subscriptDecl,
    ]

    /// The name of a declaration astpatch summarises at, or nil when `node` is not one.
    private func declarationName(_ node: Syntax) -> String? {
        switch node.kind {
        case .initializerDecl: return "init"
        case .deinitializerDecl: return "deinit"
        case .subscriptDecl: return "subscript"
        case .extensionDecl:
            return node.as(ExtensionDeclSyntax.self)?.extendedType.trimmedDescription
        case .variableDecl:
            guard functionDepth == 0, let variable = node.as(VariableDeclSyntax.self) else { return nil }
            return variable.bindings.map(\.pattern.trimmedDescription).joined(separator: ", ")
        case .enumCaseDecl:
            return node.as(EnumCaseDeclSyntax.self)?.elements.map(\.name.text).joined(separator: ", ")
        case .functionDecl, .structDecl, .classDecl, .enumDecl, .protocolDecl, .actorDecl, .typeAliasDecl,
             .associatedTypeDecl, .macroDecl, .operatorDecl, .precedenceGroupDecl:
            return node.asProtocol(NamedDeclSyntax.self)?.name.text ?? ""
        default:
            return nil
        }
    }
}
