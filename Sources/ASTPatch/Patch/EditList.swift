/// The native edit list (the `patch_target_file` format): edits that name their targets by
/// structure (symbol, query), by exact text, or by lines.
public struct EditList: Sendable, Equatable {
    public var edits: [Edit]

    public init(edits: [Edit]) {
        self.edits = edits
    }
}

/// One edit of an edit list.
public struct Edit: Sendable, Equatable {
    public enum Operation: String, Sendable, Codable, CaseIterable {
        case replace
        case insertBefore = "insert_before"
        case insertAfter = "insert_after"
        case delete
        case create
        case deleteFile = "delete_file"
        case renameFile = "rename_file"

        /// Whether the operation edits inside a file (and so needs a target).
        public var needsTarget: Bool {
            switch self {
            case .replace, .insertBefore, .insertAfter, .delete: true
            case .create, .deleteFile, .renameFile: false
            }
        }
    }

    public var file: String
    public var operation: Operation
    public var target: Target?
    /// The new text, for `replace`, inserts and `create`.
    public var content: [UInt8]?
    /// The new path, for `rename_file`.
    public var renameTo: String?
    /// The 1-based line and column of the edit in the patch text, for diagnostics.
    public var patchLine: Int
    public var patchColumn: Int

    public init(file: String, operation: Operation, target: Target? = nil, content: [UInt8]? = nil, renameTo: String? = nil,
                patchLine: Int = 1, patchColumn: Int = 1) {
        self.file = file
        self.operation = operation
        self.target = target
        self.content = content
        self.renameTo = renameTo
        self.patchLine = patchLine
        self.patchColumn = patchColumn
    }
}

/// What an edit acts on.
public enum Target: Sendable, Equatable {
    public enum Selection: Sendable, Equatable {
        /// The only match; more than one is ambiguous.
        case only
        /// The n-th match, 1-based.
        case occurrence(Int)
        /// Every match.
        case all
    }

    /// Exact bytes of the file.
    case text([UInt8], Selection)
    /// An outline symbol path such as `Greeter.greet`.
    case symbol(String)
    /// A tree-sitter query with a `@target` capture.
    case query(String, Selection)
    /// A 1-based inclusive line range.
    case lines(Int, Int)

    /// Whether the scope check applies: it does to symbol, query and text targets.
    public var isScoped: Bool {
        if case .lines = self { return false }
        return true
    }
}

/// Reads the JSON edit list, reporting mistakes at their line and column in the patch text.
public enum EditListParser {
    public static func parse(_ text: [UInt8]) throws(PatchDiagnostic) -> EditList {
        let source = SourceText(text)
        func fail(_ message: String, at offset: Int) -> PatchDiagnostic {
            let location = source.location(ofOffset: min(offset, source.body.count))
            return PatchDiagnostic(.malformedPatch, message, line: location.line, column: location.column)
        }
        let root: PositionedJSON
        do {
            root = try PositionedJSON.parse(source.parseableBytes)
        } catch {
            throw fail("the edit list is not valid JSON: \(error.message)", at: error.offset)
        }
        let editsValue: PositionedJSON
        if case .array = root {
            editsValue = root
        } else if let value = root["edits"] {
            editsValue = value
        } else {
            throw fail("expected an object with an \"edits\" array", at: root.offset)
        }
        guard case .array(let items, _) = editsValue else {
            throw fail("\"edits\" must be an array, not \(editsValue.typeName)", at: editsValue.offset)
        }
        guard !items.isEmpty else { throw fail("\"edits\" is empty", at: editsValue.offset) }
        var edits: [Edit] = []
        for (index, item) in items.enumerated() {
            var parsed = try edit(item, index: index, fail: fail)
            let location = source.location(ofOffset: item.offset)
            parsed.patchLine = location.line
            parsed.patchColumn = location.column
            edits.append(parsed)
        }
        return EditList(edits: edits)
    }

