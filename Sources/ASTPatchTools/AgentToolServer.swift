import ASTPatch
import Foundation
import MCP
import Synchronization

/// The agent tools served over the Model Context Protocol: `view_file_structure`,
/// `search_grep`, `patch_target_file` and `check_syntax`, all confined to one root folder.
public final class AgentToolServer: Sendable {
    public let root: ToolRoot
    public let grammars: GrammarRegistry
    /// Patches are planned and written one at a time, so that two calls cannot interleave.
    private let patchLock = Mutex(())

    public static let tools: [Tool] = [ViewFileStructure.tool, SearchGrep.tool, PatchTargetFile.tool, CheckSyntax.tool]

    public init(root: String, grammars: GrammarRegistry = .shared) throws(ToolFailure) {
        self.root = try ToolRoot(root)
        self.grammars = grammars
    }

    /// Serves requests until the client closes the connection (standard input, by default).
    public func run(transport: (any Transport)? = nil, version: String) async throws {
        let server = Server(
            name: "astpatch", version: version,
            instructions: """
                Source tools confined to \(root.realPath); paths are relative to it. view_file_structure lists symbol paths, \
                search_grep finds text or tree-sitter matches with their enclosing symbol, patch_target_file edits files \
                and writes only what stays well-formed, check_syntax reports syntax errors.
                """,
            capabilities: .init(tools: .init(listChanged: false)))
        await server.withMethodHandler(ListTools.self) { _ in
            ListTools.Result(tools: AgentToolServer.tools)
        }
        await server.withMethodHandler(CallTool.self) { [self] parameters in
            try await call(parameters.name, arguments: parameters.arguments)
        }
        try await server.start(transport: transport ?? DataURLGuard(wrapping: StdioTransport()))
        await server.waitUntilCompleted()
        await server.stop()
    }

    /// One tool call. Arguments that do not fit the tool's schema are an MCP error (invalid
    /// params); a refusal the agent can act on (a path outside the root, a rejected patch) is a
    /// result with `isError` set.
    public func call(_ name: String, arguments raw: [String: Value]?) async throws(MCPError) -> CallTool.Result {
        let arguments = raw.map(DataURLGuard.unescape)
        switch name {
        case ViewFileStructure.tool.name:
            let decoded = try ToolArguments.decode(ViewFileStructure.Arguments.self, from: arguments, tool: ViewFileStructure.tool)
            return respond { () throws(ToolFailure) in try ViewFileStructure.run(decoded, in: root, grammars: grammars) }
        case SearchGrep.tool.name:
            let decoded = try ToolArguments.decode(SearchGrep.Arguments.self, from: arguments, tool: SearchGrep.tool)
            return respond { () throws(ToolFailure) in try SearchGrep.run(decoded, in: root, grammars: grammars) }
        case CheckSyntax.tool.name:
            let decoded = try ToolArguments.decode(CheckSyntax.Arguments.self, from: arguments, tool: CheckSyntax.tool)
            return respond { () throws(ToolFailure) in try CheckSyntax.run(decoded, in: root, grammars: grammars) }
        case PatchTargetFile.tool.name:
            return try patch(arguments)
        default:
            throw MCPError.invalidParams("unknown tool `\(name)`; the tools are \(AgentToolServer.tools.map(\.name).joined(separator: ", "))")
        }
    }

    private func patch(_ arguments: [String: Value]?) throws(MCPError) -> CallTool.Result {
        var given = arguments ?? [:]
        let known = Set(PatchTargetFile.tool.inputSchema.objectValue?["properties"]?.objectValue?.keys.map { $0 } ?? [])
        if let unknown = given.keys.sorted().first(where: { !known.contains($0) }) {
            throw MCPError.invalidParams("patch_target_file: unknown argument `\(unknown)`; its arguments are edits, dry_run")
        }
        var dryRun = false
        if let value = given.removeValue(forKey: "dry_run") {
            guard case .bool(let flag) = value else { throw MCPError.invalidParams("patch_target_file: argument `dry_run` must be a boolean") }
            dryRun = flag
        }
        guard case .array(let edits)? = given["edits"] else {
            throw MCPError.invalidParams("patch_target_file: missing required argument `edits` (an array of edits)")
        }
        given["edits"] = .array(edits.map(relativizePaths))
        let editList: Data
        do {
            editList = try JSONEncoder().encode(given)
        } catch {
            throw MCPError.invalidParams("patch_target_file: the edits cannot be read: \(error)")
        }
        let outcome = patchLock.withLock { _ in
            PatchTargetFile.run(editList: [UInt8](editList), dryRun: dryRun, in: root)
        }
        let result = PatchTargetFile.Result(report: outcome.report, diff: outcome.diff)
        var content: [Tool.Content] = [.text(text: outcome.feedback, annotations: nil, _meta: nil)]
        if let diff = outcome.diff { content.append(.text(text: diff, annotations: nil, _meta: nil)) }
        content.append(.text(text: StructuredJSON.text(result), annotations: nil, _meta: nil))
        let structured: Value? = StructuredJSON.value(result)
        return CallTool.Result(content: content, structuredContent: structured, isError: !outcome.applied)
    }

    /// An edit's `file` and `to` given as absolute paths inside the root, made relative to it as
    /// the edit list wants them (the other tools take such paths too).
    private func relativizePaths(_ edit: Value) -> Value {
        guard case .object(var members) = edit else { return edit }
        for key in ["file", "to"] {
            if case .string(let path)? = members[key], path.hasPrefix(root.realPath + "/") {
                members[key] = .string(root.relative(path))
            }
        }
        return .object(members)
    }

    private func respond<Output: Encodable>(_ work: () throws(ToolFailure) -> Output) -> CallTool.Result {
        do {
            let result = try work()
            let structured: Value? = StructuredJSON.value(result)
            return CallTool.Result(content: [.text(text: StructuredJSON.text(result), annotations: nil, _meta: nil)],
                                   structuredContent: structured, isError: false)
        } catch {
            let structured: Value? = StructuredJSON.value(FailureReport(error: error))
            return CallTool.Result(content: [.text(text: error.description, annotations: nil, _meta: nil)],
                                   structuredContent: structured, isError: true)
        }
    }
}

/// A refused call's structured content: `{"error": {"kind", "message", "path"}}`.
private struct FailureReport: Encodable {
    var error: ToolFailure
}
