import ASTPatch
import Foundation
import MCP

/// `patch_target_file`: applies the native edit list through the same gate as `astpatch
/// apply`, and answers with the same JSON as `apply --json`. A rejected patch writes nothing.
public enum PatchTargetFile {
    public static let tool = Tool(
        name: "patch_target_file",
        description: """
            Edit one or more files with a list of edits, applied in order. The patch is written only if every \
            touched file stays well-formed (no new syntax error, no edit escaping the declaration or block it \
            targets); otherwise nothing is written and the error lists each problem with the offending lines, \
            so the edit can be corrected. Targets: {"symbol": "Greeter.greet"} (a path from view_file_structure, \
            or a unique suffix), {"text": "exact text"} (with "occurrence": N or "all": true when it occurs more \
            than once), {"query": "tree-sitter query with @target"}, {"lines": [first, last]} (1-based, inclusive). \
            Content for symbol, query and line targets is re-indented to the target's indentation.
            """,
        inputSchema: [
            "type": "object",
            "properties": [
                "edits": [
                    "type": "array",
                    "minItems": 1,
                    "items": [
                        "type": "object",
                        "properties": [
                            "file": ["type": "string", "description": "The file, relative to the root."],
                            "op": ["type": "string", "enum": .array(Edit.Operation.allCases.map { .string($0.rawValue) })],
                            "target": [
                                "type": "object",
                                "description": "What to act on, for replace, insert_before, insert_after and delete: exactly one of text, symbol, query, lines.",
                                "properties": [
                                    "text": ["type": "string"],
                                    "symbol": ["type": "string"],
                                    "query": ["type": "string"],
                                    "lines": ["type": "array", "items": ["type": "integer"], "minItems": 2, "maxItems": 2],
                                    "occurrence": ["type": "integer", "minimum": 1],
                                    "all": ["type": "boolean"],
                                ],
                                "additionalProperties": false,
                            ],
                            "content": ["type": "string", "description": "The new text, for replace, insert_before, insert_after and create."],
                            "to": ["type": "string", "description": "The new path, for rename_file."],
                        ],
                        "required": ["file", "op"],
                        "additionalProperties": false,
                    ],
                ],
                "dry_run": ["type": "boolean", "description": "Check the patch and return the unified diff without writing."],
            ],
            "required": ["edits"],
            "additionalProperties": false,
        ],
        annotations: .init(readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: false))

    /// What a patch came to: the report, the unified diff of a dry run, and a text for the agent
    /// that shows each diagnostic with the offending lines.
    public struct Outcome: Sendable {
        public var report: ApplyReportJSON
        public var applied: Bool
        public var diff: String?
        public var feedback: String
    }

    /// The report as the tool returns it: `apply --json`'s object, with the diff of a dry run.
    public struct Result: Encodable, Sendable {
        public var report: ApplyReportJSON
        public var diff: String?

        enum CodingKeys: String, CodingKey { case diff }

        public func encode(to encoder: any Encoder) throws {
            try report.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encodeIfPresent(diff, forKey: .diff)
        }
    }

    /// Plans the edit list (its JSON text, as `apply --format edits` reads it) against the root
    /// and, unless it is a dry run or was refused, commits it atomically.
    public static func run(editList: [UInt8], dryRun: Bool, in root: ToolRoot, options: ApplyOptions = ApplyOptions()) -> Outcome {
        let input: PatchInput
        var plan: PatchPlan
        do {
            input = try PatchReader.read(editList, format: .edits)
        } catch {
            plan = PatchPlan(failure: error)
            return Outcome(report: ApplyReportJSON(plan, patch: nil), applied: false, feedback: PatchFeedback(plan: plan, patch: nil).text)
        }
        plan = PatchPlanner(workspace: root.workspace, options: options).plan(input)
        var diff: String?
        if plan.status == .applied {
            if dryRun {
                diff = String(decoding: unifiedDiff(plan), as: UTF8.self)
            } else {
                do {
                    try AtomicWriter(workspace: root.workspace).commit(plan.steps)
                } catch {
                    plan.recordCommitFailure(error)
                }
            }
        }
        let applied = plan.status == .applied
        return Outcome(report: ApplyReportJSON(plan, patch: input), applied: applied, diff: diff,
                       feedback: PatchFeedback(plan: plan, patch: input).text)
    }

