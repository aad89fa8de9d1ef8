import Synchronization
import TreeSitter

/// Judges JavaScript as `node --check` does. tree-sitter-javascript accepts code with the early
/// errors the language defines over a well-formed tree, and some malformed code too: a name
/// declared twice with `let`, `const` or `class` in one scope (or beside a `var`, a parameter, an
/// import), `const` without a value, elisions in an object or an argument list (`{a: 1,, b: 2}`),
/// `break` outside a loop, `try` with neither `catch` nor `finally`, `x++ ++`, `!(a) => a`,
/// `await` in a function that is not async, a reserved word used as a name, a regular expression
/// whose groups do not balance. Those come from one walk over the tree; the rest from its ERROR
/// and MISSING nodes. For TypeScript, whose declarations merge, only the checks that hold there
/// too run.
public struct JavaScriptValidator: SyntaxValidator {
    /// TypeScript or TSX: declaration merging and type syntax make some checks wrong.
    public var isTypeScript: Bool
    /// Whether a JavaScript file the ``JavaScriptScreen`` clears skips the tree walk (false walks
    /// every file, the reference the screen is measured against).
    public var screensFirst: Bool

    public init(isTypeScript: Bool = false, screensFirst: Bool = true) {
        self.isTypeScript = isTypeScript
        self.screensFirst = screensFirst
    }

    public var needsTree: Bool { true }

    /// A JavaScript tree without ERROR or MISSING nodes whose text the screen clears is well-formed.
    public func isEvidentlyClean(_ tree: Tree, body: ArraySlice<UInt8>) -> Bool {
        !tree.rootNode.hasError && isScreenedClean(body)
    }

    private func isScreenedClean(_ body: ArraySlice<UInt8>) -> Bool {
        screensFirst && !isTypeScript && JavaScriptScreen.suspicion(in: body) == nil
    }

    public func diagnostics(for source: SourceText, tree: Tree?) -> [SyntaxDiagnostic] {
        let grammar = TreeSitterValidator().diagnostics(for: source, tree: tree)
        guard let tree else { return grammar }
        if grammar.isEmpty, isScreenedClean(source.body) { return [] }
        var walk = JavaScriptEarlyErrors(source: source, language: tree.language, isTypeScript: isTypeScript)
        walk.run(tree.rootNode)
        let forgiven = walk.forgiven
        return SyntaxDiagnostic.merging(grammar.filter { !forgiven.contains($0.byteRange.lowerBound) }, walk.errors.map {
            SyntaxDiagnostic(kind: .syntaxError, message: $0.message, byteRange: $0.range, in: source)
        })
    }
}

/// The node types the early-error walk tells apart, looked up by symbol.
enum JavaScriptNodeKind: UInt8 {
    case other
    case program, statementBlock, classBody, classStaticBlock
    case functionDeclaration, generatorFunctionDeclaration, functionExpression, generatorFunction, arrowFunction, methodDefinition
    case classDeclaration, classExpression
    case forStatement, forInStatement, whileStatement, doStatement, switchStatement, switchBody, labeledStatement
    case catchClause, finallyClause, tryStatement
    case lexicalDeclaration, variableDeclaration, variableDeclarator
    case importStatement, exportStatement, importClause, namespaceImport, namedImports, importSpecifier, exportClause, exportSpecifier
    case identifier, shorthandPropertyIdentifier, shorthandPropertyIdentifierPattern, statementIdentifier
    case objectPattern, arrayPattern, pairPattern, assignmentPattern, objectAssignmentPattern, restPattern
    case object, arguments, formalParameters
    case breakStatement, continueStatement
    case updateExpression, assignmentExpression, augmentedAssignmentExpression
    case unaryExpression, binaryExpression, newExpression, awaitExpression
    case parenthesizedExpression, memberExpression, subscriptExpression, nonNullExpression
    case regex, regexPattern, regexFlags
    case expressionStatement, string
    case comma, openBrace, openParen, async, constKeyword
    /// Any other statement or clause (`if_statement`, `return_statement`, `else_clause`, …).
    case statement

    /// Whether the walk does something when it enters such a node.
    var isChecked: Bool {
        switch self {
        case .other, .statement, .comma, .openBrace, .openParen, .async, .constKeyword, .string, .regexPattern, .regexFlags,
             .statementIdentifier, .expressionStatement, .variableDeclarator, .importClause, .namespaceImport, .importSpecifier,
             .exportSpecifier, .finallyClause, .pairPattern, .assignmentPattern, .objectAssignmentPattern, .restPattern,
             .arrayPattern, .formalParameters, .parenthesizedExpression, .memberExpression, .subscriptExpression,
             .nonNullExpression, .unaryExpression, .binaryExpression, .newExpression, .exportStatement:
            false
        default:
            true
        }
    }

    /// Identifiers, which matter only when spelled like a reserved word.
    var isName: Bool {
        self == .identifier || self == .shorthandPropertyIdentifier || self == .shorthandPropertyIdentifierPattern
    }

