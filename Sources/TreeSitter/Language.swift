import CTreeSitter

/// A tree-sitter grammar: a pointer to a static `TSLanguage` that lives as long as the process.
public struct Language: @unchecked Sendable, Hashable {
    /// The raw `const TSLanguage *`; grammars are static data, never freed.
    public let pointer: OpaquePointer

    /// The ABI versions this runtime can load.
    public static let supportedABIRange: ClosedRange<Int> =
        Int(TREE_SITTER_MIN_COMPATIBLE_LANGUAGE_VERSION)...Int(TREE_SITTER_LANGUAGE_VERSION)

    public init(_ pointer: OpaquePointer) {
        self.pointer = pointer
    }

    /// The ABI version the grammar was generated for.
    public var abiVersion: Int { Int(ts_language_version(pointer)) }

    public var isLoadable: Bool { Self.supportedABIRange.contains(abiVersion) }

    public var symbolCount: Int { Int(ts_language_symbol_count(pointer)) }

    public func symbolName(_ symbol: UInt16) -> String {
        guard let name = ts_language_symbol_name(pointer, symbol) else { return "" }
        return String(cString: name)
    }

    public func fieldID(named name: String) -> UInt16? {
        let id = name.withCString { ts_language_field_id_for_name(pointer, $0, UInt32(name.utf8.count)) }
        return id == 0 ? nil : id
    }

    public func fieldName(_ id: UInt16) -> String? {
        guard id != 0, let name = ts_language_field_name_for_id(pointer, id) else { return nil }
        return String(cString: name)
    }
}
