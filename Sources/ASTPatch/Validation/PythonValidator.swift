import TreeSitter

/// Judges Python as `python3` does. tree-sitter-python accepts what Python's tokenizer and
/// compiler reject: an empty block, an unexpected indent, a de-indented line that matches no outer
/// level, tabs and spaces mixed ambiguously, `return` or `break` where it means nothing, an `else`
/// with nothing to belong to, a keyword used as a name, a repeated argument name, a `print`
/// statement, a truncated `\U` escape. Those come from Python's own rules over the tokens
/// (``PythonTokenizer``, ``PythonStatementRules``); the rest from tree-sitter's ERROR and MISSING nodes.
public struct PythonValidator: SyntaxValidator {
    public init() {}

    public var needsTree: Bool { true }

    /// A tree without ERROR or MISSING nodes whose tokens break none of Python's rules: `check`
    /// then needs no line table, and its read buffer stays with it for the next file.
    public func isEvidentlyClean(_ tree: Tree, body: ArraySlice<UInt8>) -> Bool {
        guard !tree.rootNode.hasError else { return false }
        return body.withUnsafeBufferPointer { text in
            let tokenizer = PythonTokenizer(text)
            guard tokenizer.errors.isEmpty else { return false }
            var rules = PythonStatementRules(text: text, tokens: tokenizer.tokens)
            rules.check()
            return rules.errors.isEmpty
        }
    }

    public func diagnostics(for source: SourceText, tree: Tree?) -> [SyntaxDiagnostic] {
        var grammar = TreeSitterValidator().diagnostics(for: source, tree: tree)
        let found: [(message: String, range: Range<Int>)] = source.body.withUnsafeBufferPointer { text in
            let tokenizer = PythonTokenizer(text)
            var rules = PythonStatementRules(text: text, tokens: tokenizer.tokens)
            rules.check()
            if !grammar.isEmpty, let tree, Self.parsesCleanlyReindented(text, tokens: tokenizer.tokens, language: tree.language) {
                grammar = []
            }
            return tokenizer.errors.map { ($0.message, $0.offset..<$0.offset) } + rules.errors
        }
        return SyntaxDiagnostic.merging(grammar, found.map {
            SyntaxDiagnostic(kind: .syntaxError, message: $0.message, byteRange: $0.range, in: source)
        })
    }

    /// tree-sitter-python takes a line inside brackets that is indented less than its statement
    /// for a dedent (`(bar.` / `baz)` one level to the left), which Python ignores. When a file
    /// has such lines and tree-sitter finds errors, it is parsed again with those lines indented
    /// as far as their statement: only whitespace outside strings changes, so Python reads the
    /// same tokens. True when that copy parses without errors.
    static func parsesCleanlyReindented(_ text: UnsafeBufferPointer<UInt8>, tokens: [PythonToken], language: Language) -> Bool {
        var copy: [UInt8] = []
        var copied = 0
        var depth = 0
        var statementIndent = 0
        var lineStartsStatement = true
        var changed = false
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .newline:
                lineStartsStatement = true
                continue
            case .indent, .dedent, .endOfFile:
                continue
            default:
                break
            }
            // The indentation of this token's line, when it is the first token on its line.
            var lineStart = token.start
            while lineStart > 0, text[lineStart - 1] == 0x20 || text[lineStart - 1] == 0x09 { lineStart -= 1 }
            let firstOnLine = lineStart == 0 || text[lineStart - 1] == 0x0A || text[lineStart - 1] == 0x0D
            if firstOnLine {
                let indent = token.start - lineStart
                if lineStartsStatement {
                    statementIndent = indent
                } else if depth > 0, indent < statementIndent, index > 0, tokens[index - 1].end <= lineStart {
                    copy.append(contentsOf: text[copied..<lineStart])
                    copy.append(contentsOf: repeatElement(0x20, count: statementIndent + 4))
                    copied = token.start
                    changed = true
                }
            }
            lineStartsStatement = false
            if token.kind == .op, token.end - token.start == 1 {
                switch text[token.start] {
                case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
                case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): depth = max(0, depth - 1)
                default: break
                }
            }
        }
        guard changed else { return false }
        copy.append(contentsOf: text[copied...])
        let parser = Parser()
        guard (try? parser.setLanguage(language)) != nil, let reparsed = parser.parse(copy) else { return false }
        return !reparsed.rootNode.hasError
    }
}

/// The Python keywords the statement rules tell apart (the hard keywords, and `print` / `exec`).
enum PythonKeyword: UInt8 {
    case none = 0
    case False, None, True, and, `as`, assert, async, await, `break`, `class`, `continue`, def, del, elif, `else`,
         except, finally, `for`, from, global, `if`, `import`, `in`, `is`, lambda, nonlocal, not, or, pass, raise,
         `return`, `try`, `while`, with, yield, print, exec

    /// Statements these keywords start, and that they cannot appear inside of.
    var startsStatementOnly: Bool {
        switch self {
        case .assert, .break, .class, .continue, .def, .del, .elif, .except, .finally, .global, .import, .nonlocal,
             .pass, .raise, .return, .try, .while, .with:
            true
        default:
            false
        }
    }