    static func unifiedDiff(_ plan: PatchPlan) -> [UInt8] {
        plan.files.flatMap { file -> [UInt8] in
            guard file.change != .unchanged, file.renamedTo == nil else { return [] }
            let diff = LineDiff(old: file.oldBytes ?? [], new: file.newBytes ?? [])
            let oldPath = file.change == .created ? nil : (file.renamedFrom ?? file.path)
            let newPath = file.change == .deleted ? nil : file.path
            return UnifiedDiffWriter().render(diff, oldPath: oldPath, newPath: newPath)
        }
    }
}

/// The text an agent reads when a patch is refused: each diagnostic as `path:line:column:
/// kind: message`, the offending lines of the result with a caret, and the edit that caused it.
struct PatchFeedback {
    var plan: PatchPlan
    var patch: PatchInput?

    var text: String {
        if plan.status == .applied {
            let changed = plan.files.filter { $0.change != .unchanged && $0.renamedTo == nil }
            return "applied: " + (changed.isEmpty ? "no file changed" : changed.map { "\($0.path) (\($0.renamedFrom.map { "renamed from \($0)" } ?? $0.change.rawValue))" }.joined(separator: ", "))
        }
        var lines = plan.allDiagnostics.map(render)
        lines.append(plan.status == .rejected ? "patch rejected: nothing was written" : "patch not applied: nothing was written")
        return lines.joined(separator: "\n")
    }

    private func render(_ diagnostic: PatchDiagnostic) -> String {
        let location = [diagnostic.path ?? "<patch>", diagnostic.line.map(String.init), diagnostic.column.map(String.init)]
            .compactMap { $0 }.joined(separator: ":")
        var text = "\(location): \(diagnostic.kind.rawValue): \(diagnostic.message)"
        if let line = diagnostic.line, let path = diagnostic.path, let file = plan.files.first(where: { $0.path == path }) {
            let inResult = [.syntaxError, .missingNode, .scopeViolation].contains(diagnostic.kind)
            if let bytes = inResult ? file.newBytes : (file.oldBytes ?? file.newBytes) {
                text += "\n" + excerpt(SourceText(bytes), line: line, column: diagnostic.column ?? 1)
            }
        }
        if case .edits(let list) = patch {
            // The gate judges whole files: without an edit of its own, a diagnostic is shown with
            // every edit of its file.
            let indices = diagnostic.editIndex.map { [$0] }
                ?? list.edits.indices.filter { list.edits[$0].file == diagnostic.path || list.edits[$0].renameTo == diagnostic.path }
            for index in indices where index < list.edits.count {
                let edit = list.edits[index]
                text += "\n  in edit #\(index + 1): \(edit.operation.rawValue)\(describe(edit.target)) in \(edit.file)"
            }
        }
        if let candidates = diagnostic.candidates {
            text += "\n  candidates at lines: " + candidates.map(String.init).joined(separator: ", ")
        }
        return text
    }

    /// The line before, the line itself with its number, and a caret under the column.
    private func excerpt(_ source: SourceText, line: Int, column: Int) -> String {
        guard line >= 1, line <= source.lineCount else { return "" }
        let width = String(min(line + 1, source.lineCount)).count
        func numbered(_ n: Int) -> String {
            let number = String(n)
            return " " + String(repeating: " ", count: width - number.count) + number + " | " + String(decoding: source.line(at: n - 1), as: UTF8.self)
        }
        var rows: [String] = []
        if line > 1 { rows.append(numbered(line - 1)) }
        rows.append(numbered(line))
        let before = source.line(at: line - 1).prefix(max(0, column - 1))
        let padding = String(String(decoding: before, as: UTF8.self).map { $0 == "\t" ? "\t" : " " })
        rows.append(" " + String(repeating: " ", count: width) + " | " + padding + "^")
        if line < source.lineCount { rows.append(numbered(line + 1)) }
        return rows.joined(separator: "\n")
    }

    private func describe(_ target: Target?) -> String {
        switch target {
        case .text(let bytes, _)?:
            return " text `\(String(decoding: bytes.prefix(60), as: UTF8.self).replacingOccurrences(of: "\n", with: "\\n"))`"
        case .symbol(let name)?: return " symbol \(name)"
        case .query?: return " query"
        case let .lines(a, b)?: return " lines \(a)–\(b)"
        case nil: return ""
        }
    }
}
