extension ApplyPatchFile {
    /// Applies the operation to the file's bytes (nil when the file does not exist), matching chunks as
    /// codex's `apply_patch` does.
    ///
    /// Chunks apply in order, each searched for from where the previous one ended (see
    /// ``ApplyPatchSeek``): first its `@@` anchors, then its context and removed lines after them. A chunk
    /// with no such lines adds its lines at the end of the file, before a final blank line, as codex
    /// does. Unlike codex, kept context lines keep the file's bytes (its whitespace, its line breaks),
    /// and added lines get the file's line break (CRLF in a CRLF file). As in codex, an updated file
    /// always ends with a line break.
    public func apply(to old: [UInt8]?) throws(PatchDiagnostic) -> FileChange {
        switch operation {
        case .add(let contents):
            guard old == nil else {
                throw PatchDiagnostic(.fileExists, "\(path) exists already; '*** Add File' creates a new file — "
                                      + "use '*** Update File' to change it", path: path)
            }
            return FileChange(kind: .create, path: path, newBytes: contents)
        case .delete:
            guard old != nil else {
                throw PatchDiagnostic(.fileNotFound, "\(path) does not exist, so it cannot be deleted", path: path)
            }
            return FileChange(kind: .delete, path: path)
        case .update(let moveTo, let chunks):
            guard let old else {
                throw PatchDiagnostic(.fileNotFound, "\(path) does not exist; '*** Update File' changes an existing "
                                      + "file — use '*** Add File' to create it", path: path)
            }
            let edits = try edits(for: chunks, in: TextLines(old))
            return FileChange(kind: .modify, path: path, newPath: moveTo == path ? nil : moveTo,
                              newBytes: edits.applied(to: old), edits: edits.sequential)
        }
    }

    /// Where a chunk applies: `count` file lines from `start` give way to the chunk's `lines`.
    private struct Placement {
        var start: Int
        var count: Int
        var lines: [ApplyPatchChunk.Line]
        var chunk: Int
    }

    private func edits(for chunks: [ApplyPatchChunk], in file: TextLines) throws(PatchDiagnostic) -> OriginalTextEdits {
        let contents = (0..<file.count).map(file.content)
        var placements: [Placement] = []
        var cursor = 0
        for (number, chunk) in chunks.enumerated() {
            for anchor in chunk.anchors {
                guard let found = ApplyPatchSeek.seek([anchor[...]], in: contents, from: cursor, atEnd: false) else {
                    throw PatchDiagnostic(.anchorNotFound, "chunk \(number + 1) (patch line \(chunk.line)): anchor "
                                          + "'@@ \(String(decoding: anchor, as: UTF8.self))' not found in \(path) at or "
                                          + "after line \(cursor + 1)", path: path, line: cursor + 1, column: 1,
                                          editIndex: number)
                }
                cursor = found + 1
            }
            var lines = chunk.lines
            if Self.oldLines(lines).isEmpty {
                let end = contents.last?.isEmpty == true ? contents.count - 1 : contents.count
                placements.append(Placement(start: end, count: 0, lines: lines, chunk: number))
                continue
            }
            var found = ApplyPatchSeek.seek(Self.oldLines(lines), in: contents, from: cursor, atEnd: chunk.isEndOfFile)
            if found == nil, Self.oldLines(lines).last?.isEmpty == true {
                // A trailing empty line in the chunk often stands for the file's final line break; codex
                // retries without it.
                lines = Self.droppingTrailingEmptyLine(lines)
                found = ApplyPatchSeek.seek(Self.oldLines(lines), in: contents, from: cursor, atEnd: chunk.isEndOfFile)
            }
            let old = Self.oldLines(lines)
            guard let found else {
                let from = chunk.isEndOfFile ? max(contents.count - old.count, 0) : cursor
                let first = old.first.map { LineText.quoted($0) } ?? "\"\""
                throw PatchDiagnostic(.anchorNotFound, "chunk \(number + 1) (patch line \(chunk.line)): its \(old.count) "
                                      + "context and removed lines, starting with \(first), are not in \(path) "
                                      + (chunk.isEndOfFile ? "at the end of the file" : "at or after line \(from + 1)")
                                      + " (compared exactly, then ignoring whitespace at the ends of lines and "
                                      + "typographic punctuation); copy them from the file as it is now",
                                      path: path, line: from + 1, column: 1, editIndex: number)
            }
            placements.append(Placement(start: found, count: old.count, lines: lines, chunk: number))
            cursor = found + old.count
        }

        placements.sort { ($0.start, $0.chunk) < ($1.start, $1.chunk) }
        for (previous, next) in zip(placements, placements.dropFirst()) where next.start < previous.start + previous.count {
            throw PatchDiagnostic(.anchorNotFound, "chunk \(next.chunk + 1) of \(path) applies at line \(next.start + 1), "
                                  + "inside the lines chunk \(previous.chunk + 1) changes; merge the two chunks",
                                  path: path, line: next.start + 1, column: 1, editIndex: next.chunk)
        }
        return Self.edits(placing: placements, in: file)
    }

