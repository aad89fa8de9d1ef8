import ASTPatch

/// Why a tool refused a request it understood: a path outside the root, a file that is not
/// there, a pattern that does not compile. The agent sees it as a tool error it can act on.
public struct ToolFailure: Error, Sendable, Equatable, Codable, CustomStringConvertible {
    public enum Kind: String, Sendable, Codable {
        case pathOutsideRoot = "path_outside_root"
        case notFound = "not_found"
        case ioError = "io_error"
        case invalidPattern = "invalid_pattern"
        case invalidQuery = "invalid_query"
        case noGrammar = "no_grammar"
    }

    public var kind: Kind
    public var message: String
    public var path: String?

    public init(_ kind: Kind, _ message: String, path: String? = nil) {
        self.kind = kind
        self.message = message
        self.path = path
    }

    public var description: String { "\(kind.rawValue): \(message)" }

    init(_ diagnostic: PatchDiagnostic) {
        let kind: Kind = diagnostic.kind == .pathOutsideRoot ? .pathOutsideRoot : .ioError
        self.init(kind, diagnostic.message, path: diagnostic.path)
    }

    init(_ error: SearchError) {
        switch error {
        case .invalidPattern: self.init(.invalidPattern, error.description)
        default: self.init(.invalidQuery, error.description)
        }
    }
}
