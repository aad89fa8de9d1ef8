import Foundation
import TreeSitter

/// Options of an apply.
public struct ApplyOptions: Sendable {
    /// Refuse files that no grammar claims instead of patching them unvalidated.
    public var requireGrammar: Bool
    /// Accept edits that replace code with a placeholder comment (`// ... existing code ...`);
    /// by default they are refused as `elided_code`.
    public var allowPlaceholders: Bool

    public init(requireGrammar: Bool = false, allowPlaceholders: Bool = false) {
        self.requireGrammar = requireGrammar
        self.allowPlaceholders = allowPlaceholders
    }
}

/// Works out, in memory, what a patch does to the files of a workspace: resolves targets, makes
/// the edits, reparses incrementally and runs the gate. Reads the disk, never writes it.
public final class PatchPlanner {
    public let workspace: any FileStore
    public let options: ApplyOptions
    let grammars: GrammarRegistry
    let parser: DocumentParser
    let resolver: TargetResolver

    private var paths: [String: PathState] = [:]
    private var order: [String] = []
    /// Judges a diff's results while the rest of the patch is planned.
    private var background: BackgroundParser?

    /// A planner reading files from `workspace`: a ``Workspace`` folder, or a ``MemoryFileStore``.
    public init(workspace: any FileStore, options: ApplyOptions = ApplyOptions(),
                grammars: GrammarRegistry = .shared, validators: ValidatorRegistry = .standard) {
        self.workspace = workspace
        self.options = options
        self.grammars = grammars
        self.parser = DocumentParser(grammars: grammars, validators: validators)
        self.resolver = TargetResolver(outliner: Outliner(grammars: grammars))
    }

    /// What is at a path during planning: the file on disk and the content the patch gives it.
    struct PathState {
        var disk: StoredFile?
        var content: Content?
        var diagnostics: [PatchDiagnostic] = []
        var renamedFrom: String?
    }

    /// A file's content during planning, with where it came from, for the gate.
    struct Content {
        var document: Document
        var mode: UInt32
        /// The document the content descends from and the body edits made since; nil when the
        /// patch created the content from nothing.
        var origin: Document?
        var edits: [ByteEdit]
    }

    // MARK: Edit lists

    /// Plans a native edit list.
    public func plan(_ list: EditList) -> PatchPlan {
        reset()
        for (index, edit) in list.edits.enumerated() {
            do {
                try apply(edit, index: index)
            } catch {
                var diagnostic = error
                diagnostic.editIndex = diagnostic.editIndex ?? index
                if diagnostic.path == nil { diagnostic.path = edit.file }
                return finish(failing: diagnostic)
            }
        }
        return finish(failing: nil)
    }

    private func apply(_ edit: Edit, index: Int) throws(PatchDiagnostic) {
        let path = try workspace.normalize(edit.file)
        var state = try load(path)
        switch edit.operation {
        case .create:
            if state.content != nil { throw PatchDiagnostic(.fileExists, "\(path) exists already; use replace or delete_file first", path: path) }
            state.content = Content(document: try document(edit.content ?? [], path: path), mode: 0o644, origin: nil, edits: [])
        case .deleteFile:
            guard state.content != nil else { throw missing(path) }
            state.content = nil
        case .renameFile:
            guard let content = state.content else { throw missing(path) }
            let destination = try workspace.normalize(edit.renameTo ?? "")
            var target = try load(destination)
            if target.content != nil { throw PatchDiagnostic(.fileExists, "cannot rename \(path) to \(destination): it exists already", path: path) }
            target.content = try relabel(content, as: destination)
            target.renamedFrom = state.renamedFrom ?? path
            state.content = nil
            state.renamedFrom = nil
            paths[path] = state
            paths[destination] = target
            return
        case .replace, .insertBefore, .insertAfter, .delete:
            guard var content = state.content else { throw missing(path) }
            if content.document.source.isBinary {
                throw PatchDiagnostic(.binaryFile, "\(path) holds binary data (NUL bytes); text edits do not apply to it", path: path)
            }
            let matches = try resolver.resolve(edit.target!, in: content.document, path: path)
            // Later matches first, so that each edit's offsets hold after the ones before it.
            let ordered = matches.sorted { $0.range.lowerBound > $1.range.lowerBound }
            for (a, b) in zip(ordered.dropFirst(), ordered) where a.range.upperBound > b.range.lowerBound {
                throw PatchDiagnostic(.anchorAmbiguous, "the target's matches overlap; narrow it so that each match stands apart", path: path)
            }
            for match in ordered {
                let byteEdit = EditPlacement.edit(edit.operation, at: match, content: edit.content ?? [], in: content.document.source)
                let before = content.document
                let after: Document
                do {
                    after = try parser.editing(before, with: [byteEdit])
                } catch {
                    throw PatchDiagnostic(.ioError, "cannot parse \(path) after the edit: \(error)", path: path)
                }
                // A syntax error the edit made is the gate's to report; the structure around it
                // cannot be judged.
                let broke = !SyntaxGate.introducedErrors(before: before.diagnostics, after: after.diagnostics, edits: [byteEdit]).isEmpty
                if edit.target!.isScoped, !broke,
                   let violation = ScopeCheck.violation(operation: edit.operation, target: match, edit: byteEdit,
                                                        before: before, after: after, path: path) {
                    throw violation
                }
                if !options.allowPlaceholders,
                   let elision = ElisionGuard.violation(before: before, after: after, edits: [byteEdit], path: path, grammars: grammars) {
                    throw elision
                }
                content.document = after
                content.edits.append(byteEdit)
            }
            state.content = content
        }
        paths[path] = state
    }

