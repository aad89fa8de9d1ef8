/// Keeps only the syntax errors a file did not already have in a base version, so that a file's
/// old errors do not block an unrelated change. A broken file that has no more errors than its
/// base has none new; otherwise an error counts as old when the base version has an error of the
/// same kind and message on a line with the same text (lines may have moved).
public enum BaselineComparison {
    public static func newErrors(in verdict: FileVerdict, base: FileVerdict?) -> [SyntaxDiagnostic] {
        guard let source = verdict.source, !verdict.diagnostics.isEmpty else { return [] }
        guard let base, let baseSource = base.source else { return verdict.diagnostics }
        // As in the apply gate: a file that was already broken may keep its errors, however
        // error recovery reshapes them, as long as it has no more of them.
        if verdict.diagnostics.count <= base.diagnostics.count { return [] }
        var remaining: [Key: Int] = [:]
        for diagnostic in base.diagnostics {
            remaining[Key(diagnostic, in: baseSource), default: 0] += 1
        }
        return verdict.diagnostics.filter { diagnostic in
            let key = Key(diagnostic, in: source)
            if let count = remaining[key], count > 0 {
                remaining[key] = count - 1
                return false
            }
            return true
        }
    }

    private struct Key: Hashable {
        var kind: SyntaxDiagnostic.Kind
        var message: String
        var line: [UInt8]

        init(_ diagnostic: SyntaxDiagnostic, in source: SourceText) {
            kind = diagnostic.kind
            // Messages may quote a line range, which moves with the code.
            message = String(diagnostic.message.prefix { $0 != "(" })
            line = ByteLines.trimmed(Array(source.line(at: diagnostic.start.line - 1)))
        }
    }
}
