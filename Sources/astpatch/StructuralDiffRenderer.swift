import ASTPatch
import Foundation

/// Turns a ``TreeDiff`` into text for people: a header per change (kind, node type, old and new
/// positions) and the source lines it touches, one column or two, coloured or not.
struct StructuralDiffRenderer {
    let diff: TreeDiff
    let oldName: String
    let newName: String
    let language: String
    /// Unchanged lines shown around each change.
    let context: Int
    let color: Bool
    let sideBySide: Bool
    /// Columns available for side-by-side output.
    let width: Int
    let oldExists: Bool
    let newExists: Bool

    enum Style: String {
        case bold = "1", dim = "2", reverse = "7", red = "31", green = "32", yellow = "33", cyan = "36"
    }

    static func paint(_ text: String, _ style: Style, _ enabled: Bool) -> String {
        enabled && !text.isEmpty ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    private func paint(_ text: String, _ style: Style) -> String { Self.paint(text, style, color) }

    func render(identicalBytes: Bool) -> String {
        if diff.isEmpty {
            return identicalBytes ? "" : paint("\(oldName) → \(newName): no structural difference (formatting only)", .bold) + "\n"
        }
        let changes = diff.changes
        var output = paint("astpatch diff \(oldName) \(newName) (\(language)\(fileNote)): \(Self.countLine(changes))", .bold) + "\n"
        if diff.usedCoarseMatching || diff.old.isCollapsed {
            output += paint("(large input: matched coarsely)", .dim) + "\n"
        }
        for change in changes {
            output += heading(change) + "\n"
            output += sideBySide ? twoColumns(block(for: change)) : oneColumn(block(for: change))
        }
        return output
    }

    private var fileNote: String {
        if !oldExists { return ", new file" }
        if !newExists { return ", deleted file" }
        return ""
    }

    /// `2 changes: 1 update, 1 move`.
    static func countLine(_ changes: [TreeDiff.Change]) -> String {
        var parts: [String] = []
        for kind in TreeDiff.Action.Kind.allCases {
            let count = changes.filter { $0.kind == kind }.count
            if count > 0 { parts.append("\(count) \(kind.rawValue)\(count == 1 ? "" : "s")") }
        }
        return "\(changes.count) change\(changes.count == 1 ? "" : "s"): " + parts.joined(separator: ", ")
    }

    private func heading(_ change: TreeDiff.Change) -> String {
        let style: Style = switch change.kind {
        case .insert: .green
        case .delete: .red
        case .update: .yellow
        case .move: .cyan
        }
        var text = paint("\(change.kind.rawValue) \(change.type)", style)
        if let range = change.oldRange { text += "  old " + Self.describe(diff.old.span(ofBytes: range)) }
        if change.oldRange != nil && change.newRange != nil { text += " →" }
        if let range = change.newRange { text += (change.oldRange == nil ? "  new " : " new ") + Self.describe(diff.new.span(ofBytes: range)) }
        if change.actionCount > 1 { text += paint("  (\(change.actionCount) nodes)", .dim) }
        return text
    }

    static func describe(_ span: (start: SourceLocation, end: SourceLocation)) -> String {
        "\(span.start.line):\(span.start.column)-\(span.end.line):\(span.end.column)"
    }

    // MARK: Blocks of lines

    /// The lines a change shows on each side, zero-based, and what to highlight in them.
    private struct Block {
        var oldLines: Range<Int>?
        var newLines: Range<Int>?
        var oldHighlight: Range<Int>?
        var newHighlight: Range<Int>?
        /// For a move: only the first line, with a note of how many follow.
        var firstLineOnly = false
        var kind: TreeDiff.Action.Kind
    }

    private func block(for change: TreeDiff.Change) -> Block {
        var block = Block(kind: change.kind)
        if let range = change.oldRange {
            block.oldLines = lines(of: range, in: diff.old.source)
            if change.kind == .update { block.oldHighlight = range }
        }
        if let range = change.newRange {
            block.newLines = lines(of: range, in: diff.new.source)
            if change.kind == .update { block.newHighlight = range }
        }
        block.firstLineOnly = change.kind == .move
        return block
    }

    private func lines(of range: Range<Int>, in source: SourceText) -> Range<Int> {
        let first = source.lineIndex(containing: range.lowerBound)
        let last = range.isEmpty ? first : source.lineIndex(containing: range.upperBound - 1)
        return first..<(last + 1)
    }

    private func text(ofLine index: Int, in source: SourceText) -> String {
        String(decoding: source.line(at: index), as: UTF8.self)
    }

    /// A line with the part inside `highlight` (body offsets) shown in reverse video.
    private func text(ofLine index: Int, in source: SourceText, highlight: Range<Int>?, style: Style) -> String {
        let line = source.line(at: index)
        let lineStart = line.startIndex - source.body.startIndex
        guard color, let highlight else { return paint(String(decoding: line, as: UTF8.self), style) }
        let low = min(max(highlight.lowerBound - lineStart, 0), line.count)
        let high = min(max(highlight.upperBound - lineStart, low), line.count)
        let before = String(decoding: line.prefix(low), as: UTF8.self)
        let inside = String(decoding: line.dropFirst(low).prefix(high - low), as: UTF8.self)
        let after = String(decoding: line.dropFirst(high), as: UTF8.self)
        let highlighted = inside.isEmpty ? "" : "\u{1B}[7;\(style.rawValue)m\(inside)\u{1B}[0m"
        return paint(before, style) + highlighted + paint(after, style)
    }

    private func contextRanges(around lines: Range<Int>, in source: SourceText) -> (before: Range<Int>, after: Range<Int>) {
        let before = max(0, lines.lowerBound - context)..<lines.lowerBound
        let after = lines.upperBound..<min(source.lineCount, lines.upperBound + context)
        return (before, after)
    }

    private func gutter(_ line: Int) -> String {
        let number = String(line + 1)
        return String(repeating: " ", count: max(0, 6 - number.count)) + number
    }

    private func oneColumn(_ block: Block) -> String {
        var output = ""
        // Context comes from the side that shows the change in place: the new file, unless deleted.
        let (contextLines, contextSource) = block.newLines.map { ($0, diff.new.source) }
            ?? (block.oldLines!, diff.old.source)
        let around: (before: Range<Int>, after: Range<Int>) = block.firstLineOnly ? (0..<0, 0..<0) : contextRanges(around: contextLines, in: contextSource)
        for index in around.before {
            output += gutter(index) + "   " + text(ofLine: index, in: contextSource) + "\n"
        }
        let oldStyle: Style = block.kind == .move ? .cyan : .red
        let newStyle: Style = block.kind == .move ? .cyan : .green
        if let lines = block.oldLines {
            output += changedLines(lines, in: diff.old.source, marker: "-", style: oldStyle, highlight: block.oldHighlight,
                                   firstLineOnly: block.firstLineOnly)
        }
        if let lines = block.newLines {
            output += changedLines(lines, in: diff.new.source, marker: "+", style: newStyle, highlight: block.newHighlight,
                                   firstLineOnly: block.firstLineOnly)
        }
        for index in around.after {
            output += gutter(index) + "   " + text(ofLine: index, in: contextSource) + "\n"
        }
        return output
    }

    private func changedLines(_ lines: Range<Int>, in source: SourceText, marker: String, style: Style,
                              highlight: Range<Int>?, firstLineOnly: Bool) -> String {
        var output = ""
        let shown = firstLineOnly ? lines.prefix(1) : lines[...]
        for index in shown {
            output += gutter(index) + " " + paint(marker, style) + " " + text(ofLine: index, in: source, highlight: highlight, style: style)
            if firstLineOnly && lines.count > 1 { output += paint("  … (\(lines.count) lines)", .dim) }
            output += "\n"
        }
        return output
    }

    // MARK: Two columns

    private struct Cell {
        var line: Int?
        var text: String
        var style: Style?
        var marker: String

        static let empty = Cell(line: nil, text: "", style: nil, marker: " ")
    }

    private func twoColumns(_ block: Block) -> String {
        var rows: [(Cell, Cell)] = []
        let oldSource = diff.old.source
        let newSource = diff.new.source
        let oldAround = block.oldLines.map { contextRanges(around: $0, in: oldSource) }
        let newAround = block.newLines.map { contextRanges(around: $0, in: newSource) }
        let showContext = !block.firstLineOnly
        func cells(_ lines: Range<Int>?, _ source: SourceText, style: Style?, marker: String) -> [Cell] {
            guard let lines else { return [] }
            return lines.map { Cell(line: $0, text: text(ofLine: $0, in: source), style: style, marker: marker) }
        }
        func pair(_ left: [Cell], _ right: [Cell], alignBottom: Bool) {
            let count = max(left.count, right.count)
            let leftPadded = alignBottom ? Array(repeating: Cell.empty, count: count - left.count) + left
                : left + Array(repeating: Cell.empty, count: count - left.count)
            let rightPadded = alignBottom ? Array(repeating: Cell.empty, count: count - right.count) + right
                : right + Array(repeating: Cell.empty, count: count - right.count)
            rows += zip(leftPadded, rightPadded).map { ($0, $1) }
        }
        if showContext {
            pair(cells(oldAround?.before, oldSource, style: nil, marker: " "),
                 cells(newAround?.before, newSource, style: nil, marker: " "), alignBottom: true)
        }
        let oldStyle: Style = block.kind == .move ? .cyan : .red
        let newStyle: Style = block.kind == .move ? .cyan : .green
        var oldLines = block.oldLines
        var newLines = block.newLines
        if block.firstLineOnly {
            oldLines = oldLines.map { $0.lowerBound..<($0.lowerBound + 1) }
            newLines = newLines.map { $0.lowerBound..<($0.lowerBound + 1) }
        }
        pair(cells(oldLines, oldSource, style: oldStyle, marker: "-"), cells(newLines, newSource, style: newStyle, marker: "+"),
             alignBottom: false)
        if showContext {
            pair(cells(oldAround?.after, oldSource, style: nil, marker: " "),
                 cells(newAround?.after, newSource, style: nil, marker: " "), alignBottom: false)
        }
        let column = max(20, (width - 3) / 2)
        return rows.map { format($0.0, column) + paint(" │ ", .dim) + format($0.1, column).trimmingTrailingSpaces() }
            .joined(separator: "\n") + "\n"
    }

    private func format(_ cell: Cell, _ width: Int) -> String {
        let number = cell.line.map { String($0 + 1) } ?? ""
        let prefix = String(repeating: " ", count: max(0, 5 - number.count)) + number + " " + cell.marker + " "
        let room = max(0, width - prefix.count)
        var text = cell.text.replacingOccurrences(of: "\t", with: "    ")
        if text.count > room { text = String(text.prefix(max(0, room - 1))) + "…" }
        let padding = String(repeating: " ", count: max(0, room - text.count))
        guard let style = cell.style else { return prefix + text + padding }
        return String(prefix.dropLast(2)) + paint(cell.marker, style) + " " + paint(text, style) + padding
    }

    // MARK: Line diffs

    /// A unified diff with removed lines red, added lines green and hunk headers cyan.
    static func colorUnifiedDiff(_ text: String, _ enabled: Bool) -> String {
        guard enabled else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            if line.hasPrefix("+++") || line.hasPrefix("---") { return paint(String(line), .bold, true) }
            if line.hasPrefix("@@") { return paint(String(line), .cyan, true) }
            if line.hasPrefix("+") { return paint(String(line), .green, true) }
            if line.hasPrefix("-") { return paint(String(line), .red, true) }
            return String(line)
        }.joined(separator: "\n")
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}

/// `diff --json`: `{"actions": [...], "summary": {...}}`, lines and columns 1-based.
struct StructuralDiffReport: Encodable {
    struct Span: Encodable {
        var start: [Int]
        var end: [Int]