    private static let names: [String: JavaScriptNodeKind] = [
        "program": .program, "statement_block": .statementBlock, "class_body": .classBody, "class_static_block": .classStaticBlock,
        "function_declaration": .functionDeclaration, "generator_function_declaration": .generatorFunctionDeclaration,
        "function_expression": .functionExpression, "function": .functionExpression, "generator_function": .generatorFunction,
        "arrow_function": .arrowFunction, "method_definition": .methodDefinition,
        "class_declaration": .classDeclaration, "class": .classExpression,
        "for_statement": .forStatement, "for_in_statement": .forInStatement, "while_statement": .whileStatement,
        "do_statement": .doStatement, "switch_statement": .switchStatement, "switch_body": .switchBody,
        "labeled_statement": .labeledStatement, "catch_clause": .catchClause, "finally_clause": .finallyClause,
        "try_statement": .tryStatement, "lexical_declaration": .lexicalDeclaration, "variable_declaration": .variableDeclaration,
        "variable_declarator": .variableDeclarator, "import_statement": .importStatement, "export_statement": .exportStatement,
        "import_clause": .importClause, "namespace_import": .namespaceImport, "named_imports": .namedImports,
        "import_specifier": .importSpecifier, "export_clause": .exportClause, "export_specifier": .exportSpecifier, "identifier": .identifier,
        "shorthand_property_identifier": .shorthandPropertyIdentifier,
        "shorthand_property_identifier_pattern": .shorthandPropertyIdentifierPattern, "statement_identifier": .statementIdentifier,
        "object_pattern": .objectPattern, "array_pattern": .arrayPattern, "pair_pattern": .pairPattern,
        "assignment_pattern": .assignmentPattern, "object_assignment_pattern": .objectAssignmentPattern, "rest_pattern": .restPattern,
        "object": .object, "arguments": .arguments, "formal_parameters": .formalParameters,
        "break_statement": .breakStatement, "continue_statement": .continueStatement,
        "update_expression": .updateExpression, "assignment_expression": .assignmentExpression,
        "augmented_assignment_expression": .augmentedAssignmentExpression, "unary_expression": .unaryExpression,
        "binary_expression": .binaryExpression, "new_expression": .newExpression, "await_expression": .awaitExpression,
        "parenthesized_expression": .parenthesizedExpression, "member_expression": .memberExpression,
        "subscript_expression": .subscriptExpression, "non_null_expression": .nonNullExpression,
        "regex": .regex, "regex_pattern": .regexPattern, "regex_flags": .regexFlags,
        "expression_statement": .expressionStatement, "string": .string,
        ",": .comma, "{": .openBrace, "(": .openParen, "async": .async, "const": .constKeyword,
    ]

    private static let tables = Mutex<[Language: [JavaScriptNodeKind]]>([:])
    private static let fieldTables = Mutex<[Language: [UInt16]]>([:])

    /// The ids of the fields the early-error walk asks for, built once per grammar.
    static func fields(of language: Language) -> [UInt16] {
        if let fields = fieldTables.withLock({ $0[language] }) { return fields }
        let fields = JavaScriptField.allCases.map { language.fieldID(named: "\($0)") ?? 0 }
        fieldTables.withLock { $0[language] = fields }
        return fields
    }

    /// The kind of every symbol of a grammar, built once per grammar.
    static func table(for language: Language) -> [JavaScriptNodeKind] {
        if let table = tables.withLock({ $0[language] }) { return table }
        let table = (0..<language.symbolCount).map { symbol -> JavaScriptNodeKind in
            let name = language.symbolName(UInt16(symbol))
            if let kind = names[name] { return kind }
            return name.hasSuffix("_statement") || name.hasSuffix("_clause") || name == "switch_case" || name == "switch_default"
                ? .statement : .other
        }
        tables.withLock { $0[language] = table }
        return table
    }
}

/// The fields of JavaScript nodes the early-error walk reads.
enum JavaScriptField: Int, CaseIterable {
    case alias, flags, label, left, name, parameter, parameters, pattern, value
}

/// One walk over a JavaScript tree that finds the early errors tree-sitter leaves in it.
struct JavaScriptEarlyErrors {
    typealias Kind = JavaScriptNodeKind

    let source: SourceText
    let kinds: [Kind]
    /// The ids of the fields the walk asks for (0: the grammar has no such field).
    let fields: [UInt16]
    let isTypeScript: Bool
    private(set) var errors: [(message: String, range: Range<Int>)] = []
    /// Where tree-sitter reports an error that is none: `await` as a plain name, which it is
    /// outside async functions in a script.
    private(set) var forgiven: Set<Int> = []

    init(source: SourceText, language: Language, isTypeScript: Bool) {
        self.source = source
        self.kinds = JavaScriptNodeKind.table(for: language)
        self.fields = JavaScriptNodeKind.fields(of: language)
        self.isTypeScript = isTypeScript
    }

    /// A scope of declarations: the program, a function, a block, a `for` head, a `catch`.
    private struct Scope {
        enum Role { case program, function, block, catchClause }
        var role: Role
        var depth: Int
        /// Names declared with let, const, class (and function, in a block or a module).
        var lexical: [[UInt8]: (offset: Int, isFunction: Bool)] = [:]
        /// Names declared with var here or in blocks inside (and function, at a function's top).
        var vars: [[UInt8]: Int] = [:]
        /// Parameters of a function or a catch clause.
        var parameters: Set<[UInt8]> = []
    }

    /// A function (or the program) with what `break`, `continue` and `await` need to know.
    private struct Function {
        var depth: Int
        var isAsync: Bool
        var isStrict: Bool
        var loops = 0
        var switches = 0
        var labels: [[UInt8]] = []
    }

    private var scopes: [Scope] = []
    private var functions: [Function] = []
    /// The kind of the node entered at each depth of the walk: a node's parent is the one above it.
    private var path: [Kind] = []
    /// Offsets of commas with nothing but blanks and comments since the previous comma or opening
    /// bracket: the only places an elision can be, found in one pass over the text.
    private var elisionCandidates: [Int] = []
    /// Offsets of what the walk checks: a declaration (`let`, `const`, `var`, a function, class
    /// or arrow), `await`, `break`/`continue`, `try`, `++`/`--`, an assignment to something that
    /// is not a name, a regular expression, a keyword with nothing after it, an elision. The walk
    /// looks inside a node only when one lies in it.
    private var triggers: [Int] = []
    /// Nodes entered that pushed something, with what to pop when leaving them.
    private var exits: [(depth: Int, action: Exit)] = []
    private var isModule = false