    private static func edit(_ item: PositionedJSON, index: Int, fail: (String, Int) -> PatchDiagnostic) throws(PatchDiagnostic) -> Edit {
        let name = "edits[\(index)]"
        guard case .object(let members, _) = item else { throw fail("\(name) must be an object, not \(item.typeName)", item.offset) }
        let known: Set<String> = ["file", "op", "target", "content", "to"]
        if let unknown = members.first(where: { !known.contains($0.key) }) {
            throw fail("\(name) has an unknown field \"\(unknown.key)\" (fields: file, op, target, content, to)", unknown.value.offset)
        }
        func string(_ key: String, required: Bool) throws(PatchDiagnostic) -> String? {
            guard let value = item[key] else {
                if required { throw fail("\(name) needs \"\(key)\"", item.offset) }
                return nil
            }
            guard case .string(let text, _) = value else { throw fail("\(name).\(key) must be a string, not \(value.typeName)", value.offset) }
            return text
        }
        let file = try string("file", required: true)!
        guard !file.isEmpty else { throw fail("\(name).file is empty", item["file"]!.offset) }
        let opName = try string("op", required: true)!
        guard let operation = Edit.Operation(rawValue: opName) else {
            throw fail("\(name).op \"\(opName)\" is not one of \(Edit.Operation.allCases.map(\.rawValue).joined(separator: ", "))", item["op"]!.offset)
        }
        let content = try string("content", required: false)
        let to = try string("to", required: false)
        var target: Target?
        if let value = item["target"] {
            target = try self.target(value, name: name + ".target", fail: fail)
        }
        switch operation {
        case .replace, .insertBefore, .insertAfter:
            if target == nil { throw fail("\(name): \(opName) needs a \"target\"", item.offset) }
            if content == nil { throw fail("\(name): \(opName) needs \"content\"", item.offset) }
        case .delete:
            if target == nil { throw fail("\(name): delete needs a \"target\" (use delete_file to delete a file)", item.offset) }
        case .create:
            if content == nil { throw fail("\(name): create needs \"content\"", item.offset) }
        case .renameFile:
            if to == nil || to!.isEmpty { throw fail("\(name): rename_file needs \"to\"", item.offset) }
        case .deleteFile:
            break
        }
        if !operation.needsTarget, let value = item["target"] {
            throw fail("\(name): \(opName) takes no \"target\"", value.offset)
        }
        return Edit(file: file, operation: operation, target: target, content: content.map { Array($0.utf8) }, renameTo: to)
    }

    private static func target(_ value: PositionedJSON, name: String, fail: (String, Int) -> PatchDiagnostic) throws(PatchDiagnostic) -> Target {
        guard case .object(let members, _) = value else { throw fail("\(name) must be an object, not \(value.typeName)", value.offset) }
        let kinds = members.map(\.key).filter { ["text", "symbol", "query", "lines"].contains($0) }
        guard kinds.count == 1 else {
            throw fail("\(name) needs exactly one of \"text\", \"symbol\", \"query\", \"lines\"", value.offset)
        }
        let known: Set<String> = ["text", "symbol", "query", "lines", "occurrence", "all"]
        if let unknown = members.first(where: { !known.contains($0.key) }) {
            throw fail("\(name) has an unknown field \"\(unknown.key)\"", unknown.value.offset)
        }
        var selection = Target.Selection.only
        if let occurrence = value["occurrence"] {
            guard case .number(let n, _) = occurrence, n >= 1, n == n.rounded() else {
                throw fail("\(name).occurrence must be a whole number from 1", occurrence.offset)
            }
            selection = .occurrence(Int(n))
        }
        if let all = value["all"] {
            guard case .bool(let flag, _) = all else { throw fail("\(name).all must be true or false", all.offset) }
            if flag {
                if case .occurrence = selection { throw fail("\(name) cannot have both \"occurrence\" and \"all\"", all.offset) }
                selection = .all
            }
        }
        let kind = kinds[0]
        let field = value[kind]!
        switch kind {
        case "text":
            guard case .string(let text, _) = field, !text.isEmpty else { throw fail("\(name).text must be a non-empty string", field.offset) }
            return .text(Array(text.utf8), selection)
        case "symbol":
            guard case .string(let symbol, _) = field, !symbol.isEmpty else { throw fail("\(name).symbol must be a non-empty string", field.offset) }
            if selection != .only { throw fail("\(name): a symbol names one declaration; occurrence and all do not apply", value.offset) }
            return .symbol(symbol)
        case "query":
            guard case .string(let query, _) = field, !query.isEmpty else { throw fail("\(name).query must be a non-empty string", field.offset) }
            if case .occurrence = selection { throw fail("\(name): occurrence applies to text targets; use \"all\" or a narrower query", value.offset) }
            return .query(query, selection)
        default:
            guard case .array(let bounds, _) = field, bounds.count == 2,
                  case .number(let first, _) = bounds[0], case .number(let last, _) = bounds[1],
                  first >= 1, last >= first, first == first.rounded(), last == last.rounded()
            else { throw fail("\(name).lines must be [first, last]: 1-based whole numbers with first <= last", field.offset) }
            if selection != .only { throw fail("\(name): occurrence and all do not apply to lines", value.offset) }
            return .lines(Int(first), Int(last))
        }
    }
}