    /// Keywords that stand between two operands (or that end in one, `not in`, `is not`).
    var isInfix: Bool {
        switch self {
        case .and, .or, .in, .is, .if, .else, .for, .as: true
        default: false
        }
    }

    var isValue: Bool { self == .True || self == .False || self == .None }

    static func classify(_ bytes: UnsafeBufferPointer<UInt8>) -> PythonKeyword {
        let count = bytes.count
        guard count >= 2, count <= 8 else { return .none }
        var key: UInt64 = 0
        for index in 0..<count { key |= UInt64(bytes[index]) << UInt64(8 * index) }
        return packed.withUnsafeBufferPointer { table in
            var low = 0
            var high = table.count
            while low < high {
                let middle = (low + high) / 2
                if table[middle].key < key { low = middle + 1 } else { high = middle }
            }
            return low < table.count && table[low].key == key ? table[low].keyword : .none
        }
    }

    /// The keywords with their spelling packed into a number (all fit in eight bytes), sorted.
    private static let packed: [(key: UInt64, keyword: PythonKeyword)] = {
        let all: [(String, PythonKeyword)] = [
            ("False", .False), ("None", .None), ("True", .True), ("and", .and), ("as", .as), ("assert", .assert),
            ("async", .async), ("await", .await), ("break", .break), ("class", .class), ("continue", .continue),
            ("def", .def), ("del", .del), ("elif", .elif), ("else", .else), ("except", .except), ("finally", .finally),
            ("for", .for), ("from", .from), ("global", .global), ("if", .if), ("import", .import), ("in", .in),
            ("is", .is), ("lambda", .lambda), ("nonlocal", .nonlocal), ("not", .not), ("or", .or), ("pass", .pass),
            ("raise", .raise), ("return", .return), ("try", .try), ("while", .while), ("with", .with),
            ("yield", .yield), ("print", .print), ("exec", .exec),
        ]
        return all.map { spelling, keyword in
            var key: UInt64 = 0
            for (index, byte) in spelling.utf8.enumerated() { key |= UInt64(byte) << UInt64(8 * index) }
            return (key, keyword)
        }.sorted { $0.key < $1.key }
    }()
}

/// Python's rules that need the logical lines and their tokens: each indented block follows a
/// line that ends in `:` and each such line is followed by one; `else`, `elif`, `except` and
/// `finally` follow what they belong to; statements stand where they mean something; keywords are
/// not names and operators have operands; names are not repeated in a parameter list or as keyword
/// arguments; escapes in strings are complete.
struct PythonStatementRules {
    let text: UnsafeBufferPointer<UInt8>
    let tokens: [PythonToken]
    private let keywords: [PythonKeyword]
    private(set) var errors: [(message: String, range: Range<Int>)] = []

    init(text: UnsafeBufferPointer<UInt8>, tokens: [PythonToken]) {
        self.text = text
        self.tokens = tokens
        keywords = tokens.map { $0.kind == .name ? PythonKeyword.classify(UnsafeBufferPointer(rebasing: text[$0.start..<$0.end])) : .none }
    }

    enum Scope: Equatable {
        case module, function(isAsync: Bool), classBody, loop, other
    }

    private struct Header {
        var scope: Scope
        /// The token that begins the header, described only when an error needs it.
        var first: Int
        var isCompound: Bool
        var offset: Int
    }

    /// What the last statement of a block was, for the clauses that must follow one.
    private enum Previous: Equatable {
        case nothing, simple, ifStatement, loop, tryStatement, exceptClause, tryElse, other
    }

    private var seenStatement = false
    private var seenDocstring = false
    /// The open brackets of the logical line being checked for arguments, and the names seen in them.
    private var frames: [Frame] = []
    private var names: [Range<Int>] = []

    mutating func check() {
        var scopes: [Scope] = [.module]
        var previous: [Previous] = [.nothing]
        var pending: Header?
        var index = 0
        while index < tokens.count {
            var indented = false
            var dedents = 0
            while tokens[index].kind == .indent || tokens[index].kind == .dedent {
                if tokens[index].kind == .indent { indented = true } else { dedents += 1 }
                index += 1
            }
            let first = tokens[index]
            for _ in 0..<min(dedents, scopes.count - 1) {
                if previous.last == .tryStatement { missingHandler(at: first.start) }
                scopes.removeLast()
                previous.removeLast()
            }
            if first.kind == .endOfFile {
                if let header = pending { expectedBlock(after: header, at: first.start) }
                for block in previous where block == .tryStatement { missingHandler(at: first.start) }
                break
            }
            if let header = pending {
                if indented {
                    scopes.append(header.scope)
                    previous.append(.nothing)
                } else {
                    expectedBlock(after: header, at: first.start)
                }
            } else if indented {
                errors.append(("unexpected indent", first.start..<first.end))
                scopes.append(.other)
                previous.append(.nothing)
            }
            var end = index
            while tokens[end].kind != .newline && tokens[end].kind != .endOfFile { end += 1 }
            let statement = clause(at: index, after: previous[previous.count - 1])
            previous[previous.count - 1] = statement
            pending = logicalLine(index..<end, scopes: scopes)
            // Parameters and arguments come only with `(` or `lambda`.
            if checkTokens(index..<end) { checkArguments(index..<end) }
            index = tokens[end].kind == .newline ? end + 1 : end
        }
    }