    private enum Exit { case scope, function, loop, switchStatement, label, strictClass(Bool) }

    /// The child of `node` in the field called `name`, by the field's id, looked up once.
    private func child(_ node: Node, _ field: JavaScriptField) -> Node? {
        let id = fields[field.rawValue]
        return id == 0 ? nil : node.child(byFieldID: id)
    }

    private func kind(_ node: Node) -> Kind {
        let symbol = Int(node.symbol)
        return symbol < kinds.count ? kinds[symbol] : .other
    }

    private func text(_ node: Node) -> ArraySlice<UInt8> {
        let body = source.body
        return body[(body.startIndex + node.startByte)..<(body.startIndex + min(node.endByte, body.count))]
    }

    // MARK: Walk

    mutating func run(_ root: Node) {
        // The program's frames, there even when the root is an ERROR.
        functions = [Function(depth: -1, isAsync: false, isStrict: false)]
        scopes = [Scope(role: .program, depth: -1)]
        exits = [(-1, .scope)]
        elisionCandidates = Self.emptyElements(in: source.body)
        triggers = Self.triggers(in: source.body, elisions: elisionCandidates)
        let cursor = root.walk()
        var depth = 0
        var descend = true
        while true {
            if descend {
                let symbol = cursor.currentSymbol
                let isError = symbol == Node.errorSymbol
                let nodeKind = Int(symbol) < kinds.count ? kinds[Int(symbol)] : .other
                if path.count > depth { path[depth] = nodeKind } else { path.append(nodeKind) }
                // Most nodes are of no interest: no Node is made of them. A name is, only when it
                // is spelled like a reserved word.
                if nodeKind.isName {
                    if Self.isReservedSpelling(cursor.currentByteRange, in: source.body) {
                        enter(cursor.currentNode, kind: nodeKind, depth: depth)
                    }
                } else if nodeKind.isChecked || isError {
                    enter(cursor.currentNode, kind: nodeKind, depth: depth)
                }
                // Inside an ERROR, tree-sitter's recovery makes names of keywords: nothing to add.
                // Elsewhere, the walk looks inside a node only where its text holds something to
                // check: a declaration, a scope or a jump that matters, or a suspect token.
                if !isError, depth == 0 || Self.contains(triggers, cursor.currentByteRange), cursor.gotoFirstChild() {
                    depth += 1
                    continue
                }
            }
            leave(depth: depth)
            if cursor.gotoNextSibling() {
                descend = true
            } else if cursor.gotoParent() {
                depth -= 1
                descend = false
            } else {
                break
            }
        }
        leave(depth: -1)
    }

    private mutating func leave(depth: Int) {
        while let last = exits.last, last.depth >= depth {
            exits.removeLast()
            switch last.action {
            case .scope: closeScope()
            case .function: functions.removeLast()
            case .loop: functions[functions.count - 1].loops -= 1
            case .switchStatement: functions[functions.count - 1].switches -= 1
            case .label: functions[functions.count - 1].labels.removeLast()
            case .strictClass(let wasStrict): functions[functions.count - 1].isStrict = wasStrict
            }
        }
    }

    /// The kind of the parent of the node entered at `depth`.
    private func parentKind(_ depth: Int) -> Kind { depth > 0 ? path[depth - 1] : .other }

