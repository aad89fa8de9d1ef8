extension UnifiedFilePatch {
    /// Applies the hunks to the file's bytes (nil when the file does not exist) as `git apply` does.
    ///
    /// Each hunk's context and removed lines must match byte for byte, line breaks included. A hunk is
    /// tried where its header says, shifted by the offset the previous hunks needed; failing that, at the
    /// nearest exact match in either direction, as GNU patch does, but never overlapping or before the
    /// previous hunk. As in git, a hunk with context that starts at line 1 must match at the file's start,
    /// and one without trailing context must match at its end.
    public func apply(to old: [UInt8]?) throws(PatchDiagnostic) -> FileChange {
        let path = self.path
        let base: [UInt8]
        if isNew {
            guard old == nil else {
                throw PatchDiagnostic(.fileExists, "\(path) exists already, but the patch creates it", path: path)
            }
            base = []
        } else {
            guard let old else {
                throw PatchDiagnostic(.fileNotFound, "\(path) does not exist, but the patch "
                                      + (isDeleted ? "deletes" : "changes") + " it", path: path)
            }
            base = old
        }

        let file = TextLines(base)
        let plan = try plan(for: file)
        let newBytes = plan.edits.applied(to: base)
        if isDeleted {
            guard newBytes.isEmpty else {
                let line = plan.untouchedLine + 1
                throw PatchDiagnostic(.hunkMismatch, "the patch deletes \(path) but its removed lines stop short of "
                                      + "the whole file: line \(line) and after would remain", path: path, line: line,
                                      column: 1)
            }
            return FileChange(kind: .delete, path: path)
        }
        if isNew {
            return FileChange(kind: .create, path: path, newBytes: newBytes, newMode: permissionBits(newMode))
        }
        let renamedTo = isRename ? newPath.flatMap { $0 == path ? nil : $0 } : nil
        return FileChange(kind: .modify, path: path, newPath: renamedTo, newBytes: newBytes, edits: plan.edits.sequential,
                          newMode: permissionBits(newMode))
    }

    /// Where each hunk applies, as edits in the original's coordinates, and the first line that no
    /// hunk reached from the file's start (for the check that a deletion covers the whole file).
    private func plan(for file: TextLines) throws(PatchDiagnostic) -> (edits: OriginalTextEdits, untouchedLine: Int) {
        var edits = OriginalTextEdits()
        var offset = 0
        var nextFree = 0
        var untouched = 0
        for (number, hunk) in hunks.enumerated() {
            let old = hunk.oldLines
            let nominal = hunk.oldCount == 0 ? hunk.oldStart : max(hunk.oldStart - 1, 0)
            let rule = HunkPlacement(hunk)
            guard let position = rule.locate(old, in: file, around: nominal + offset, notBefore: nextFree) else {
                throw mismatch(hunk, number: number, expected: nominal + offset, notBefore: nextFree, in: file,
                               rule: rule)
            }
            offset = position - nominal
            nextFree = position + old.count
            if position <= untouched { untouched = max(untouched, nextFree) }

            // The edit spans the changed lines only; the context around them stays as it is.
            let changed = hunk.lines[rule.leading..<(hunk.lines.count - rule.trailing)]
            let firstChanged = position + rule.leading
            let lastChanged = position + old.count - rule.trailing
            guard firstChanged <= lastChanged else { continue }
            let replacement = changed.filter { $0.kind != .removed }.flatMap(\.text)
            edits.append(range: file.range(firstChanged..<lastChanged), replacement: replacement)
        }
        return (edits, untouched)
    }

    private func mismatch(_ hunk: UnifiedHunk, number: Int, expected: Int, notBefore: Int, in file: TextLines,
                          rule: HunkPlacement) -> PatchDiagnostic {
        let old = hunk.oldLines
        let start = min(max(expected, 0), file.count)
        var detail = ""
        for (k, line) in old.enumerated() {
            let index = start + k
            guard index < file.count else {
                detail = "the file ends after line \(file.count) where the patch expects \(LineText.quoted(line))"
                break
            }
            let actual = file.line(index)
            guard !actual.elementsEqual(line) else { continue }
            let sameText = file.content(index).elementsEqual(LineText.withoutBreak(line[...]))
            detail = sameText
                ? "line \(index + 1) differs only in its line break (\(Self.breakName(actual)) in the file, "
                    + "\(Self.breakName(line[...])) in the patch)"
                : "line \(index + 1) is \(LineText.quoted(actual)) where the patch expects \(LineText.quoted(line))"
            break
        }
        if detail.isEmpty {
            if start < notBefore {
                detail = "its lines are at line \(start + 1), inside or before the previous hunk"
            } else if rule.mustMatchAtStart {
                detail = "its lines are at line \(start + 1), but a hunk starting at line 1 must match at the file's start"
            } else {
                detail = "its lines are at line \(start + 1), but a hunk without trailing context must match at the "
                    + "file's end"
            }
        }
        let line = start + 1
        return PatchDiagnostic(.hunkMismatch, "hunk \(hunk.header) (patch line \(hunk.line)) does not apply: \(detail); "
                               + "no exact match elsewhere in the file either. Check that the patch was made against "
                               + "this version of the file", path: path, line: line, column: 1, editIndex: number)
    }

    private static func breakName(_ line: ArraySlice<UInt8>) -> String {
        if line.last != 0x0A { return "no line break" }
        return line.dropLast().last == 0x0D ? "CRLF" : "LF"
    }
}

/// Where a hunk may apply, from the context around its changes.
private struct HunkPlacement {
    /// Context lines before the first change and after the last one.
    let leading: Int
    let trailing: Int
    let mustMatchAtStart: Bool
    let mustMatchAtEnd: Bool

    init(_ hunk: UnifiedHunk) {
        leading = hunk.lines.prefix { $0.kind == .context }.count
        trailing = leading == hunk.lines.count ? 0 : hunk.lines.reversed().prefix { $0.kind == .context }.count
        // A hunk without any context (`diff -U0`) says nothing about the file's ends; git needs
        // --unidiff-zero for those, which is what is done here.
        let hasContext = hunk.lines.contains { $0.kind == .context }
        mustMatchAtStart = hasContext && hunk.oldStart <= 1
        mustMatchAtEnd = hasContext && trailing == 0 && leading < hunk.lines.count
    }

    /// The first line of the nearest exact match to `expected`, trying after before before, at or after `notBefore`.
    func locate(_ old: [[UInt8]], in file: TextLines, around expected: Int, notBefore: Int) -> Int? {
        let last = file.count - old.count
        guard last >= notBefore else { return nil }
        func matches(_ position: Int) -> Bool {
            old.indices.allSatisfy { file.line(position + $0).elementsEqual(old[$0]) }
        }
        if mustMatchAtStart || mustMatchAtEnd {
            let position = mustMatchAtStart ? 0 : last
            let fits = position >= notBefore && (!mustMatchAtEnd || position == last)
            return fits && matches(position) ? position : nil
        }
        let start = min(max(expected, notBefore), last)
        var distance = 0
        while start + distance <= last || start - distance >= notBefore {
            if start + distance <= last && matches(start + distance) { return start + distance }
            if distance > 0 && start - distance >= notBefore && matches(start - distance) { return start - distance }
            distance += 1
        }
        return nil
    }
}

/// The permission bits of a git mode such as `100755`; nil for none or for modes that are not a
/// regular file's (symbolic links, submodules).
func permissionBits(_ mode: String?) -> UInt32? {
    guard let mode, let value = UInt32(mode, radix: 8), value & 0o170000 == 0o100000 else { return nil }
    return value & 0o7777
}