    private mutating func expectedBlock(after header: Header, at offset: Int) {
        let line = 1 + text[..<header.offset].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        let what = header.isCompound ? describe(header.first) : "'\(spelling(header.first))' statement"
        errors.append(("expected an indented block after \(what) on line \(line)", offset..<offset))
    }

    private mutating func missingHandler(at offset: Int) {
        errors.append(("expected 'except' or 'finally' block", offset..<offset))
    }

    /// Checks that a clause (`else`, `elif`, `except`, `finally`) follows what it belongs to and
    /// that a `try` is followed by a handler; returns what the statement at `index` is.
    private mutating func clause(at index: Int, after previous: Previous) -> Previous {
        let keyword = keywords[index]
        let token = tokens[index]
        let allowed: Bool
        let current: Previous
        switch keyword {
        case .elif:
            allowed = previous == .ifStatement
            current = .ifStatement
        case .else:
            allowed = [.ifStatement, .loop, .exceptClause].contains(previous)
            current = previous == .exceptClause ? .tryElse : .other
        case .except:
            allowed = previous == .tryStatement || previous == .exceptClause
            current = .exceptClause
        case .finally:
            allowed = [.tryStatement, .exceptClause, .tryElse].contains(previous)
            current = .other
        case .if: return hasHeaderColon(index) ? .ifStatement : .simple
        case .for, .while: return hasHeaderColon(index) ? .loop : .simple
        case .async: return keywords[index + 1] == .for ? .loop : .other
        case .try: return .tryStatement
        case .def, .class, .with: return .other
        default:
            if previous == .tryStatement { missingHandler(at: token.start) }
            return .simple
        }
        if !allowed {
            if previous == .tryStatement {
                missingHandler(at: token.start)
            } else {
                errors.append(("invalid syntax: `\(spelling(index))` does not follow the statement it belongs to", token.start..<token.end))
            }
        }
        return current
    }

    private func hasHeaderColon(_ index: Int) -> Bool {
        var end = index
        while tokens[end].kind != .newline && tokens[end].kind != .endOfFile { end += 1 }
        return headerColon(from: index, in: index..<end) != nil
    }

    // MARK: Statements

    /// Checks the statements of one logical line; returns the header when the line opens a block.
    private mutating func logicalLine(_ line: Range<Int>, scopes outer: [Scope]) -> Header? {
        var scopes = outer
        var start = line.lowerBound
        while start < line.upperBound {
            let keyword = keywords[start]
            if let scope = Self.compoundScope(keyword, next: keywords[start + 1]) {
                if scopes.count == 1 { seenStatement = true }
                guard let colon = headerColon(from: start, in: line) else { return nil }
                checkExpressions(start..<colon, scopes: scopes)
                if colon > start + 1 { checkEdges(start..<colon) }
                if colon + 1 == line.upperBound {
                    return Header(scope: scope, first: start, isCompound: true, offset: tokens[start].start)
                }
                // A body on the header's own line: `if x: return y`.
                scopes.append(scope)
                start = colon + 1
                continue
            }
            var end = start
            var depth = 0
            while end < line.upperBound {
                let token = tokens[end]
                if token.kind == .op {
                    switch text[token.start] {
                    case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
                    case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
                    default: break
                    }
                    if depth == 0, text[token.start] == UInt8(ascii: ";") { break }
                }
                end += 1
            }
            simpleStatement(start..<end, scopes: scopes)
            checkExpressions(start..<end, scopes: scopes)
            checkEdges(start..<end)
            checkTargets(start..<end)
            start = end + 1
        }
        // A line that ends in `:` without a compound keyword (`match x:`, `case 1:`) opens a block too.
        if let last = line.last, isOperator(last, ":") {
            return Header(scope: .other, first: line.lowerBound, isCompound: false, offset: tokens[line.lowerBound].start)
        }
        return nil
    }

    private mutating func simpleStatement(_ range: Range<Int>, scopes: [Scope]) {
        guard !range.isEmpty else { return }
        let first = tokens[range.lowerBound]
        let keyword = keywords[range.lowerBound]
        if scopes.count == 1 {
            let isDocstring = !seenStatement && !seenDocstring && range.allSatisfy { tokens[$0].kind == .string }
            let isFuture = keyword == .from && range.count > 1 && spells(range.lowerBound + 1, "__future__")
            if isFuture, seenStatement {
                errors.append(("from __future__ imports must occur at the beginning of the file", first.start..<first.end))
            }
            if isDocstring { seenDocstring = true } else if !isFuture { seenStatement = true }
        }
        switch keyword {
        case .return:
            if innermostFunction(scopes) == nil { errors.append(("'return' outside function", first.start..<first.end)) }
        case .break, .continue:
            if !inLoop(scopes) {
                let message = keyword == .break ? "'break' outside loop" : "'continue' not properly in loop"
                errors.append((message, first.start..<first.end))
            }
        case .nonlocal:
            if !scopes.contains(where: { if case .function = $0 { true } else { false } }) {
                errors.append(("nonlocal declaration not allowed at module level", first.start..<first.end))
            }
        case .print, .exec:
            if range.count > 1, startsExpression(range.lowerBound + 1, in: range) {
                let name = spelling(range.lowerBound)
                errors.append(("Missing parentheses in call to '\(name)'. Did you mean \(name)(...)?", first.start..<first.end))
            }
        default:
            break
        }
    }