    private mutating func enter(_ node: Node, kind nodeKind: Kind, depth: Int) {
        if node.isError {
            if !isModule, functions.last?.isAsync == false, text(node).elementsEqual("await".utf8), standsAlone(node) {
                forgiven.insert(node.startByte)
            }
            return
        }
        switch nodeKind {
        case .program:
            isModule = node.children.contains { kind($0) == .importStatement || kind($0) == .exportStatement }
            functions[0].isAsync = isModule
            functions[0].isStrict = isModule || hasUseStrict(node)
        case .functionDeclaration, .generatorFunctionDeclaration:
            if let name = child(node, .name) { declareFunction(name) }
            enterFunction(node, depth: depth)
        case .functionExpression, .generatorFunction, .arrowFunction, .methodDefinition:
            enterFunction(node, depth: depth)
            if nodeKind == .arrowFunction,
               [.unaryExpression, .binaryExpression, .updateExpression, .newExpression, .awaitExpression].contains(parentKind(depth)) {
                fail("Malformed arrow function parameter list: an arrow function cannot be an operand here; wrap it in parentheses", node)
            }
        case .classStaticBlock:
            functions.append(Function(depth: depth, isAsync: false, isStrict: true))
            scopes.append(Scope(role: .function, depth: depth))
            exits.append((depth, .scope))
            exits.append((depth, .function))
        case .classDeclaration:
            if let name = child(node, .name) { declareLexical(name, isFunction: false) }
        case .classBody:
            exits.append((depth, .strictClass(functions[functions.count - 1].isStrict)))
            functions[functions.count - 1].isStrict = true
        case .statementBlock:
            // A function's or catch clause's body is the scope its parameters are in.
            if [.functionDeclaration, .generatorFunctionDeclaration, .functionExpression, .generatorFunction,
                .arrowFunction, .methodDefinition, .catchClause].contains(parentKind(depth)) {
                if hasUseStrict(node) { functions[functions.count - 1].isStrict = true }
                return
            }
            openScope(.block, depth: depth)
        case .switchBody:
            openScope(.block, depth: depth)
        case .forStatement, .forInStatement:
            openScope(.block, depth: depth)
            functions[functions.count - 1].loops += 1
            exits.append((depth, .loop))
        case .whileStatement, .doStatement:
            functions[functions.count - 1].loops += 1
            exits.append((depth, .loop))
        case .switchStatement:
            functions[functions.count - 1].switches += 1
            exits.append((depth, .switchStatement))
        case .labeledStatement:
            if let label = child(node, .label) ?? node.namedChildren.first {
                functions[functions.count - 1].labels.append(Array(text(label)))
                exits.append((depth, .label))
            }
        case .catchClause:
            openScope(.catchClause, depth: depth)
            if let parameter = child(node, .parameter) {
                var names: [Node] = []
                boundNames(parameter, into: &names)
                for name in names { scopes[scopes.count - 1].parameters.insert(Array(text(name))) }
            }
        case .tryStatement:
            if !node.children.contains(where: { kind($0) == .catchClause || kind($0) == .finallyClause }) {
                fail("Missing catch or finally after try", node)
            }
        case .lexicalDeclaration:
            lexicalDeclaration(node, inForHead: parentKind(depth) == .forInStatement)
        case .variableDeclaration:
            for declarator in node.namedChildren where kind(declarator) == .variableDeclarator {
                guard let name = child(declarator, .name) else { continue }
                var names: [Node] = []
                boundNames(name, into: &names)
                for name in names { declareVar(name) }
            }
        case .importStatement:
            for clause in node.namedChildren where kind(clause) == .importClause {
                var names: [Node] = []
                importedNames(clause, into: &names)
                for name in names { declareLexical(name, isFunction: false) }
            }
        case .identifier, .shorthandPropertyIdentifier, .shorthandPropertyIdentifierPattern:
            reservedWord(node, parent: parentKind(depth))
        case .breakStatement, .continueStatement:
            jump(node)
        case .updateExpression:
            if let argument = node.namedChildren.first, !isSimpleTarget(argument) {
                let isPrefix = node.child(at: 0)?.isNamed == false
                fail("Invalid left-hand side expression in \(isPrefix ? "prefix" : "postfix") operation", argument)
            }
        case .assignmentExpression, .augmentedAssignmentExpression:
            if let left = child(node, .left) {
                let isPattern = kind(left) == .objectPattern || kind(left) == .arrayPattern
                if !(isSimpleTarget(left) || isPattern && kind(node) == .assignmentExpression) {
                    fail("Invalid left-hand side in assignment", left)
                }
            }
        case .awaitExpression:
            if let function = functions.last, functions.count > 1, !function.isAsync {
                fail("await is only valid in async functions and the top level bodies of modules", node)
            }
        case .object, .objectPattern, .arguments, .namedImports, .exportClause:
            if hasElisionCandidate(in: node.byteRange) { elisions(node) }
        case .regex:
            regex(node)
        default:
            break
        }
    }

    /// Whether a node is a statement of its own: a line break, `;` or `{` before it and a line
    /// break, `;` or `}` after it (so that automatic semicolon insertion ends what comes before).
    private func standsAlone(_ node: Node) -> Bool {
        let body = source.body
        var before = node.startByte - 1
        while before >= 0, body[body.startIndex + before] == 0x20 || body[body.startIndex + before] == 0x09 { before -= 1 }
        var after = node.endByte
        while after < body.count, body[body.startIndex + after] == 0x20 || body[body.startIndex + after] == 0x09 { after += 1 }
        let opens = before < 0 || [0x0A, 0x0D, UInt8(ascii: ";"), UInt8(ascii: "{")].contains(body[body.startIndex + before])
        let closes = after >= body.count || [0x0A, 0x0D, UInt8(ascii: ";"), UInt8(ascii: "}")].contains(body[body.startIndex + after])
        return opens && closes
    }

    // MARK: Functions and scopes

    private mutating func enterFunction(_ node: Node, depth: Int) {
        let isAsync = (0..<min(3, node.childCount)).contains { node.child(at: $0).map { kind($0) == .async } ?? false }
        let outer = functions.last!
        functions.append(Function(depth: depth, isAsync: isAsync, isStrict: outer.isStrict))
        var scope = Scope(role: .function, depth: depth)
        var names: [Node] = []
        if let parameters = child(node, .parameters) {
            boundNames(parameters, into: &names)
        } else if let parameter = child(node, .parameter) {
            boundNames(parameter, into: &names)
        }
        for name in names { scope.parameters.insert(Array(text(name))) }
        scopes.append(scope)
        exits.append((depth, .scope))
        exits.append((depth, .function))
    }

    private mutating func openScope(_ role: Scope.Role, depth: Int) {
        scopes.append(Scope(role: role, depth: depth))
        exits.append((depth, .scope))
    }

    /// Leaving a scope: a name declared with var inside it cannot also be lexical in it; var
    /// names then belong to the enclosing scope, up to the function.
    private mutating func closeScope() {
        let scope = scopes.removeLast()
        for (name, offset) in scope.vars {
            if let lexical = scope.lexical[name] {
                alreadyDeclared(name, at: max(offset, lexical.offset))
            }
        }
        if scope.role != .function, scope.role != .program, !scopes.isEmpty {
            for (name, offset) in scope.vars where scopes[scopes.count - 1].vars[name] == nil {
                scopes[scopes.count - 1].vars[name] = offset
            }
        }
    }

    private mutating func declareLexical(_ name: Node, isFunction: Bool) {
        guard !scopes.isEmpty else { return }
        let spelled = Array(text(name))
        let index = scopes.count - 1
        if let existing = scopes[index].lexical[spelled] {
            // Two function declarations in one block are allowed outside strict mode (Annex B).
            let bothFunctions = isFunction && existing.isFunction && !(functions.last?.isStrict ?? false)
            if !bothFunctions, !(isTypeScript && (isFunction || existing.isFunction)) {
                alreadyDeclared(spelled, at: name.startByte)
            }
            return
        }
        if scopes[index].parameters.contains(spelled), scopes[index].role == .function || scopes[index].role == .catchClause {
            alreadyDeclared(spelled, at: name.startByte)
            return
        }
        scopes[index].lexical[spelled] = (name.startByte, isFunction)
    }