    private func missing(_ path: String) -> PatchDiagnostic {
        PatchDiagnostic(.fileNotFound, "\(path) does not exist", path: path)
    }

    // MARK: Whole-file changes (unified diffs, apply_patch)

    /// Plans one file's change computed by a diff format.
    func apply(_ change: FileChange) throws(PatchDiagnostic) {
        let path = try workspace.normalize(change.path)
        // The original is parsed later, and only if the result has errors to compare with its.
        var state = try load(path, parse: false)
        switch change.kind {
        case .create:
            if state.content != nil { throw PatchDiagnostic(.fileExists, "\(path) exists already", path: path) }
            let destination = try change.newPath.map { (p: String) throws(PatchDiagnostic) -> String in try workspace.normalize(p) } ?? path
            var target = destination == path ? state : try load(destination)
            // Parsed with the other results of the patch, in parallel, when the plan is finished.
            let created = try document(change.newBytes ?? [], path: destination, parse: false)
            judgeInBackground(created, path: destination)
            target.content = Content(document: created,
                                     mode: (change.newMode ?? 0o644) & 0o100 != 0 ? 0o755 : 0o644, origin: nil, edits: [])
            paths[destination] = target
            return
        case .delete:
            guard state.content != nil else { throw missing(path) }
            state.content = nil
        case .modify:
            guard var content = state.content else { throw missing(path) }
            // As git does, a mode change only turns the executable bits on or off.
            if let mode = change.newMode {
                content.mode = mode & 0o100 != 0 ? content.mode | ((content.mode & 0o444) >> 2) : content.mode & ~0o111
            }
            let newBytes = change.newBytes ?? []
            let before = content.document
            let bom = before.source.hasByteOrderMark ? 3 : 0
            let keepsBOM = newBytes.starts(with: SourceText.byteOrderMark) == (bom == 3)
            if keepsBOM, !change.edits.isEmpty, change.edits.allSatisfy({ $0.range.lowerBound >= bom }) {
                // The gate maps errors through the edits; narrowed to the bytes that really
                // change, a hunk's context lines count as untouched.
                var text = before.body
                for edit in change.edits {
                    let bodyEdit = ByteEdit(range: (edit.range.lowerBound - bom)..<(edit.range.upperBound - bom), replacement: edit.replacement)
                    let narrowed = bodyEdit.narrowed(in: text)
                    text.replaceSubrange(bodyEdit.range, with: bodyEdit.replacement)
                    content.edits.append(narrowed)
                }
            } else if newBytes != before.bytes {
                content.edits.append(ByteEdit(range: 0..<before.body.count, replacement: SourceText(newBytes).parseableBytes))
            }
            // A diff needs no tree of its own: one full parse of the result, for the verdict, made
            // with the other results of the patch, in parallel, when the plan is finished.
            content.document = try document(newBytes, path: path, parse: false)
            judgeInBackground(content.document, path: path)
            if !options.allowPlaceholders {
                // The hunks as they are, whole lines: a placeholder is a line of its own.
                let hunks = keepsBOM && change.edits.allSatisfy({ $0.range.lowerBound >= bom })
                    ? change.edits.map { ByteEdit(range: ($0.range.lowerBound - bom)..<($0.range.upperBound - bom), replacement: $0.replacement) }
                    : [ByteEdit(range: 0..<before.body.count, replacement: SourceText(newBytes).parseableBytes)]
                if let elision = ElisionGuard.violation(before: before, after: content.document, edits: hunks, path: path, grammars: grammars) {
                    throw elision
                }
            }
            if let newPath = change.newPath, try workspace.normalize(newPath) != path {
                let destination = try workspace.normalize(newPath)
                var target = try load(destination)
                if target.content != nil { throw PatchDiagnostic(.fileExists, "cannot move \(path) to \(destination): it exists already", path: path) }
                target.content = try relabel(content, as: destination)
                target.renamedFrom = state.renamedFrom ?? path
                state.content = nil
                paths[path] = state
                paths[destination] = target
                return
            }
            state.content = content
        }
        paths[path] = state
    }

