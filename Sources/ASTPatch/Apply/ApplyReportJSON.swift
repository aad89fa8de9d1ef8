/// The outcome of a patch as `apply --json` prints it and `patch_target_file` returns it:
/// the status, each file's status, change and diagnostics, and the patch-wide diagnostics.
public struct ApplyReportJSON: Codable, Sendable, Equatable {
    public struct File: Codable, Sendable, Equatable {
        public var path: String
        public var status: String
        public var change: String
        public var renamedFrom: String?
        public var renamedTo: String?
        public var language: String?
        public var diagnostics: [Diagnostic]
        /// What the change did, at declaration level, for an applied file.
        public var summary: [String]?
    }

    public struct Diagnostic: Codable, Sendable, Equatable {
        public var kind: String
        public var message: String
        public var path: String?
        public var line: Int?
        public var column: Int?
        public var candidates: [Int]?
        public var edit: Int?

        public init(_ diagnostic: PatchDiagnostic) {
            kind = diagnostic.kind.rawValue
            message = diagnostic.message
            path = diagnostic.path
            line = diagnostic.line
            column = diagnostic.column
            candidates = diagnostic.candidates
            edit = diagnostic.editIndex
        }
    }

    public var status: String
    public var files: [File]
    public var diagnostics: [Diagnostic]

    public init(_ plan: PatchPlan, patch: PatchInput?) {
        status = plan.status.rawValue
        files = plan.files.map {
            File(path: $0.path, status: $0.status.rawValue, change: $0.change.rawValue, renamedFrom: $0.renamedFrom, renamedTo: $0.renamedTo,
                 language: $0.language, diagnostics: $0.diagnostics.map(Diagnostic.init),
                 summary: plan.status == .applied && $0.language != nil ? $0.structuralSummary() : nil)
        }
        diagnostics = plan.diagnostics.map(Diagnostic.init)
    }
}
