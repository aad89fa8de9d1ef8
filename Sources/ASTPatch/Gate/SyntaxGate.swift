/// Finds the syntax errors an edit introduced: the result's errors that do not stand, moved by
/// the edits, where the original had one. Errors the original had and the edits left alone do not
/// block; an edit that fixes errors passes.
public enum SyntaxGate {
    /// `edits` are body offsets, in order, each relative to the text the previous one left.
    public static func introducedErrors(before: [SyntaxDiagnostic], after: [SyntaxDiagnostic], edits: [ByteEdit]) -> [SyntaxDiagnostic] {
        var remaining: [SyntaxDiagnostic.Kind: [Int: Int]] = [:]
        for diagnostic in before {
            guard let moved = map(diagnostic.byteRange.lowerBound, through: edits) else { continue }
            remaining[diagnostic.kind, default: [:]][moved, default: 0] += 1
        }
        var introduced: [SyntaxDiagnostic] = []
        for diagnostic in after {
            let start = diagnostic.byteRange.lowerBound
            if let count = remaining[diagnostic.kind]?[start], count > 0 {
                remaining[diagnostic.kind]![start] = count - 1
            } else {
                introduced.append(diagnostic)
            }
        }
        return introduced
    }

    /// Where an offset of the original text stands after the edits; nil when an edit replaced it.
    static func map(_ offset: Int, through edits: [ByteEdit]) -> Int? {
        var position = offset
        for edit in edits {
            if position < edit.range.lowerBound {
                continue
            } else if position >= edit.range.upperBound {
                position += edit.delta
            } else {
                return nil
            }
        }
        return position
    }
}
