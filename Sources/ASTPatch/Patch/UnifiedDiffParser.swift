/// Reads unified diffs into file patches: `git diff` output with its extended headers, and plain `diff -u`.
///
/// Text before the first file (a commit message, mail headers) and between files is skipped, as
/// `git apply` and `patch` skip it. Hunk lines keep their bytes exactly, line breaks included.
public enum UnifiedDiffParser {
    public static func parse(_ text: [UInt8]) throws(PatchDiagnostic) -> [UnifiedFilePatch] {
        var reader = UnifiedDiffReader(text)
        return try reader.files()
    }
}

/// Walks the patch text line by line; `index` is the 0-based line being read.
private struct UnifiedDiffReader {
    let lines: TextLines
    var index = 0

    init(_ text: [UInt8]) {
        lines = TextLines(text)
    }

    func content(_ line: Int) -> ArraySlice<UInt8> {
        lines.content(line)
    }

    mutating func files() throws(PatchDiagnostic) -> [UnifiedFilePatch] {
        var files: [UnifiedFilePatch] = []
        while index < lines.count {
            let line = content(index)
            if line.hasPrefix("diff --git ") {
                files.append(try gitFile())
            } else if line.hasPrefix("diff --cc ") || line.hasPrefix("diff --combined ") {
                throw malformed("combined diffs (`diff --cc`, a merge's diff) are not supported; diff against one parent instead",
                                line: index)
            } else if line.hasPrefix("--- "), index + 2 < lines.count, content(index + 1).hasPrefix("+++ "),
                      content(index + 2).hasPrefix("@@ -") {
                files.append(try plainFile())
            } else if line.hasPrefix("@@ -") {
                throw malformed("hunk header without a file header: name the file with `--- old` and `+++ new` lines "
                                + "(or a `diff --git` header) before its first hunk", line: index)
            } else if Self.isBinaryMarker(line) {
                throw binaryPatch(line: index)
            } else {
                index += 1
            }
        }
        guard !files.isEmpty else {
            throw PatchDiagnostic(.malformedPatch, "the patch holds no file: expected a `diff --git` header or "
                                  + "`--- old` / `+++ new` lines followed by `@@` hunks", line: 1, column: 1)
        }
        return files
    }

    // MARK: Files

    private mutating func gitFile() throws(PatchDiagnostic) -> UnifiedFilePatch {
        let headerIndex = index
        let headerNames = Self.gitHeaderNames(content(index).dropFirst("diff --git ".utf8.count))
        var file = UnifiedFilePatch(oldPath: nil, newPath: nil, isGitStyle: true, line: headerIndex + 1)
        var renameFrom: [UInt8]?
        var renameTo: [UInt8]?
        var dashNames: (old: PathField, new: PathField)?
        index += 1

        headers: while index < lines.count {
            let line = content(index)
            func value(after prefix: String) -> ArraySlice<UInt8> { line.dropFirst(prefix.utf8.count) }
            func text(after prefix: String) -> String { String(decoding: value(after: prefix), as: UTF8.self) }
            if line.hasPrefix("old mode ") {
                file.oldMode = text(after: "old mode ")
            } else if line.hasPrefix("new mode ") {
                file.newMode = text(after: "new mode ")
            } else if line.hasPrefix("deleted file mode ") {
                file.isDeleted = true
                file.oldMode = text(after: "deleted file mode ")
            } else if line.hasPrefix("new file mode ") {
                file.isNew = true
                file.newMode = text(after: "new file mode ")
            } else if line.hasPrefix("similarity index ") {
                file.similarity = Int(text(after: "similarity index ").filter(\.isNumber))
            } else if line.hasPrefix("rename from ") || line.hasPrefix("rename old ") {
                renameFrom = try pathField(value(after: line.hasPrefix("rename from ") ? "rename from " : "rename old "),
                                           line: index).bytes
            } else if line.hasPrefix("rename to ") || line.hasPrefix("rename new ") {
                renameTo = try pathField(value(after: line.hasPrefix("rename to ") ? "rename to " : "rename new "),
                                         line: index).bytes
            } else if line.hasPrefix("copy from ") || line.hasPrefix("copy to ") {
                throw malformed("copies (`copy from` / `copy to`, from `git diff -C`) are not supported; "
                                + "diff without -C so the copy shows as a new file", line: index)
            } else if Self.isBinaryMarker(line) {
                throw binaryPatch(line: index)
            } else if line.hasPrefix("index ") || line.hasPrefix("dissimilarity index ") {
                // Blob ids and scores say nothing the hunks need.
            } else if line.hasPrefix("--- ") {
                guard index + 1 < lines.count, content(index + 1).hasPrefix("+++ ") else {
                    throw malformed("a `--- ` line must be followed by a `+++ ` line", line: index + 1)
                }
                let old = try pathField(value(after: "--- "), line: index)
                let new = try pathField(content(index + 1).dropFirst(4), line: index + 1)
                dashNames = (old, new)
                index += 2
                break headers
            } else {
                break headers
            }
            index += 1
        }
        try readHunks(into: &file)

        func stripped(_ name: [UInt8], _ prefix: String) -> [UInt8] {
            name.starts(with: prefix.utf8) ? Array(name.dropFirst(2)) : name
        }
        func headerName(old: Bool) throws(PatchDiagnostic) -> String {
            guard let headerNames else {
                throw malformed("cannot tell the file's name from this `diff --git` line; a name with spaces "
                                + "must also appear in `---`/`+++` or `rename` lines", line: headerIndex)
            }
            return old ? Self.string(stripped(headerNames.old, "a/")) : Self.string(stripped(headerNames.new, "b/"))
        }

        if let dashNames {
            file.oldPath = dashNames.old.bytes.map { Self.string(stripped($0, "a/")) }
            file.newPath = dashNames.new.bytes.map { Self.string(stripped($0, "b/")) }
        } else {
            if !file.isNew {
                file.oldPath = if let renameFrom { Self.string(renameFrom) } else { try headerName(old: true) }
            }
            if !file.isDeleted {
                file.newPath = if let renameTo { Self.string(renameTo) } else { try headerName(old: false) }
            }
        }
        if file.isNew { file.oldPath = nil }
        if file.isDeleted { file.newPath = nil }
        file.isNew = file.oldPath == nil
        file.isDeleted = file.newPath == nil
        file.isRename = renameFrom != nil || renameTo != nil
        guard !(file.isNew && file.isDeleted) else {
            throw malformed("the file is both created and deleted (`/dev/null` on both sides)", line: headerIndex)
        }
        return file
    }

