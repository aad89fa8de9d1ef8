/// Why a patch, or one file of it, was refused or could not be applied.
public struct PatchDiagnostic: Error, Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// The result has a syntax error the original did not have.
        case syntaxError = "syntax_error"
        /// The result needs a token the parser had to assume (a missing `)`).
        case missingNode = "missing_node"
        /// A target (text, symbol, query, lines, context) matches nothing.
        case anchorNotFound = "anchor_not_found"
        /// A target matches more than once; the candidates' lines are listed.
        case anchorAmbiguous = "anchor_ambiguous"
        /// A hunk's context and removed lines are not in the file.
        case hunkMismatch = "hunk_mismatch"
        /// The edit escapes the declaration or block it targets.
        case scopeViolation = "scope_violation"
        /// The edit replaces code with a placeholder comment (`// ... existing code ...`).
        case elidedCode = "elided_code"
        /// A path leaves the root: `..`, an absolute path, or a symlink leading out.
        case pathOutsideRoot = "path_outside_root"
        /// Reading or writing a file failed.
        case ioError = "io_error"
        /// The patch text itself is not valid in its format.
        case malformedPatch = "malformed_patch"
        /// A file to create exists already.
        case fileExists = "file_exists"
        /// A file to change, delete or rename does not exist.
        case fileNotFound = "file_not_found"
        /// A file has no grammar and `--require-grammar` was given.
        case noGrammar = "no_grammar"
        /// A file is binary (NUL bytes) and a text edit cannot apply to it.
        case binaryFile = "binary_file"
    }

    public var kind: Kind
    public var message: String
    /// The file the diagnostic concerns, relative to the root; nil for the patch as a whole.
    public var path: String?
    /// 1-based line and byte column: in the resulting file for syntax and scope diagnostics, in the
    /// original file for targets, in the patch text for `malformed_patch`.
    public var line: Int?
    public var column: Int?
    /// For `anchor_ambiguous`: the 1-based lines where each candidate starts.
    public var candidates: [Int]?
    /// Which edit of the patch (0-based, in patch order) the diagnostic concerns.
    public var editIndex: Int?

    public init(_ kind: Kind, _ message: String, path: String? = nil, line: Int? = nil, column: Int? = nil,
                candidates: [Int]? = nil, editIndex: Int? = nil) {
        self.kind = kind
        self.message = message
        self.path = path
        self.line = line
        self.column = column
        self.candidates = candidates
        self.editIndex = editIndex
    }

    /// Whether this is a refusal of a well-formed request (exit 1) rather than trouble (exit 2).
    public var isRejection: Bool {
        switch kind {
        case .syntaxError, .missingNode, .anchorNotFound, .anchorAmbiguous, .hunkMismatch, .scopeViolation, .elidedCode,
             .fileExists, .fileNotFound, .noGrammar, .binaryFile:
            return true
        case .pathOutsideRoot, .ioError, .malformedPatch:
            return false
        }
    }
}
