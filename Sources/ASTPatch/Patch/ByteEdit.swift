/// Replaces a UTF-8 byte range of a text with new bytes: the unit every patch format reduces to.
public struct ByteEdit: Sendable, Equatable {
    /// The range in the text as it is before this edit.
    public var range: Range<Int>
    public var replacement: [UInt8]

    public init(range: Range<Int>, replacement: [UInt8]) {
        self.range = range
        self.replacement = replacement
    }

    public var delta: Int { replacement.count - range.count }

    /// The same edit without the bytes it leaves as they are at either end: a hunk's replacement
    /// repeats its context lines, which the edit does not really touch.
    public func narrowed(in text: [UInt8]) -> ByteEdit {
        let old = text[range]
        var prefix = 0
        let limit = min(old.count, replacement.count)
        while prefix < limit, old[old.startIndex + prefix] == replacement[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < limit - prefix, old[old.endIndex - 1 - suffix] == replacement[replacement.count - 1 - suffix] { suffix += 1 }
        return ByteEdit(range: (range.lowerBound + prefix)..<(range.upperBound - suffix),
                        replacement: Array(replacement[prefix..<(replacement.count - suffix)]))
    }

    /// The text with this edit made.
    public func applied(to bytes: [UInt8]) -> [UInt8] {
        var result = bytes
        result.replaceSubrange(range, with: replacement)
        return result
    }
}

/// What a patch does to one file, whatever the patch's format.
public struct FileChange: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable {
        case create, modify, delete
    }

    public var kind: Kind
    /// The file's path relative to the root, before the patch.
    public var path: String
    /// The path after the patch when the file is renamed (moved).
    public var newPath: String?
    /// The whole new content (with any byte-order mark) for `create` and `modify`.
    public var newBytes: [UInt8]?
    /// The byte edits, in order, each relative to the text left by the previous one, that turn the
    /// old file's bytes into `newBytes`; empty for create and delete.
    public var edits: [ByteEdit]
    /// The permission bits the file gets (git's `new mode 100755`), when the patch sets them.
    public var newMode: UInt32?

    public init(kind: Kind, path: String, newPath: String? = nil, newBytes: [UInt8]? = nil, edits: [ByteEdit] = [],
                newMode: UInt32? = nil) {
        self.kind = kind
        self.path = path
        self.newPath = newPath
        self.newBytes = newBytes
        self.edits = edits
        self.newMode = newMode
    }
}
