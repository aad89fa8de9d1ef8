/// Finds the syntax errors an edit introduced: the result's errors that do not stand, moved by
/// the edits, where the original had one. Errors the original had and the edits left alone do not
/// block; an edit that fixes errors passes.
///
/// An error inside text an edit rewrote cannot be followed by position. There, the result may
/// keep as many errors of each kind as the rewritten text had (a C macro tree-sitter cannot parse,
/// in a hunk that changes the line around it): the edit left that place no worse. And where an
/// edit touches an old error, error recovery can shift and reshape it: an error that cannot be
/// followed passes when each rewritten region it touches holds no more errors than touched that
/// region in the original, or when it has the kind and message of an old error that no longer
/// stands (the same error, moved), or stands a few bytes from an old error that no longer stands
/// (the same error, reshaped). In a file with many errors (a grammar lost in C macros), where
/// recovery reshapes errors lines away, the result passes when it has no more errors than the
/// original. Any other error must stand where one stood before, so an error
/// elsewhere in the file (a real one, a validator's false alarm, or one another edit of the patch
/// fixes) does not let an edit's new error through.
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
        // Old errors that no longer stand, by kind and message.
        var vanished: [String: Int] = [:]
        for diagnostic in before { vanished["\(diagnostic.kind) \(diagnostic.message)", default: 0] += 1 }
        for diagnostic in after {
            let start = diagnostic.byteRange.lowerBound
            if let count = remaining[diagnostic.kind]?[start], count > 0 {
                remaining[diagnostic.kind]![start] = count - 1
            } else if let count = rewritten[diagnostic.kind], count > 0,
                      touched.contains(where: { $0.contains(start) || $0.upperBound == start }) {
                rewritten[diagnostic.kind] = count - 1
            } else {
                introduced.append(diagnostic)
                continue
            }
            vanished["\(diagnostic.kind) \(diagnostic.message)", default: 0] -= 1
        }
        guard !introduced.isEmpty, !before.isEmpty else { return introduced }
        // What each rewritten region held before and holds now; an error that spans several
        // regions counts in each. A region reaches a few bytes beyond its edit: recovery reports a
        // missing token at the end of the token before, across the blank lines between them.
        func regions(touching range: Range<Int>) -> Set<Int> {
            Set(touched.indices.filter {
                touched[$0].lowerBound - regionReach <= range.upperBound && range.lowerBound <= touched[$0].upperBound + regionReach
            })
        }
        var balance = [Int](repeating: 0, count: touched.count)
        for diagnostic in before {
            let range = diagnostic.byteRange
            var held = Set<Int>()
            if let lower = map(range.lowerBound, through: edits), let upper = map(range.upperBound, through: edits) {
                held = regions(touching: lower..<max(lower, upper))
            } else {
                for end in [range.lowerBound, range.upperBound] {
                    if let position = map(end, through: edits) {
                        held.formUnion(regions(touching: position..<position))
                    } else if let edit = replacingEdit(end, through: edits) {
                        held.insert(edit)
                    }
                }
            }
            for region in held { balance[region] += 1 }
        }
        for diagnostic in after {
            for region in regions(touching: diagnostic.byteRange) { balance[region] -= 1 }
        }
        // A file with many errors is one its grammar is lost in (C macros): recovery there reshapes
        // errors lines away from the edits, and only the total can be compared.
        if before.count >= manyErrors && after.count <= before.count { return [] }
        return introduced.filter { diagnostic in
            let held = regions(touching: diagnostic.byteRange)
            if !held.isEmpty && held.allSatisfy({ balance[$0] >= 0 }) { return false }
            // Recovery can also move an old error out of the region it stood in (tree-sitter-cpp
            // around macros, lines away): an error with the kind and message of an old one that no
            // longer stands is that one, moved.
            let key = "\(diagnostic.kind) \(diagnostic.message)"
            if let count = vanished[key], count > 0 {
                vanished[key] = count - 1
                return false
            }
            // Or reshape it where it stands: an old error that no longer stands a few bytes away.
            let start = diagnostic.byteRange.lowerBound
            for kind in remaining.keys {
                if let (position, count) = remaining[kind]!.first(where: { abs($0.key - start) <= regionReach && $0.value > 0 }) {
                    remaining[kind]![position] = count - 1
                    return false
                }
            }
            return true
        }
    }

    /// How far, in bytes, a rewritten region reaches beyond its edit when old and new errors are
    /// counted in it.
    static let regionReach = 16

    /// From how many errors in the original the result is judged by its total alone.
    static let manyErrors = 3

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

    /// The index of the edit that replaced an offset of the original text; nil when none did.
    static func replacingEdit(_ offset: Int, through edits: [ByteEdit]) -> Int? {
        var position = offset
        for (index, edit) in edits.enumerated() {
            if position < edit.range.lowerBound {
                continue
            } else if position >= edit.range.upperBound {
                position += edit.delta
            } else {
                return index
            }
        }
        return nil
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
