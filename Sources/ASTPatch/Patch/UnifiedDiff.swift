/// One file's part of a unified diff (`git diff`, `diff -u`): its paths, what happens to the file, and its hunks.
public struct UnifiedFilePatch: Sendable, Equatable {
    /// The path before the change, prefixes such as git's `a/` removed; nil for `/dev/null` (a new file).
    public var oldPath: String?
    /// The path after the change, prefixes such as git's `b/` removed; nil for `/dev/null` (a deleted file).
    public var newPath: String?
    /// Whether the patch creates the file (`new file mode`, or `/dev/null` as the old side).
    public var isNew: Bool
    /// Whether the patch deletes the file (`deleted file mode`, or `/dev/null` as the new side).
    public var isDeleted: Bool
    /// Whether git marked the change as a rename (`rename from` / `rename to`).
    public var isRename: Bool
    /// The mode before the change (`100644`, `100755`, …), from `old mode` or `deleted file mode`.
    public var oldMode: String?
    /// The mode after the change, from `new mode` or `new file mode`.
    public var newMode: String?
    /// The percentage from git's `similarity index` line, for renames.
    public var similarity: Int?
    /// Whether the patch came with a `diff --git` header.
    public var isGitStyle: Bool
    /// The hunks in patch order; empty for a pure rename or mode change.
    public var hunks: [UnifiedHunk]
    /// The 1-based line of the patch text where this file's part starts.
    public var line: Int

    /// A file patch from its parts, as the parser builds it.
    public init(oldPath: String?, newPath: String?, isNew: Bool = false, isDeleted: Bool = false,
                isRename: Bool = false, oldMode: String? = nil, newMode: String? = nil, similarity: Int? = nil,
                isGitStyle: Bool = false, hunks: [UnifiedHunk] = [], line: Int = 1) {
        self.oldPath = oldPath
        self.newPath = newPath
        self.isNew = isNew
        self.isDeleted = isDeleted
        self.isRename = isRename
        self.oldMode = oldMode
        self.newMode = newMode
        self.similarity = similarity
        self.isGitStyle = isGitStyle
        self.hunks = hunks
        self.line = line
    }

    /// The path the change concerns: the old path, or the new path for a new file.
    ///
    /// A plain `diff -u` names two files that need not be the same (`x.c.orig` and `x.c`); as GNU patch
    /// does, it then picks the name with the fewest components, then the shortest base name, then the
    /// shortest name.
    public var path: String {
        if isNew { return newPath ?? oldPath ?? "" }
        guard let oldPath else { return newPath ?? "" }
        guard !isGitStyle, let newPath, newPath != oldPath else { return oldPath }
        func rank(_ name: String) -> (Int, Int, Int) {
            let components = name.split(separator: "/")
            return (components.count, components.last?.utf8.count ?? 0, name.utf8.count)
        }
        return rank(newPath) < rank(oldPath) ? newPath : oldPath
    }
}

/// One `@@ -a,b +c,d @@` hunk: the lines it expects and the lines it leaves.
public struct UnifiedHunk: Sendable, Equatable {
    /// The 1-based first old line, and the number of old lines (context and removed). For an empty
    /// range, `oldStart` is the line after which the new lines go (0: the file's start).
    public var oldStart: Int
    public var oldCount: Int
    /// The 1-based first new line, and the number of new lines (context and added).
    public var newStart: Int
    public var newCount: Int
    /// The text after the closing `@@`, often the enclosing function, without the space before it.
    public var section: String
    /// The hunk's lines in order, each with its kind.
    public var lines: [UnifiedHunkLine]
    /// The 1-based line of the `@@` header in the patch text.
    public var line: Int

    /// A hunk from its header's numbers and its lines.
    public init(oldStart: Int, oldCount: Int, newStart: Int, newCount: Int, section: String = "",
                lines: [UnifiedHunkLine], line: Int = 1) {
        self.oldStart = oldStart
        self.oldCount = oldCount
        self.newStart = newStart
        self.newCount = newCount
        self.section = section
        self.lines = lines
        self.line = line
    }

    /// The header as git writes it, for messages.
    public var header: String {
        func range(_ start: Int, _ count: Int) -> String { count == 1 ? "\(start)" : "\(start),\(count)" }
        return "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@"
    }

    /// The lines the file must have where the hunk applies: context and removed lines, in order.
    public var oldLines: [[UInt8]] { lines.filter { $0.kind != .added }.map(\.text) }

    /// The lines the hunk leaves there: context and added lines, in order.
    public var newLines: [[UInt8]] { lines.filter { $0.kind != .removed }.map(\.text) }
}

/// A line of a hunk.
public struct UnifiedHunkLine: Sendable, Equatable {
    /// What a line does: ` ` kept, `-` removed, `+` added.
    public enum Kind: Sendable, Equatable {
        case context, removed, added
    }

    public var kind: Kind
    /// The line as it is in the file, its break included exactly (`\n`, `\r\n`), or none when a
    /// `\ No newline at end of file` marker follows it.
    public var text: [UInt8]

    /// A line of the given kind with its exact bytes.
    public init(_ kind: Kind, _ text: [UInt8]) {
        self.kind = kind
        self.text = text
    }
}
