/// Answers "which declaration encloses byte N" for one file's outline: the innermost symbol
/// whose byte range holds the offset.
public struct SymbolIndex: Sendable {
    public let symbols: [OutlineSymbol]
    /// The index of each symbol's innermost enclosing symbol, by byte ranges.
    private let parents: [Int?]

    /// `symbols` in document order, as ``Outliner`` returns them.
    public init(_ symbols: [OutlineSymbol]) {
        let ordered = symbols.enumerated().sorted {
            ($0.element.byteRange.lowerBound, -$0.element.byteRange.upperBound, $0.offset)
                < ($1.element.byteRange.lowerBound, -$1.element.byteRange.upperBound, $1.offset)
        }.map(\.element)
        self.symbols = ordered
        var parents: [Int?] = []
        var open: [Int] = []
        for (index, symbol) in ordered.enumerated() {
            while let last = open.last, ordered[last].byteRange.upperBound <= symbol.byteRange.lowerBound {
                open.removeLast()
            }
            parents.append(open.last)
            open.append(index)
        }
        self.parents = parents
    }

    /// The innermost symbol holding `offset`, or nil at the top level.
    public func symbol(enclosing offset: Int) -> OutlineSymbol? {
        // The last symbol starting at or before the offset; if it ends before the offset, the
        // enclosing symbol, if any, is one of its ancestors.
        var low = 0
        var high = symbols.count
        while low < high {
            let mid = (low + high) / 2
            if symbols[mid].byteRange.lowerBound <= offset { low = mid + 1 } else { high = mid }
        }
        var candidate = low > 0 ? low - 1 : nil
        while let index = candidate {
            if symbols[index].byteRange.contains(offset) { return symbols[index] }
            candidate = parents[index]
        }
        return nil
    }
}
