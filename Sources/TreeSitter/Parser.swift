import CTreeSitter

/// Owns one `TSParser`. Not thread-safe: use one parser per thread.
public final class Parser {
    let pointer: OpaquePointer

    public init() {
        pointer = ts_parser_new()
    }

    deinit {
        ts_parser_delete(pointer)
    }

    /// Sets the grammar; fails when the grammar's ABI is outside what this runtime loads.
    public func setLanguage(_ language: Language) throws(TreeSitterError) {
        guard ts_parser_set_language(pointer, language.pointer) else {
            throw .incompatibleLanguage(abi: language.abiVersion, supported: Language.supportedABIRange)
        }
    }

    /// Parsing stops with `nil` after this many microseconds; 0 means no limit.
    public var timeoutMicroseconds: UInt64 {
        get { ts_parser_timeout_micros(pointer) }
        set { ts_parser_set_timeout_micros(pointer, newValue) }
    }

    /// Parses UTF-8 bytes, reusing `oldTree` (already edited) for an incremental parse.
    public func parse(_ bytes: [UInt8], oldTree: Tree? = nil) -> Tree? {
        let raw: OpaquePointer? = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else {
                return ts_parser_parse_string(pointer, oldTree?.pointer, "", 0)
            }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                ts_parser_parse_string_encoding(pointer, oldTree?.pointer, $0, UInt32(buffer.count), TSInputEncodingUTF8)
            }
        }
        return raw.map { Tree(owning: $0, bytesCount: bytes.count) }
    }

    /// Parses UTF-8 bytes in place, without copying them.
    public func parse(_ buffer: UnsafeBufferPointer<UInt8>, oldTree: Tree? = nil) -> Tree? {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return parse([UInt8](), oldTree: oldTree) }
        let raw = base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
            ts_parser_parse_string_encoding(pointer, oldTree?.pointer, $0, UInt32(buffer.count), TSInputEncodingUTF8)
        }
        return raw.map { Tree(owning: $0, bytesCount: buffer.count) }
    }

    /// Discards the state of a parse that stopped early (timeout) so the next parse starts afresh.
    public func reset() {
        ts_parser_reset(pointer)
    }
}

/// What the tree-sitter layer can fail with.
public enum TreeSitterError: Error, Equatable, Sendable {
    case incompatibleLanguage(abi: Int, supported: ClosedRange<Int>)
    case query(kind: QueryErrorKind, offset: Int)
}
