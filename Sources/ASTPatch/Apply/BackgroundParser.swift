import Dispatch
import Foundation
import Synchronization

/// Judges documents on worker threads while the planner goes on with the rest of a patch, so
/// that a diff's results are parsed and validated as its hunks are applied rather than all at the
/// end. Jobs go to the global queue (as many at once as there are cores) and take a parser from a
/// pool, so that a thread that drew small files takes on more.
final class BackgroundParser: @unchecked Sendable {
    private struct Judged {
        let bytes: [UInt8]
        let result: Result<Document, PatchDiagnostic>
    }

    private let grammars: GrammarRegistry
    private let validators: ValidatorRegistry
    private let group = DispatchGroup()
    private let judged = Mutex<[String: Judged]>([:])
    /// Parsers not in use; a parser serves one job at a time.
    private let idle = Mutex<[UncheckedSendable<DocumentParser>]>([])

    init(grammars: GrammarRegistry, validators: ValidatorRegistry) {
        self.grammars = grammars
        self.validators = validators
    }

    /// Starts judging `source` as the content of `path` in `language`.
    func submit(path: String, source: SourceText, language: String) {
        DispatchQueue.global(qos: .userInitiated).async(group: group) { [self] in
            let parser = idle.withLock { $0.popLast() }?.value ?? DocumentParser(grammars: grammars, validators: validators)
            let result = parser.judged(source, language: language, path: path, needsTree: false)
            idle.withLock { $0.append(UncheckedSendable(parser)) }
            judged.withLock { $0[path] = Judged(bytes: source.bytes, result: result) }
        }
    }

    /// Waits for every job, then gives the verdict on `path` if the job judged exactly `bytes`
    /// (a later change to the same file makes it stale).
    func result(for path: String, bytes: [UInt8]) -> Result<Document, PatchDiagnostic>? {
        group.wait()
        guard let found = judged.withLock({ $0[path] }), found.bytes == bytes else { return nil }
        return found.result
    }
}

extension DocumentParser {
    /// A document with its verdict, or the `io_error` of a grammar that cannot be loaded.
    func judged(_ source: SourceText, language: String?, path: String, needsTree: Bool) -> Result<Document, PatchDiagnostic> {
        do {
            return .success(try document(source, language: language, path: path, needsTree: needsTree))
        } catch let error as GrammarError {
            return .failure(PatchDiagnostic(.ioError, "\(path): \(error)", path: path))
        } catch {
            return .failure(PatchDiagnostic(.ioError, "cannot parse \(path): \(error)", path: path))
        }
    }
}