    /// Starts parsing and validating a content that the plan will need a verdict on.
    private func judgeInBackground(_ document: Document, path: String) {
        guard let language = document.language else { return }
        if background == nil { background = BackgroundParser(grammars: grammars, validators: parser.validators) }
        background!.submit(path: path, source: document.source, language: language)
    }

    // MARK: State

    /// Forgets what an earlier plan read, so that each plan starts from the files as they are.
    func reset() {
        paths = [:]
        order = []
        background = nil
    }

    /// The bytes a diff applies to: the file as the patch has left it so far, or nil.
    func current(_ path: String) throws(PatchDiagnostic) -> [UInt8]? {
        try load(try workspace.normalize(path), parse: false).content?.document.bytes
    }

    /// The state of a path, reading the file on first use. Unless `parse`, the file is parsed only
    /// when something needs its tree or its verdict.
    private func load(_ path: String, parse: Bool = true) throws(PatchDiagnostic) -> PathState {
        if var state = paths[path] {
            if parse, var content = state.content, !content.document.isParsed {
                let parsed = try document(content.document.bytes, path: path)
                if content.origin.map({ !$0.isParsed && $0.bytes == parsed.bytes }) == true { content.origin = parsed }
                content.document = parsed
                state.content = content
                paths[path] = state
            }
            return state
        }
        let stored = try workspace.read(path)
        var state = PathState(disk: stored)
        if let stored {
            let document = try self.document(stored.bytes, path: path, parse: parse)
            state.content = Content(document: document, mode: stored.mode, origin: document, edits: [])
        }
        paths[path] = state
        order.append(path)
        return state
    }

    /// The document parsed, if it was only read.
    private func parsed(_ document: Document, path: String) throws(PatchDiagnostic) -> Document {
        document.isParsed ? document : try self.document(document.bytes, path: path)
    }

    /// The content under a new name: reparsed when the name means another language.
    private func relabel(_ content: Content, as path: String) throws(PatchDiagnostic) -> Content {
        let language = detectLanguage(path, content.document.bytes)
        if language == content.document.language { return content }
        return Content(document: try document(content.document.bytes, path: path), mode: content.mode, origin: nil, edits: [])
    }

    private func detectLanguage(_ path: String, _ bytes: [UInt8]) -> String? {
        let bom = bytes.starts(with: SourceText.byteOrderMark) ? 3 : 0
        return grammars.detectLanguage(path: path, firstBytes: bytes[bom...].prefix(256))
    }

    private func document(_ bytes: [UInt8], path: String, parse: Bool = true, needsTree: Bool = true) throws(PatchDiagnostic) -> Document {
        let source = SourceText(bytes)
        let language = source.isBinary ? nil : grammars.detectLanguage(path: path, firstBytes: source.body.prefix(256))
        if !parse || language == nil {
            return Document(source: source, language: language, tree: nil, diagnostics: [], validator: nil, isParsed: language == nil)
        }
        return try parser.judged(source, language: language, path: path, needsTree: needsTree).get()
    }

    // MARK: Verdict

