/// Reads OpenAI `apply_patch` (V4A) patches: `*** Begin Patch`, file operations, `*** End Patch`.
///
/// Leniency follows codex's own parser: blank lines around the patch and whitespace around its
/// `***` markers are ignored, a patch wrapped in a `<<EOF` … `EOF` heredoc is unwrapped, the first chunk
/// of an update may omit its `@@` line, and blank lines between chunks are skipped. Beyond codex, one
/// chunk may carry several `@@ anchor` lines in a row, each searched for after the previous one, as
/// the format's instructions describe (`@@ class A` then `@@ def f():`).
public enum ApplyPatchParser {
    public static func parse(_ text: [UInt8]) throws(PatchDiagnostic) -> [ApplyPatchFile] {
        var reader = ApplyPatchReader(text)
        return try reader.files()
    }
}

private struct ApplyPatchReader {
    static let begin = "*** Begin Patch"
    static let end = "*** End Patch"
    static let addFile = "*** Add File: "
    static let deleteFile = "*** Delete File: "
    static let updateFile = "*** Update File: "
    static let moveTo = "*** Move to: "
    static let endOfFile = "*** End of File"

    let lines: TextLines
    /// The line being read, and the line of `*** End Patch`.
    var index = 0
    var end = 0

    init(_ text: [UInt8]) {
        lines = TextLines(text)
    }

    func content(_ line: Int) -> ArraySlice<UInt8> { lines.content(line) }

    func trimmed(_ line: Int) -> ArraySlice<UInt8> { UnicodeWhitespace.trimming(lines.content(line)) }

    mutating func files() throws(PatchDiagnostic) -> [ApplyPatchFile] {
        var first = 0
        var last = lines.count - 1
        while first <= last && trimmed(first).isEmpty { first += 1 }
        while last >= first && trimmed(last).isEmpty { last -= 1 }
        guard first <= last else {
            throw malformed("the patch is empty; it must start with '\(Self.begin)'", line: 0)
        }
        let heredocStarts: [String] = ["<<EOF", "<<'EOF'", "<<\"EOF\""]
        if !trimmed(first).elementsEqual(Self.begin.utf8),
           heredocStarts.contains(where: { content(first).elementsEqual($0.utf8) }),
           content(last).reversed().starts(with: "EOF".utf8.reversed()), last - first >= 3 {
            first += 1
            last -= 1
        }
        guard trimmed(first).elementsEqual(Self.begin.utf8) else {
            throw malformed("the first line of the patch must be '\(Self.begin)'", line: first)
        }
        guard last > first, trimmed(last).elementsEqual(Self.end.utf8) else {
            throw malformed("the last line of the patch must be '\(Self.end)'", line: last)
        }
        index = first + 1
        end = last
        var files: [ApplyPatchFile] = []
        while index < end {
            files.append(try file())
        }
        guard !files.isEmpty else {
            throw malformed("the patch changes no file: add '\(Self.addFile)…', '\(Self.deleteFile)…' or "
                            + "'\(Self.updateFile)…' operations", line: first)
        }
        return files
    }

    private mutating func file() throws(PatchDiagnostic) -> ApplyPatchFile {
        let headerIndex = index
        let header = trimmed(index)
        index += 1
        if let path = Self.value(of: header, after: Self.addFile) {
            var contents: [UInt8] = []
            while index < end && lines.line(index).first == UInt8(ascii: "+") {
                contents.append(contentsOf: lines.line(index).dropFirst())
                if contents.last != 0x0A { contents.append(0x0A) }
                index += 1
            }
            return ApplyPatchFile(path: path, operation: .add(contents: contents), line: headerIndex + 1)
        }
        if let path = Self.value(of: header, after: Self.deleteFile) {
            return ApplyPatchFile(path: path, operation: .delete, line: headerIndex + 1)
        }
        if let path = Self.value(of: header, after: Self.updateFile) {
            var moveTo: String?
            if index < end, let destination = Self.value(of: trimmed(index), after: Self.moveTo) {
                moveTo = destination
                index += 1
            }
            var chunks: [ApplyPatchChunk] = []
            while index < end {
                if trimmed(index).isEmpty {
                    index += 1
                    continue
                }
                if content(index).first == UInt8(ascii: "*") { break }
                chunks.append(try chunk(isFirst: chunks.isEmpty))
            }
            guard !chunks.isEmpty else {
                throw malformed("'\(Self.updateFile)\(path)' has no chunk; follow it with '@@' and the lines to change",
                                line: headerIndex)
            }
            return ApplyPatchFile(path: path, operation: .update(moveTo: moveTo, chunks: chunks), line: headerIndex + 1)
        }
        throw malformed("\(LineText.quoted(header)) is not a file operation; expected '\(Self.addFile){path}', "
                        + "'\(Self.deleteFile){path}' or '\(Self.updateFile){path}'", line: headerIndex)
    }

    private mutating func chunk(isFirst: Bool) throws(PatchDiagnostic) -> ApplyPatchChunk {
        let start = index
        var anchors: [[UInt8]] = []
        func isAnchor(_ line: ArraySlice<UInt8>) -> Bool {
            line.elementsEqual("@@".utf8) || line.starts(with: "@@ ".utf8)
        }
        if isAnchor(content(index)) {
            while index < end && isAnchor(content(index)) {
                let line = content(index)
                if line.count > 2 { anchors.append(Array(line.dropFirst(3))) }
                index += 1
            }
        } else if !isFirst {
            throw malformed("expected a '@@' line to start the next chunk, found \(LineText.quoted(content(index)))",
                            line: index)
        }
        guard index < end else {
            throw malformed("the chunk has no lines after its '@@'", line: index)
        }
        var chunk = ApplyPatchChunk(anchors: anchors, lines: [], line: start + 1)
        lines: while index < end {
            let line = content(index)
            if UnicodeWhitespace.trimming(line).elementsEqual(Self.endOfFile.utf8) {
                guard !chunk.lines.isEmpty else {
                    throw malformed("'\(Self.endOfFile)' ends a chunk that has no lines", line: index)
                }
                chunk.isEndOfFile = true
                index += 1
                break
            }
            switch line.first {
            case nil: chunk.lines.append(.context([]))
            case UInt8(ascii: " "): chunk.lines.append(.context(Array(line.dropFirst())))
            case UInt8(ascii: "-"): chunk.lines.append(.removed(Array(line.dropFirst())))
            case UInt8(ascii: "+"): chunk.lines.append(.added(Array(line.dropFirst())))
            default:
                guard !chunk.lines.isEmpty else {
                    throw malformed("unexpected line \(LineText.quoted(line)) in a chunk: every line starts with ' ' "
                                    + "(context), '-' (removed) or '+' (added)", line: index)
                }
                break lines
            }
            index += 1
        }
        return chunk
    }

    /// The path after a marker, or nil when the header is not that marker.
    private static func value(of header: ArraySlice<UInt8>, after marker: String) -> String? {
        guard header.starts(with: marker.utf8) else { return nil }
        let path = UnicodeWhitespace.trimming(header.dropFirst(marker.utf8.count))
        return path.isEmpty ? nil : String(decoding: path, as: UTF8.self)
    }

    private func malformed(_ message: String, line: Int) -> PatchDiagnostic {
        PatchDiagnostic(.malformedPatch, message, line: line + 1, column: 1)
    }
}
