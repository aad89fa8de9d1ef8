#if canImport(Glibc)
import Glibc
#endif

/// A one-pass token screen that proves most JavaScript free of the early errors the tree walk of
/// ``JavaScriptValidator`` looks for, so that the walk runs only on files where one could be.
///
/// The screen errs one way only. It tokenizes the text (strings, templates, regular expressions
/// and comments skipped), keeps a stack of brackets that knows blocks from function bodies,
/// class bodies, object literals and parentheses, and follows declarations, parameters, loops
/// and async functions just far enough to vouch for ordinary code. Whatever it does not recognise
/// as ordinary makes it suspect the file, and a suspect file gets the full walk. Clearing a file
/// the walk would fault is a bug; suspecting a clean one only costs time.
public enum JavaScriptScreen {
    /// Why the screen suspects a file: the offset of the token and the rule it tripped.
    public struct Suspicion: Sendable, Equatable, CustomStringConvertible {
        public var offset: Int
        public var reason: String
        public var description: String { "\(reason) at byte \(offset)" }
    }

    /// Nil when the text cannot hold an early error; otherwise the first thing that could be one.
    public static func suspicion(in body: ArraySlice<UInt8>) -> Suspicion? {
        body.withUnsafeBufferPointer { text in
            var screen = ScreenScanner(text: text)
            screen.run()
            return screen.suspicion.map { Suspicion(offset: $0.offset, reason: String(describing: $0.reason)) }
        }
    }
}

// MARK: - Words

/// The words the screen tells apart: reserved words, strict-mode reserved words and the
/// contextual words it follows.
enum ScreenWord: UInt8 {
    case none
    // Reserved everywhere.
    case `break`, `case`, `catch`, `class`, `const`, `continue`, `debugger`, `default`, `delete`, `do`, `else`, `enum`
    case export, extends, `false`, `finally`, `for`, function, `if`, `import`, `in`, instanceof, new, null, `return`
    case `super`, `switch`, this, `throw`, `true`, `try`, typeof, `var`, void, `while`, with
    // Reserved in strict code.
    case implements, interface, `let`, package, `private`, protected, `public`, `static`, yield
    // Contextual.
    case async, await, of, get, set, `as`, from
    /// A name, but a node of its own in tree-sitter's tree: the walk takes it for no target.
    case undefined

    /// Statements that hold statements: a `var` or a loop inside a braceless `for` body.
    var beginsCompoundStatement: Bool {
        switch self {
        case .var, .for, .if, .while, .do, .try, .switch, .with: true
        default: false
        }
    }

    /// The words that continue a statement after its block: `catch`, `finally`, `else`.
    var continuesStatement: Bool { self == .catch || self == .finally || self == .else }

    var mayFollowExport: Bool {
        switch self {
        case .default, .var, .let, .const, .function, .async, .class: true
        default: false
        }
    }

    /// Words that may not be assigned to (or incremented) even where a name may stand.
    var isFixedOperand: Bool { isReserved || self == .undefined }

    /// Words that name nothing: a binding or a name reference spelled so is an early error
    /// (in strict code for some), so the screen accepts them only where they act as keywords.
    var isReserved: Bool { rawValue >= ScreenWord.break.rawValue && rawValue <= ScreenWord.yield.rawValue || self == .await }

    /// Literals and `this`/`super`: complete operands.
    var isOperandWord: Bool { self == .this || self == .super || self == .null || self == .true || self == .false }

    /// Words after which a `/` begins a regular expression.
    var precedesRegex: Bool {
        switch self {
        case .return, .typeof, .case, .in, .of, .new, .delete, .void, .throw, .yield, .await, .else, .do, .instanceof, .extends:
            true
        default:
            false
        }
    }

    /// Keywords that begin statements and have no use inside an expression.
    var isStatementKeyword: Bool {
        switch self {
        case .if, .for, .while, .do, .switch, .try, .return, .throw, .break, .continue, .var, .const, .with, .debugger,
             .else, .catch, .finally, .case, .export, .enum:
            true
        default:
            false
        }
    }

    /// Keywords that tree-sitter's recovery takes for a name when nothing follows them.
    var danglesAlone: Bool {
        switch self {
        case .case, .catch, .class, .delete, .enum, .export, .extends, .for, .function, .if, .import, .in, .instanceof, .new,
             .switch, .throw, .typeof, .void, .while, .with, .implements, .interface, .package, .private, .protected, .public:
            true
        default:
            false
        }
    }

    /// The word spelled by `bytes`.
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> ScreenWord {
        table.word(spelledBy: bytes)
    }

    static let table = ScreenWordTable(spellings)

    private static let spellings: [(String, ScreenWord)] = [
        ("break", .break), ("case", .case), ("catch", .catch), ("class", .class), ("const", .const), ("continue", .continue),
        ("debugger", .debugger), ("default", .default), ("delete", .delete), ("do", .do), ("else", .else), ("enum", .enum),
        ("export", .export), ("extends", .extends), ("false", .false), ("finally", .finally), ("for", .for),
        ("function", .function), ("if", .if), ("import", .import), ("in", .in), ("instanceof", .instanceof), ("new", .new),
        ("null", .null), ("return", .return), ("super", .super), ("switch", .switch), ("this", .this), ("throw", .throw),
        ("true", .true), ("try", .try), ("typeof", .typeof), ("var", .var), ("void", .void), ("while", .while),
        ("with", .with), ("implements", .implements), ("interface", .interface), ("let", .let), ("package", .package),
        ("private", .private), ("protected", .protected), ("public", .public), ("static", .static), ("yield", .yield),
        ("async", .async), ("await", .await), ("of", .of), ("get", .get), ("set", .set), ("as", .as), ("from", .from),
        ("undefined", .undefined),
    ]
}

/// Finds the word a name spells: a table by length and first letter rules most names out, then
/// the packed first seven bytes, hashed, find the word's slot.
struct ScreenWordTable {
    /// A multiplier that sends every word's key to a slot of its own among 128 (the top seven
    /// bits of the product). Found by trying odd numbers; adding a word may need a new one.
    private static let slotMultiplier: UInt64 = 0x1002_83DB_2D5D_F0F5

    private var keys = [UInt64](repeating: 0, count: 128)
    private var words = [ScreenWord](repeating: .none, count: 128)
    private var spellings = [[UInt8]](repeating: [], count: 128)
    /// For each length, the first letters of the words of that length, as bits.
    private var firstLetters = [UInt32](repeating: 0, count: 11)

    init(_ list: [(String, ScreenWord)]) {
        for (spelling, word) in list {
            let bytes = Array(spelling.utf8)
            let key = Self.key(bytes)
            let slot = Int((key &* Self.slotMultiplier) >> 57)
            precondition(keys[slot] == 0, "\(spelling) shares a slot with \(words[slot]): change slotMultiplier")
            keys[slot] = key
            words[slot] = word
            spellings[slot] = bytes
            firstLetters[bytes.count] |= 1 << UInt32(bytes[0] - UInt8(ascii: "a"))
        }
    }

    /// The packed key of a spelling: its length in the top byte, its first seven bytes below.
    private static func key(_ bytes: [UInt8]) -> UInt64 {
        var key: UInt64 = UInt64(bytes.count) << 56
        for (index, byte) in bytes.prefix(7).enumerated() { key |= UInt64(byte) << UInt64(index * 8) }
        return key
    }

    @inline(__always)
    func word(spelledBy bytes: UnsafeBufferPointer<UInt8>) -> ScreenWord {
        let count = bytes.count
        guard count >= 2, count <= 10 else { return .none }
        let first = bytes[0]
        guard first >= UInt8(ascii: "a"), first <= UInt8(ascii: "y"),
              firstLetters[count] & (1 << UInt32(first - UInt8(ascii: "a"))) != 0 else { return .none }
        var key: UInt64 = UInt64(count) << 56
        var shift: UInt64 = 0
        var position = 0
        let end = min(count, 7)
        while position < end {
            key |= UInt64(bytes[position]) << shift
            shift += 8
            position += 1
        }
        let slot = Int(truncatingIfNeeded: (key &* Self.slotMultiplier) >> 57)
        guard keys[slot] == key else { return .none }
        // Words longer than seven bytes share their first seven with no other word here, but
        // the rest must still match.
        if count > 7, !bytes.dropFirst(7).elementsEqual(spellings[slot].dropFirst(7)) { return .none }
        return words[slot]
    }
}

// MARK: - Tokens and frames

/// One token, in 16 bytes: the screen keeps the last three and copies them at every token.
struct ScreenToken {
    enum Kind: UInt8 {
        case start, name, privateName, number, string, template, templateHead, regex
        case semicolon, comma, colon, question, dot, ellipsis, arrow
        case openBrace, closeBrace, openParen, closeParen, openBracket, closeBracket
        case assign, compoundAssign, update, star, operatorToken, unary
    }

    /// For names, the length of the spelling; for closing brackets, what they closed (packed).
    private var payload: UInt64 = 0
    private var storedOffset: UInt32 = 0
    var kind: Kind = .start
    var word: ScreenWord = .none
    private var flags: UInt16 = 0

    var offset: Int {
        get { Int(storedOffset) }
        set { storedOffset = UInt32(truncatingIfNeeded: min(newValue, Int(UInt32.max))) }
    }

    var length: Int {
        get { Int(truncatingIfNeeded: payload) }
        set { payload = UInt64(newValue) }
    }

    private func flag(_ bit: UInt16) -> Bool { flags & bit != 0 }
    private mutating func setFlag(_ bit: UInt16, _ value: Bool) { if value { flags |= bit } else { flags &= ~bit } }