    private mutating func plainFile() throws(PatchDiagnostic) -> UnifiedFilePatch {
        let headerIndex = index
        let old = try pathField(content(index).dropFirst(4), line: index)
        let new = try pathField(content(index + 1).dropFirst(4), line: index + 1)
        guard old.bytes != nil || new.bytes != nil else {
            throw malformed("the file is both created and deleted (`/dev/null` on both sides)", line: headerIndex)
        }
        index += 2
        var file = UnifiedFilePatch(oldPath: nil, newPath: nil, line: headerIndex + 1)
        try readHunks(into: &file)

        // Strip git's prefixes only when both sides carry them; a plain diff's paths are otherwise as given.
        let prefixed = (old.bytes.map { $0.starts(with: "a/".utf8) } ?? true)
            && (new.bytes.map { $0.starts(with: "b/".utf8) } ?? true)
        file.oldPath = old.bytes.map { Self.string(prefixed ? Array($0.dropFirst(2)) : $0) }
        file.newPath = new.bytes.map { Self.string(prefixed ? Array($0.dropFirst(2)) : $0) }
        // `diff -N` writes an absent file as an empty one dated at the epoch rather than as /dev/null.
        let addsOnly = file.hunks.allSatisfy { $0.oldCount == 0 }
        let removesOnly = file.hunks.allSatisfy { $0.newCount == 0 }
        file.isNew = old.bytes == nil || (old.isEpoch && addsOnly && !new.isEpoch)
        file.isDeleted = new.bytes == nil || (new.isEpoch && removesOnly && !old.isEpoch)
        if file.isNew { file.oldPath = nil }
        if file.isDeleted { file.newPath = nil }
        return file
    }

    // MARK: Hunks

    private mutating func readHunks(into file: inout UnifiedFilePatch) throws(PatchDiagnostic) {
        while index < lines.count && content(index).hasPrefix("@@ ") {
            file.hunks.append(try hunk())
        }
    }

