import ASTPatch
import Foundation
import MCP

/// `search_grep`: `astpatch search` for agents — text or tree-sitter query matches, each with
/// the symbol path of the declaration that encloses it, bounded in size.
public enum SearchGrep {
    public static let tool = Tool(
        name: "search_grep",
        description: """
            Search files for a regular expression (POSIX extended, as grep -E, plus \\d, \\w, \\s, \\b, (?i)) or a fixed \
            string, or with a tree-sitter query whose @match capture names the nodes to report (predicates #eq?, \
            #match?, #any-of? … work). Directories are walked as git sees them (ignored and binary files are skipped). \
            Each match comes with its line, column, byte range, the line's text and the symbol path of the \
            declaration enclosing it (as view_file_structure and patch_target_file's symbol targets name it). A line \
            is reported once, at its first match. Give exactly one of pattern and query.
            """,
        inputSchema: [
            "type": "object",
            "properties": [
                "pattern": ["type": "string", "description": "A regular expression (or a literal with fixed_strings)."],
                "query": ["type": "string", "description": "A tree-sitter query with a @match capture, instead of pattern."],
                "paths": ["type": "array", "items": ["type": "string"], "description": "Files and directories, relative to the root (default: the root)."],
                "fixed_strings": ["type": "boolean", "description": "Read pattern as a literal string."],
                "ignore_case": ["type": "boolean", "description": "Match ASCII letters regardless of case."],
                "language": ["type": "string", "description": "With query: search only files of this language (and check the query against it)."],
                "context": ["type": "integer", "minimum": 0, "maximum": 20, "description": "Lines of context before and after each match (default 0)."],
                "max_count": ["type": "integer", "minimum": 1, "description": "At most this many matches per file."],
                "max_results": ["type": "integer", "minimum": 1, "maximum": 2000, "description": "At most this many matches in all (default 100)."],
            ],
            "additionalProperties": false,
        ],
        annotations: .init(readOnlyHint: true, openWorldHint: false))

    public struct Arguments: Decodable, Sendable {
        public var pattern: String?
        public var query: String?
        public var paths: [String] = ["."]
        public var fixedStrings = false
        public var ignoreCase = false
        public var language: String?
        public var context = 0
        public var maxCount: Int?
        public var maxResults = 100

        public init(pattern: String? = nil, query: String? = nil, paths: [String] = ["."]) {
            self.pattern = pattern
            self.query = query
            self.paths = paths
        }

        enum CodingKeys: String, CodingKey {
            case pattern, query, paths, language, context
            case fixedStrings = "fixed_strings"
            case ignoreCase = "ignore_case"
            case maxCount = "max_count"
            case maxResults = "max_results"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            pattern = try container.decodeIfPresent(String.self, forKey: .pattern)
            query = try container.decodeIfPresent(String.self, forKey: .query)
            paths = try container.decodeIfPresent([String].self, forKey: .paths) ?? ["."]
            fixedStrings = try container.decodeIfPresent(Bool.self, forKey: .fixedStrings) ?? false
            ignoreCase = try container.decodeIfPresent(Bool.self, forKey: .ignoreCase) ?? false
            language = try container.decodeIfPresent(String.self, forKey: .language)
            context = try container.decodeIfPresent(Int.self, forKey: .context) ?? 0
            maxCount = try container.decodeIfPresent(Int.self, forKey: .maxCount)
            maxResults = try container.decodeIfPresent(Int.self, forKey: .maxResults) ?? 100
            guard (pattern == nil) != (query == nil) else { throw ArgumentError(message: "give exactly one of `pattern` and `query`") }
            guard (0...20).contains(context) else { throw ArgumentError(message: "context must be between 0 and 20") }
            guard maxCount ?? 1 >= 1 else { throw ArgumentError(message: "max_count must be at least 1") }
            guard (1...2000).contains(maxResults) else { throw ArgumentError(message: "max_results must be between 1 and 2000") }
            guard !paths.isEmpty else { throw ArgumentError(message: "paths must name at least one file or directory") }
        }
    }

    public struct Result: Codable, Sendable, Equatable {
        public var matches: [SearchMatchJSON]
        public var filesSearched: Int
        public var filesWithMatches: Int
        public var truncated: Bool
        public var note: String?
    }

    /// Lines and matched texts longer than this many bytes are shown as a window around the match.
    static let textLimit = 400

    public static func run(_ arguments: Arguments, in root: ToolRoot, grammars: GrammarRegistry = .shared) throws(ToolFailure) -> Result {
        let files = try root.files(arguments.paths)
        let options = SearchOptions(contextLines: arguments.context, maxCountPerFile: arguments.maxCount,
                                    threads: ProcessInfo.processInfo.activeProcessorCount)
        let results: [FileSearchResult]
        do {
            if let pattern = arguments.pattern {
                let text = try TextPattern(pattern, fixedStrings: arguments.fixedStrings, ignoreCase: arguments.ignoreCase)
                results = TextSearch(pattern: text, options: options, grammars: grammars).search(files: files)
            } else {
                if let language = arguments.language, grammars.canonicalName(language) == nil {
                    throw ToolFailure(.invalidQuery, GrammarError.unknownLanguage(language).description)
                }
                let search = try StructuralSearch(query: arguments.query ?? "", language: arguments.language, options: options, grammars: grammars)
                results = try search.search(files: files)
            }
        } catch let error as SearchError {
            throw ToolFailure(error)
        } catch let error as ToolFailure {
            throw error
        } catch {
            throw ToolFailure(.ioError, "\(error)")
        }
        var result = Result(matches: [], filesSearched: 0, filesWithMatches: 0, truncated: false)
        var total = 0
        for file in results {
            if case .searched = file.status { result.filesSearched += 1 }
            guard !file.matches.isEmpty else { continue }
            result.filesWithMatches += 1
            total += file.matches.count
            let room = arguments.maxResults - result.matches.count
            let path = root.relative(file.path)
            result.matches += file.matches.prefix(max(0, room)).map { SearchMatchJSON(path: path, match: $0, limit: textLimit) }
        }
        if total > result.matches.count {
            result.truncated = true
            result.note = "showing \(result.matches.count) of \(total) matches in \(result.filesWithMatches) files; "
                + "narrow the pattern or the paths, or raise max_results"
        }
        return result
    }
}
