import CTreeSitter

/// A position in a text: a zero-based row and a zero-based UTF-8 byte column.
public struct Point: Sendable, Hashable, Codable, Comparable {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    init(_ point: TSPoint) {
        self.init(row: Int(point.row), column: Int(point.column))
    }

    var raw: TSPoint { TSPoint(row: UInt32(row), column: UInt32(column)) }

    public static func < (lhs: Point, rhs: Point) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }
}
