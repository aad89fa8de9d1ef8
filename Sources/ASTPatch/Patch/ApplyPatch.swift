/// One file operation of an OpenAI `apply_patch` (V4A) patch: `*** Add File`, `*** Delete File` or `*** Update File`.
public struct ApplyPatchFile: Sendable, Equatable {
    public enum Operation: Sendable, Equatable {
        /// Create the file with these bytes: the `+` lines, each with its line break from the patch.
        case add(contents: [UInt8])
        /// Delete the file.
        case delete
        /// Change the file chunk by chunk, and move it to `moveTo` when set (`*** Move to:`).
        case update(moveTo: String?, chunks: [ApplyPatchChunk])
    }

    /// The file the operation concerns, as the patch names it.
    public var path: String
    /// What happens to the file.
    public var operation: Operation
    /// The 1-based line of the operation's `***` header in the patch text.
    public var line: Int

    /// An operation from its parts, as the parser builds it.
    public init(path: String, operation: Operation, line: Int = 1) {
        self.path = path
        self.operation = operation
        self.line = line
    }
}

/// A chunk of an `*** Update File` operation: lines to find (context and removed) and what replaces them.
public struct ApplyPatchChunk: Sendable, Equatable {
    /// A chunk line: ` ` context, `-` removed, `+` added, with the text after the marker.
    public enum Line: Sendable, Equatable {
        case context([UInt8])
        case removed([UInt8])
        case added([UInt8])
    }

    /// The texts of the chunk's `@@ text` lines, found one after the other before the chunk's lines are
    /// searched for; empty for a bare `@@`.
    public var anchors: [[UInt8]]
    /// The chunk's lines without their leading marker or line break.
    public var lines: [Line]
    /// Whether `*** End of File` closes the chunk: its lines must be the file's last.
    public var isEndOfFile: Bool
    /// The 1-based line in the patch text where the chunk starts.
    public var line: Int

    /// A chunk from its parts, as the parser builds it.
    public init(anchors: [[UInt8]] = [], lines: [Line], isEndOfFile: Bool = false, line: Int = 1) {
        self.anchors = anchors
        self.lines = lines
        self.isEndOfFile = isEndOfFile
        self.line = line
    }

    /// The lines that must be in the file: context and removed lines, in order.
    public var oldLines: [[UInt8]] {
        lines.compactMap { line in
            switch line {
            case .context(let text), .removed(let text): text
            case .added: nil
            }
        }
    }

    /// The lines the chunk leaves: context and added lines, in order.
    public var newLines: [[UInt8]] {
        lines.compactMap { line in
            switch line {
            case .context(let text), .added(let text): text
            case .removed: nil
            }
        }
    }
}
