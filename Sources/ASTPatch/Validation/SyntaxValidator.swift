import TreeSitter

/// Judges whether a file is well-formed in its language. `check`, the apply gate and the
/// pre-commit hook all ask the validator registered for the file's language.
public protocol SyntaxValidator: Sendable {
    /// Whether ``diagnostics(for:tree:)`` reads a tree-sitter tree; when false none is parsed for it.
    var needsTree: Bool { get }
    /// The file's syntax errors, in document order; empty when it is well-formed.
    func diagnostics(for source: SourceText, tree: Tree?) -> [SyntaxDiagnostic]
    /// True when the tree, and the text it was parsed from (without a BOM), prove the file
    /// well-formed, so that ``diagnostics(for:tree:)`` need not run; false when they cannot tell.
    /// By default false.
    func isEvidentlyClean(_ tree: Tree, body: ArraySlice<UInt8>) -> Bool
    /// The validator for one file of the language, when its name says it is a dialect (JSON with
    /// comments for `tsconfig.json`, say); by default this validator.
    func forFile(named path: String) -> any SyntaxValidator
}

extension SyntaxValidator {
    public func isEvidentlyClean(_ tree: Tree, body: ArraySlice<UInt8>) -> Bool { false }
    public func forFile(named path: String) -> any SyntaxValidator { self }
}

/// Which validator judges each language: tree-sitter's ERROR and MISSING nodes unless a
/// stricter one is registered (SwiftParser for Swift).
public struct ValidatorRegistry: Sendable {
    private var byLanguage: [String: any SyntaxValidator]
    public var fallback: any SyntaxValidator

    public init(_ byLanguage: [String: any SyntaxValidator] = [:], fallback: any SyntaxValidator = TreeSitterValidator()) {
        self.byLanguage = byLanguage
        self.fallback = fallback
    }

    /// The validators astpatch ships.
    public static let standard = ValidatorRegistry([
        "swift": SwiftSyntaxValidator(),
        "python": PythonValidator(),
        "json": JSONValidator(),
        "toml": TOMLValidator(),
        "yaml": YAMLValidator(),
        "javascript": JavaScriptValidator(),
        "typescript": JavaScriptValidator(isTypeScript: true),
        "tsx": JavaScriptValidator(isTypeScript: true),
    ])

    public func validator(for language: String) -> any SyntaxValidator {
        byLanguage[language] ?? fallback
    }

    /// The validator for a file: its language's, in the dialect its name says.
    public func validator(for language: String, path: String?) -> any SyntaxValidator {
        let validator = validator(for: language)
        return path.map { validator.forFile(named: $0) } ?? validator
    }

    public mutating func register(_ validator: any SyntaxValidator, for language: String) {
        byLanguage[language] = validator
    }
}
