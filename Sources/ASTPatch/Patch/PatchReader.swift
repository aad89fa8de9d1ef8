/// The input formats `apply` reads.
public enum PatchFormat: String, Sendable, CaseIterable, Codable {
    case auto
    /// The native JSON edit list.
    case edits
    /// `git diff` / `diff -u` output.
    case unified
    /// OpenAI's apply_patch (V4A) format.
    case applyPatch = "apply-patch"
}

/// A patch read from its text, in one of the formats.
public enum PatchInput: Sendable {
    case edits(EditList)
    case unified([UnifiedFilePatch])
    case applyPatch([ApplyPatchFile])
}

public enum PatchReader {
    /// Reads patch text in `format`; `.auto` looks at the text: JSON for an edit list,
    /// `*** Begin Patch` for apply_patch, a unified diff otherwise.
    public static func read(_ text: [UInt8], format: PatchFormat = .auto) throws(PatchDiagnostic) -> PatchInput {
        switch format == .auto ? detect(text) : format {
        case .edits, .auto: return .edits(try EditListParser.parse(text))
        case .unified: return .unified(try UnifiedDiffParser.parse(text))
        case .applyPatch: return .applyPatch(try ApplyPatchParser.parse(text))
        }
    }

    public static func detect(_ text: [UInt8]) -> PatchFormat {
        let body = SourceText(text).body
        guard let first = body.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else { return .edits }
        if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") { return .edits }
        if ByteSearch.occurrences(of: Array("*** Begin Patch".utf8), in: Array(body.prefix(4096))).first != nil {
            return .applyPatch
        }
        return .unified
    }
}

extension PatchPlanner {
    /// Plans a patch of any format.
    public func plan(_ input: PatchInput) -> PatchPlan {
        switch input {
        case .edits(let list):
            return plan(list)
        case .unified(let files):
            return plan(files.map { file in (file.path, { (old: [UInt8]?) throws(PatchDiagnostic) in try file.apply(to: old) }) })
        case .applyPatch(let files):
            return plan(files.map { file in (file.path, { (old: [UInt8]?) throws(PatchDiagnostic) in try file.apply(to: old) }) })
        }
    }

    /// Plans whole-file changes, each computed from the file as the patch has left it so far.
    private func plan(_ changes: [(path: String, change: ([UInt8]?) throws(PatchDiagnostic) -> FileChange)]) -> PatchPlan {
        reset()
        for (path, change) in changes {
            do {
                try apply(try change(try current(path)))
            } catch {
                var diagnostic = error
                diagnostic.path = diagnostic.path ?? path
                return finish(failing: diagnostic)
            }
        }
        return finish(failing: nil)
    }
}
