import TreeSitter

/// Refuses the lazy edit: code replaced by a comment that stands for it (`# ... existing code ...`,
/// `// ... rest of the function ...`). Such an edit is often valid syntax, and the code is lost
/// without a trace. A placeholder counts when its comment holds `...` (or `…`) and a word such as
/// existing, rest, unchanged, remaining, same, previous, omitted or "as before", in the comment
/// syntax of the file's language, and the edit removed lines of code that it does not put back.
/// A placeholder already in the removed text, or one that replaces nothing, passes.
public enum ElisionGuard {
    /// The `elided_code` diagnostic for `edits` (body offsets, sequential, as ``SyntaxGate`` takes
    /// them) that turned `before` into `after`, at the first line of code lost; nil when no edit
    /// elides code. `after`'s tree, when it has one, tells comments from strings.
    public static func violation(before: Document, after: Document, edits: [ByteEdit], path: String,
                                 grammars: GrammarRegistry = .shared) -> PatchDiagnostic? {
        let markers = commentMarkers(for: before.language ?? after.language)
        // A document judged without a tree (Swift, by SwiftParser) gets one when a placeholder
        // needs telling from a string.
        var tree = after.tree
        var parsed = false
        func isComment(at offset: Int) -> Bool {
            if tree == nil, !parsed, let language = after.language {
                parsed = true
                let parser = Parser()
                if let grammar = try? grammars.language(named: language), (try? parser.setLanguage(grammar)) != nil {
                    tree = parser.parse(after.body)
                }
            }
            return Self.isComment(at: offset, in: tree)
        }
        let beforeBody = before.source.body
        let ascending = zip(edits, edits.dropFirst()).allSatisfy { $0.range.lowerBound + $0.replacement.count <= $1.range.lowerBound }
        var delta = 0
        for edit in edits {
            defer { delta += edit.delta }
            // In the original's coordinates when the edits run front to back (diff hunks); an edit
            // list's edit comes alone.
            guard ascending || edits.count == 1 else { return nil }
            let removedRange = (edit.range.lowerBound - delta)..<(edit.range.upperBound - delta)
            guard removedRange.lowerBound >= 0, removedRange.upperBound <= beforeBody.count else { continue }
            let removed = lines(in: beforeBody[(beforeBody.startIndex + removedRange.lowerBound)..<(beforeBody.startIndex + removedRange.upperBound)],
                                startingAt: removedRange.lowerBound)
            let inserted = lines(in: edit.replacement[...], startingAt: edit.range.lowerBound)
            let removedTexts = Set(removed.map(\.text))
            // Placeholders that the edit writes anew.
            let placeholders = inserted.filter { line in
                guard !removedTexts.contains(line.text), let comment = comment(in: line.text, markers: markers), isPlaceholder(comment) else { return false }
                let column = ByteSearch.firstIndex(of: comment.marker, in: line.text).map { $0 - line.text.startIndex } ?? 0
                return isComment(at: line.offset + line.indent + column)
            }
            guard let placeholder = placeholders.first else { continue }
            // Lines of code the edit removed and did not put back.
            var putBack: [ArraySlice<UInt8>: Int] = [:]
            for line in inserted { putBack[line.text, default: 0] += 1 }
            var lost: [Int] = []
            var removedLines = Set<Int>()
            for line in removed {
                let number = before.source.lineIndex(containing: line.offset) + 1
                removedLines.insert(number)
                guard !line.text.isEmpty, comment(in: line.text, markers: markers, atStartOnly: true) == nil else { continue }
                if let count = putBack[line.text], count > 0 {
                    putBack[line.text] = count - 1
                } else {
                    lost.append(number)
                }
            }
            guard !lost.isEmpty else { continue }
            // The edit is refused, so the file stays as it was: point at the first line lost.
            let firstLost = removed.first { before.source.lineIndex(containing: $0.offset) + 1 == lost[0] }!
            let location = before.source.location(ofOffset: firstLost.offset + firstLost.indent)
            let text = String(decoding: placeholder.text.prefix(80), as: UTF8.self)
            return PatchDiagnostic(
                .elidedCode,
                "the edit replaces \(describe(lost, removed: removedLines)) of the original with the placeholder `\(text)`: that code would be lost. Write the code out in full (or pass --allow-placeholders if the comment is meant)",
                path: path, line: location.line, column: location.column)
        }
        return nil
    }

    // MARK: Placeholders

    /// Words that, with `...`, make a comment stand for code left out.
    static let placeholderWords: [String] = [
        "existing", "rest", "unchanged", "remaining", "remainder", "same", "previous", "previously", "omitted", "omit",
        "as before", "other", "others", "original", "elided", "truncated", "unmodified", "untouched", "keep", "kept", "snip",
    ]