    private mutating func declareVar(_ name: Node) {
        guard !scopes.isEmpty else { return }
        let spelled = Array(text(name))
        let index = scopes.count - 1
        if scopes[index].vars[spelled] == nil { scopes[index].vars[spelled] = name.startByte }
    }

    /// A function declaration is var-like at the top of a function or script, lexical in a block
    /// or at the top of a module.
    private mutating func declareFunction(_ name: Node) {
        guard let scope = scopes.last else { return }
        if scope.role == .block || scope.role == .catchClause || (scope.role == .program && isModule) {
            declareLexical(name, isFunction: true)
        } else if !isTypeScript {
            declareVar(name)
        }
    }

    private mutating func alreadyDeclared(_ name: [UInt8], at offset: Int) {
        errors.append(("Identifier '\(String(decoding: name, as: UTF8.self))' has already been declared", offset..<(offset + name.count)))
    }

    private mutating func lexicalDeclaration(_ node: Node, inForHead: Bool) {
        let isConst = node.child(at: 0).map { kind($0) == .constKeyword } ?? false
        for declarator in node.namedChildren where kind(declarator) == .variableDeclarator {
            guard let name = child(declarator, .name) else { continue }
            if isConst, !inForHead, child(declarator, .value) == nil, !isTypeScript {
                fail("Missing initializer in const declaration", name)
            }
            var names: [Node] = []
            boundNames(name, into: &names)
            for name in names { declareLexical(name, isFunction: false) }
        }
    }

    /// The identifiers a binding (a name, a destructuring pattern, parameters) declares.
    private func boundNames(_ node: Node, into names: inout [Node]) {
        switch kind(node) {
        case .identifier, .shorthandPropertyIdentifierPattern:
            names.append(node)
        case .pairPattern:
            if let value = child(node, .value) { boundNames(value, into: &names) }
        case .assignmentPattern, .objectAssignmentPattern:
            if let left = child(node, .left) { boundNames(left, into: &names) }
        case .objectPattern, .arrayPattern, .restPattern, .formalParameters:
            for child in node.namedChildren { boundNames(child, into: &names) }
        default:
            // TypeScript wraps parameters (required_parameter, optional_parameter): their pattern.
            if isTypeScript, let pattern = child(node, .pattern) { boundNames(pattern, into: &names) }
        }
    }

    private func importedNames(_ clause: Node, into names: inout [Node]) {
        for part in clause.namedChildren {
            switch kind(part) {
            case .identifier: names.append(part)
            case .namespaceImport: names += part.namedChildren.filter { kind($0) == .identifier }
            case .namedImports:
                for specifier in part.namedChildren where kind(specifier) == .importSpecifier {
                    if let name = child(specifier, .alias) ?? child(specifier, .name), kind(name) == .identifier {
                        names.append(name)
                    }
                }
            default: break
            }
        }
    }

    private func hasUseStrict(_ node: Node) -> Bool {
        // Directives come first: look at statements only until one is not a string.
        var index = 0
        while let statement = node.namedChild(at: index) {
            index += 1
            guard kind(statement) == .expressionStatement, let string = statement.namedChild(at: 0), kind(string) == .string else { return false }
            let spelled = text(string)
            if spelled.count == 12, spelled.dropFirst().dropLast().elementsEqual("use strict".utf8) { return true }
        }
        return false
    }

    // MARK: Statements and expressions

    private mutating func jump(_ node: Node) {
        guard let function = functions.last else { return }
        let isBreak = kind(node) == .breakStatement
        if let label = node.namedChildren.first(where: { kind($0) == .statementIdentifier }) {
            if !function.labels.contains(Array(text(label))) {
                fail("Undefined label '\(String(decoding: text(label), as: UTF8.self))'", label)
            }
        } else if isBreak ? function.loops == 0 && function.switches == 0 : function.loops == 0 {
            fail(isBreak ? "Illegal break statement" : "Illegal continue statement: no surrounding iteration statement", node)
        }
    }

    private func isSimpleTarget(_ node: Node) -> Bool {
        switch kind(node) {
        case .identifier, .memberExpression, .subscriptExpression: return true
        case .parenthesizedExpression:
            return node.namedChildCount == 1 && node.namedChild(at: 0).map(isSimpleTarget) == true
        case .nonNullExpression: return isTypeScript
        default: return isTypeScript && !["call_expression", "number", "string", "binary_expression", "unary_expression"].contains(node.type)
        }
    }

    private func hasElisionCandidate(in range: Range<Int>) -> Bool { Self.contains(elisionCandidates, range) }