    var newlineBefore: Bool { get { flag(1) } set { setFlag(1, newValue) } }
    var statementStart: Bool { get { flag(2) } set { setFlag(2, newValue) } }
    /// For `++`/`--`: whether it follows its operand. For `]`: whether it closed a subscript.
    var isPostfix: Bool { get { flag(4) } set { setFlag(4, newValue) } }
    var closedEndsStatement: Bool { get { flag(8) } set { setFlag(8, newValue) } }
    var closedDoBody: Bool { get { flag(16) } set { setFlag(16, newValue) } }
    var closedIfBody: Bool { get { flag(32) } set { setFlag(32, newValue) } }
    /// For `;`: whether it ended the statement of a braceless `if` (an `else` may follow).
    var endsIfStatement: Bool { get { flag(64) } set { setFlag(64, newValue) } }
    /// For `:`: whether a statement follows (a case or a label).
    var beginsStatement: Bool { get { flag(128) } set { setFlag(128, newValue) } }
    /// For `.`: whether it is `?.`.
    var isOptional: Bool { get { flag(256) } set { setFlag(256, newValue) } }
    /// For `}`: whether it closed an arrow function's body (an operator after it makes the arrow
    /// an operand).
    var closedArrowBody: Bool { get { flag(512) } set { setFlag(512, newValue) } }

    private func field(_ shift: UInt64) -> UInt8 { UInt8(truncatingIfNeeded: payload >> shift) }
    private mutating func setField(_ shift: UInt64, _ value: UInt8) {
        payload = payload & ~(0xFF << shift) | UInt64(value) << shift
    }

    /// For `)`, `]` and `}`: what the bracket closed.
    var closed: ScreenFrame.Kind {
        get { ScreenFrame.Kind(rawValue: field(0)) ?? .program }
        set { setField(0, newValue.rawValue) }
    }
    var closedRole: ScreenFrame.Role {
        get { ScreenFrame.Role(rawValue: field(8)) ?? .none }
        set { setField(8, newValue.rawValue) }
    }
    /// For `]`: the tokens before its `[` (a computed method name's `async`).
    var closedBeforeWord: ScreenWord {
        get { ScreenWord(rawValue: field(16)) ?? .none }
        set { setField(16, newValue.rawValue) }
    }
    var closedBefore2: Kind {
        get { Kind(rawValue: field(24)) ?? .start }
        set { setField(24, newValue.rawValue) }
    }
    var closedBefore2Word: ScreenWord {
        get { ScreenWord(rawValue: field(32)) ?? .none }
        set { setField(32, newValue.rawValue) }
    }

    /// Tokens that cannot continue an expression after a line break: automatic semicolon
    /// insertion ends the statement before them.
    var cannotContinueExpression: Bool {
        switch kind {
        case .name, .number, .string, .openBrace, .unary, .update: true
        default: false
        }
    }

    /// Whether the token completes an operand, so that what follows continues an expression.
    var endsOperand: Bool {
        switch kind {
        case .name: return word == .none || word.isOperandWord || !word.isReserved && !word.precedesRegex
        case .privateName, .number, .string, .template, .regex, .closeBracket: return true
        case .closeParen: return closedRole != .control && closedRole != .forHead
        case .closeBrace: return !closedEndsStatement
        case .update: return isPostfix
        default: return false
        }
    }
}

/// One open bracket, in 32 bytes (the screen pushes one per bracket).
struct ScreenFrame {
    enum Kind: UInt8 { case program, block, functionBody, classBody, object, paren, bracket, template, moduleList }
    /// What a parenthesis is for.
    enum Role: UInt8 { case none, control, forHead, callable, group }

    var kind: Kind
    var role: Role = .none
    /// The keyword before a control parenthesis (`if`, `for`, `while`, `switch`, `with`, `catch`;
    /// `do` for the `while` that ends a do loop).
    var controlWord: ScreenWord = .none
    /// The two tokens before the opener, for an arrow's place in an expression.
    var before: ScreenToken.Kind = .start
    var beforeWord: ScreenWord = .none
    var before2: ScreenToken.Kind = .start
    var before2Word: ScreenWord = .none
    var scope: Int32
    var headScope: Int32 = -1
    private var storedCandidateStart: UInt32 = 0
    private var storedVarStart: UInt32 = 0
    private var flags: UInt32 = 0

    init(_ kind: Kind, scope: Int32) {
        self.kind = kind
        self.scope = scope
    }

    var candidateStart: Int {
        get { Int(storedCandidateStart) }
        set { storedCandidateStart = UInt32(truncatingIfNeeded: newValue) }
    }
    var varStart: Int {
        get { Int(storedVarStart) }
        set { storedVarStart = UInt32(truncatingIfNeeded: newValue) }
    }

    private func flag(_ bit: UInt32) -> Bool { flags & bit != 0 }
    private mutating func setFlag(_ bit: UInt32, _ value: Bool) { if value { flags |= bit } else { flags &= ~bit } }

    var isBoundary: Bool { get { flag(1) } set { setFlag(1, newValue) } }
    var isAsync: Bool { get { flag(1 << 1) } set { setFlag(1 << 1, newValue) } }
    var isLoop: Bool { get { flag(1 << 2) } set { setFlag(1 << 2, newValue) } }
    var isSwitch: Bool { get { flag(1 << 3) } set { setFlag(1 << 3, newValue) } }
    var isTry: Bool { get { flag(1 << 4) } set { setFlag(1 << 4, newValue) } }
    var isDoBody: Bool { get { flag(1 << 5) } set { setFlag(1 << 5, newValue) } }
    var isIfBody: Bool { get { flag(1 << 6) } set { setFlag(1 << 6, newValue) } }
    var isArrowBody: Bool { get { flag(1 << 7) } set { setFlag(1 << 7, newValue) } }
    var endsStatement: Bool { get { flag(1 << 8) } set { setFlag(1 << 8, newValue) } }
    var isSubscript: Bool { get { flag(1 << 9) } set { setFlag(1 << 9, newValue) } }
    var isDeclarationPattern: Bool { get { flag(1 << 10) } set { setFlag(1 << 10, newValue) } }
    /// A function declaration's parameters (its body then ends a statement).
    var isFunctionDeclaration: Bool { get { flag(1 << 11) } set { setFlag(1 << 11, newValue) } }
    /// Whether an `async` stands before the parenthesis (an async arrow's or method's).
    var asyncBefore: Bool { get { flag(1 << 12) } set { setFlag(1 << 12, newValue) } }
    var beforeNewline: Bool { get { flag(1 << 13) } set { setFlag(1 << 13, newValue) } }
    var containsAwait: Bool { get { flag(1 << 14) } set { setFlag(1 << 14, newValue) } }
    var reservedCandidate: Bool { get { flag(1 << 15) } set { setFlag(1 << 15, newValue) } }
    var hasHeadDeclaration: Bool { get { flag(1 << 16) } set { setFlag(1 << 16, newValue) } }
    var inFieldInitializer: Bool { get { flag(1 << 17) } set { setFlag(1 << 17, newValue) } }
    /// A bracket holding a computed key (`{ [k]: v }`): its names bind nothing.
    var isComputedKey: Bool { get { flag(1 << 18) } set { setFlag(1 << 18, newValue) } }
    /// Inside a default value (`a = …` in a pattern or parameter list) until the next comma.
    var inDefault: Bool { get { flag(1 << 19) } set { setFlag(1 << 19, newValue) } }
}

/// A declaration being read: `let`, `const` or `var` and its declarators.
struct ScreenDeclaration {
    enum State { case binding, afterBinding, initializer }
    var isVar: Bool
    var isConst: Bool
    var depth: Int
    var inForHead: Bool
    var state: State = .binding
}

/// An arrow function whose body is an expression, open until its expression ends.
struct ScreenArrow {
    var depth: Int
    var isAsync: Bool
}

enum ScreenReason: CustomStringConvertible {
    case unbalanced, unterminated, nonASCII, unknownCharacter, jsx, reservedBinding, reservedName, statementKeyword, duplicate
    case constWithoutValue, arrowOperand, awaitOutsideAsync, jump, tryWithoutHandler, updateTarget, assignmentTarget, elision
    case regex, dangling, forHeadWithoutBlock, label, escape

    var description: String {
        switch self {
        case .unbalanced: "brackets that do not balance"
        case .unterminated: "an unterminated string, template, comment or regular expression"
        case .nonASCII: "a non-ASCII byte in code"
        case .unknownCharacter: "a character the screen does not know"
        case .jsx: "what may be JSX"
        case .reservedBinding: "a reserved word bound as a name"
        case .reservedName: "a reserved word where a name stands"
        case .statementKeyword: "a statement keyword inside an expression"
        case .duplicate: "a name declared twice in one scope"
        case .constWithoutValue: "const without a value"
        case .arrowOperand: "an arrow function as an operand"
        case .awaitOutsideAsync: "await outside an async function"
        case .jump: "break or continue away from a loop, or with a label"
        case .tryWithoutHandler: "try without catch or finally"
        case .updateTarget: "++ or -- on something that is not a name or member"
        case .assignmentTarget: "an assignment to something that is not a name or member"
        case .elision: "an empty element outside an array"
        case .regex: "a regular expression that may be malformed"
        case .dangling: "a keyword with nothing after it"
        case .forHeadWithoutBlock: "a for loop declaring names without a block"
        case .label: "a label"
        case .escape: "a backslash in code"
        }
    }
}

// MARK: - Scanner

struct ScreenScanner {
    let text: UnsafeBufferPointer<UInt8>
    var suspicion: (offset: Int, reason: ScreenReason)?
    private let words = ScreenWord.table

