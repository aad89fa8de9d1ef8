/// A declaration in a file's outline, named by its symbol path.
public struct OutlineSymbol: Sendable, Equatable, Codable {
    /// What the declaration is: `class`, `function`, `method`, `struct`, `property`, ….
    public var kind: String
    public var name: String
    /// The names of the enclosing declarations and this one joined by `.`; the n-th declaration
    /// with an already used path gets the suffix `#n` (`Greeter.greet#2`).
    public var path: String
    /// UTF-8 byte offsets into the file's body, from the first byte of the declaration (its
    /// attributes and decorators included) to its last.
    public var byteRange: Range<Int>
    public var start: SourceLocation
    public var end: SourceLocation
    /// How many declarations enclose this one.
    public var depth: Int

    public init(kind: String, name: String, path: String, byteRange: Range<Int>, start: SourceLocation, end: SourceLocation, depth: Int) {
        self.kind = kind
        self.name = name
        self.path = path
        self.byteRange = byteRange
        self.start = start
        self.end = end
        self.depth = depth
    }
}

/// Assigns unique symbol paths in document order: the second `A.f` becomes `A.f#2`.
struct SymbolPathAllocator {
    private var counts: [String: Int] = [:]

    mutating func path(parent: String?, name: String) -> String {
        let base = parent.map { "\($0).\(name)" } ?? name
        let count = (counts[base] ?? 0) + 1
        counts[base] = count
        return count == 1 ? base : "\(base)#\(count)"
    }
}