    /// `yield` and `await` stand only inside a function (an async one for `await`, except in a
    /// generator expression, which this check leaves alone by looking at `await` outside brackets
    /// only). A lambda can hold them too: a statement with a lambda is skipped.
    private mutating func checkExpressions(_ range: Range<Int>, scopes: [Scope]) {
        var yields: Int?
        var awaits: Int?
        var depth = 0
        for index in range {
            let token = tokens[index]
            if token.kind == .op {
                switch text[token.start] {
                case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
                case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
                default: break
                }
            }
            switch keywords[index] {
            case .lambda: return
            case .yield: yields = yields ?? index
            case .await where depth == 0: awaits = awaits ?? index
            default: break
            }
        }
        if let index = yields, innermostFunction(scopes) == nil {
            errors.append(("'yield' outside function", tokens[index].start..<tokens[index].end))
        }
        if let index = awaits {
            switch innermostFunction(scopes) {
            case nil where !scopes.contains(where: { if case .function = $0 { true } else { false } }):
                errors.append(("'await' outside function", tokens[index].start..<tokens[index].end))
            case .function(isAsync: false)?:
                errors.append(("'await' outside async function", tokens[index].start..<tokens[index].end))
            default:
                break
            }
        }
    }

    /// The scope of the innermost function or class: the function's, or nil.
    private func innermostFunction(_ scopes: [Scope]) -> Scope? {
        for scope in scopes.reversed() {
            switch scope {
            case .function: return scope
            case .classBody, .module: return nil
            case .loop, .other: continue
            }
        }
        return nil
    }

    private func inLoop(_ scopes: [Scope]) -> Bool {
        for scope in scopes.reversed() {
            switch scope {
            case .loop: return true
            case .function, .classBody, .module: return false
            case .other: continue
            }
        }
        return false
    }

    /// The `:` that ends a compound statement's header: the first at the header's own bracket
    /// depth that no `lambda` claims.
    private func headerColon(from start: Int, in line: Range<Int>) -> Int? {
        var depth = 0
        var lambdas = 0
        for index in start..<line.upperBound {
            let token = tokens[index]
            if depth == 0, keywords[index] == .lambda { lambdas += 1 }
            guard token.kind == .op else { continue }
            switch text[token.start] {
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            case UInt8(ascii: ":") where depth == 0 && token.end - token.start == 1:
                if lambdas > 0 { lambdas -= 1 } else { return index }
            default: break
            }
        }
        return nil
    }

    /// Whether the token at `index` can only begin a new expression, so that a name before it is
    /// a Python 2 statement (`print x`) rather than an operand (`print >> f`, `print if x else y`).
    private func startsExpression(_ index: Int, in range: Range<Int>) -> Bool {
        let token = tokens[index]
        switch token.kind {
        case .string, .number: return true
        case .name:
            switch keywords[index] {
            case .if, .in, .is, .and, .or, .else: return false
            case .not: return !(index + 1 < range.upperBound && keywords[index + 1] == .in)
            default: return true
            }
        case .op: return isOperator(index, "{")
        default: return false
        }
    }

    private static func compoundScope(_ keyword: PythonKeyword, next: PythonKeyword) -> Scope? {
        switch keyword {
        case .def: .function(isAsync: false)
        case .class: .classBody
        case .for, .while: .loop
        case .if, .elif, .else, .try, .except, .finally, .with: .other
        case .async:
            switch next {
            case .def: .function(isAsync: true)
            case .for: .loop
            case .with: .other
            default: nil
            }
        default: nil
        }
    }

    private func describe(_ index: Int) -> String {
        switch keywords[index] {
        case .def: "function definition"
        case .class: "class definition"
        case .async where keywords[index + 1] == .def: "function definition"
        case .async: "'async \(spelling(index + 1))' statement"
        default: "'\(spelling(index))' statement"
        }
    }

    // MARK: Statement edges and assignment targets

    /// A statement cannot begin with a binary operator or an infix keyword, nor end with an
    /// operator or a keyword that needs something after it.
    private mutating func checkEdges(_ range: Range<Int>) {
        guard let firstIndex = range.first, let lastIndex = range.last else { return }
        let first = tokens[firstIndex]
        if [.and, .or, .in, .is, .as].contains(keywords[firstIndex])
            || first.kind == .op && !isOperator(firstIndex, "@") && Self.needsLeftOperand(text[first.start..<first.end]) {
            errors.append(("invalid syntax: a statement cannot begin with `\(spelling(firstIndex))`", first.start..<first.end))
            return
        }
        let last = tokens[lastIndex]
        // `from m import *`
        if keywords[firstIndex] == .from || keywords[firstIndex] == .import { return }
        var dangling = false
        switch last.kind {
        case .op:
            switch text[last.start] {
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"):
                dangling = false
            case UInt8(ascii: "."):
                dangling = last.end - last.start == 1
            default:
                dangling = true
            }
        case .name:
            switch keywords[lastIndex] {
            case .and, .or, .not, .in, .is, .if, .else, .for, .as, .from, .import, .lambda, .await, .del, .assert, .global,
                 .nonlocal, .class, .def, .while, .elif, .with, .async:
                dangling = range.count > 1 || ![.import, .from].contains(keywords[lastIndex])
            default:
                dangling = false
            }
        default:
            dangling = false
        }
        if dangling {
            errors.append(("invalid syntax: the statement ends with `\(spelling(lastIndex))`", last.start..<last.end))
        }
    }