    private var index = 0
    private var frames: [ScreenFrame] = []
    private var nextScope: Int32 = 1
    /// Names collected inside parentheses, brackets and object literals: parameters or
    /// destructured names once their bracket turns out to be one.
    private var candidates: [UInt64] = []
    /// Names declared with `var`, by frame, until they reach a function.
    private var vars: [UInt64] = []
    private var bindings = ScreenBindings()
    private var previous = ScreenToken()
    private var previous2 = ScreenToken()
    private var previous3 = ScreenToken()

    // What a token leaves for the tokens after it. Setting any of the `pending…` and `expect…`
    // values raises `hasPending`, so that most tokens skip `settle(before:)`.
    private var hasPending = false
    private var declaration: ScreenDeclaration?
    private var arrows: [ScreenArrow] = []
    /// The parenthesis just closed (its names still on `candidates`), until the next token says
    /// whether it held parameters.
    private var closedParen: ScreenFrame? { didSet { hasPending = true } }
    /// `=>` seen: the next token says whether the body is a block. Its parameters are the names
    /// on `candidates` from `parameterStart`, or the one name `parameter`.
    private var pendingArrow: (isAsync: Bool, parameterStart: Int?, parameter: UInt64?)? { didSet { hasPending = true } }
    /// Parameters of `(…) =>` waiting for the `=>` token to be processed.
    private var arrowParameters: (isAsync: Bool, start: Int)?
    private var pendingFunctionName: (isDeclaration: Bool, depth: Int)? { didSet { hasPending = true } }
    private var expectFunctionParen: (isAsync: Bool, isDeclaration: Bool, depth: Int)? { didSet { hasPending = true } }
    private var pendingClass: (isDeclaration: Bool, depth: Int, named: Bool)?
    private var pendingBlock: (isLoop: Bool, isTry: Bool, isDo: Bool)? { didSet { hasPending = true } }
    private var pendingLet = false { didSet { hasPending = true } }
    private var pendingKeyCheck = false { didSet { hasPending = true } }
    private var pendingAsCheck = false { didSet { hasPending = true } }
    private var pendingDangling = false { didSet { hasPending = true } }
    private var pendingLabelCheck = false { didSet { hasPending = true } }
    private var pendingJump = false { didSet { hasPending = true } }
    private var pendingImportCheck = false { didSet { hasPending = true } }
    /// `export` or a statement's `import`: what may follow them.
    private var pendingExportCheck = false { didSet { hasPending = true } }
    /// A `new` at this depth whose callee is still being read: a postfix `++` would apply to it.
    private var newCallee: Int?
    private var importJustBegan = false { didSet { hasPending = true } }
    private var expectHandler = false { didSet { hasPending = true } }
    private var skipBrace = false
    /// A prefix `++`/`--` and the member chain after it: the depth, and whether a name is due.
    private var prefixChain: (depth: Int, expectsName: Bool, lastIsKeyword: Bool)?
    private var caseColon: (depth: Int, ternaries: Int)?
    /// Braceless `if` statements that may still take an `else`: their depth, and whether their
    /// statement has begun.
    private var bracelessIfs: [(depth: Int, started: Bool)] = []
    /// The statement after a braceless loop head at this depth: jumps in it leave the loop.
    private var bracelessLoop: Int?
    /// The statement after a braceless `for` head that declared names: no `var` may follow.
    private var bracelessForHead = false
    private var importClause: (depth: Int, pendingName: UInt64?, afterAs: Bool)?

    init(text: UnsafeBufferPointer<UInt8>) {
        self.text = text
    }

    mutating func run() {
        var program = ScreenFrame(.program, scope: 0)
        program.isBoundary = true
        program.endsStatement = true
        frames = [program]
        if text.count >= 2, text[0] == UInt8(ascii: "#"), text[1] == UInt8(ascii: "!") {
            while index < text.count, text[index] != 0x0A { index += 1 }
        }
        while suspicion == nil, var token = nextToken() {
            process(&token)
        }
        guard suspicion == nil else { return }
        // What the last token waited for stays unanswered at the end of the text.
        var end = ScreenToken()
        end.kind = .semicolon
        end.offset = text.count
        end.newlineBefore = true
        settle(before: end)
        if suspicion == nil, pendingFunctionName != nil || pendingClass != nil || pendingLet || prefixChain?.expectsName == true {
            suspect(.dangling, at: text.count)
        }
        if let current = declaration, current.isConst, current.state == .afterBinding, !current.inForHead {
            suspect(.constWithoutValue, at: text.count)
        }
        if frames.count != 1 { suspect(.unbalanced, at: text.count) }
    }

    private mutating func suspect(_ reason: ScreenReason, at offset: Int) {
        if suspicion == nil { suspicion = (offset, reason) }
    }

    // MARK: Tokenizer

    // Bit masks over the 128 ASCII bytes, in two halves: `$`, digits, letters and `_`.
    private static let nameBytesLow: UInt64 = 1 << 36 | 0x3FF << 48
    private static let nameStartsLow: UInt64 = 1 << 36
    private static let lettersHigh: UInt64 = 0x3FF_FFFF << 1 | 1 << 31 | 0x3FF_FFFF << 33

    @inline(__always)
    static func isNameByte(_ byte: UInt8) -> Bool {
        let mask = byte < 64 ? nameBytesLow : byte < 128 ? lettersHigh : 0
        return mask >> UInt64(byte & 63) & 1 != 0
    }

    @inline(__always)
    private static func isNameStart(_ byte: UInt8) -> Bool {
        let mask = byte < 64 ? nameStartsLow : byte < 128 ? lettersHigh : 0
        return mask >> UInt64(byte & 63) & 1 != 0
    }

