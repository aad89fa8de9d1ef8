import CTreeSitter

/// One edit of a parsed text, described in bytes and points, for incremental reparsing.
public struct InputEdit: Sendable, Hashable {
    public var startByte: Int
    public var oldEndByte: Int
    public var newEndByte: Int
    public var startPoint: Point
    public var oldEndPoint: Point
    public var newEndPoint: Point

    public init(startByte: Int, oldEndByte: Int, newEndByte: Int, startPoint: Point, oldEndPoint: Point, newEndPoint: Point) {
        self.startByte = startByte
        self.oldEndByte = oldEndByte
        self.newEndByte = newEndByte
        self.startPoint = startPoint
        self.oldEndPoint = oldEndPoint
        self.newEndPoint = newEndPoint
    }

    var raw: TSInputEdit {
        TSInputEdit(
            start_byte: UInt32(startByte), old_end_byte: UInt32(oldEndByte), new_end_byte: UInt32(newEndByte),
            start_point: startPoint.raw, old_end_point: oldEndPoint.raw, new_end_point: newEndPoint.raw)
    }
}
