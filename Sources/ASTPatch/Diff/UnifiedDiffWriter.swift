/// Renders a ``LineDiff`` as the unified diff of one file, in the layout `git diff` prints from the
/// `---` line on (without git's optional function name after a hunk header).
///
/// Lines are written with their exact bytes, so CRLF endings and bytes that are not UTF-8 pass
/// through, and the output applies with `git apply` or `patch -p1`.
public struct UnifiedDiffWriter: Sendable {
    /// How many unchanged lines to show around each change.
    public var contextLines: Int
    /// Put before the old and new paths, as git's `a/` and `b/`.
    public var oldPrefix: String
    public var newPrefix: String

    public init(contextLines: Int = 3, oldPrefix: String = "a/", newPrefix: String = "b/") {
        self.contextLines = contextLines
        self.oldPrefix = oldPrefix
        self.newPrefix = newPrefix
    }

    /// The diff's bytes, headed by `oldPath` and `newPath`; a nil path means the file does not
    /// exist on that side and is written `/dev/null`. Empty when nothing changed and the file
    /// is neither created nor deleted.
    public func render(_ diff: LineDiff, oldPath: String?, newPath: String?) -> [UInt8] {
        let hunks = diff.hunks(context: contextLines)
        let createsOrDeletes = (oldPath == nil) != (newPath == nil)
        guard !hunks.isEmpty || createsOrDeletes else { return [] }

        var output: [UInt8] = []
        output += Array("--- \(oldPath.map { oldPrefix + $0 } ?? "/dev/null")\n".utf8)
        output += Array("+++ \(newPath.map { newPrefix + $0 } ?? "/dev/null")\n".utf8)
        for hunk in hunks {
            output += Array("@@ -\(Self.lineSpan(hunk.oldRange)) +\(Self.lineSpan(hunk.newRange)) @@\n".utf8)
            for run in hunk.runs {
                switch run.operation {
                case .equal:
                    for index in run.oldRange { Self.write(0x20, line: index, of: diff.old, to: &output) }
                case .delete:
                    for index in run.oldRange { Self.write(0x2D, line: index, of: diff.old, to: &output) }
                case .insert:
                    for index in run.newRange { Self.write(0x2B, line: index, of: diff.new, to: &output) }
                }
            }
        }
        return output
    }

    /// A hunk header's `start,count`, 1-based, with git's abbreviations: the count is left out when
    /// it is 1, and an empty span names the line before it (0 at the top of the file).
    static func lineSpan(_ lines: Range<Int>) -> String {
        switch lines.count {
        case 0: "\(lines.lowerBound),0"
        case 1: "\(lines.lowerBound + 1)"
        default: "\(lines.lowerBound + 1),\(lines.count)"
        }
    }

    private static let noNewlineMarker = Array("\n\\ No newline at end of file\n".utf8)

    private static func write(_ marker: UInt8, line index: Int, of lines: LineDiff.Lines, to output: inout [UInt8]) {
        output.append(marker)
        output += lines[index]
        if !lines.hasLineBreak(at: index) { output += noNewlineMarker }
    }
}