    /// How many of the eight bytes of `word` (first byte lowest) are name bytes before the
    /// first that is not, found with whole-word arithmetic: per byte, a range test adds to the
    /// byte's low seven bits a constant that carries into its top bit exactly when it is in range.
    @inline(__always)
    static func nameRun(_ word: UInt64) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let low = word & ~high
        @inline(__always) func inRange(_ value: UInt64, _ lowest: UInt64, _ highest: UInt64) -> UInt64 {
            (value &+ ones &* (0x80 - lowest)) & ~(value &+ ones &* (0x7F - highest)) & high
        }
        let letter = inRange(low | ones &* 0x20, 0x61, 0x7A)
        let digit = inRange(low, 0x30, 0x39)
        let underscore = inRange(low, 0x5F, 0x5F)
        let dollar = inRange(low, 0x24, 0x24)
        let name = (letter | digit | underscore | dollar) & ~word
        return (~name & high).trailingZeroBitCount / 8
    }

    /// The hash of a name token's spelling, for the binding table and the candidates.
    @inline(__always)
    private func nameHash(_ token: ScreenToken) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        let base = text.baseAddress! + token.offset
        for position in 0..<token.length { hash = (hash ^ UInt64(base[position])) &* 0x100_0000_01B3 }
        return hash
    }

    /// Space, tab, vertical tab, form feed and carriage return, as bits.
    private static let blanks: UInt64 = 1 << 0x20 | 1 << 0x09 | 1 << 0x0B | 1 << 0x0C | 1 << 0x0D

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// The next significant token, or nil at the end (or once the screen suspects the file).
    private mutating func nextToken() -> ScreenToken? {
        var token = ScreenToken()
        let count = text.count
        guard count > 0 else { return nil }
        let base = text.baseAddress!
        // Blanks and comments.
        var position = index
        while position < count {
            let byte = base[position]
            if byte <= 0x20, Self.blanks >> UInt64(byte) & 1 != 0 {
                position += 1
            } else if byte == 0x0A {
                token.newlineBefore = true
                position += 1
            } else if byte == UInt8(ascii: "/"), position + 1 < count, base[position + 1] == UInt8(ascii: "/") {
                position += 2
                if let found = memchr(base + position, 0x0A, count - position) {
                    position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                } else {
                    position = count
                }
            } else if byte == UInt8(ascii: "/"), position + 1 < count, base[position + 1] == UInt8(ascii: "*") {
                let start = position
                position += 2
                while position + 1 < count, !(base[position] == UInt8(ascii: "*") && base[position + 1] == UInt8(ascii: "/")) {
                    if base[position] == 0x0A { token.newlineBefore = true }
                    position += 1
                }
                guard position + 1 < count else { suspect(.unterminated, at: start); return nil }
                position += 2
            } else {
                break
            }
        }
        index = position
        guard index < count else { return nil }
        token.offset = index
        let byte = text[index]
        if Self.isNameStart(byte) {
            let start = index
            var position = index + 1
            let base = text.baseAddress!
            // Eight bytes at a time while they last, then byte by byte.
            while position + 8 <= count {
                let run = Self.nameRun(UInt64(littleEndian: UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)))
                position += run
                if run < 8 { break }
            }
            while position < count, Self.isNameByte(base[position]) { position += 1 }
            index = position
            if position < count, base[position] >= 0x80 || base[position] == UInt8(ascii: "\\") {
                suspect(base[position] >= 0x80 ? .nonASCII : .escape, at: position)
                return nil
            }
            token.kind = .name
            token.length = position - start
            token.word = words.word(spelledBy: UnsafeBufferPointer(start: base + start, count: position - start))
            return token
        }
        if Self.isDigit(byte) || byte == UInt8(ascii: ".") && index + 1 < count && Self.isDigit(text[index + 1]) {
            let isHex = byte == UInt8(ascii: "0") && index + 1 < count && (text[index + 1] | 0x20) == UInt8(ascii: "x")
            index += 1
            while index < count {
                let next = text[index]
                if Self.isNameByte(next) || next == UInt8(ascii: ".") {
                    index += 1
                } else if next == UInt8(ascii: "+") || next == UInt8(ascii: "-"), !isHex, (text[index - 1] | 0x20) == UInt8(ascii: "e") {
                    index += 1
                } else {
                    break
                }
            }
            token.kind = .number
            return token
        }
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            index += 1
            while index < count {
                let next = text[index]
                if next == byte || next == 0x0A { break }
                index += next == UInt8(ascii: "\\") ? 2 : 1
            }
            guard index < count, text[index] == byte else { suspect(.unterminated, at: token.offset); return nil }
            index += 1
            token.kind = .string
            return token
        case UInt8(ascii: "`"):
            index += 1
            return templateRest(token)
        case UInt8(ascii: "#"):
            index += 1
            let start = index
            while index < count, Self.isNameByte(text[index]) { index += 1 }
            guard index > start else { suspect(.unknownCharacter, at: token.offset); return nil }
            token.kind = .privateName
            return token
        case UInt8(ascii: "/"):
            if regexMayStart(after: previous) { return regex(token) }
            index += 1
            if index < count, text[index] == UInt8(ascii: "=") {
                index += 1
                token.kind = .compoundAssign
            } else {
                token.kind = .operatorToken
            }
            return token
        case UInt8(ascii: "}"):
            if frames[frames.count - 1].kind == .template {
                index += 1
                closeFrame(at: token.offset)
                return templateRest(token)
            }
        default:
            break
        }
        if byte >= 0x80 { suspect(.nonASCII, at: index); return nil }
        return punctuator(token)
    }

    /// The rest of a template after a backtick or a substitution's `}`: a whole template (an
    /// operand), or its part up to the next `${`, which opens a template frame.
    private mutating func templateRest(_ start: ScreenToken) -> ScreenToken? {
        var token = start
        let count = text.count
        while index < count {
            let byte = text[index]
            if byte == UInt8(ascii: "`") {
                index += 1
                token.kind = .template
                return token
            }
            if byte == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if byte == UInt8(ascii: "$"), index + 1 < count, text[index + 1] == UInt8(ascii: "{") {
                index += 2
                token.kind = .templateHead
                openFrame(ScreenFrame(.template, scope: currentScope))
                return token
            }
            index += 1
        }
        suspect(.unterminated, at: start.offset)
        return nil
    }

    @inline(__always)
    private func regexMayStart(after token: ScreenToken) -> Bool {
        switch token.kind {
        case .name:
            return token.word != .none && (token.word.precedesRegex || token.word.isReserved && !token.word.isOperandWord)
        case .privateName, .number, .string, .template, .regex, .closeBracket:
            return false
        case .closeParen:
            return token.closedRole == .control
        case .closeBrace:
            return token.closedEndsStatement
        case .update:
            return !token.isPostfix
        default:
            return true
        }
    }

    private mutating func regex(_ start: ScreenToken) -> ScreenToken? {
        var token = start
        let count = text.count
        index += 1
        let patternStart = index
        var inClass = false
        while index < count {
            let byte = text[index]
            if byte == 0x0A || byte == 0x0D { break }
            if byte == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if byte == UInt8(ascii: "[") { inClass = true }
            if byte == UInt8(ascii: "]") { inClass = false }
            if byte == UInt8(ascii: "/"), !inClass { break }
            index += 1
        }
        guard index < count, text[index] == UInt8(ascii: "/") else { suspect(.unterminated, at: start.offset); return nil }
        let patternEnd = index
        index += 1
        let flagsStart = index
        while index < count, Self.isNameByte(text[index]) { index += 1 }
        if RegexSyntax.problem(pattern: Array(text[patternStart..<patternEnd]), flags: Array(text[flagsStart..<index])) != nil {
            suspect(.regex, at: start.offset)
            return nil
        }
        token.kind = .regex
        return token
    }

    private mutating func punctuator(_ start: ScreenToken) -> ScreenToken? {
        var token = start
        let count = text.count
        let byte = text[index]
        func at(_ offset: Int) -> UInt8 { index + offset < count ? text[index + offset] : 0 }
        index += 1
        switch byte {
        case UInt8(ascii: ";"): token.kind = .semicolon
        case UInt8(ascii: ","): token.kind = .comma
        case UInt8(ascii: ":"): token.kind = .colon
        case UInt8(ascii: "{"): token.kind = .openBrace
        case UInt8(ascii: "}"): token.kind = .closeBrace
        case UInt8(ascii: "("): token.kind = .openParen
        case UInt8(ascii: ")"): token.kind = .closeParen
        case UInt8(ascii: "["): token.kind = .openBracket
        case UInt8(ascii: "]"): token.kind = .closeBracket
        case UInt8(ascii: "~"): token.kind = .unary
        case UInt8(ascii: "."):
            if at(0) == UInt8(ascii: "."), at(1) == UInt8(ascii: ".") {
                index += 2
                token.kind = .ellipsis
            } else {
                token.kind = .dot
            }
        case UInt8(ascii: "?"):
            if at(0) == UInt8(ascii: "."), !Self.isDigit(at(1)) {
                index += 1
                token.kind = .dot
                token.isOptional = true
            } else if at(0) == UInt8(ascii: "?") {
                index += 1
                if at(0) == UInt8(ascii: "=") {
                    index += 1
                    token.kind = .compoundAssign
                } else {
                    token.kind = .operatorToken
                }
            } else {
                token.kind = .question
            }
        case UInt8(ascii: "="):
            if at(0) == UInt8(ascii: ">") {
                index += 1
                token.kind = .arrow
            } else if at(0) == UInt8(ascii: "=") {
                index += at(1) == UInt8(ascii: "=") ? 2 : 1
                token.kind = .operatorToken
            } else {
                token.kind = .assign
            }
        case UInt8(ascii: "!"):
            if at(0) == UInt8(ascii: "=") {
                index += at(1) == UInt8(ascii: "=") ? 2 : 1
                token.kind = .operatorToken
            } else {
                token.kind = .unary
            }
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            if at(0) == byte {
                index += 1
                token.kind = .update
                token.isPostfix = previous.endsOperand && !token.newlineBefore
            } else if at(0) == UInt8(ascii: "=") {
                index += 1
                token.kind = .compoundAssign
            } else {
                token.kind = .operatorToken
            }
        case UInt8(ascii: "*"):
            if at(0) == UInt8(ascii: "*") { index += 1 }
            if at(0) == UInt8(ascii: "=") {
                index += 1
                token.kind = .compoundAssign
            } else {
                token.kind = index - token.offset == 1 ? .star : .operatorToken
            }
        case UInt8(ascii: "&"), UInt8(ascii: "|"):
            if at(0) == byte { index += 1 }
            if at(0) == UInt8(ascii: "=") {
                index += 1
                token.kind = .compoundAssign
            } else {
                token.kind = .operatorToken
            }
        case UInt8(ascii: "<"), UInt8(ascii: ">"):
            if byte == UInt8(ascii: "<"), !previous.endsOperand, Self.isNameByte(at(0)) || at(0) == UInt8(ascii: ">") {
                suspect(.jsx, at: token.offset)
                return nil
            }
            while at(0) == byte, index - token.offset < 3 { index += 1 }
            if at(0) == UInt8(ascii: "=") {
                index += 1
                // `<=` and `>=` compare; `<<=`, `>>=`, `>>>=` assign.
                token.kind = index - token.offset > 2 ? .compoundAssign : .operatorToken
            } else {
                token.kind = .operatorToken
            }
        case UInt8(ascii: "%"), UInt8(ascii: "^"):
            if at(0) == UInt8(ascii: "=") {
                index += 1
                token.kind = .compoundAssign
            } else {
                token.kind = .operatorToken
            }
        default:
            suspect(byte == UInt8(ascii: "\\") ? .escape : .unknownCharacter, at: token.offset)
            return nil
        }
        return token
    }

    // MARK: Frames and bindings

    @inline(__always)
    private var currentScope: Int32 { frames[frames.count - 1].scope }

    private mutating func openFrame(_ frame: ScreenFrame) {
        var frame = frame
        if bracelessLoop == frames.count, frame.kind == .block { frame.isLoop = true }
        frame.candidateStart = candidates.count
        frame.varStart = vars.count
        frames.append(frame)
    }

    /// Drops the names collected from `start` on (a template's `}` may have dropped some already).
    private mutating func dropCandidates(from start: Int) {
        if start < candidates.count { candidates.removeLast(candidates.count - start) }
    }

    private mutating func newScope() -> Int32 {
        defer { nextScope += 1 }
        return nextScope
    }

    private mutating func declare(_ hash: UInt64, _ kind: ScreenBindings.Kind, in scope: Int32, at offset: Int) {
        if !bindings.declare(hash, kind, in: scope) { suspect(.duplicate, at: offset) }
    }

    /// Closes the innermost frame. Its var names move out to the enclosing scope unless it is a
    /// function; the names collected in a bracket move out to an enclosing bracket (a pattern's
    /// parts) and are dropped otherwise. A parenthesis keeps its names for the next token.
    @discardableResult
    private mutating func closeFrame(at offset: Int) -> ScreenFrame {
        let frame = frames.removeLast()
        if frame.isBoundary {
            if frame.varStart < vars.count { vars.removeLast(vars.count - frame.varStart) }
        } else if frame.varStart < vars.count {
            let outer = frames[frames.count - 1].scope
            for name in vars[frame.varStart...] {
                if frame.headScope >= 0 { declare(name, .var, in: frame.headScope, at: offset) }
                declare(name, .var, in: outer, at: offset)
            }
        }
        let outerKind = frames[frames.count - 1].kind
        let isPatternPart = (frame.kind == .object || frame.kind == .bracket) && !frame.isComputedKey
            && (outerKind == .paren || outerKind == .bracket || outerKind == .object) && !frames[frames.count - 1].inDefault
        if isPatternPart {
            if frame.reservedCandidate { frames[frames.count - 1].reservedCandidate = true }
            if frame.containsAwait { frames[frames.count - 1].containsAwait = true }
        } else if !frame.isDeclarationPattern, frame.kind != .paren {
            dropCandidates(from: frame.candidateStart)
        }
        // Expression arrows inside the frame end with it, and so does a declaration in it.
        while let last = arrows.last, last.depth > frames.count { arrows.removeLast() }
        while let last = bracelessIfs.last, last.depth > frames.count { bracelessIfs.removeLast() }
        if let current = declaration, current.depth > frames.count { declaration = nil }
        if let chain = prefixChain, chain.depth > frames.count { prefixChain = nil }
        return frame
    }

    // MARK: Statements

    @inline(__always)
    private func isStatementStart(_ token: ScreenToken) -> Bool {
        switch frames[frames.count - 1].kind {
        case .program, .block, .functionBody: break
        default: return false
        }
        switch previous.kind {
        case .start, .semicolon, .openBrace: return true
        case .closeBrace: return previous.closedEndsStatement || token.newlineBefore
        case .closeParen: return previous.closedRole == .control || previous.closedRole == .forHead || token.newlineBefore
        case .colon: return previous.beginsStatement
        case .name where previous.word == .else || previous.word == .do: return true
        case .name where previous.word == .break || previous.word == .continue || previous.word == .return || previous.word == .debugger:
            // A line break ends these statements.
            return token.newlineBefore
        default: return token.newlineBefore && previous.endsOperand
        }
    }

    /// Where the nearest function (or class body, or the program) is on the frame stack.
    @inline(__always)
    private var boundaryIndex: Int {
        var index = frames.count - 1
        while !frames[index].isBoundary { index -= 1 }
        return index
    }

    private mutating func process(_ token: inout ScreenToken) {
        // A property's name is a name whatever its spelling.
        if token.kind == .name, previous.kind == .dot {
            token.word = .none
            // The most common token: nothing waits for it unless a pending check, a `++` or a `new`
            // follows a member chain.
            if !hasPending, prefixChain == nil, newCallee == nil {
                previous3 = previous2
                previous2 = previous
                previous = token
                return
            }
        }
        // Whether the token begins a statement matters for names and `{`, and for any token while
        // a braceless if or loop waits for its statement to end.
        if token.kind == .name || token.kind == .openBrace || !bracelessIfs.isEmpty || bracelessLoop != nil {
            token.statementStart = isStatementStart(token)
        }
        let depth = frames.count
        if bracelessForHead {
            bracelessForHead = false
            if token.kind == .name, token.word.beginsCompoundStatement {
                suspect(.forHeadWithoutBlock, at: token.offset)
            }
        }
        // A statement that begins after another ended (not the body of a control statement).
        let beginsNextStatement = token.statementStart
            && !(previous.kind == .closeParen && (previous.closedRole == .control || previous.closedRole == .forHead) || previous.kind == .colon
                 || previous.kind == .name && (previous.word == .else || previous.word == .do))
        if beginsNextStatement, !(token.kind == .name && token.word == .else) {
            while let last = bracelessIfs.last, last.depth == depth { bracelessIfs.removeLast() }
        }
        // A `;` ends the loop's statement unless a braceless if in it may still take an `else`.
        let ifMayContinue = bracelessIfs.last.map { $0.depth == depth && $0.started } == true
        if let loop = bracelessLoop, loop == depth, token.kind == .semicolon && !ifMayContinue
            || beginsNextStatement && !(token.kind == .name && token.word.continuesStatement) {
            bracelessLoop = nil
        }
        // An async arrow's expression body ends, for `await`, where a line may end its statement.
        if token.newlineBefore {
            // Any arrow's body ends where the line break must end its statement: the token cannot
            // continue an expression.
            let mustEnd = previous.endsOperand && token.cannotContinueExpression
            while let last = arrows.last, last.isAsync || mustEnd, last.depth == depth { arrows.removeLast() }
            if frames[depth - 1].kind == .classBody, previous.endsOperand { frames[depth - 1].inFieldInitializer = false }
            if let current = declaration, current.depth == depth, current.state == .initializer, token.statementStart, token.kind == .name {
                declaration = nil
            }
        }
        if let clause = importClause, clause.depth == depth, token.kind == .string || token.kind == .semicolon {
            importClause = nil
        }
        settle(before: token)
        guard suspicion == nil else { return }
        if let current = declaration, current.depth == depth, current.state == .afterBinding,
           !(token.kind == .assign || token.kind == .comma || token.kind == .semicolon
             || token.kind == .name && (token.word == .of || token.word == .in)) {
            // A declarator with no value: only let and var may have none.
            if current.isConst, !current.inForHead { suspect(.constWithoutValue, at: token.offset) }
            declaration = nil
        }
        if prefixChain != nil { followPrefixChain(token) }
        if let callee = newCallee, callee == depth, !(token.kind == .name || token.kind == .dot || token.kind == .privateName) {
            if token.kind == .update, token.isPostfix { suspect(.updateTarget, at: token.offset) }
            if !(token.kind == .openBracket || token.kind == .closeBracket) { newCallee = nil }
        }
        switch token.kind {
        case .name: name(&token)
        case .openBrace: openBrace(token)
        case .closeBrace: closeBrace(&token)
        case .openParen: openParen(token)
        case .closeParen: closeParen(&token)
        case .openBracket:
            var frame = ScreenFrame(.bracket, scope: currentScope)
            frame.isSubscript = previous.endsOperand
            frame.isComputedKey = frames[depth - 1].kind == .object && (previous.kind == .openBrace || previous.kind == .comma)
                || frames[depth - 1].kind == .classBody
            frame.before = previous.kind
            frame.beforeWord = previous.word
            frame.before2 = previous2.kind
            frame.before2Word = previous2.word
            frame.isDeclarationPattern = isDeclarationBinding
            if frame.isDeclarationPattern { declaration?.state = .afterBinding }
            openFrame(frame)
        case .closeBracket:
            guard frames[depth - 1].kind == .bracket else { suspect(.unbalanced, at: token.offset); return }
            let frame = closeFrame(at: token.offset)
            token.closed = .bracket
            token.isPostfix = frame.isSubscript
            token.closedBeforeWord = frame.beforeWord
            token.closedBefore2 = frame.before2
            token.closedBefore2Word = frame.before2Word
            if frame.isDeclarationPattern { declarePattern(frame, at: token.offset) }
        case .comma: comma(token)
        case .semicolon:
            if let last = bracelessIfs.last, last.depth == depth, last.started { token.endsIfStatement = true }
            if let current = declaration, current.depth == depth {
                if current.state == .afterBinding, current.isConst, !current.inForHead { suspect(.constWithoutValue, at: token.offset) }
                declaration = nil
            }
            endArrows(atDepth: depth)
            if frames[depth - 1].kind == .classBody { frames[depth - 1].inFieldInitializer = false }
        case .colon: colon(&token)
        case .question:
            if let colon = caseColon, colon.depth == depth { caseColon?.ternaries += 1 }
        case .arrow: arrow(token)
        case .assign, .compoundAssign: assignment(token)
        case .update: update(token)
        case .operatorToken, .star:
            if previous.kind == .closeBrace, previous.closedArrowBody { suspect(.arrowOperand, at: token.offset) }
        case .dot, .ellipsis, .unary, .number, .string, .template, .templateHead, .regex, .privateName, .start:
            break
        }
        previous3 = previous2
        previous2 = previous
        previous = token
    }


    @inline(__always)
    private var isDeclarationBinding: Bool {
        declaration.map { $0.state == .binding && $0.depth == frames.count } ?? false
    }

    /// Checks and decisions that wait for the token after a keyword or a bracket.
    private mutating func settle(before token: ScreenToken) {
        guard hasPending else { return }
        defer { hasPending = pendingFunctionName != nil || expectFunctionParen != nil || pendingBlock != nil }
        let isEnd = token.kind == .comma || token.kind == .closeBrace || token.kind == .closeParen || token.kind == .closeBracket
            || token.kind == .semicolon || token.kind == .colon || token.offset == text.count
        if pendingDangling {
            pendingDangling = false
            if isEnd { suspect(.dangling, at: previous.offset) }
        }
        if pendingKeyCheck {
            pendingKeyCheck = false
            if token.kind != .colon && token.kind != .openParen { suspect(.reservedName, at: previous.offset) }
        }
        if pendingAsCheck {
            pendingAsCheck = false
            if !(token.kind == .name && token.word == .as) { suspect(.reservedBinding, at: previous.offset) }
        }
        if pendingLabelCheck {
            pendingLabelCheck = false
            if token.kind == .colon { suspect(.label, at: previous.offset) }
        }
        if pendingJump {
            pendingJump = false
            if token.kind == .name, !token.newlineBefore { suspect(.label, at: token.offset) }
        }
        if pendingImportCheck {
            pendingImportCheck = false
            if token.kind != .openParen && token.kind != .dot { suspect(.statementKeyword, at: previous.offset) }
        }
        if importJustBegan {
            importJustBegan = false
            if token.kind == .openParen || token.kind == .dot {
                importClause = nil
            } else if token.newlineBefore || !(token.kind == .name || token.kind == .openBrace || token.kind == .star || token.kind == .string) {
                suspect(.statementKeyword, at: previous.offset)
            }
        }
        if pendingExportCheck {
            pendingExportCheck = false
            let follows = token.kind == .openBrace || token.kind == .star
                || token.kind == .name && token.word.mayFollowExport
            if !follows || token.newlineBefore { suspect(.statementKeyword, at: previous.offset) }
        }
        if expectHandler {
            expectHandler = false
            if !(token.kind == .name && (token.word == .catch || token.word == .finally)) { suspect(.tryWithoutHandler, at: token.offset) }
        }
        if pendingLet {
            pendingLet = false
            let isBinding = !token.newlineBefore && (token.kind == .name && token.word != .in && token.word != .instanceof && token.word != .of
                || token.kind == .openBrace || token.kind == .openBracket)
            if isBinding {
                let frame = frames[frames.count - 1]
                declaration = ScreenDeclaration(isVar: false, isConst: false, depth: frames.count, inForHead: frame.role == .forHead)
                if frame.role == .forHead { frames[frames.count - 1].hasHeadDeclaration = true }
            } else {
                suspect(.reservedName, at: previous.offset)
            }
        }
        if pendingFunctionName != nil, token.kind != .name, token.kind != .star {
            pendingFunctionName = nil
        }
        if expectFunctionParen != nil, token.kind != .name, token.kind != .star, token.kind != .openParen {
            expectFunctionParen = nil
        }
        if pendingBlock != nil, token.kind != .openBrace {
            pendingBlock = nil
        }
        if let arrow = pendingArrow {
            pendingArrow = nil
            if token.kind == .openBrace {
                var body = ScreenFrame(.functionBody, scope: newScope())
                body.isBoundary = true
                body.isAsync = arrow.isAsync
                body.isArrowBody = true
                if let start = arrow.parameterStart {
                    for name in candidates[min(start, candidates.count)...] { declare(name, .parameter, in: body.scope, at: token.offset) }
                    dropCandidates(from: start)
                } else if let name = arrow.parameter {
                    declare(name, .parameter, in: body.scope, at: token.offset)
                }
                openFrame(body)
                skipBrace = true
            } else {
                if let start = arrow.parameterStart { dropCandidates(from: start) }
                arrows.append(ScreenArrow(depth: frames.count, isAsync: arrow.isAsync))
            }
        }
        if let paren = closedParen {
            closedParen = nil
            if token.kind == .openBrace {
                openBody(after: paren, at: token.offset)
                skipBrace = true
            } else if token.kind == .arrow {
                if paren.reservedCandidate { suspect(.reservedBinding, at: token.offset) }
                if paren.containsAwait && !paren.asyncBefore { suspect(.awaitOutsideAsync, at: token.offset) }
                checkArrowPlace(paren.before, paren.beforeWord, paren.before2, paren.before2Word, async: paren.asyncBefore,
                                newline: paren.beforeNewline, at: token.offset)
                arrowParameters = (paren.asyncBefore, paren.candidateStart)
            } else {
                dropCandidates(from: paren.candidateStart)
                if paren.role == .forHead {
                    bracelessLoop = frames.count
                    bracelessForHead = paren.hasHeadDeclaration
                } else if paren.role == .control, paren.controlWord == .while {
                    bracelessLoop = frames.count
                } else if paren.role == .control, paren.controlWord == .if {
                    // This token begins the if's statement (an `else` here means it has none).
                    bracelessIfs.append((frames.count, !(token.kind == .name && token.word == .else)))
                }
                if paren.containsAwait { markAwait() }
            }
        }
    }

    /// The body after a closed parenthesis: a function's, a loop's, a switch's, a catch's, an if's.
    private mutating func openBody(after paren: ScreenFrame, at offset: Int) {
        var frame = ScreenFrame(.block, scope: newScope())
        frame.endsStatement = true
        var declaresParameters = false
        switch paren.role {
        case .control:
            frame.isIfBody = paren.controlWord == .if
            frame.isLoop = paren.controlWord == .while || paren.controlWord == .for
            frame.isSwitch = paren.controlWord == .switch
            declaresParameters = paren.controlWord == .catch
            if declaresParameters, paren.reservedCandidate { suspect(.reservedBinding, at: offset) }
        case .forHead:
            frame.isLoop = true
            frame.headScope = paren.hasHeadDeclaration ? paren.scope : -1
        case .callable, .group, .none:
            if paren.reservedCandidate { suspect(.reservedBinding, at: offset) }
            if paren.containsAwait && !paren.asyncBefore { suspect(.awaitOutsideAsync, at: offset) }
            frame.kind = .functionBody
            frame.isBoundary = true
            frame.isAsync = paren.asyncBefore
            frame.endsStatement = paren.isFunctionDeclaration
            declaresParameters = true
        }
        if declaresParameters {
            for name in candidates[min(paren.candidateStart, candidates.count)...] { declare(name, .parameter, in: frame.scope, at: offset) }
        }
        dropCandidates(from: paren.candidateStart)
        openFrame(frame)
    }

    // MARK: Brackets

    private mutating func openBrace(_ token: ScreenToken) {
        if skipBrace {
            skipBrace = false
            return
        }
        let depth = frames.count
        if let pending = pendingClass, pending.depth == depth {
            pendingClass = nil
            var frame = ScreenFrame(.classBody, scope: newScope())
            frame.isBoundary = true
            frame.endsStatement = pending.isDeclaration
            openFrame(frame)
            return
        }
        if frames[depth - 1].kind == .classBody, previous.kind == .name, previous.word == .static {
            // A static initialization block.
            var frame = ScreenFrame(.functionBody, scope: newScope())
            frame.isBoundary = true
            frame.endsStatement = true
            openFrame(frame)
            return
        }
        if let block = pendingBlock {
            pendingBlock = nil
            var frame = ScreenFrame(.block, scope: newScope())
            frame.endsStatement = true
            frame.isLoop = block.isLoop
            frame.isTry = block.isTry
            frame.isDoBody = block.isDo
            openFrame(frame)
            return
        }
        if importClause != nil || previous.kind == .name && (previous.word == .export || previous.word == .import) {
            openFrame(ScreenFrame(.moduleList, scope: currentScope))
            return
        }
        if token.statementStart {
            var frame = ScreenFrame(.block, scope: newScope())
            frame.endsStatement = true
            openFrame(frame)
            return
        }
        var frame = ScreenFrame(.object, scope: currentScope)
        frame.isDeclarationPattern = isDeclarationBinding
        if frame.isDeclarationPattern { declaration?.state = .afterBinding }
        openFrame(frame)
    }

    private mutating func closeBrace(_ token: inout ScreenToken) {
        let depth = frames.count
        let kind = frames[depth - 1].kind
        guard depth > 1, kind != .paren, kind != .bracket, kind != .template else { suspect(.unbalanced, at: token.offset); return }
        if let current = declaration, current.depth == depth, current.isConst, current.state == .afterBinding, !current.inForHead {
            suspect(.constWithoutValue, at: token.offset)
        }
        let frame = closeFrame(at: token.offset)
        token.closed = frame.kind
        token.closedEndsStatement = frame.endsStatement
        token.closedDoBody = frame.isDoBody
        token.closedIfBody = frame.isIfBody
        token.closedArrowBody = frame.isArrowBody
        if frame.isTry { expectHandler = true }
        if frame.isDeclarationPattern { declarePattern(frame, at: token.offset) }
    }

    private mutating func openParen(_ token: ScreenToken) {
        var frame = ScreenFrame(.paren, scope: currentScope)
        frame.before = previous.kind
        frame.beforeWord = previous.word
        frame.before2 = previous2.kind
        frame.before2Word = previous2.word
        frame.beforeNewline = previous.newlineBefore
        if let expected = expectFunctionParen, expected.depth == frames.count {
            expectFunctionParen = nil
            pendingFunctionName = nil
            frame.role = .callable
            frame.asyncBefore = expected.isAsync
            frame.isFunctionDeclaration = expected.isDeclaration
        } else if previous.kind == .name, previous.word == .if || previous.word == .while || previous.word == .switch
                    || previous.word == .with || previous.word == .catch {
            frame.role = .control
            frame.controlWord = previous.word == .while && previous2.kind == .closeBrace && previous2.closedDoBody ? .do : previous.word
        } else if previous.kind == .name, previous.word == .for || previous.word == .await && previous2.word == .for {
            frame.role = .forHead
            frame.scope = newScope()
        } else if previous.kind == .name && (!previous.word.isReserved || previous.word == .await || previous.word == .yield)
                    || previous.kind == .closeBracket || previous.kind == .string || previous.kind == .number
                    || previous.kind == .privateName {
            // A call, or a method's parameters (`name(…) {`); `async(…) =>` is an async arrow.
            frame.role = .callable
            let asyncMethod = previous.kind == .closeBracket
                ? previous.closedBeforeWord == .async || previous.closedBefore2 == .name && previous.closedBefore2Word == .async
                : previous2.kind == .name && previous2.word == .async && !previous.newlineBefore
                    || previous2.kind == .star && previous3.kind == .name && previous3.word == .async
            frame.asyncBefore = previous.word == .async || asyncMethod
        } else {
            frame.role = .group
        }
        openFrame(frame)
    }

    private mutating func closeParen(_ token: inout ScreenToken) {
        let depth = frames.count
        guard frames[depth - 1].kind == .paren else { suspect(.unbalanced, at: token.offset); return }
        if let current = declaration, current.depth == depth, current.isConst, current.state == .afterBinding, !current.inForHead {
            suspect(.constWithoutValue, at: token.offset)
        }
        let frame = closeFrame(at: token.offset)
        token.closed = .paren
        token.closedRole = frame.role
        closedParen = frame
        endArrows(atDepth: frames.count + 1)
    }

    private mutating func declarePattern(_ frame: ScreenFrame, at offset: Int) {
        guard let current = declaration else {
            dropCandidates(from: frame.candidateStart)
            return
        }
        if frame.reservedCandidate { suspect(.reservedBinding, at: offset) }
        for name in candidates[min(frame.candidateStart, candidates.count)...] {
            declare(name, current.isVar ? .var : .lexical, in: currentScope, at: offset)
            if current.isVar { vars.append(name) }
        }
        dropCandidates(from: frame.candidateStart)
    }

    // MARK: Names and keywords

    private mutating func name(_ token: inout ScreenToken) {
        if previous.kind == .dot { return }
        let word = token.word
        let depth = frames.count
        let frameKind = frames[depth - 1].kind

        if isDeclarationBinding {
            if word.isReserved { suspect(.reservedBinding, at: token.offset); return }
            declare(nameHash(token), declaration!.isVar ? .var : .lexical, in: currentScope, at: token.offset)
            if declaration!.isVar { vars.append(nameHash(token)) }
            declaration?.state = .afterBinding
            return
        }
        if let current = declaration, current.depth == depth, current.state == .afterBinding, word == .of || word == .in {
            declaration = nil
            return
        }
        if let pending = pendingFunctionName, pending.depth == depth {
            pendingFunctionName = nil
            if word.isReserved { suspect(.reservedBinding, at: token.offset); return }
            if pending.isDeclaration { declare(nameHash(token), .function, in: currentScope, at: token.offset) }
            return
        }
        if let pending = pendingClass, pending.depth == depth, !pending.named {
            pendingClass?.named = true
            if word == .extends { return }
            if word.isReserved { suspect(.reservedBinding, at: token.offset); return }
            if pending.isDeclaration { declare(nameHash(token), .lexical, in: currentScope, at: token.offset) }
            return
        }
        if let clause = importClause, clause.depth == depth || frameKind == .moduleList && clause.depth == depth - 1 {
            importName(token)
            return
        }
        if frameKind == .moduleList {
            // `export { a as default }`: export names may be any word.
            return
        }
        if frameKind == .classBody, !frames[depth - 1].inFieldInitializer {
            // Member names and modifiers.
            return
        }
        let memberStart = previous2.kind == .openBrace || previous2.kind == .comma
        let modifier = previous.kind == .name && (previous.word == .get || previous.word == .set || previous.word == .async)
            && !token.newlineBefore && memberStart
        let generator = previous.kind == .star
            && (memberStart || previous2.kind == .name && previous2.word == .async && (previous3.kind == .openBrace || previous3.kind == .comma))
        if frameKind == .object, previous.kind == .openBrace || previous.kind == .comma || modifier || generator {
            // A key, a method's name or a shorthand property.
            if word.isReserved { pendingKeyCheck = true } else { candidates.append(nameHash(token)) }
            return
        }
        if word == .none {
            collectCandidate(token)
        } else {
            keyword(&token)
        }
    }

    private mutating func collectCandidate(_ token: ScreenToken) {
        let index = frames.count - 1
        guard !frames[index].inDefault, !frames[index].isComputedKey else { return }
        switch frames[index].kind {
        case .paren, .bracket, .object: candidates.append(nameHash(token))
        default: break
        }
    }

    private mutating func importName(_ token: ScreenToken) {
        guard var clause = importClause else { return }
        if token.word == .from, frames[frames.count - 1].kind != .moduleList {
            if let name = clause.pendingName { declare(name, .lexical, in: currentScope, at: token.offset) }
            importClause = nil
            return
        }
        if token.word == .as {
            clause.pendingName = nil
            clause.afterAs = true
            importClause = clause
            return
        }
        if let name = clause.pendingName { declare(name, .lexical, in: currentScope, at: token.offset) }
        clause.pendingName = nil
        if clause.afterAs {
            if token.word.isReserved { suspect(.reservedBinding, at: token.offset) }
            declare(nameHash(token), .lexical, in: currentScope, at: token.offset)
            clause.afterAs = false
        } else if token.word.isReserved {
            // `{ default as x }` is fine; a reserved word bound as it stands is not.
            pendingAsCheck = true
        } else {
            clause.pendingName = nameHash(token)
        }
        importClause = clause
    }

    private mutating func keyword(_ token: inout ScreenToken) {
        let word = token.word
        let depth = frames.count
        let role = frames[depth - 1].role
        let isSwitch = frames[depth - 1].isSwitch
        if word.danglesAlone { pendingDangling = true }
        switch word {
        case .none, .of, .get, .set, .as, .from, .async, .undefined:
            collectCandidate(token)
        case .enum, .implements, .interface, .package, .private, .protected, .public, .static:
            suspect(.reservedName, at: token.offset)
        case .let:
            if token.statementStart || role == .forHead && previous.kind == .openParen {
                pendingLet = true
            } else {
                suspect(.reservedName, at: token.offset)
            }
        case .var, .const:
            let afterExport = previous.kind == .name && previous.word == .export && previous.statementStart
            let inForHead = role == .forHead && previous.kind == .openParen
            if token.statementStart || afterExport || inForHead {
                declaration = ScreenDeclaration(isVar: word == .var, isConst: word == .const, depth: depth, inForHead: inForHead)
                if inForHead, word == .const { frames[depth - 1].hasHeadDeclaration = true }
            } else {
                suspect(.statementKeyword, at: token.offset)
            }
        case .yield:
            if previous.endsOperand && !token.newlineBefore { suspect(.reservedName, at: token.offset) }
            markReservedCandidate()
        case .await:
            if previous.endsOperand && !token.newlineBefore { suspect(.reservedName, at: token.offset); return }
            awaitExpression(token)
        case .this, .null, .true, .false, .super:
            if previous.endsOperand && !token.newlineBefore { suspect(.reservedName, at: token.offset) }
            if token.statementStart { pendingLabelCheck = true }
            markReservedCandidate()
        case .in, .instanceof:
            if !previous.endsOperand || previous.kind == .closeBrace && previous.closedArrowBody { suspect(.reservedName, at: token.offset) }
        case .new, .typeof, .void, .delete:
            if previous.endsOperand && !token.newlineBefore { suspect(.reservedName, at: token.offset) }
            if word == .new { newCallee = depth }
        case .function:
            let afterAsync = previous.kind == .name && previous.word == .async && !token.newlineBefore
            let isDeclaration = token.statementStart
                || previous.kind == .name && (previous.word == .export || previous.word == .default)
                || afterAsync && (previous.statementStart || previous2.kind == .name && (previous2.word == .export || previous2.word == .default))
            if !isDeclaration, !afterAsync, previous.endsOperand, !token.newlineBefore { suspect(.reservedName, at: token.offset) }
            pendingFunctionName = (isDeclaration, depth)
            expectFunctionParen = (afterAsync, isDeclaration, depth)
        case .class:
            let isDeclaration = token.statementStart || previous.kind == .name && (previous.word == .export || previous.word == .default)
            if !isDeclaration, previous.endsOperand, !token.newlineBefore { suspect(.reservedName, at: token.offset) }
            pendingClass = (isDeclaration, depth, false)
        case .import:
            if token.statementStart && depth == 1 {
                importClause = (depth, nil, false)
                importJustBegan = true
            } else {
                // `import(…)` and `import.meta` are expressions.
                pendingImportCheck = true
                pendingDangling = false
            }
        case .export:
            if !(token.statementStart && depth == 1) { suspect(.statementKeyword, at: token.offset) }
            pendingExportCheck = true
            pendingDangling = false
        case .default:
            if previous.kind == .name && previous.word == .export {
                break
            } else if token.statementStart && isSwitch {
                caseColon = (depth, 0)
            } else {
                suspect(.statementKeyword, at: token.offset)
            }
        case .case:
            if token.statementStart && isSwitch { caseColon = (depth, 0) } else { suspect(.statementKeyword, at: token.offset) }
        case .extends:
            if pendingClass == nil { suspect(.reservedName, at: token.offset) }
        case .else:
            // After an if's block, or the `;` (or line break) that ends a braceless if.
            // After an if's block, or after the `;` or line break that ends a braceless if's
            // statement (the innermost such if takes the else).
            if previous.kind == .closeBrace && previous.closedIfBody {
                break
            }
            let innermost = bracelessIfs.last.map { $0.depth == depth && $0.started } == true
            let statementEnded = previous.kind == .semicolon && previous.endsIfStatement
                || previous.kind == .closeBrace && previous.closedEndsStatement || token.newlineBefore && token.statementStart
            if innermost, statementEnded {
                bracelessIfs.removeLast()
            } else {
                suspect(.statementKeyword, at: token.offset)
            }
        case .do:
            if !token.statementStart { suspect(.statementKeyword, at: token.offset) }
            pendingBlock = (true, false, true)
        case .try:
            if !token.statementStart { suspect(.statementKeyword, at: token.offset) }
            pendingBlock = (false, true, false)
        case .finally:
            if previous.kind != .closeBrace { suspect(.statementKeyword, at: token.offset) }
            pendingBlock = (false, false, false)
        case .catch:
            if previous.kind != .closeBrace { suspect(.statementKeyword, at: token.offset) }
            pendingBlock = (false, false, false)
        case .break, .continue:
            if !token.statementStart { suspect(.statementKeyword, at: token.offset); return }
            jump(isBreak: word == .break, at: token.offset)
        case .while:
            // `} while (…)` ends a do loop.
            if !token.statementStart && !(previous.kind == .closeBrace && previous.closedDoBody) {
                suspect(.statementKeyword, at: token.offset)
            }
        case .if, .for, .switch, .with, .return, .throw, .debugger:
            if !token.statementStart { suspect(.statementKeyword, at: token.offset) }
        }
    }

    private mutating func markReservedCandidate() {
        let index = frames.count - 1
        switch frames[index].kind {
        case .paren, .bracket:
            if previous.kind == .openParen || previous.kind == .openBracket || previous.kind == .comma || previous.kind == .ellipsis {
                frames[index].reservedCandidate = true
            }
        case .object:
            if previous.kind == .colon { frames[index].reservedCandidate = true }
        default:
            break
        }
    }

    private mutating func jump(isBreak: Bool, at offset: Int) {
        pendingJump = true
        if bracelessLoop == frames.count { return }
        var index = frames.count - 1
        while index >= 0 {
            if frames[index].isLoop || isBreak && frames[index].isSwitch { return }
            if frames[index].isBoundary { break }
            index -= 1
        }
        suspect(.jump, at: offset)
    }

    private mutating func awaitExpression(_ token: ScreenToken) {
        let boundary = boundaryIndex
        if let arrow = arrows.last, arrow.depth - 1 >= boundary {
            if !arrow.isAsync { suspect(.awaitOutsideAsync, at: token.offset); return }
        } else if boundary > 0 {
            let function = frames[boundary]
            if function.kind == .classBody || !function.isAsync { suspect(.awaitOutsideAsync, at: token.offset); return }
        }
        markAwait()
        markReservedCandidate()
    }

    /// An `await` inside brackets: if they turn out to hold parameters, their function must be async.
    private mutating func markAwait() {
        let index = frames.count - 1
        switch frames[index].kind {
        case .paren, .bracket, .object: frames[index].containsAwait = true
        default: break
        }
    }

    // MARK: Punctuation

    private mutating func comma(_ token: ScreenToken) {
        let depth = frames.count
        frames[depth - 1].inDefault = false
        if previous.kind == .comma || previous.kind == .openParen || previous.kind == .openBrace {
            if frames[depth - 1].kind != .bracket { suspect(.elision, at: token.offset) }
        }
        if let current = declaration, current.depth == depth {
            if current.state == .afterBinding, current.isConst, !current.inForHead { suspect(.constWithoutValue, at: token.offset) }
            declaration?.state = .binding
        }
        endArrows(atDepth: depth)
    }

    private mutating func colon(_ token: inout ScreenToken) {
        let depth = frames.count
        if let colon = caseColon, colon.depth == depth {
            if colon.ternaries > 0 {
                caseColon?.ternaries -= 1
            } else {
                caseColon = nil
                token.beginsStatement = true
            }
            return
        }
        if previous.kind == .name, previous.statementStart, !previous.word.isReserved {
            token.beginsStatement = true
            return
        }
        // An object key is no name of a pattern: what follows the colon is.
        if frames[depth - 1].kind == .object, previous.kind == .name, previous2.kind == .openBrace || previous2.kind == .comma,
           candidates.count > frames[depth - 1].candidateStart, candidates.last == nameHash(previous) {
            candidates.removeLast()
        }
    }

    private mutating func endArrows(atDepth depth: Int) {
        while let last = arrows.last, last.depth >= depth { arrows.removeLast() }
    }

    private mutating func arrow(_ token: ScreenToken) {
        if let parameters = arrowParameters {
            arrowParameters = nil
            pendingArrow = (parameters.isAsync, parameters.start, nil)
            return
        }
        // `x => …` or `async x => …`.
        guard previous.kind == .name, !previous.word.isReserved else {
            suspect(.arrowOperand, at: token.offset)
            return
        }
        let isAsync = previous2.kind == .name && previous2.word == .async && !previous.newlineBefore
        let place = isAsync ? previous3 : previous2
        checkArrowPlace(place.kind, place.word, .start, .none, async: false, newline: previous.newlineBefore, at: token.offset)
        pendingArrow = (isAsync, nil, nameHash(previous))
    }

    /// An arrow function may stand where an assignment expression may, not as an operand.
    private mutating func checkArrowPlace(_ kind: ScreenToken.Kind, _ word: ScreenWord, _ kind2: ScreenToken.Kind,
                                          _ word2: ScreenWord, async: Bool, newline: Bool, at offset: Int) {
        var placeKind = kind
        var placeWord = word
        if async, kind == .name, word == .async {
            placeKind = kind2
            placeWord = word2
        }
        switch placeKind {
        case .start, .semicolon, .comma, .colon, .question, .arrow, .ellipsis, .openBrace, .closeBrace, .openParen, .openBracket,
             .assign, .compoundAssign, .templateHead:
            return
        case .name where placeWord == .return || placeWord == .yield || placeWord == .default || placeWord == .else || placeWord == .do:
            return
        default:
            if !newline { suspect(.arrowOperand, at: offset) }
        }
    }

    /// `new.target` or `import.meta` just ended: no target for `=` or `++`.
    @inline(__always)
    private var previousIsMetaProperty: Bool {
        previous.kind == .name && previous2.kind == .dot && previous3.kind == .name && (previous3.word == .new || previous3.word == .import)
    }

    private mutating func assignment(_ token: ScreenToken) {
        let depth = frames.count
        if previousIsMetaProperty { suspect(.assignmentTarget, at: token.offset) }
        if let current = declaration, current.depth == depth, current.state == .afterBinding {
            declaration?.state = .initializer
            return
        }
        if frames[depth - 1].kind == .classBody {
            frames[depth - 1].inFieldInitializer = true
            return
        }
        switch frames[depth - 1].kind {
        case .paren, .bracket, .object: frames[depth - 1].inDefault = true
        default: break
        }
        switch previous.kind {
        case .name:
            if previous.word.isFixedOperand && previous2.kind != .dot { suspect(.assignmentTarget, at: token.offset) }
        case .privateName:
            break
        case .closeBracket:
            if !previous.isPostfix && token.kind == .compoundAssign { suspect(.assignmentTarget, at: token.offset) }
        case .closeBrace:
            if token.kind == .compoundAssign || previous.closed != .object { suspect(.assignmentTarget, at: token.offset) }
        default:
            suspect(.assignmentTarget, at: token.offset)
        }
    }

    private mutating func update(_ token: ScreenToken) {
        guard token.isPostfix else {
            prefixChain = (frames.count, true, false)
            return
        }
        if previousIsMetaProperty { suspect(.updateTarget, at: token.offset) }
        switch previous.kind {
        case .name:
            if previous.word.isFixedOperand && previous2.kind != .dot { suspect(.updateTarget, at: token.offset) }
        case .privateName:
            break
        case .closeBracket:
            if !previous.isPostfix { suspect(.updateTarget, at: token.offset) }
        default:
            suspect(.updateTarget, at: token.offset)
        }
    }

    /// After a prefix `++`/`--`: the operand must be a name or a member chain, not a call.
    private mutating func followPrefixChain(_ token: ScreenToken) {
        guard let chain = prefixChain, frames.count == chain.depth else { return }
        if chain.expectsName {
            if token.kind == .name, previous.kind == .dot || !token.word.isReserved || token.word == .this || token.word == .super {
                prefixChain = (chain.depth, false, (token.word.isFixedOperand || token.word == .async) && previous.kind != .dot)
            } else if token.kind == .privateName, previous.kind == .dot {
                prefixChain = (chain.depth, false, false)
            } else {
                suspect(.updateTarget, at: token.offset)
            }
            return
        }
        switch token.kind {
        case .dot:
            if token.isOptional { suspect(.updateTarget, at: token.offset) }
            prefixChain = (chain.depth, true, false)
        case .openBracket:
            prefixChain = (chain.depth, false, false)
        case .closeBracket:
            break
        case .openParen, .template, .templateHead, .assign, .compoundAssign, .arrow, .update:
            // A call, an assignment, or `++a++`: no target for the prefix operator.
            suspect(.updateTarget, at: token.offset)
        default:
            if chain.lastIsKeyword { suspect(.updateTarget, at: token.offset) }
            prefixChain = nil
        }
    }
}