    /// Whether a sorted list of offsets has one in `range`.
    private static func contains(_ offsets: [Int], _ range: Range<Int>) -> Bool {
        guard !offsets.isEmpty else { return false }
        var low = 0
        var high = offsets.count
        while low < high {
            let middle = (low + high) / 2
            if offsets[middle] < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        return low < offsets.count && offsets[low] < range.upperBound
    }

    /// Words whose node the walk must reach wherever they stand: declarations (`let`, `const`,
    /// `var`, `class`, `function`), `await`, the jumps (`break`, `continue`), `try`, and the
    /// keywords that begin or continue statements only, which recovery turns into names when
    /// one strays into an expression (`case`, `switch`, `while`, …).
    private static func isTriggerWord(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        func spells(_ literal: StaticString) -> Bool {
            word.count == literal.utf8CodeUnitCount
                && word.elementsEqual(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
        }
        switch word.first {
        case UInt8(ascii: "a"): return spells("await")
        case UInt8(ascii: "b"): return spells("break")
        case UInt8(ascii: "c"): return spells("class") || spells("const") || spells("continue") || spells("case") || spells("catch")
        case UInt8(ascii: "d"): return spells("do") || spells("default") || spells("debugger")
        case UInt8(ascii: "e"): return spells("else") || spells("enum")
        case UInt8(ascii: "f"): return spells("function") || spells("finally")
        case UInt8(ascii: "l"): return spells("let")
        case UInt8(ascii: "s"): return spells("switch")
        case UInt8(ascii: "t"): return spells("try") || spells("throw")
        case UInt8(ascii: "v"): return spells("var")
        case UInt8(ascii: "w"): return spells("while") || spells("with")
        default: return false
        }
    }
    /// Keywords that, with nothing after them, are what tree-sitter's recovery takes for a name.
    private static let danglingWords: [[UInt8]] = ([
        "case", "catch", "class", "const", "delete", "do", "else", "enum", "export", "extends", "finally", "for",
        "function", "if", "import", "in", "instanceof", "new", "switch", "throw", "try", "typeof", "var", "void",
        "while", "with", "let", "static", "yield", "implements", "interface", "package", "private", "protected", "public",
    ] as [String]).map { Array($0.utf8) }

    /// ``danglingWords`` by length (up to 10), for a lookup without comparing every word.
    private static let danglingByLength = byLength(danglingWords)

    /// Words after which a `/` begins a regular expression rather than a division.
    private static let regexAfterWords: [[UInt8]] = [
        "return", "typeof", "case", "in", "of", "new", "delete", "void", "throw", "yield", "await", "else", "do",
    ].map { Array($0.utf8) }

    /// The trigger offsets of a text, in order, in one pass (comments skipped; strings are not
    /// told apart, which only makes the walk look at a little more).
    static func triggers(in body: ArraySlice<UInt8>, elisions: [Int]) -> [Int] {
        var found: [Int] = []
        body.withUnsafeBufferPointer { text in
            let count = text.count
            // The last byte that is not blank (a line break counts), and the word it ends, if any.
            var previous: UInt8 = 0x0A
            var lastWord: Slice<UnsafeBufferPointer<UInt8>>?
            var index = 0
            func isWordByte(_ byte: UInt8) -> Bool {
                byte == UInt8(ascii: "_") || byte == UInt8(ascii: "$") || (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
                    || byte >= 0x30 && byte <= 0x39 || byte >= 0x80
            }
            func isOperatorByte(_ byte: UInt8) -> Bool {
                switch byte {
                case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "/"), UInt8(ascii: "%"), UInt8(ascii: "&"),
                     UInt8(ascii: "|"), UInt8(ascii: "^"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "!"), UInt8(ascii: "?"):
                    true
                default:
                    false
                }
            }
            while index < count {
                let byte = text[index]
                if byte == 0x20 || byte == 0x09 || byte == 0x0D {
                    index += 1
                    continue
                }
                if isWordByte(byte) {
                    var end = index
                    while end < count, isWordByte(text[end]) { end += 1 }
                    let word = text[index..<end]
                    let first = text[index]
                    if first >= UInt8(ascii: "a"), first <= UInt8(ascii: "y"), word.count >= 2, word.count <= 10 {
                        if isTriggerWord(word) {
                            found.append(index)
                        } else {
                            var next = end
                            while next < count, text[next] == 0x20 || text[next] == 0x09 { next += 1 }
                            if next >= count || Self.endsAnOperand(text[next]),
                               danglingByLength[word.count].contains(where: { $0[0] == first && $0.elementsEqual(word) }) {
                                found.append(index)
                            }
                        }
                    }
                    lastWord = word
                    previous = text[end - 1]
                    index = end
                    continue
                }
                switch byte {
                case UInt8(ascii: "/"):
                    if index + 1 < count, text[index + 1] == UInt8(ascii: "/") {
                        while index < count, text[index] != 0x0A { index += 1 }
                        continue
                    }
                    if index + 1 < count, text[index + 1] == UInt8(ascii: "*") {
                        index += 2
                        while index + 1 < count, !(text[index] == UInt8(ascii: "*") && text[index + 1] == UInt8(ascii: "/")) { index += 1 }
                        index += 2
                        continue
                    }
                    // A regular expression begins where an operand can.
                    let operandBefore = lastWord.map { word in !regexAfterWords.contains { $0.elementsEqual(word) } }
                        ?? (previous == UInt8(ascii: ")") || previous == UInt8(ascii: "]") || previous == UInt8(ascii: "}"))
                    if !operandBefore { found.append(index) }
                case UInt8(ascii: "="):
                    if index + 1 < count, text[index + 1] == UInt8(ascii: ">") {
                        found.append(index)
                    } else if index + 1 < count, text[index + 1] == UInt8(ascii: "=") {
                        // `==`, `===`: a comparison.
                        while index + 1 < count, text[index + 1] == UInt8(ascii: "=") { index += 1 }
                    } else {
                        // An assignment (or `<=`, `>=`, `!=`): its target must be checked unless it
                        // ends in a name (`x = …`, `a.b += …`), which is always one.
                        var end = index - 1
                        while end >= 0, isOperatorByte(text[end]) { end -= 1 }
                        while end >= 0, text[end] == 0x20 || text[end] == 0x09 || text[end] == 0x0A || text[end] == 0x0D { end -= 1 }
                        if end < 0 || !isWordByte(text[end]) { found.append(index) }
                    }
                case UInt8(ascii: "+"), UInt8(ascii: "-"):
                    if index + 1 < count, text[index + 1] == byte { found.append(index) }
                default:
                    break
                }
                lastWord = nil
                previous = byte
                index += 1
            }
        }
        if !elisions.isEmpty { found = (found + elisions).sorted() }
        return found
    }

    /// Whether a byte ends what comes before it: a keyword followed by one of them has no operand.
    private static func endsAnOperand(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: ";"), UInt8(ascii: ":"), 0x0A, 0x0D:
            true
        default:
            false
        }
    }

