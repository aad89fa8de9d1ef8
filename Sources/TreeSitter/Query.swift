import CTreeSitter

/// Why tree-sitter refused a query's source.
public enum QueryErrorKind: String, Sendable, Equatable {
    case syntax, nodeType = "node type", field, capture, structure, language, unknown
}

/// A text predicate of a query pattern (`#eq?`, `#not-eq?`, `#match?`, `#not-match?`, `#any-of?`),
/// which tree-sitter parses but leaves to the caller to evaluate.
public enum QueryPredicate: Sendable, Equatable {
    public enum Operand: Sendable, Equatable {
        case capture(Int)
        case string(String)
    }

    case equal(capture: Int, Operand, negated: Bool)
    case match(capture: Int, pattern: String, negated: Bool)
    case anyOf(capture: Int, [String])
    /// A predicate or directive we do not evaluate (`#set!`, `#is?`, …); it never filters.
    case other(name: String)
}

/// Owns one `TSQuery`.
public final class Query: @unchecked Sendable {
    let pointer: OpaquePointer
    public let language: Language
    /// Capture names by capture id.
    public let captureNames: [String]
    /// The text predicates of each pattern, by pattern index.
    public let predicates: [[QueryPredicate]]
    private let regexes: [String: Regex<AnyRegexOutput>]

    public init(language: Language, source: String) throws(TreeSitterError) {
        self.language = language
        var errorOffset: UInt32 = 0
        var errorType = TSQueryErrorNone
        let created = source.withCString {
            ts_query_new(language.pointer, $0, UInt32(source.utf8.count), &errorOffset, &errorType)
        }
        guard let created else {
            throw .query(kind: QueryErrorKind(errorType), offset: Int(errorOffset))
        }
        pointer = created
        let captureCount = ts_query_capture_count(created)
        captureNames = (0..<captureCount).map { id in
            var length: UInt32 = 0
            let name = ts_query_capture_name_for_id(created, id, &length)!
            return Query.string(name, length)
        }
        let parsed = (0..<ts_query_pattern_count(created)).map { Query.parsePredicates(created, pattern: $0) }
        predicates = parsed
        var compiled: [String: Regex<AnyRegexOutput>] = [:]
        for case .match(_, let pattern, _) in parsed.joined() where compiled[pattern] == nil {
            guard let regex = try? Regex(pattern) else {
                ts_query_delete(created)
                throw .query(kind: .syntax, offset: 0)
            }
            compiled[pattern] = regex
        }
        regexes = compiled
    }

    deinit {
        ts_query_delete(pointer)
    }

    public var patternCount: Int { predicates.count }

    public func captureIndex(named name: String) -> Int? {
        captureNames.firstIndex(of: name)
    }

    /// Every match of the query below `node` whose text predicates hold, in document order.
    public func matches(in node: Node, source: [UInt8], limitTo range: Range<Int>? = nil) -> [QueryMatch] {
        let cursor = QueryCursor()
        return cursor.matches(of: self, in: node, range: range).filter { satisfiesPredicates($0, source: source) }
    }

    func satisfiesPredicates(_ match: QueryMatch, source: [UInt8]) -> Bool {
        func texts(_ capture: Int) -> [String] {
            match.captures.filter { $0.index == capture }.map { $0.node.text(in: source) }
        }
        for predicate in predicates[match.patternIndex] {
            switch predicate {
            case let .equal(capture, operand, negated):
                let left = texts(capture)
                let right: [String]
                switch operand {
                case .capture(let other): right = texts(other)
                case .string(let value): right = [value]
                }
                guard let l = left.first, let r = right.first else { continue }
                if (l == r) == negated { return false }
            case let .match(capture, pattern, negated):
                guard let regex = regexes[pattern] else { continue }
                for text in texts(capture) where (text.firstMatch(of: regex) != nil) == negated {
                    return false
                }
            case let .anyOf(capture, values):
                for text in texts(capture) where !values.contains(text) { return false }
            case .other:
                continue
            }
        }
        return true
    }

