/// Finds the syntax errors an edit introduced: the result's errors that do not stand, moved by
/// the edits, where the original had one. Errors the original had and the edits left alone do not
/// block; an edit that fixes errors passes.
///
/// An error inside text an edit rewrote cannot be followed by position. There, the result may
/// keep as many errors of each kind as the rewritten text had (a C macro tree-sitter cannot parse,
/// in a hunk that changes the line around it): the edit left that place no worse. And in a file
/// that was already broken, error recovery can shift and reshape old errors; there the result
/// passes when it has no more errors than the original.
public enum SyntaxGate {
    /// `edits` are body offsets, in order, each relative to the text the previous one left.
    public static func introducedErrors(before: [SyntaxDiagnostic], after: [SyntaxDiagnostic], edits: [ByteEdit]) -> [SyntaxDiagnostic] {
        var remaining: [SyntaxDiagnostic.Kind: [Int: Int]] = [:]
        var rewritten: [SyntaxDiagnostic.Kind: Int] = [:]
        for diagnostic in before {
            if let moved = map(diagnostic.byteRange.lowerBound, through: edits) {
                remaining[diagnostic.kind, default: [:]][moved, default: 0] += 1
            } else {
                rewritten[diagnostic.kind, default: 0] += 1
            }
        }
        let touched = rewrittenRanges(edits)
        var introduced: [SyntaxDiagnostic] = []
        for diagnostic in after {
            let start = diagnostic.byteRange.lowerBound
            if let count = remaining[diagnostic.kind]?[start], count > 0 {
                remaining[diagnostic.kind]![start] = count - 1
            } else if let count = rewritten[diagnostic.kind], count > 0,
                      touched.contains(where: { $0.contains(start) || $0.upperBound == start }) {
                rewritten[diagnostic.kind] = count - 1
            } else {
                introduced.append(diagnostic)
            }
        }
        if !introduced.isEmpty && !before.isEmpty && after.count <= before.count { return [] }
        return introduced
    }

    /// Where each edit's new text stands in the final text.
    static func rewrittenRanges(_ edits: [ByteEdit]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        for edit in edits {
            ranges = ranges.map { range in
                if range.upperBound <= edit.range.lowerBound { return range }
                if range.lowerBound >= edit.range.upperBound { return (range.lowerBound + edit.delta)..<(range.upperBound + edit.delta) }
                return min(range.lowerBound, edit.range.lowerBound)..<(max(range.upperBound, edit.range.upperBound) + edit.delta)
            }
            ranges.append(edit.range.lowerBound..<(edit.range.lowerBound + edit.replacement.count))
        }
        return ranges
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