/// The names declared in each scope, in one open-addressing table keyed by scope and name.
struct ScreenBindings {
    enum Kind: UInt8 { case lexical = 1, function, `var`, parameter }

    private var keys: [UInt64] = []
    private var kinds: [Kind] = []
    private var count = 0

    /// Records a declaration; false when it clashes with one in the same scope. Only `var` and
    /// parameters may share a name; anything else twice is an error or too rare to vouch for.
    mutating func declare(_ hash: UInt64, _ kind: Kind, in scope: Int32) -> Bool {
        if keys.isEmpty {
            // Small enough for malloc's fast bins; most files declare few names per scope.
            keys = [UInt64](repeating: 0, count: 64)
            kinds = [Kind](repeating: .lexical, count: 64)
        } else if count * 2 >= keys.count {
            grow()
        }
        let key = (hash ^ (UInt64(UInt32(bitPattern: scope)) &* 0x9E37_79B9_7F4A_7C15)) | 1
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: key >> 7) & mask
        while keys[slot] != 0 {
            if keys[slot] == key {
                let existing = kinds[slot]
                return (existing == .var || existing == .parameter) && (kind == .var || kind == .parameter)
            }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        kinds[slot] = kind
        count += 1
        return true
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldKinds = kinds
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        kinds = [Kind](repeating: .lexical, count: oldKeys.count * 2)
        let mask = keys.count - 1
        for (index, key) in oldKeys.enumerated() where key != 0 {
            var slot = Int(truncatingIfNeeded: key >> 7) & mask
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            kinds[slot] = oldKinds[index]
        }
    }
}