    /// What stands before `=` (or `+=`, ...) must be assignable: not a call, a literal, an operation.
    /// `del` takes the same targets.
    private mutating func checkTargets(_ range: Range<Int>) {
        var segmentStart = range.lowerBound
        var depth = 0
        var isDelete = keywords[range.lowerBound] == .del
        if isDelete { segmentStart += 1 }
        for index in range {
            let token = tokens[index]
            guard token.kind == .op || keywords[index] == .lambda else { continue }
            if keywords[index] == .lambda, depth == 0 { return }
            switch text[token.start] {
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            default: break
            }
            guard depth == 0 else { continue }
            let length = token.end - token.start
            let last = text[token.end - 1]
            let isAssignment = last == UInt8(ascii: "=") && (length == 1 || length >= 2
                && ![UInt8(ascii: "="), UInt8(ascii: "!"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: ":")].contains(text[token.start]))
            if isAssignment || isDelete && index == range.upperBound - 1 {
                let end = isAssignment ? index : range.upperBound
                if !checkTarget(segmentStart..<end, deleting: isDelete) { return }
                segmentStart = index + 1
                isDelete = false
            } else if isOperator(index, ":") {
                // An annotation (`x: int = 1`): the target is before the `:`; the rest is a type.
                return
            }
        }
    }