    private static func string(_ pointer: UnsafePointer<CChar>, _ length: UInt32) -> String {
        let bytes = UnsafeRawBufferPointer(start: pointer, count: Int(length))
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func parsePredicates(_ query: OpaquePointer, pattern: UInt32) -> [QueryPredicate] {
        var count: UInt32 = 0
        guard let steps = ts_query_predicates_for_pattern(query, pattern, &count), count > 0 else { return [] }
        enum Arg { case capture(Int), string(String) }
        var result: [QueryPredicate] = []
        var current: [Arg] = []
        for i in 0..<Int(count) {
            let step = steps[i]
            switch step.type {
            case TSQueryPredicateStepTypeCapture:
                current.append(.capture(Int(step.value_id)))
            case TSQueryPredicateStepTypeString:
                var length: UInt32 = 0
                let value = ts_query_string_value_for_id(query, step.value_id, &length)!
                current.append(.string(string(value, length)))
            default:
                guard case .string(let name)? = current.first else { current = []; continue }
                let args = Array(current.dropFirst())
                current = []
                switch (name, args.first, args.count) {
                case ("eq?", .capture(let c)?, 2), ("not-eq?", .capture(let c)?, 2):
                    let operand: QueryPredicate.Operand
                    switch args[1] {
                    case .capture(let other): operand = .capture(other)
                    case .string(let s): operand = .string(s)
                    }
                    result.append(.equal(capture: c, operand, negated: name == "not-eq?"))
                case ("match?", .capture(let c)?, 2), ("not-match?", .capture(let c)?, 2):
                    if case .string(let pattern) = args[1] {
                        result.append(.match(capture: c, pattern: pattern, negated: name == "not-match?"))
                    }
                case ("any-of?", .capture(let c)?, _):
                    let values = args.dropFirst().compactMap { arg -> String? in
                        if case .string(let s) = arg { return s }
                        return nil
                    }
                    result.append(.anyOf(capture: c, values))
                default:
                    result.append(.other(name: name))
                }
            }
        }
        return result
    }
}

extension QueryErrorKind {
    init(_ raw: TSQueryError) {
        switch raw {
        case TSQueryErrorSyntax: self = .syntax
        case TSQueryErrorNodeType: self = .nodeType
        case TSQueryErrorField: self = .field
        case TSQueryErrorCapture: self = .capture
        case TSQueryErrorStructure: self = .structure
        case TSQueryErrorLanguage: self = .language
        default: self = .unknown
        }
    }
}

/// One capture of a match: the capture's id and the node it names.
public struct QueryCapture {
    public let index: Int
    public let node: Node
}

/// One match of a query pattern.
public struct QueryMatch {
    public let patternIndex: Int
    public let captures: [QueryCapture]

    public func nodes(forCapture index: Int) -> [Node] {
        captures.filter { $0.index == index }.map(\.node)
    }
}

/// Owns one `TSQueryCursor`.
final class QueryCursor {
    private let pointer: OpaquePointer

    init() {
        pointer = ts_query_cursor_new()
    }

    deinit {
        ts_query_cursor_delete(pointer)
    }

    func matches(of query: Query, in node: Node, range: Range<Int>?) -> [QueryMatch] {
        if let range {
            ts_query_cursor_set_byte_range(pointer, UInt32(range.lowerBound), UInt32(range.upperBound))
        }
        ts_query_cursor_exec(pointer, query.pointer, node.raw)
        var result: [QueryMatch] = []
        var match = TSQueryMatch()
        while ts_query_cursor_next_match(pointer, &match) {
            let captures = (0..<Int(match.capture_count)).map { i in
                QueryCapture(index: Int(match.captures[i].index), node: Node(match.captures[i].node, tree: node.tree))
            }
            result.append(QueryMatch(patternIndex: Int(match.pattern_index), captures: captures))
        }
        return result
    }
}

extension Node {
    /// The node's source text, decoded for display or comparison (invalid UTF-8 shows as U+FFFD).
    public func text(in source: [UInt8]) -> String {
        let range = byteRange.clamped(to: 0..<source.count)
        return String(decoding: source[range], as: UTF8.self)
    }
}