    /// Commas that follow `,`, `(` or `{` with only blanks and comments between.
    static func emptyElements(in body: ArraySlice<UInt8>) -> [Int] {
        var found: [Int] = []
        body.withUnsafeBufferPointer { text in
            var previous: UInt8 = 0
            var index = 0
            while index < text.count {
                let byte = text[index]
                switch byte {
                case 0x20, 0x09, 0x0A, 0x0D:
                    break
                case UInt8(ascii: "/") where index + 1 < text.count && text[index + 1] == UInt8(ascii: "/"):
                    while index < text.count, text[index] != 0x0A { index += 1 }
                    continue
                case UInt8(ascii: "/") where index + 1 < text.count && text[index + 1] == UInt8(ascii: "*"):
                    index += 2
                    while index + 1 < text.count, !(text[index] == UInt8(ascii: "*") && text[index + 1] == UInt8(ascii: "/")) { index += 1 }
                    index += 2
                    continue
                default:
                    if byte == UInt8(ascii: ","), [UInt8(ascii: ","), UInt8(ascii: "("), UInt8(ascii: "{")].contains(previous) {
                        found.append(index)
                    }
                    previous = byte
                }
                index += 1
            }
        }
        return found
    }

    /// A `,` right after the opening bracket or another `,`: objects, argument lists and import
    /// lists have no holes (arrays do).
    private mutating func elisions(_ node: Node) {
        var previous: Kind = .other
        for index in 0..<node.childCount {
            guard let child = node.child(at: index) else { continue }
            let current = kind(child)
            if current == .comma, previous == .comma || previous == .openBrace || previous == .openParen {
                fail("Unexpected token ',': \(node.type.replacingOccurrences(of: "_", with: " ")) cannot have an empty element", child)
            }
            if !child.isExtra { previous = current }
        }
    }

    private static let reservedWords: Set<[UInt8]> = Set([
        "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum",
        "export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof", "new", "null",
        "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with",
    ].map { Array($0.utf8) })

    private static let strictReservedWords: Set<[UInt8]> = Set([
        "implements", "interface", "let", "package", "private", "protected", "public", "static", "yield",
    ].map { Array($0.utf8) })

    /// The reserved words of both lists by length, to tell a name's spelling without allocating.
    private static let reservedByLength = byLength(reservedWords.union(strictReservedWords))

    /// Words of up to 10 bytes grouped by length, to look one up without comparing every word.
    private static func byLength(_ words: some Sequence<[UInt8]>) -> [[[UInt8]]] {
        var table = [[[UInt8]]](repeating: [], count: 11)
        for word in words where word.count < table.count { table[word.count].append(word) }
        return table
    }

    /// Whether the text in `range` is spelled like a reserved word (of either list).
    static func isReservedSpelling(_ range: Range<Int>, in body: ArraySlice<UInt8>) -> Bool {
        let length = range.count
        guard length >= 2, length < reservedByLength.count, range.upperBound <= body.count else { return false }
        let start = body.startIndex + range.lowerBound
        let first = body[start]
        guard first >= UInt8(ascii: "a"), first <= UInt8(ascii: "y") else { return false }
        let spelled = body[start..<(start + length)]
        return reservedByLength[length].contains { $0[0] == first && $0.elementsEqual(spelled) }
    }

    private mutating func reservedWord(_ node: Node, parent: Kind) {
        let length = node.endByte - node.startByte
        guard length >= 2, length <= 10 else { return }
        // Reserved words begin with a lowercase letter.
        let first = source.body[source.body.startIndex + node.startByte]
        guard first >= UInt8(ascii: "a"), first <= UInt8(ascii: "y") else { return }
        let spelled = Array(text(node))
        // `export { x as default }`, `import { default as x }`: module export names may be any word.
        if parent == .importSpecifier || parent == .exportSpecifier { return }
        if Self.reservedWords.contains(spelled) {
            fail("Unexpected token '\(String(decoding: spelled, as: UTF8.self))'", node)
        } else if !isTypeScript, functions.last?.isStrict == true, Self.strictReservedWords.contains(spelled) {
            fail("Unexpected strict mode reserved word '\(String(decoding: spelled, as: UTF8.self))'", node)
        }
    }

    private mutating func regex(_ node: Node) {
        guard let pattern = child(node, .pattern) else { return }
        let flags = child(node, .flags).map { Array(text($0)) } ?? []
        if let problem = RegexSyntax.problem(pattern: Array(text(pattern)), flags: flags) {
            fail("Invalid regular expression: /\(String(decoding: text(pattern).prefix(60), as: UTF8.self))/: \(problem)", node)
        }
    }

    private mutating func fail(_ message: String, _ node: Node) {
        errors.append((message, node.byteRange))
    }
}

