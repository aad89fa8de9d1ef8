/// What applying a patch would do, decided in memory before anything is written.
public struct PatchPlan: Sendable {
    public enum Status: String, Sendable, Codable {
        /// Every file passed: the plan can be committed.
        case applied
        /// A well-formed patch was refused (a syntax error it would introduce, a target not found, …).
        case rejected
        /// The patch could not be applied at all (malformed, a path outside the root, I/O).
        case error
    }

    public var status: Status
    public var files: [PlannedFile]
    /// Diagnostics about the patch as a whole (a malformed patch), not one file.
    public var diagnostics: [PatchDiagnostic]

    public init(status: Status, files: [PlannedFile], diagnostics: [PatchDiagnostic]) {
        self.status = status
        self.files = files
        self.diagnostics = diagnostics
    }

    /// A plan that failed before any file was looked at.
    public init(failure: PatchDiagnostic) {
        self.init(status: failure.isRejection ? .rejected : .error, files: [], diagnostics: [failure])
    }

    /// Records that committing the plan failed (``AtomicWriter`` has then put every file back):
    /// the plan becomes an error, and the diagnostic goes to the file it names.
    public mutating func recordCommitFailure(_ failure: PatchDiagnostic) {
        status = .error
        if let index = files.firstIndex(where: { $0.path == failure.path }) {
            files[index].status = .error
            files[index].diagnostics.append(failure)
        } else {
            diagnostics.append(failure)
        }
    }

    /// All diagnostics, the patch's and each file's.
    public var allDiagnostics: [PatchDiagnostic] { diagnostics + files.flatMap(\.diagnostics) }

    /// The writes and deletions that carry the plan out.
    public var steps: [AtomicWriter.Step] {
        var writes: [AtomicWriter.Step] = []
        var removals: [AtomicWriter.Step] = []
        for file in files {
            switch file.change {
            case .unchanged: continue
            case .deleted: removals.append(.remove(path: file.path))
            case .created, .modified, .renamed: writes.append(.write(path: file.path, bytes: file.newBytes ?? [], mode: file.mode))
            }
        }
        return writes + removals
    }
}

/// One path a patch touches.
public struct PlannedFile: Sendable {
    public enum Change: String, Sendable, Codable {
        case created, modified, deleted, renamed, unchanged
    }

    public enum Status: String, Sendable, Codable {
        /// Changed and, where a grammar exists, validated.
        case applied
        /// Changed without validation: no grammar claims the file.
        case unvalidated
        case rejected
        case error
    }

    /// The path, relative to the root, after the patch.
    public var path: String
    /// For a renamed (moved) file, where it came from.
    public var renamedFrom: String?
    /// For the old path of a renamed file (whose change is `deleted`), where it went.
    public var renamedTo: String?
    public var change: Change
    public var status: Status
    public var language: String?
    public var diagnostics: [PatchDiagnostic]
    public var oldBytes: [UInt8]?
    public var newBytes: [UInt8]?
    public var mode: UInt32

    /// The change told at declaration level (`updated function_definition add`), worked out on
    /// demand from the old and new bytes; empty without a grammar or a change.
    public func structuralSummary(grammars: GrammarRegistry = .shared) -> [String] {
        guard let language, change != .unchanged, renamedTo == nil else { return [] }
        return (try? StructuralSummary.summarize(old: oldBytes ?? [], new: newBytes ?? [], language: language, grammars: grammars)) ?? []
    }
}
