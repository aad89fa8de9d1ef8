/// What checking one file found.
public struct FileVerdict: Sendable, Equatable {
    public enum Status: Sendable, Equatable {
        case clean
        case errors
        /// Not checked, and why (no grammar, binary content); not a failure.
        case skipped(String)
        /// Could not be checked (unreadable, grammar not loadable); a failure.
        case failed(String)
    }

    public var path: String
    public var language: String?
    public var status: Status
    public var diagnostics: [SyntaxDiagnostic]
    public var source: SourceText?
    public var byteCount: Int

    public init(path: String, language: String?, status: Status, diagnostics: [SyntaxDiagnostic] = [], source: SourceText? = nil, byteCount: Int = 0) {
        self.path = path
        self.language = language
        self.status = status
        self.diagnostics = diagnostics
        self.source = source
        self.byteCount = byteCount
    }
}
