/// A target found in a document: the bytes it covers and how they were found.
public struct ResolvedTarget: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A syntax node (symbol or query target).
        case node
        /// Whole lines, their line breaks included.
        case lines
        /// Exact text.
        case text
        /// Text found by ignoring each line's leading and trailing whitespace; the content is
        /// re-indented from `expectedIndent` to `actualIndent`.
        case tolerantText(expectedIndent: [UInt8], actualIndent: [UInt8])
    }

    /// Offsets into the document's body.
    public var range: Range<Int>
    public var kind: Kind
}