    private mutating func hunk() throws(PatchDiagnostic) -> UnifiedHunk {
        let headerIndex = index
        var hunk = try hunkHeader(content(index))
        hunk.line = headerIndex + 1
        index += 1
        var oldLeft = hunk.oldCount
        var newLeft = hunk.newCount
        func remaining() -> String { "\(oldLeft) old and \(newLeft) new lines still to come by its header" }

        while oldLeft > 0 || newLeft > 0 {
            guard index < lines.count else {
                throw malformed("the patch ends inside hunk \(hunk.header): \(remaining()); fix the header's line counts",
                                line: headerIndex)
            }
            let full = lines.line(index)
            let kind: UnifiedHunkLine.Kind
            var text = Array(full.dropFirst())
            switch full.first {
            case UInt8(ascii: " "):
                kind = .context
            case UInt8(ascii: "-"):
                kind = .removed
            case UInt8(ascii: "+"):
                kind = .added
            case UInt8(ascii: "\n"):
                // An empty context line whose leading space an editor or mailer removed, as git accepts.
                kind = .context
                text = Array(full)
            case UInt8(ascii: "\r") where full.elementsEqual([0x0D, 0x0A]):
                kind = .context
                text = Array(full)
            case UInt8(ascii: "\\"):
                try markNoNewline(&hunk)
                continue
            default:
                throw malformed("line of hunk \(hunk.header) starts with \(LineText.quoted(full.prefix(1))); a hunk line "
                                + "starts with ' ', '-' or '+' (\(remaining()))", line: index)
            }
            let fits = switch kind {
            case .context: oldLeft > 0 && newLeft > 0
            case .removed: oldLeft > 0
            case .added: newLeft > 0
            }
            guard fits else {
                throw malformed("hunk \(hunk.header) has more \(kind == .added ? "new" : "old") lines than its header "
                                + "counts (\(remaining())); fix the header's line counts", line: index)
            }
            if kind != .added { oldLeft -= 1 }
            if kind != .removed { newLeft -= 1 }
            hunk.lines.append(UnifiedHunkLine(kind, text))
            index += 1
        }
        if index < lines.count && lines.line(index).first == UInt8(ascii: "\\") {
            try markNoNewline(&hunk)
        }
        if index < lines.count, Self.looksLikeHunkLine(content(index)) {
            throw malformed("hunk \(hunk.header) (line \(headerIndex + 1)) has more lines than its header counts; "
                            + "fix the header's line counts", line: index)
        }
        return hunk
    }

    /// `\ No newline at end of file`: the line before it has no line break in the file.
    private mutating func markNoNewline(_ hunk: inout UnifiedHunk) throws(PatchDiagnostic) {
        guard let last = hunk.lines.last, last.text.last == 0x0A else {
            throw malformed("a `\\ No newline at end of file` line must follow a hunk line", line: index)
        }
        hunk.lines[hunk.lines.count - 1].text.removeLast()
        index += 1
    }