/// The syntax of a regular expression literal, as far as it decides whether the literal is one:
/// groups balance and are of a known form, quantifiers have something to repeat, classes close,
/// ranges run upwards, flags are known and not repeated.
enum RegexSyntax {
    static func problem(pattern: [UInt8], flags: [UInt8]) -> String? {
        var seen = Set<UInt8>()
        for flag in flags {
            guard Array("dgimsuyv".utf8).contains(flag), seen.insert(flag).inserted else {
                return "Invalid regular expression flags"
            }
        }
        let unicode = seen.contains(UInt8(ascii: "u")) || seen.contains(UInt8(ascii: "v"))
        if seen.contains(UInt8(ascii: "u")) && seen.contains(UInt8(ascii: "v")) { return "Invalid regular expression flags" }
        var groups: [Bool] = []   // whether each open group is a lookbehind
        var canRepeat = false     // whether the last item is an atom a quantifier may follow
        var afterQuantifier = false
        var index = 0
        let count = pattern.count
        while index < count {
            let byte = pattern[index]
            switch byte {
            case UInt8(ascii: "\\"):
                guard index + 1 < count else { return "\\ at end of pattern" }
                let escape = pattern[index + 1]
                index += 2
                // `\u{1F600}`, `\p{Letter}`: the braces belong to the escape.
                if [UInt8(ascii: "u"), UInt8(ascii: "p"), UInt8(ascii: "P")].contains(escape), index < count, pattern[index] == UInt8(ascii: "{"),
                   let close = pattern[index...].firstIndex(of: UInt8(ascii: "}")) {
                    if unicode, escape == UInt8(ascii: "u"),
                       close == index + 1 || !pattern[(index + 1)..<close].allSatisfy({ isHexDigit($0) }) {
                        return "Invalid Unicode escape"
                    }
                    index = close + 1
                } else if unicode, escape == UInt8(ascii: "u"), index < count, pattern[index] == UInt8(ascii: "{") {
                    return "Invalid Unicode escape"
                }
                canRepeat = true
                afterQuantifier = false
                continue
            case UInt8(ascii: "["):
                guard let end = classEnd(pattern, from: index) else { return "Unterminated character class" }
                if let problem = classProblem(Array(pattern[(index + 1)..<end])) { return problem }
                index = end + 1
                canRepeat = true
                afterQuantifier = false
                continue
            case UInt8(ascii: "("):
                if index + 1 < count, pattern[index + 1] == UInt8(ascii: "?") {
                    let rest = pattern[(index + 2)...]
                    let known = [":", "=", "!", "<=", "<!"].contains { rest.starts(with: Array($0.utf8)) }
                    let named = rest.first == UInt8(ascii: "<") && rest.dropFirst().first.map { $0 != UInt8(ascii: "=") && $0 != UInt8(ascii: "!") } == true
                    if !known && !named { return "Invalid group" }
                    let lookbehind = rest.starts(with: Array("<=".utf8)) || rest.starts(with: Array("<!".utf8))
                    groups.append(lookbehind)
                    // Past `(?:`, `(?=`, `(?<=`, `(?<name>`.
                    if named {
                        guard let close = rest.firstIndex(of: UInt8(ascii: ">")) else { return "Invalid capture group name" }
                        index = close + 1
                    } else {
                        index += lookbehind ? 4 : 3
                    }
                    canRepeat = false
                    afterQuantifier = false
                    continue
                } else {
                    groups.append(false)
                }
                canRepeat = false
                afterQuantifier = false
            case UInt8(ascii: ")"):
                guard let lookbehind = groups.popLast() else { return "Unmatched ')'" }
                canRepeat = !(lookbehind && unicode)
                afterQuantifier = false
            case UInt8(ascii: "|"):
                canRepeat = false
                afterQuantifier = false
            case UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "?"):
                if byte == UInt8(ascii: "?"), afterQuantifier {
                    afterQuantifier = false
                    canRepeat = false
                } else {
                    guard canRepeat else { return "Nothing to repeat" }
                    canRepeat = false
                    afterQuantifier = true
                }
            case UInt8(ascii: "{"):
                if let end = quantifierEnd(pattern, from: index) {
                    guard canRepeat else { return "Nothing to repeat" }
                    index = end + 1
                    canRepeat = false
                    afterQuantifier = true
                    continue
                }
                if unicode { return "Lone quantifier brackets" }
                canRepeat = true
                afterQuantifier = false
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if unicode { return "Lone quantifier brackets" }
                canRepeat = true
                afterQuantifier = false
            case UInt8(ascii: "^"), UInt8(ascii: "$"):
                canRepeat = !unicode
                afterQuantifier = false
            default:
                canRepeat = true
                afterQuantifier = false
            }
            index += 1
        }
        return groups.isEmpty ? nil : "Unterminated group"
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x66)
    }

    /// The `]` closing the class that opens at `start`.
    private static func classEnd(_ pattern: [UInt8], from start: Int) -> Int? {
        var index = start + 1
        if index < pattern.count, pattern[index] == UInt8(ascii: "^") { index += 1 }
        while index < pattern.count {
            switch pattern[index] {
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "]"): return index
            default: index += 1
            }
        }
        return nil
    }

    /// A range whose ends are plain characters must run upwards (`[z-a]` does not).
    private static func classProblem(_ body: [UInt8]) -> String? {
        var index = body.first == UInt8(ascii: "^") ? 1 : 0
        var previous: UInt8?
        while index < body.count {
            let byte = body[index]
            if byte == UInt8(ascii: "\\") {
                previous = nil
                index += 2
                continue
            }
            if byte == UInt8(ascii: "-"), let low = previous, index + 1 < body.count {
                let high = body[index + 1]
                if high != UInt8(ascii: "\\"), high != UInt8(ascii: "]"), low < 0x80, high < 0x80, low > high {
                    return "Range out of order in character class"
                }
                previous = nil
                index += 2
                continue
            }
            previous = byte
            index += 1
        }
        return nil
    }

    /// The `}` of a quantifier `{n}`, `{n,}`, `{n,m}` at `start`.
    private static func quantifierEnd(_ pattern: [UInt8], from start: Int) -> Int? {
        var index = start + 1
        let digitsStart = index
        while index < pattern.count, pattern[index] >= 0x30, pattern[index] <= 0x39 { index += 1 }
        guard index > digitsStart, index < pattern.count else { return nil }
        if pattern[index] == UInt8(ascii: ",") {
            index += 1
            while index < pattern.count, pattern[index] >= 0x30, pattern[index] <= 0x39 { index += 1 }
        }
        return index < pattern.count && pattern[index] == UInt8(ascii: "}") ? index : nil
    }
}
