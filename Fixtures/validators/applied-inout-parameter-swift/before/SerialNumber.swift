public struct SerialNumber: Hashable, Sendable {
    public let bytes: ArraySlice<UInt8>

    /// Construct a serial number from its raw big-endian bytes.
    @inlinable
    public init(bytes: [UInt8]) {
        self.bytes = ArraySlice(bytes)
    }

    public var description: String {
        bytes.map { String($0, radix: 16) }.joined(separator: ":")
    }
}