    /// `@@ -a[,b] +c[,d] @@[ section]`.
    private func hunkHeader(_ line: ArraySlice<UInt8>) throws(PatchDiagnostic) -> UnifiedHunk {
        var position = line.startIndex
        func fail(_ expected: String) -> PatchDiagnostic {
            PatchDiagnostic(.malformedPatch, "bad hunk header: expected \(expected) in `@@ -start,count +start,count @@`",
                            line: index + 1, column: position - line.startIndex + 1)
        }
        func expect(_ literal: String) throws(PatchDiagnostic) {
            guard line[position...].starts(with: literal.utf8) else { throw fail("'\(literal)'") }
            position += literal.utf8.count
        }
        func number() throws(PatchDiagnostic) -> Int {
            let digits = line[position...].prefix { (0x30...0x39).contains($0) }
            guard !digits.isEmpty, digits.count < 10 else { throw fail("a line number") }
            position += digits.count
            return digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
        func range() throws(PatchDiagnostic) -> (start: Int, count: Int) {
            let start = try number()
            guard position < line.endIndex, line[position] == UInt8(ascii: ",") else { return (start, 1) }
            position += 1
            return (start, try number())
        }
        try expect("@@ -")
        let old = try range()
        try expect(" +")
        let new = try range()
        try expect(" @@")
        var section = line[position...]
        if section.first == UInt8(ascii: " ") { section = section.dropFirst() }
        return UnifiedHunk(oldStart: old.start, oldCount: old.count, newStart: new.start, newCount: new.count,
                           section: String(decoding: section, as: UTF8.self), lines: [])
    }

    // MARK: Names

    /// A path from a `---`/`+++`/`rename` line: nil bytes for `/dev/null`; `isEpoch` when its timestamp
    /// is the Unix epoch, which `diff -N` writes for an absent file.
    struct PathField {
        var bytes: [UInt8]?
        var isEpoch = false
    }

    /// Reads a path as git and diff write it: C-quoted when it holds unusual bytes, otherwise up to a tab
    /// (a timestamp follows it there).
    private func pathField(_ field: ArraySlice<UInt8>, line: Int) throws(PatchDiagnostic) -> PathField {
        var name: [UInt8]
        var rest: ArraySlice<UInt8>
        if field.first == UInt8(ascii: "\"") {
            guard let (unquoted, end) = Self.unquote(field) else {
                throw malformed("unterminated quoted path \(LineText.quoted(field))", line: line)
            }
            name = unquoted
            rest = field[end...]
        } else {
            let tab = field.firstIndex(of: 0x09) ?? field.endIndex
            name = Array(field[..<tab])
            rest = field[tab...]
            while name.last == UInt8(ascii: " ") { name.removeLast() }
        }
        guard !name.isEmpty else { throw malformed("missing path", line: line) }
        let timestamp = rest.drop { $0 == 0x09 || $0 == UInt8(ascii: " ") }
        let isEpoch = timestamp.starts(with: "1970-01-01".utf8) || timestamp.starts(with: "1969-12-31".utf8)
        return PathField(bytes: name.elementsEqual("/dev/null".utf8) ? nil : name, isEpoch: isEpoch)
    }

    /// The two names of `diff --git a/x b/y`, or nil when spaces make them ambiguous. Unquoted names
    /// are split where both halves name the same file once their prefixes are removed.
    static func gitHeaderNames(_ rest: ArraySlice<UInt8>) -> (old: [UInt8], new: [UInt8])? {
        if rest.first == UInt8(ascii: "\"") {
            guard let (old, end) = unquote(rest), end < rest.endIndex, rest[end] == UInt8(ascii: " ") else { return nil }
            let second = rest[(end + 1)...]
            if second.first == UInt8(ascii: "\"") { return unquote(second).map { (old, $0.bytes) } }
            return (old, Array(second))
        }
        var candidates: [(old: [UInt8], new: [UInt8])] = []
        for space in rest.indices where rest[space] == UInt8(ascii: " ") {
            let old = Array(rest[..<space])
            let second = rest[(space + 1)...]
            if second.first == UInt8(ascii: "\"") {
                if let (new, end) = unquote(second), end == rest.endIndex { return (old, new) }
                continue
            }
            let new = Array(second)
            if old.dropFirst(2).elementsEqual(new.dropFirst(2)) { return (old, new) }
            candidates.append((old, new))
        }
        return candidates.count == 1 ? candidates[0] : nil
    }

    /// A C-quoted string as git writes unusual paths (`"a/sp\303\251cial.txt"`): its bytes and the index after
    /// the closing quote.
    static func unquote(_ field: ArraySlice<UInt8>) -> (bytes: [UInt8], end: Int)? {
        var bytes: [UInt8] = []
        var position = field.startIndex + 1
        while position < field.endIndex {
            let byte = field[position]
            position += 1
            if byte == UInt8(ascii: "\"") { return (bytes, position) }
            guard byte == UInt8(ascii: "\\") else {
                bytes.append(byte)
                continue
            }
            guard position < field.endIndex else { return nil }
            let escape = field[position]
            position += 1
            switch escape {
            case UInt8(ascii: "a"): bytes.append(0x07)
            case UInt8(ascii: "b"): bytes.append(0x08)
            case UInt8(ascii: "f"): bytes.append(0x0C)
            case UInt8(ascii: "n"): bytes.append(0x0A)
            case UInt8(ascii: "r"): bytes.append(0x0D)
            case UInt8(ascii: "t"): bytes.append(0x09)
            case UInt8(ascii: "v"): bytes.append(0x0B)
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var value = Int(escape - 0x30)
                for _ in 0..<2 where position < field.endIndex && (0x30...0x37).contains(field[position]) {
                    value = value * 8 + Int(field[position] - 0x30)
                    position += 1
                }
                guard value <= 0xFF else { return nil }
                bytes.append(UInt8(value))
            default:
                bytes.append(escape)
            }
        }
        return nil
    }

    static func string(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    // MARK: Helpers

    static func isBinaryMarker(_ line: ArraySlice<UInt8>) -> Bool {
        line.hasPrefix("GIT binary patch") || (line.hasPrefix("Binary files ") && line.hasSuffix(" differ"))
    }

    /// A line that can only belong to a hunk: not a `---`/`+++` header nor a mail signature's `-- `.
    static func looksLikeHunkLine(_ line: ArraySlice<UInt8>) -> Bool {
        guard let first = line.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "-")
            || first == UInt8(ascii: "+") else { return false }
        return !line.hasPrefix("--- ") && !line.hasPrefix("+++ ") && !line.elementsEqual("-- ".utf8)
            && !line.elementsEqual("--".utf8)
    }

    private func malformed(_ message: String, line: Int) -> PatchDiagnostic {
        PatchDiagnostic(.malformedPatch, message, line: line + 1, column: 1)
    }

    private func binaryPatch(line: Int) -> PatchDiagnostic {
        malformed("binary patches are not supported: \(LineText.quoted(content(line))); "
                  + "change binary files outside the patch", line: line)
    }
}

extension ArraySlice<UInt8> {
    fileprivate func hasPrefix(_ prefix: String) -> Bool {
        starts(with: prefix.utf8)
    }

    fileprivate func hasSuffix(_ suffix: String) -> Bool {
        count >= suffix.utf8.count && self.suffix(suffix.utf8.count).elementsEqual(suffix.utf8)
    }
}
