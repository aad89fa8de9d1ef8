import ASTPatch
import Foundation
import MCP

/// `check_syntax`: `astpatch check` on the given paths — every syntax error with its line, as
/// each language's validator sees it.
public enum CheckSyntax {
    public static let tool = Tool(
        name: "check_syntax",
        description: """
            Check files and directory trees for syntax errors, as each language's own standard judges them \
            (swift-syntax for Swift, tree-sitter for the rest). Directories are walked as git sees them. Lists \
            the files with errors, each error with its line, column and the offending line, and counts the \
            clean and skipped (no grammar, binary) files.
            """,
        inputSchema: [
            "type": "object",
            "properties": [
                "paths": ["type": "array", "items": ["type": "string"], "description": "Files and directories, relative to the root (default: the root)."],
                "max_errors": ["type": "integer", "minimum": 1, "description": "At most this many errors listed (default 200)."],
            ],
            "additionalProperties": false,
        ],
        annotations: .init(readOnlyHint: true, openWorldHint: false))

    public struct Arguments: Decodable, Sendable {
        public var paths: [String]
        public var maxErrors: Int

        public init(paths: [String] = ["."], maxErrors: Int = 200) {
            self.paths = paths
            self.maxErrors = maxErrors
        }

        enum CodingKeys: String, CodingKey {
            case paths
            case maxErrors = "max_errors"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            paths = try container.decodeIfPresent([String].self, forKey: .paths) ?? ["."]
            maxErrors = try container.decodeIfPresent(Int.self, forKey: .maxErrors) ?? 200
            guard !paths.isEmpty else { throw ArgumentError(message: "paths must name at least one file or directory") }
            guard maxErrors >= 1 else { throw ArgumentError(message: "max_errors must be at least 1") }
        }
    }

    public struct Result: Codable, Sendable, Equatable {
        public struct File: Codable, Sendable, Equatable {
            public var path: String
            public var language: String?
            /// `errors` or `failed` (could not be checked); clean and skipped files are only counted.
            public var status: String
            public var reason: String?
            public var diagnostics: [Diagnostic]
        }

        public struct Diagnostic: Codable, Sendable, Equatable {
            public var kind: String
            public var message: String
            public var line: Int
            public var column: Int
            public var endLine: Int
            public var endColumn: Int
            public var lineText: String
        }

        public struct Summary: Codable, Sendable, Equatable {
            public var files = 0
            public var clean = 0
            public var filesWithErrors = 0
            public var errors = 0
            public var skipped = 0
            public var failed = 0
        }

        public var files: [File]
        public var summary: Summary
        public var truncated: Bool
        public var note: String?
    }

    public static func run(_ arguments: Arguments, in root: ToolRoot, grammars: GrammarRegistry = .shared) throws(ToolFailure) -> Result {
        let files = try root.files(arguments.paths)
        let verdicts = SyntaxChecker(grammars: grammars).check(files: files)
        var result = Result(files: [], summary: Result.Summary(), truncated: false)
        var listed = 0
        for verdict in verdicts {
            result.summary.files += 1
            let path = root.relative(verdict.path)
            switch verdict.status {
            case .clean:
                result.summary.clean += 1
            case .skipped:
                result.summary.skipped += 1
            case .failed(let reason):
                result.summary.failed += 1
                result.files.append(Result.File(path: path, language: verdict.language, status: "failed", reason: reason, diagnostics: []))
            case .errors:
                result.summary.filesWithErrors += 1
                result.summary.errors += verdict.diagnostics.count
                let room = max(0, arguments.maxErrors - listed)
                guard room > 0 else { continue }
                let source = verdict.source
                let diagnostics = verdict.diagnostics.prefix(room).map { diagnostic in
                    Result.Diagnostic(
                        kind: diagnostic.kind.rawValue, message: diagnostic.message, line: diagnostic.start.line, column: diagnostic.start.column,
                        endLine: diagnostic.end.line, endColumn: diagnostic.end.column,
                        lineText: source.map { SearchMatchJSON.clip(Array($0.line(at: diagnostic.start.line - 1)), around: diagnostic.start.column - 1, limit: SearchGrep.textLimit) } ?? "")
                }
                listed += diagnostics.count
                result.files.append(Result.File(path: path, language: verdict.language, status: "errors", diagnostics: Array(diagnostics)))
            }
        }
        if result.summary.errors > listed {
            result.truncated = true
            result.note = "listing \(listed) of \(result.summary.errors) errors; check fewer paths or raise max_errors"
        }
        return result
    }
}