    /// The byte edits for the placements: each spans the changed lines only, kept context lines keep the
    /// file's bytes, and added lines get the file's line break.
    private static func edits(placing placements: [Placement], in file: TextLines) -> OriginalTextEdits {
        let lineBreak = file.preferredLineBreak
        func terminated(_ index: Int) -> ArraySlice<UInt8> {
            file.isTerminated(index) ? file.line(index) : file.line(index) + lineBreak[...]
        }
        var edits: [(range: Range<Int>, replacement: [UInt8])] = []
        for placement in placements {
            let lines = placement.lines
            let leading = lines.prefix { if case .context = $0 { true } else { false } }.count
            guard leading < lines.count else { continue }
            let trailing = lines.reversed().prefix { if case .context = $0 { true } else { false } }.count
            var fileLine = placement.start + leading
            var replacement: [UInt8] = []
            for line in lines[leading..<(lines.count - trailing)] {
                switch line {
                case .context:
                    replacement += terminated(fileLine)
                    fileLine += 1
                case .removed:
                    fileLine += 1
                case .added(let text):
                    replacement += text + lineBreak
                }
            }
            edits.append((file.range((placement.start + leading)..<fileLine), replacement))
        }

        // codex always ends an updated file with a line break.
        let end = file.bytes.count
        if file.count > 0 && !file.isTerminated(file.count - 1) {
            let lastLine = file.starts[file.count - 1]
            let covered = edits.contains { $0.range.lowerBound <= lastLine && $0.range.upperBound == end }
            if !covered {
                if let last = edits.last, last.range == end..<end {
                    edits[edits.count - 1].replacement = lineBreak + last.replacement
                } else {
                    edits.append((end..<end, lineBreak))
                }
            }
        }

        var result = OriginalTextEdits()
        for edit in edits { result.append(range: edit.range, replacement: edit.replacement) }
        return result
    }

    private static func oldLines(_ lines: [ApplyPatchChunk.Line]) -> [ArraySlice<UInt8>] {
        lines.compactMap { line in
            switch line {
            case .context(let text), .removed(let text): text[...]
            case .added: nil
            }
        }
    }

    /// The chunk without its last old line (empty) and, when it is empty too, without its last new line,
    /// as codex retries. A context line that leaves only one side becomes an added or removed line.
    private static func droppingTrailingEmptyLine(_ lines: [ApplyPatchChunk.Line]) -> [ApplyPatchChunk.Line] {
        var lines = lines
        let lastOld = lines.lastIndex { if case .added = $0 { false } else { true } }
        let lastNew = lines.lastIndex { if case .removed = $0 { false } else { true } }.flatMap { index in
            switch lines[index] {
            case .context(let text), .added(let text): text.isEmpty ? index : nil
            case .removed: nil
            }
        }
        var deleted: [Int] = []
        for index in Set([lastOld, lastNew].compactMap { $0 }) {
            let fromOld = index == lastOld
            let fromNew = index == lastNew
            switch lines[index] {
            case .context where fromOld && fromNew: deleted.append(index)
            case .context(let text) where fromOld: lines[index] = .added(text)
            case .context(let text): lines[index] = .removed(text)
            case .removed, .added: deleted.append(index)
            }
        }
        for index in deleted.sorted(by: >) { lines.remove(at: index) }
        return lines
    }
}