    /// Whether a comment's text is a placeholder: short, with an ellipsis and one of the words.
    static func isPlaceholder(_ comment: (marker: [UInt8], text: ArraySlice<UInt8>)) -> Bool {
        let text = String(decoding: comment.text, as: UTF8.self).lowercased()
        guard text.contains("...") || text.contains("…") else { return false }
        let words = text.split { !$0.isLetter }
        guard words.count <= 12 else { return false }
        return placeholderWords.contains { word in
            word.contains(" ") ? text.contains(word) : words.contains { $0 == word }
        }
    }

    private struct Line {
        /// The line without its indentation and line break.
        var text: ArraySlice<UInt8>
        /// The body offset where the line starts, and the width of its indentation.
        var offset: Int
        var indent: Int
    }

    private static func lines(in bytes: ArraySlice<UInt8>, startingAt offset: Int) -> [Line] {
        var result: [Line] = []
        var start = bytes.startIndex
        while start < bytes.endIndex {
            var end = start
            while end < bytes.endIndex, bytes[end] != 0x0A { end += 1 }
            var textStart = start
            while textStart < end, bytes[textStart] == 0x20 || bytes[textStart] == 0x09 { textStart += 1 }
            var textEnd = end
            while textEnd > textStart, bytes[textEnd - 1] == 0x20 || bytes[textEnd - 1] == 0x09 || bytes[textEnd - 1] == 0x0D { textEnd -= 1 }
            result.append(Line(text: bytes[textStart..<textEnd], offset: offset + (start - bytes.startIndex), indent: textStart - start))
            start = end + 1
        }
        return result
    }

    /// The comment a line holds: at its start, or (unless `atStartOnly`) after its code.
    private static func comment(in line: ArraySlice<UInt8>, markers: [CommentMarker],
                                atStartOnly: Bool = false) -> (marker: [UInt8], text: ArraySlice<UInt8>)? {
        for marker in markers {
            var position: ArraySlice<UInt8>.Index?
            if line.starts(with: marker.open) {
                position = line.startIndex
            } else if !atStartOnly, let found = ByteSearch.firstIndex(of: [0x20] + marker.open, in: line) {
                position = found + 1
            }
            guard let start = position else { continue }
            var text = line[(start + marker.open.count)...]
            if let close = marker.close, text.count >= close.count, text.suffix(close.count).elementsEqual(close) {
                text = text.dropLast(close.count)
            }
            return (marker.open, text)
        }
        return nil
    }

    /// With a tree, a marker counts only where the tree has a comment (not inside a string).
    private static func isComment(at offset: Int, in tree: Tree?) -> Bool {
        guard let root = tree?.rootNode else { return true }
        var node = root.namedDescendant(spanning: offset..<(offset + 1))
        var depth = 0
        while let current = node, depth < 4 {
            if current.type.contains("comment") { return true }
            node = current.parent
            depth += 1
        }
        return false
    }

    struct CommentMarker {
        var open: [UInt8]
        var close: [UInt8]?
    }

    static func commentMarkers(for language: String?) -> [CommentMarker] {
        let hash = CommentMarker(open: Array("#".utf8))
        let line = CommentMarker(open: Array("//".utf8))
        let block = CommentMarker(open: Array("/*".utf8), close: Array("*/".utf8))
        let dash = CommentMarker(open: Array("--".utf8))
        let html = CommentMarker(open: Array("<!--".utf8), close: Array("-->".utf8))
        switch language {
        case "python", "ruby", "bash", "yaml", "toml", "perl", "r", "elixir", "make", "dockerfile":
            return [hash]
        case "php", "hcl":
            return [hash, line, block]
        case "css":
            return [block]
        case "lua":
            return [dash]
        case "haskell":
            return [dash, CommentMarker(open: Array("{-".utf8), close: Array("-}".utf8))]
        case "html", "markdown":
            return [html]
        case nil:
            return [hash, line, block, dash, html]
        default:
            return [line, block]
        }
    }

    /// "line 12", "lines 12–30", "lines 3–4 and 9": the lines of code lost, with the removed blank
    /// and comment lines between them.
    private static func describe(_ lines: [Int], removed: Set<Int>) -> String {
        var ranges: [ClosedRange<Int>] = []
        for line in lines {
            if let last = ranges.last, (last.upperBound + 1..<line).allSatisfy({ removed.contains($0) }) {
                ranges[ranges.count - 1] = last.lowerBound...max(last.upperBound, line)
            } else {
                ranges.append(line...line)
            }
        }
        let parts = ranges.map { $0.count == 1 ? "\($0.lowerBound)" : "\($0.lowerBound)–\($0.upperBound)" }
        let joined = parts.count == 1 ? parts[0] : parts.dropLast().joined(separator: ", ") + " and " + parts.last!
        return (lines.count == 1 ? "line " : "lines ") + joined
    }
}