        init(_ span: (start: SourceLocation, end: SourceLocation)) {
            start = [span.start.line, span.start.column]
            end = [span.end.line, span.end.column]
        }
    }

    struct Action: Encodable {
        var action: String
        var type: String
        var old: Span?
        var new: Span?
        var label: String?
        var value: String?
    }

    struct Summary: Encodable {
        var language: String?
        var changes = 0
        var insert = 0
        var delete = 0
        var update = 0
        var move = 0
        /// The length of the node-level edit script the changes group.
        var editActions: Int?
        var oldNodes: Int?
        var newNodes: Int?
        var coarse: Bool?
        /// The change at declaration level (``StructuralSummary``).
        var declarations: [String]?
        /// `line` when no grammar was used, `binary` for binary files.
        var fallback: String?
        var reason: String?
    }

    var oldFile: String
    var newFile: String
    var actions: [Action]
    var summary: Summary

    init(_ diff: TreeDiff, renderer: StructuralDiffRenderer) {
        oldFile = renderer.oldName
        newFile = renderer.newName
        let changes = diff.changes
        actions = changes.map { change in
            Action(action: change.kind.rawValue, type: change.type,
                   old: change.oldRange.map { Span(diff.old.span(ofBytes: $0)) },
                   new: change.newRange.map { Span(diff.new.span(ofBytes: $0)) },
                   label: change.oldRange.map { diff.old.text(ofBytes: $0) },
                   value: change.newRange.map { diff.new.text(ofBytes: $0) })
        }
        summary = Summary(language: renderer.language)
        summary.changes = changes.count
        for change in changes {
            switch change.kind {
            case .insert: summary.insert += 1
            case .delete: summary.delete += 1
            case .update: summary.update += 1
            case .move: summary.move += 1
            }
        }
        summary.editActions = diff.actions.count
        summary.oldNodes = diff.old.count
        summary.newNodes = diff.new.count
        summary.coarse = diff.usedCoarseMatching || diff.old.isCollapsed || diff.new.isCollapsed
        summary.declarations = StructuralSummary.summarize(diff)
    }