    /// Parses, on all cores, the contents the patch gave files that are not parsed yet (a diff's
    /// results): the verdicts of a batch of hundreds of files are its main cost.
    private func parsePendingContents() {
        let pending = order.filter { path in
            guard let state = paths[path], let content = state.content, !content.document.isParsed,
                  content.document.language != nil else { return false }
            // What the gate looks at: contents that changed.
            guard let disk = state.disk, state.renamedFrom == nil, content.edits.isEmpty else { return true }
            return disk.bytes != content.document.bytes || disk.mode != content.mode
        }
        guard !pending.isEmpty else { return }
        // Most were judged in the background as the patch was planned. The rest (a content that
        // changed again, or moved to a name of another language) are judged now, the same way.
        for path in pending where background?.result(for: path, bytes: paths[path]!.content!.document.bytes) == nil {
            judgeInBackground(paths[path]!.content!.document, path: path)
        }
        let judged = background!
        background = nil
        for path in pending {
            let document = paths[path]!.content!.document
            guard let result = judged.result(for: path, bytes: document.bytes) else { continue }
            switch result {
            case .success(let document): paths[path]!.content!.document = document
            case .failure(let diagnostic): paths[path]!.diagnostics.append(diagnostic)
            }
        }
    }

    /// Runs the gate over every touched path and assembles the plan.
    func finish(failing failure: PatchDiagnostic?) -> PatchPlan {
        parsePendingContents()
        var files: [PlannedFile] = []
        var patchDiagnostics: [PatchDiagnostic] = []
        if let failure {
            if let path = failure.path, let index = order.firstIndex(of: path) ?? order.firstIndex(of: (try? workspace.normalize(path)) ?? "") {
                paths[order[index]]?.diagnostics.append(failure)
            } else if failure.path != nil {
                let path = failure.path!
                order.append(path)
                paths[path] = PathState(disk: nil, content: nil, diagnostics: [failure])
            } else {
                patchDiagnostics.append(failure)
            }
        }
        let renamedAway = Set(paths.values.compactMap(\.renamedFrom))
        for path in order {
            guard let state = paths[path] else { continue }
            let content = state.content
            let change: PlannedFile.Change
            switch (state.disk, content) {
            case (nil, nil):
                if state.diagnostics.isEmpty { continue }
                change = .unchanged
            case (_?, nil):
                change = .deleted
            case (nil, _?):
                change = state.renamedFrom != nil ? .renamed : .created
            case let (disk?, content?):
                if state.renamedFrom != nil {
                    change = .renamed
                } else {
                    change = disk.bytes == content.document.bytes && disk.mode == content.mode ? .unchanged : .modified
                }
            }
            var diagnostics = state.diagnostics
            var status = PlannedFile.Status.applied
            if let content, change != .unchanged || !content.edits.isEmpty {
                let document = content.document
                if document.language == nil {
                    if options.requireGrammar {
                        diagnostics.append(PatchDiagnostic(.noGrammar, "no grammar claims \(path), and --require-grammar refuses unvalidated files", path: path))
                    } else {
                        status = .unvalidated
                    }
                } else {
                    // The original is parsed for the comparison only when the result has errors.
                    var introduced = document.diagnostics
                    if !introduced.isEmpty, let origin = content.origin {
                        do {
                            let before = try parsed(origin, path: path)
                            introduced = SyntaxGate.introducedErrors(before: before.diagnostics, after: document.diagnostics, edits: content.edits)
                        } catch {
                            diagnostics.append(error)
                        }
                    }
                    diagnostics += introduced.map { error in
                        PatchDiagnostic(error.kind == .missingNode ? .missingNode : .syntaxError, error.message, path: path,
                                        line: error.start.line, column: error.start.column)
                    }
                }
            }
            if diagnostics.contains(where: { !$0.isRejection }) {
                status = .error
            } else if !diagnostics.isEmpty {
                status = .rejected
            }
            let renamedTo = renamedAway.contains(path) && content == nil
                ? paths.first(where: { $0.value.renamedFrom == path })?.key : nil
            files.append(PlannedFile(path: path, renamedFrom: state.renamedFrom, renamedTo: renamedTo, change: change, status: status,
                                     language: content?.document.language, diagnostics: diagnostics,
                                     oldBytes: state.disk?.bytes, newBytes: content?.document.bytes,
                                     mode: content?.mode ?? state.disk?.mode ?? 0o644))
        }
        let all = patchDiagnostics + files.flatMap(\.diagnostics)
        let status: PatchPlan.Status = all.isEmpty ? .applied : (all.contains { !$0.isRejection } ? .error : .rejected)
        return PatchPlan(status: status, files: files, diagnostics: patchDiagnostics)
    }
}
