/// Turns an operation on a resolved target into the byte edit it makes, following the placement
/// rules that keep results predictable byte for byte:
/// - `replace` of a node replaces the node's bytes; of lines, the whole lines; of text, the text.
/// - inserts go on their own lines right before the target's first line or after its last.
/// - content for node and line targets loses its common indentation and takes the target's (that
///   of the target's first line) on every non-empty line, except the first line of a node
///   `replace`, which continues the target's own first line.
/// - content written into a CRLF file gets CRLF; a line-placed insert gets a final line break.
/// - a node `replace` drops one final line break of the content when the node's text has none.
/// - `delete` of a node or lines removes the whole lines when nothing else stands on them.
public enum EditPlacement {
    public static func edit(_ operation: Edit.Operation, at target: ResolvedTarget, content: [UInt8], in source: SourceText) -> ByteEdit {
        let body = source.body
        let base = body.startIndex
        let crlf = source.lineEnding == .crlf
        let firstLine = source.lineIndex(containing: target.range.lowerBound)
        let lastLine = source.lineIndex(containing: max(target.range.lowerBound, target.range.upperBound - 1))
        let indent = indentation(ofLine: firstLine, in: source)

        switch operation {
        case .replace:
            switch target.kind {
            case .text:
                return ByteEdit(range: target.range, replacement: lineBreaks(content, crlf: crlf))
            case let .tolerantText(expected, actual):
                let shifted = shiftIndentation(content, from: expected, to: actual)
                return ByteEdit(range: target.range, replacement: lineBreaks(shifted, crlf: crlf))
            case .node:
                var text = reindent(content, to: indent, skippingFirstLine: true)
                let nodeEndsWithBreak = target.range.upperBound > target.range.lowerBound && body[base + target.range.upperBound - 1] == 0x0A
                if !nodeEndsWithBreak { text = droppingFinalLineBreak(text) }
                return ByteEdit(range: target.range, replacement: lineBreaks(text, crlf: crlf))
            case .lines:
                var text = reindent(content, to: indent, skippingFirstLine: false)
                let rangeEndsWithBreak = target.range.upperBound > target.range.lowerBound && body[base + target.range.upperBound - 1] == 0x0A
                text = rangeEndsWithBreak ? endingWithLineBreak(text) : droppingFinalLineBreak(text)
                return ByteEdit(range: target.range, replacement: lineBreaks(text, crlf: crlf))
            }
        case .insertBefore:
            let text = lineBreaks(endingWithLineBreak(reindent(content, to: indent, skippingFirstLine: false)), crlf: crlf)
            let start = source.lineStarts[firstLine]
            return ByteEdit(range: start..<start, replacement: text)
        case .insertAfter:
            let text = lineBreaks(endingWithLineBreak(reindent(content, to: indent, skippingFirstLine: false)), crlf: crlf)
            if lastLine + 1 < source.lineStarts.count {
                let position = source.lineStarts[lastLine + 1]
                return ByteEdit(range: position..<position, replacement: text)
            }
            // The target's last line ends the file without a line break: keep it that way.
            let end = body.count
            return ByteEdit(range: end..<end, replacement: (crlf ? [0x0D, 0x0A] : [0x0A]) + droppingFinalLineBreak(text))
        case .delete:
            switch target.kind {
            case .text, .tolerantText:
                return ByteEdit(range: target.range, replacement: [])
            case .lines:
                return ByteEdit(range: target.range, replacement: [])
            case .node:
                let lineStart = source.lineStarts[firstLine]
                let lineEnd = lastLine + 1 < source.lineStarts.count ? source.lineStarts[lastLine + 1] : body.count
                let before = body[(base + lineStart)..<(base + target.range.lowerBound)]
                let after = body[(base + target.range.upperBound)..<(base + lineEnd)]
                if before.allSatisfy(isBlank) && after.allSatisfy({ isBlank($0) || $0 == 0x0A || $0 == 0x0D }) {
                    return ByteEdit(range: lineStart..<lineEnd, replacement: [])
                }
                return ByteEdit(range: target.range, replacement: [])
            }
        case .create, .deleteFile, .renameFile:
            preconditionFailure("\(operation) is not an edit inside a file")
        }
    }

    static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    /// The spaces and tabs that start a line.
    static func indentation(ofLine index: Int, in source: SourceText) -> [UInt8] {
        Array(source.line(at: index).prefix(while: isBlank))
    }

    /// Removes the content's common indentation and puts `indent` before each non-empty line.
    /// Lines holding only blanks become empty.
    static func reindent(_ content: [UInt8], to indent: [UInt8], skippingFirstLine: Bool) -> [UInt8] {
        let lines = splitKeepingBreaks(content)
        let measured = lines.filter { !stripBreak($0).allSatisfy(isBlank) }.map { Array($0.prefix(while: isBlank)) }
        var common = measured.first ?? []
        for prefix in measured.dropFirst() {
            common = Array(zip(common, prefix).prefix { $0 == $1 }.map(\.0))
        }
        var result: [UInt8] = []
        for (index, line) in lines.enumerated() {
            let text = stripBreak(line)
            let lineBreak = Array(line[text.count...])
            if skippingFirstLine && index == 0 {
                result += Array(text.drop(while: isBlank)) + lineBreak
            } else if text.allSatisfy(isBlank) {
                result += lineBreak
            } else {
                result += indent + Array(text.dropFirst(min(common.count, text.prefix(while: isBlank).count))) + lineBreak
            }
        }
        return result
    }

    /// Moves every line after the first from one indentation to another: for text found by a
    /// whitespace-tolerant match, whose first line keeps the file's indentation.
    static func shiftIndentation(_ content: [UInt8], from expected: [UInt8], to actual: [UInt8]) -> [UInt8] {
        guard expected != actual else { return content }
        let lines = splitKeepingBreaks(content)
        var result: [UInt8] = []
        for (index, line) in lines.enumerated() {
            if index == 0 {
                result += Array(line.drop(while: isBlank))
                continue
            }
            let text = stripBreak(line)
            if text.allSatisfy(isBlank) {
                result += line
            } else if text.starts(with: expected) {
                result += actual + Array(line.dropFirst(expected.count))
            } else {
                result += line
            }
        }
        return result
    }

    static func splitKeepingBreaks(_ bytes: [UInt8]) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        for byte in bytes {
            current.append(byte)
            if byte == 0x0A {
                lines.append(current)
                current = []
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    static func stripBreak(_ line: [UInt8]) -> [UInt8] {
        var text = line
        if text.last == 0x0A { text.removeLast() }
        if text.last == 0x0D { text.removeLast() }
        return text
    }

    static func endingWithLineBreak(_ bytes: [UInt8]) -> [UInt8] {
        bytes.isEmpty || bytes.last == 0x0A ? bytes : bytes + [0x0A]
    }

    static func droppingFinalLineBreak(_ bytes: [UInt8]) -> [UInt8] {
        var result = bytes
        if result.last == 0x0A {
            result.removeLast()
            if result.last == 0x0D { result.removeLast() }
        }
        return result
    }

    /// Writes every line break as CRLF in a CRLF file; content for an LF file is left as it is.
    static func lineBreaks(_ bytes: [UInt8], crlf: Bool) -> [UInt8] {
        guard crlf else { return bytes }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + bytes.count / 20)
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == 0x0A && previous != 0x0D { result.append(0x0D) }
            result.append(byte)
            previous = byte
        }
        return result
    }
}
