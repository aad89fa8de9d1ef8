import ASTPatch
import MCP

/// `view_file_structure`: the outline of a file, or of every file under a directory — symbol
/// paths, kinds and line ranges — bounded in size, with a note when it was cut short.
public enum ViewFileStructure {
    public static let tool = Tool(
        name: "view_file_structure",
        description: """
            The declarations of a source file, or of every source file under a directory: each symbol's path \
            (the name patch_target_file's symbol targets use, e.g. Greeter.greet; overloads get #2, #3), kind and \
            line range. Directories are walked as git sees them (ignored files are left out). Output is bounded by \
            max_symbols; a note says when it was cut short.
            """,
        inputSchema: [
            "type": "object",
            "properties": [
                "path": ["type": "string", "description": "A file or directory, relative to the root (default: the root)."],
                "max_symbols": ["type": "integer", "minimum": 1, "description": "At most this many symbols (default 500)."],
            ],
            "additionalProperties": false,
        ],
        annotations: .init(readOnlyHint: true, openWorldHint: false))

    public struct Arguments: Decodable, Sendable {
        public var path: String
        public var maxSymbols: Int

        public init(path: String = ".", maxSymbols: Int = 500) {
            self.path = path
            self.maxSymbols = maxSymbols
        }

        enum CodingKeys: String, CodingKey {
            case path
            case maxSymbols = "max_symbols"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            path = try container.decodeIfPresent(String.self, forKey: .path) ?? "."
            maxSymbols = try container.decodeIfPresent(Int.self, forKey: .maxSymbols) ?? 500
            guard maxSymbols >= 1 else { throw ArgumentError(message: "max_symbols must be at least 1") }
        }
    }

    public struct Result: Codable, Sendable, Equatable {
        public struct File: Codable, Sendable, Equatable {
            public var path: String
            public var language: String
            public var symbols: [Symbol]
        }

        public struct Symbol: Codable, Sendable, Equatable {
            public var path: String
            public var kind: String
            public var name: String
            public var startLine: Int
            public var endLine: Int
            public var depth: Int
        }

        public var path: String
        public var files: [File]
        /// Files under the path that no grammar claims, or binary ones: not outlined.
        public var filesWithoutOutline: Int
        public var truncated: Bool
        public var note: String?
    }

    public static func run(_ arguments: Arguments, in root: ToolRoot, grammars: GrammarRegistry = .shared) throws(ToolFailure) -> Result {
        let target = try root.resolve(arguments.path)
        let files = try root.files([arguments.path])
        let isSingleFile = files == [target]
        var result = Result(path: root.relative(target), files: [], filesWithoutOutline: 0, truncated: false)
        var symbolCount = 0
        var outlined = 0
        for (index, file) in files.enumerated() {
            let relative = root.relative(file)
            let source: SourceText
            do {
                source = SourceText(try FileBytes.read(file))
            } catch {
                if isSingleFile { throw ToolFailure(.ioError, "cannot read \(relative): \(error.reason)", path: relative) }
                result.filesWithoutOutline += 1
                continue
            }
            guard !source.isBinary, let language = grammars.detectLanguage(path: file, firstBytes: source.body.prefix(256)) else {
                if isSingleFile {
                    throw ToolFailure(.noGrammar, "\(relative) is \(source.isBinary ? "binary" : "of a type no grammar claims"): it has no outline", path: relative)
                }
                result.filesWithoutOutline += 1
                continue
            }
            let symbols: [OutlineSymbol]
            do {
                symbols = try Outliner(grammars: grammars).symbols(in: source, language: language)
            } catch {
                if isSingleFile { throw ToolFailure(.noGrammar, "\(relative): \(error)", path: relative) }
                result.filesWithoutOutline += 1
                continue
            }
            let room = arguments.maxSymbols - symbolCount
            let kept = symbols.prefix(room).map {
                Result.Symbol(path: $0.path, kind: $0.kind, name: $0.name, startLine: $0.start.line, endLine: $0.end.line, depth: $0.depth)
            }
            result.files.append(Result.File(path: relative, language: language, symbols: kept))
            symbolCount += kept.count
            outlined += 1
            if kept.count < symbols.count || (symbolCount >= arguments.maxSymbols && index + 1 < files.count) {
                result.truncated = true
                result.note = "cut short at \(arguments.maxSymbols) symbols, in \(relative) (file \(index + 1) of \(files.count)); "
                    + "view a subdirectory or a single file, or raise max_symbols, for the rest"
                break
            }
        }
        return result
    }
}