    /// Checks each comma-separated item of a target list; false after reporting an error.
    private mutating func checkTarget(_ range: Range<Int>, deleting: Bool) -> Bool {
        var itemStart = range.lowerBound
        var depth = 0
        for index in range.lowerBound...max(range.lowerBound, range.upperBound) where index <= range.upperBound {
            if index < range.upperBound, tokens[index].kind == .op {
                switch text[tokens[index].start] {
                case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
                case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
                default: break
                }
            }
            guard index == range.upperBound || depth == 0 && isOperator(index, ",") else { continue }
            let item = itemStart..<index
            itemStart = index + 1
            guard let first = item.first, let last = item.last else { continue }
            let verb = deleting ? "delete" : "assign to"
            var problem: String?
            if item.count == 1, tokens[first].kind == .number || tokens[first].kind == .string {
                problem = "cannot \(verb) literal"
            } else if item.count == 1, keywords[first].isValue {
                problem = "cannot \(verb) \(spelling(first))"
            } else if isOperator(last, ")"), let open = matchingOpen(last, from: first), open > first, endsOperand(open - 1) {
                problem = "cannot \(verb) function call"
            } else {
                var level = 0
                for index in item {
                    if tokens[index].kind == .op {
                        switch text[tokens[index].start] {
                        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): level += 1
                        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): level -= 1
                        case UInt8(ascii: "."), UInt8(ascii: "*"): break
                        default: if level == 0 { problem = "cannot \(verb) expression" }
                        }
                    } else if level == 0, [.and, .or, .not, .in, .is, .if, .lambda, .await].contains(keywords[index]) {
                        problem = "cannot \(verb) expression"
                    }
                }
            }
            if let problem {
                errors.append((problem, tokens[first].start..<tokens[last].end))
                return false
            }
        }
        return true
    }

    private func matchingOpen(_ close: Int, from start: Int) -> Int? {
        var depth = 0
        var index = close
        while index >= start {
            if tokens[index].kind == .op {
                switch text[tokens[index].start] {
                case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): depth += 1
                case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                    depth -= 1
                    if depth == 0 { return index }
                default: break
                }
            }
            index -= 1
        }
        return nil
    }

    // MARK: Tokens in order

    /// Whether a token ends an operand: a name, a number, a string, a closing bracket, `...`.
    private func endsOperand(_ index: Int) -> Bool {
        let token = tokens[index]
        switch token.kind {
        case .name: return keywords[index] == .none || keywords[index].isValue || keywords[index] == .print || keywords[index] == .exec
        case .number, .string: return true
        case .op:
            switch text[token.start] {
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): return true
            case UInt8(ascii: "."): return token.end - token.start == 3
            default: return false
            }
        default: return false
        }
    }

    /// Token by token: keywords where only a statement may begin, or with no operand where they
    /// need one; operators that need an operand before them; unpacking after an operator; string
    /// escapes; bytes next to text in one literal.
    /// Returns whether the line has a `(` or a `lambda`: what ``checkArguments(_:)`` looks at.
    private mutating func checkTokens(_ line: Range<Int>) -> Bool {
        var hasArguments = false
        let isImport = keywords[line.lowerBound] == .from || keywords[line.lowerBound] == .import
        var statementStart = true
        var statementFirst = line.lowerBound
        var depth = 0
        for index in line {
            let token = tokens[index]
            let keyword = keywords[index]
            if keyword == .lambda { hasArguments = true }
            if statementStart { statementFirst = index }
            var previous = index > line.lowerBound && !statementStart ? index - 1 : nil
            // After the soft keywords that begin `match` and `case`, an expression or pattern begins.
            if previous == statementFirst, tokens[statementFirst].kind == .name, keywords[statementFirst] == .none,
               spells(statementFirst, "match") || spells(statementFirst, "case") {
                previous = nil
            }
            defer {
                // The next token starts a statement after `;` and after the `:` that ends a header.
                statementStart = token.kind == .op && depth == 0 && (isOperator(index, ";") || isOperator(index, ":") && isHeaderColon(index, line))
                    || (keyword == .async && statementStart) || (keyword == .else && statementStart)
            }
            if token.kind == .op {
                switch text[token.start] {
                case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                    depth += 1
                    if text[token.start] == UInt8(ascii: "(") { hasArguments = true }
                case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
                default: break
                }
            }
            if token.kind == .string {
                checkEscapes(index)
                if let previous, tokens[previous].kind == .string, isBytes(previous) != isBytes(index) {
                    errors.append(("cannot mix bytes and nonbytes literals", token.start..<token.end))
                }
                continue
            }
            if keyword != .none {
                if keyword == .async, keywords[index + 1] != .def, keywords[index + 1] != .for, keywords[index + 1] != .with {
                    errors.append(("invalid syntax: `async` must be followed by def, for or with", token.start..<token.end))
                    continue
                }
                guard let previous else { continue }
                let afterOperand = endsOperand(previous)
                var misplaced = false
                if keyword == .yield {
                    // `yield` is a statement, or the value of an assignment or of its own parentheses.
                    let text = text[tokens[previous].start..<tokens[previous].end]
                    misplaced = !(tokens[previous].kind == .op && (text.last == UInt8(ascii: "=") && (text.count == 1 || text.first != UInt8(ascii: "="))
                        || text.first == UInt8(ascii: "(") || text.first == UInt8(ascii: ":")))
                } else if keyword.startsStatementOnly {
                    misplaced = !(keyword == .import && isImport)
                } else if keyword.isInfix {
                    let previousKeyword = keywords[previous]
                    misplaced = !afterOperand && !(keyword == .in && (previousKeyword == .not || isOperator(previous, ","))) && !(keyword == .for && previousKeyword == .async)
                } else if keyword == .from {
                    misplaced = !(keywords[previous] == .yield || afterOperand || isImport)
                } else if keyword != .print && keyword != .exec && keyword != .not && keyword != .async {
                    misplaced = afterOperand
                } else if keyword == .not {
                    misplaced = afterOperand && keywords[previous] != .is && !(index + 1 < line.upperBound && keywords[index + 1] == .in)
                }
                if misplaced {
                    errors.append(("invalid syntax: `\(spelling(index))` cannot stand here", token.start..<token.end))
                }
                continue
            }
            // (`@` at the start of a statement is a decorator: there is no previous token.)
            guard token.kind == .op, let previous, !isImport else { continue }
            // `def f(a, /)` marks positional-only parameters; `x, = t` unpacks a 1-tuple.
            let afterComma = isOperator(previous, ",") && (isOperator(index, "/") || isOperator(index, "="))
            if Self.needsLeftOperand(text[token.start..<token.end]), !endsOperand(previous), !afterComma {
                errors.append(("invalid syntax: `\(spelling(index))` needs an operand before it", token.start..<token.end))
            } else if isOperator(index, "*") || isOperator(index, "**"),
                      tokens[previous].kind == .op && Self.forbidsUnpacking(after: text[tokens[previous].start..<tokens[previous].end])
                        || [.not, .and, .or, .is, .await].contains(keywords[previous]) {
                errors.append(("invalid syntax: `\(spelling(index))` cannot stand here", token.start..<token.end))
            }
        }
        return hasArguments
    }

    private func isHeaderColon(_ index: Int, _ line: Range<Int>) -> Bool {
        let first = line.lowerBound
        let length = tokens[first].end - tokens[first].start
        let isSoftKeyword = tokens[first].kind == .name && (length == 4 || length == 5)
            && (text[tokens[first].start] == UInt8(ascii: "c") || text[tokens[first].start] == UInt8(ascii: "m"))
            && (spells(first, "case") || spells(first, "match"))
        guard isSoftKeyword || Self.compoundScope(keywords[first], next: keywords[first + 1]) != nil else { return false }
        return headerColon(from: line.lowerBound, in: line) == index
    }

    /// Binary operators and assignments: they need an operand before them.
    private static func needsLeftOperand(_ token: UnsafeBufferPointer<UInt8>.SubSequence) -> Bool {
        let first = token.first!
        if token.count >= 2, token.last == UInt8(ascii: "=") { return true }
        switch first {
        case UInt8(ascii: "/"), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "&"), UInt8(ascii: "|"), UInt8(ascii: "^"),
             UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "="), UInt8(ascii: "!"):
            return true
        case UInt8(ascii: "."): return token.count == 1
        default: return false
        }
    }

    /// Operators after which `*x` / `**x` cannot stand (they unpack only into a list, a call, an
    /// assignment).
    private static func forbidsUnpacking(after token: UnsafeBufferPointer<UInt8>.SubSequence) -> Bool {
        let first = token.first!
        let isAssignment = token.count >= 2 && token.last == UInt8(ascii: "=")
            && ![UInt8(ascii: "="), UInt8(ascii: "!"), UInt8(ascii: "<"), UInt8(ascii: ">")].contains(first)
        if isAssignment || token.count == 1 && first == UInt8(ascii: "=") { return false }
        switch first {
        case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "~"), UInt8(ascii: "*"), UInt8(ascii: "/"), UInt8(ascii: "%"),
             UInt8(ascii: "@"), UInt8(ascii: "&"), UInt8(ascii: "|"), UInt8(ascii: "^"), UInt8(ascii: "<"), UInt8(ascii: ">"),
             UInt8(ascii: "!"), UInt8(ascii: "="):
            return true
        case UInt8(ascii: "."): return token.count == 1
        default: return false
        }
    }

    // MARK: Strings

    private func prefixLength(_ index: Int) -> Int {
        let token = tokens[index]
        var length = 0
        while token.start + length < token.end, text[token.start + length] != 0x22, text[token.start + length] != 0x27 { length += 1 }
        return length
    }

    private func isBytes(_ index: Int) -> Bool {
        let start = tokens[index].start
        return (0..<prefixLength(index)).contains { text[start + $0] | 0x20 == UInt8(ascii: "b") }
    }

    /// `\x` needs two hex digits, `\u` four and `\U` eight (of a code point) in a text literal,
    /// `\N` a `{name}`; Python refuses the literal otherwise. Raw literals have no escapes.
    private mutating func checkEscapes(_ index: Int) {
        let token = tokens[index]
        let prefix = prefixLength(index)
        guard !(0..<prefix).contains(where: { text[token.start + $0] | 0x20 == UInt8(ascii: "r") }) else { return }
        let bytes = isBytes(index)
        var position = token.start + prefix + 1
        while position < token.end - 1 {
            guard text[position] == 0x5C else {
                position += 1
                continue
            }
            let escape = text[position + 1]
            var digits = 0
            switch escape {
            case UInt8(ascii: "x"): digits = 2
            case UInt8(ascii: "u") where !bytes: digits = 4
            case UInt8(ascii: "U") where !bytes: digits = 8
            case UInt8(ascii: "N") where !bytes:
                if position + 2 >= token.end || text[position + 2] != UInt8(ascii: "{")
                    || !(position + 3..<token.end).contains(where: { text[$0] == UInt8(ascii: "}") }) {
                    errors.append(("(unicode error) malformed \\N character escape", token.start..<token.end))
                    return
                }
            default: break
            }
            if digits > 0 {
                var value: UInt32 = 0
                var count = 0
                while count < digits, position + 2 + count < token.end, let digit = Self.hexValue(text[position + 2 + count]) {
                    value = value << 4 | UInt32(digit)
                    count += 1
                }
                if count < digits || (digits == 8 && value > 0x10FFFF) {
                    let what = escape == UInt8(ascii: "x") ? "\\x" : escape == UInt8(ascii: "u") ? "\\uXXXX" : "\\UXXXXXXXX"
                    errors.append(("(unicode error) truncated \(what) escape", token.start..<token.end))
                    return
                }
            }
            position += 2
        }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    // MARK: Parameters and keyword arguments

    private enum Parentheses {
        case parameters, call, other
    }

    private struct Frame {
        var kind: Parentheses
        var expectingItem = true
        var lambdas = 0
        /// Where this frame's names begin in ``PythonStatementRules/names``.
        var namesStart: Int
        /// Calls: a keyword argument or `**mapping` came already. Definitions: a default did.
        var sawKeyword = false
        var sawMappingUnpacking = false
        /// Definitions: the current parameter, whether it has a default, and whether `*` came.
        var parameter: Int?
        var parameterHasDefault = false
        var sawStar = false
    }

    /// At the end of a parameter: one without a default cannot follow one with a default (until `*`).
    private mutating func endParameter(_ frame: inout Frame) {
        guard frame.kind == .parameters, let parameter = frame.parameter else { return }
        if frame.parameterHasDefault {
            frame.sawKeyword = true
        } else if frame.sawKeyword, !frame.sawStar {
            errors.append(("non-default argument follows default argument", tokens[parameter].start..<tokens[parameter].end))
        }
        frame.parameter = nil
        frame.parameterHasDefault = false
    }

    /// A parameter named twice in a `def`, a keyword argument given twice in a call.
    private mutating func checkArguments(_ line: Range<Int>) {
        // The frames and names are kept from line to line, so that their storage is reused.
        frames.removeAll(keepingCapacity: true)
        names.removeAll(keepingCapacity: true)
        for index in line {
            let token = tokens[index]
            if token.kind == .op, text[token.start] == UInt8(ascii: "(") || text[token.start] == UInt8(ascii: "[") || text[token.start] == UInt8(ascii: "{") {
                // A bracket that begins an argument is a positional one.
                if var frame = frames.last, frame.kind != .other, frame.lambdas == 0, frame.expectingItem {
                    if frame.kind == .call { positional(&frame, at: index) }
                    frame.expectingItem = false
                    frames[frames.count - 1] = frame
                }
                frames.append(Frame(kind: text[token.start] == UInt8(ascii: "(") ? classifyParenthesis(at: index, line: line) : .other,
                                    namesStart: names.count))
                continue
            }
            if token.kind == .op {
                switch text[token.start] {
                case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                    if var frame = frames.popLast() {
                        endParameter(&frame)
                        names.removeLast(names.count - frame.namesStart)
                    }
                    continue
                default:
                    break
                }
            }
            guard var frame = frames.last, frame.kind != .other else { continue }
            defer { frames[frames.count - 1] = frame }
            if keywords[index] == .lambda {
                frame.lambdas += 1
                frame.expectingItem = false
                continue
            }
            if token.kind == .op {
                if frame.lambdas > 0, isOperator(index, ":") {
                    frame.lambdas -= 1
                } else if frame.lambdas == 0, isOperator(index, ",") {
                    endParameter(&frame)
                    frame.expectingItem = true
                } else if frame.expectingItem, frame.kind == .parameters, isOperator(index, "*") || isOperator(index, "**") {
                    // `*args`, `**kwargs`, a bare `*`: the name follows, and keyword-only parameters.
                    frame.sawStar = true
                } else if frame.expectingItem, frame.kind == .call, isOperator(index, "*") || isOperator(index, "**") {
                    if isOperator(index, "**") {
                        frame.sawMappingUnpacking = true
                    } else if frame.sawMappingUnpacking {
                        errors.append(("iterable argument unpacking follows keyword argument unpacking", token.start..<token.end))
                    }
                    frame.expectingItem = false
                } else {
                    if frame.kind == .parameters, frame.lambdas == 0, isOperator(index, "="), frame.parameter != nil {
                        frame.parameterHasDefault = true
                    }
                    if frame.expectingItem, frame.kind == .call, !isOperator(index, ")") { positional(&frame, at: index) }
                    frame.expectingItem = false
                }
                continue
            }
            guard frame.expectingItem else { continue }
            frame.expectingItem = false
            let isKeyword = token.kind == .name && index + 1 < line.upperBound && isOperator(index + 1, "=")
            if frame.kind == .call {
                if isKeyword { frame.sawKeyword = true } else { positional(&frame, at: index) }
            }
            guard token.kind == .name else { continue }
            if frame.kind == .parameters { frame.parameter = index }
            guard frame.kind == .parameters || isKeyword else { continue }
            let range = token.start..<token.end
            if names[frame.namesStart...].contains(where: { text[$0].elementsEqual(text[range]) }) {
                let name = spelling(index)
                errors.append((frame.kind == .parameters ? "duplicate argument '\(name)' in function definition"
                                                         : "keyword argument repeated: \(name)", range))
            } else {
                names.append(range)
            }
        }
    }

    /// A positional argument cannot follow a keyword argument or `**mapping` (a generator
    /// expression is the only argument and is not one).
    private mutating func positional(_ frame: inout Frame, at index: Int) {
        guard frame.sawKeyword || frame.sawMappingUnpacking else { return }
        let message = frame.sawMappingUnpacking && !frame.sawKeyword
            ? "positional argument follows keyword argument unpacking" : "positional argument follows keyword argument"
        errors.append((message, tokens[index].start..<tokens[index].end))
        frame.sawKeyword = false
        frame.sawMappingUnpacking = false
    }

    private func classifyParenthesis(at index: Int, line: Range<Int>) -> Parentheses {
        guard index > line.lowerBound else { return .other }
        let previous = tokens[index - 1]
        if previous.kind == .name {
            let before = index - 2 >= line.lowerBound ? keywords[index - 2] : .none
            if before == .def { return .parameters }
            if before == .class { return .call }
            let keyword = keywords[index - 1]
            return keyword == .none || keyword == .print || keyword == .exec ? .call : .other
        }
        if previous.kind == .op, isOperator(index - 1, ")") || isOperator(index - 1, "]") { return .call }
        return .other
    }

    // MARK: Token text

    private func spelling(_ index: Int) -> String {
        let token = tokens[index]
        return String(decoding: UnsafeBufferPointer(rebasing: text[token.start..<min(token.end, token.start + 40)]), as: UTF8.self)
    }

    /// Whether token `index` is spelled `word`, compared byte by byte.
    private func spells(_ index: Int, _ word: StaticString) -> Bool {
        let token = tokens[index]
        let length = word.utf8CodeUnitCount
        guard token.end - token.start == length else { return false }
        let bytes = word.utf8Start
        for offset in 0..<length where text[token.start + offset] != bytes[offset] { return false }
        return true
    }

    private func isOperator(_ index: Int, _ spelling: StaticString) -> Bool {
        tokens[index].kind == .op && spells(index, spelling)
    }
}