    /// A line diff, for files without a grammar: each run of removed or added lines is an action.
    init(_ lineDiff: LineDiff, reason: String, oldName: String, newName: String, oldSource: SourceText, newSource: SourceText) {
        oldFile = oldName
        newFile = newName
        actions = []
        summary = Summary()
        summary.fallback = "line"
        summary.reason = reason
        func span(_ lines: Range<Int>, _ source: SourceText) -> Span {
            let start = SourceLocation(line: lines.lowerBound + 1, column: 1)
            let lastLine = source.line(at: lines.upperBound - 1)
            return Span((start, SourceLocation(line: lines.upperBound, column: lastLine.count + 1)))
        }
        func text(_ lines: Range<Int>, _ all: LineDiff.Lines) -> String {
            String(decoding: all.bytes[all.byteRange(of: lines)], as: UTF8.self)
        }
        for run in lineDiff.runs {
            switch run.operation {
            case .equal:
                continue
            case .delete:
                actions.append(Action(action: "delete", type: "lines", old: span(run.oldRange, oldSource), new: nil,
                                      label: text(run.oldRange, lineDiff.old), value: nil))
                summary.delete += 1
            case .insert:
                actions.append(Action(action: "insert", type: "lines", old: nil, new: span(run.newRange, newSource),
                                      label: nil, value: text(run.newRange, lineDiff.new)))
                summary.insert += 1
            }
        }
        summary.changes = actions.count
    }

    /// Binary files: no actions; the summary says whether they differ.
    init(binary differs: Bool, oldName: String, newName: String) {
        oldFile = oldName
        newFile = newName
        actions = []
        summary = Summary()
        summary.fallback = "binary"
        summary.reason = differs ? "binary files differ" : "binary files are identical"
        summary.changes = differs ? 1 : 0
    }
}
