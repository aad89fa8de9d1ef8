import SwiftParser
import SwiftSyntax

/// Lists Swift declarations from swift-syntax's tree, which (unlike tree-sitter-swift's) is right
/// for every file the compiler accepts. Extensions lend their type's name to their members.
struct SwiftOutliner {
    let source: SourceText

    func symbols() -> [OutlineSymbol] {
        source.body.withUnsafeBufferPointer { buffer in
            let file = SwiftParser.Parser.parse(source: buffer)
            let collector = SwiftDeclarationCollector(source: source)
            collector.walk(file)
            return collector.symbols
        }
    }
}

private final class SwiftDeclarationCollector: SyntaxVisitor {
    let source: SourceText
    var symbols: [OutlineSymbol] = []
    private var allocator = SymbolPathAllocator()
    private var stack: [(path: String, listed: Bool)] = []
    private var functionDepth = 0

    init(source: SourceText) {
        self.source = source
        super.init(viewMode: .sourceAccurate)
    }

    private var parentPath: String? { stack.last?.path }
    private var depth: Int { stack.filter(\.listed).count }

    private func add(_ kind: String, _ name: String, _ node: some SyntaxProtocol) -> String {
        let path = allocator.path(parent: parentPath, name: name)
        let start = node.positionAfterSkippingLeadingTrivia.utf8Offset
        let end = node.endPositionBeforeTrailingTrivia.utf8Offset
        symbols.append(OutlineSymbol(
            kind: kind, name: name, path: path, byteRange: start..<end,
            start: source.location(ofOffset: start), end: source.location(ofOffset: end), depth: depth))
        return path
    }

    private func enter(_ kind: String, _ name: String, _ node: some SyntaxProtocol) -> SyntaxVisitorContinueKind {
        stack.append((add(kind, name, node), true))
        return .visitChildren
    }

    private func leave() {
        stack.removeLast()
    }

    override func visit(_ node: StructDeclSyntax) -> SyntaxVisitorContinueKind { enter("struct", node.name.text, node) }
    override func visitPost(_ node: StructDeclSyntax) { leave() }
    override func visit(_ node: ClassDeclSyntax) -> SyntaxVisitorContinueKind { enter("class", node.name.text, node) }
    override func visitPost(_ node: ClassDeclSyntax) { leave() }
    override func visit(_ node: ActorDeclSyntax) -> SyntaxVisitorContinueKind { enter("actor", node.name.text, node) }
    override func visitPost(_ node: ActorDeclSyntax) { leave() }
    override func visit(_ node: EnumDeclSyntax) -> SyntaxVisitorContinueKind { enter("enum", node.name.text, node) }
    override func visitPost(_ node: EnumDeclSyntax) { leave() }
    override func visit(_ node: ProtocolDeclSyntax) -> SyntaxVisitorContinueKind { enter("protocol", node.name.text, node) }
    override func visitPost(_ node: ProtocolDeclSyntax) { leave() }

    override func visit(_ node: ExtensionDeclSyntax) -> SyntaxVisitorContinueKind {
        let type = node.extendedType.trimmedDescription
        let path = parentPath.map { "\($0).\(type)" } ?? type
        stack.append((path, false))
        return .visitChildren
    }
    override func visitPost(_ node: ExtensionDeclSyntax) { leave() }

    override func visit(_ node: FunctionDeclSyntax) -> SyntaxVisitorContinueKind {
        functionDepth += 1
        return enter(stack.isEmpty || functionDepth > 1 ? "function" : "method", node.name.text, node)
    }
    override func visitPost(_ node: FunctionDeclSyntax) { functionDepth -= 1; leave() }

    override func visit(_ node: InitializerDeclSyntax) -> SyntaxVisitorContinueKind {
        functionDepth += 1
        return enter("initializer", "init", node)
    }
    override func visitPost(_ node: InitializerDeclSyntax) { functionDepth -= 1; leave() }

    override func visit(_ node: DeinitializerDeclSyntax) -> SyntaxVisitorContinueKind {
        functionDepth += 1
        return enter("deinitializer", "deinit", node)
    }
    override func visitPost(_ node: DeinitializerDeclSyntax) { functionDepth -= 1; leave() }

    override func visit(_ node: SubscriptDeclSyntax) -> SyntaxVisitorContinueKind {
        functionDepth += 1
        return enter("subscript", "subscript", node)
    }
    override func visitPost(_ node: SubscriptDeclSyntax) { functionDepth -= 1; leave() }

    override func visit(_ node: VariableDeclSyntax) -> SyntaxVisitorContinueKind {
        guard functionDepth == 0 else { return .skipChildren }
        for binding in node.bindings {
            if let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text {
                _ = add(stack.isEmpty ? "variable" : "property", name, node.bindings.count == 1 ? Syntax(node) : Syntax(binding))
            }
        }
        return .skipChildren
    }

    override func visit(_ node: EnumCaseElementSyntax) -> SyntaxVisitorContinueKind {
        _ = add("case", node.name.text, node)
        return .skipChildren
    }

    override func visit(_ node: TypeAliasDeclSyntax) -> SyntaxVisitorContinueKind {
        _ = add("typealias", node.name.text, node)
        return .skipChildren
    }

    override func visit(_ node: AssociatedTypeDeclSyntax) -> SyntaxVisitorContinueKind {
        _ = add("associatedtype", node.name.text, node)
        return .skipChildren
    }

    override func visit(_ node: MacroDeclSyntax) -> SyntaxVisitorContinueKind {
        _ = add("macro", node.name.text, node)
        return .skipChildren
    }

    override func visit(_ node: ClosureExprSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
}
