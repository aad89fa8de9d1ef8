import TreeSitter

/// Judges TOML by the TOML 1.0 rules tree-sitter-toml leaves to the reader: a key is defined once
/// in its table, a table once (by a header or by dotted keys, not both), inline tables and arrays
/// are closed, `[[array]]` does not turn a value or table into an array. The rules are applied
/// as Python's `tomllib` applies them, over tree-sitter's tree; the rest comes from its ERROR and
/// MISSING nodes.
public struct TOMLValidator: SyntaxValidator {
    public init() {}

    public var needsTree: Bool { true }

    public func diagnostics(for source: SourceText, tree: Tree?) -> [SyntaxDiagnostic] {
        let grammar = TreeSitterValidator().diagnostics(for: source, tree: tree)
        guard let root = tree?.rootNode else { return grammar }
        var checker = TOMLDefinitions(body: source.body)
        checker.check(root)
        return SyntaxDiagnostic.merging(grammar, checker.errors.map {
            SyntaxDiagnostic(kind: .syntaxError, message: $0.message, byteRange: $0.range, in: source)
        })
    }
}

/// The tables and keys a TOML document defines, and where it defines one twice.
struct TOMLDefinitions {
    let body: ArraySlice<UInt8>
    private(set) var errors: [(message: String, range: Range<Int>)] = []

    init(body: ArraySlice<UInt8>) {
        self.body = body
    }

    /// A table, an array (of tables, or a value), or any other value.
    final class Nest {
        enum Kind { case table, list, value }
        let kind: Kind
        var children: [String: Nest] = [:]
        var items: [Nest] = []

        init(_ kind: Kind) {
            self.kind = kind
        }

        /// The table at `key` below this one, made where missing; nil where a value stands.
        /// With `accessLists`, an array of tables stands for its last table.
        func nest(at key: ArraySlice<String>, accessLists: Bool = true) -> Nest? {
            var current = self
            for part in key {
                guard current.kind == .table else { return nil }
                let next: Nest
                if let existing = current.children[part] {
                    next = existing
                } else {
                    next = Nest(.table)
                    current.children[part] = next
                }
                current = accessLists && next.kind == .list ? (next.items.last ?? next) : next
                if current.kind != .table { return nil }
            }
            return current
        }
    }

    /// What is known of a key: declared by a header or a dotted key (`explicit`), closed
    /// (`frozen`, for inline tables and arrays), for the key alone or with everything below it.
    final class Flags {
        static let frozen: UInt8 = 1
        static let explicit: UInt8 = 2
        var flags: UInt8 = 0
        var recursive: UInt8 = 0
        var nested: [String: Flags] = [:]

        func set(_ key: [String], _ flag: UInt8, recursive isRecursive: Bool) {
            var current = self
            for part in key {
                if let next = current.nested[part] {
                    current = next
                } else {
                    let next = Flags()
                    current.nested[part] = next
                    current = next
                }
            }
            if isRecursive { current.recursive |= flag } else { current.flags |= flag }
        }

        func unsetAll(_ key: [String]) {
            var current = self
            for part in key.dropLast() {
                guard let next = current.nested[part] else { return }
                current = next
            }
            current.nested[key.last!] = nil
        }

        func has(_ key: [String], _ flag: UInt8) -> Bool {
            guard let stem = key.last else { return false }
            var current = self
            for part in key.dropLast() {
                guard let next = current.nested[part] else { return false }
                if next.recursive & flag != 0 { return true }
                current = next
            }
            guard let last = current.nested[stem] else { return false }
            return (last.flags | last.recursive) & flag != 0
        }
    }

    mutating func check(_ root: Node) {
        let data = Nest(.table)
        let flags = Flags()
        var pending: [[String]] = []
        var header: [String] = []
        var skipping = false
        for child in root.namedChildren {
            switch child.type {
            case "pair":
                guard !skipping else { continue }
                pair(child, header: header, data: data, flags: flags, pending: &pending)
            case "table", "table_array_element":
                for key in pending { flags.set(key, Flags.explicit, recursive: false) }
                pending = []
                guard let keyNode = child.namedChildren.first(where: { Self.isKey($0) }) else {
                    skipping = true
                    continue
                }
                let key = self.key(keyNode)
                let spelled = key.joined(separator: ".")
                header = key
                skipping = false
                if child.type == "table" {
                    if flags.has(key, Flags.explicit) || flags.has(key, Flags.frozen) {
                        fail("table [\(spelled)] is defined twice (a header or dotted keys defined it already)", keyNode)
                        skipping = true
                        continue
                    }
                    flags.set(key, Flags.explicit, recursive: false)
                    if data.nest(at: key[...]) == nil {
                        fail("[\(spelled)] names a value, not a table", keyNode)
                        skipping = true
                        continue
                    }
                } else {
                    if flags.has(key, Flags.frozen) {
                        fail("[[\(spelled)]] adds to an inline table or array, which cannot be extended", keyNode)
                        skipping = true
                        continue
                    }
                    flags.unsetAll(key)
                    flags.set(key, Flags.explicit, recursive: false)
                    if let parent = data.nest(at: key.dropLast()) {
                        if let existing = parent.children[key.last!] {
                            if existing.kind == .list {
                                existing.items.append(Nest(.table))
                            } else {
                                fail("[[\(spelled)]] names a value or table, not an array of tables", keyNode)
                                skipping = true
                                continue
                            }
                        } else {
                            let list = Nest(.list)
                            list.items.append(Nest(.table))
                            parent.children[key.last!] = list
                        }
                    } else {
                        fail("[[\(spelled)]] lies below a value, not a table", keyNode)
                        skipping = true
                        continue
                    }
                }
                for item in child.namedChildren where item.type == "pair" {
                    guard !skipping else { break }
                    pair(item, header: header, data: data, flags: flags, pending: &pending)
                }
            default:
                break
            }
        }
    }

    private mutating func pair(_ node: Node, header: [String], data: Nest, flags: Flags, pending: inout [[String]]) {
        guard let keyNode = node.namedChildren.first(where: { Self.isKey($0) }) else { return }
        let key = self.key(keyNode)
        guard let stem = key.last else { return }
        let parentKey = header + key.dropLast()
        for length in 1..<key.count {
            let container = header + key.prefix(length)
            if flags.has(container, Flags.explicit) {
                fail("`\(key.prefix(length).joined(separator: "."))` redefines table [\(container.joined(separator: "."))], which a header or earlier dotted keys defined", keyNode)
                return
            }
            pending.append(container)
        }
        if flags.has(parentKey, Flags.frozen) {
            fail("`\(key.joined(separator: "."))` adds to an inline table or array, which cannot be extended", keyNode)
            return
        }
        guard let nest = data.nest(at: parentKey[...]) else {
            fail("`\(key.joined(separator: "."))` lies below a value, not a table", keyNode)
            return
        }
        if nest.children[stem] != nil {
            fail("`\(key.joined(separator: "."))` is defined twice\(header.isEmpty ? "" : " in [\(header.joined(separator: "."))]")", keyNode)
            return
        }
        let valueNode = node.namedChildren.last
        let value = valueNode.map { self.value($0) } ?? Nest(.value)
        if value.kind != .value { flags.set(header + key, Flags.frozen, recursive: true) }
        nest.children[stem] = value
    }

    /// A value as a nest; an inline table's own keys are checked as `tomllib` checks them.
    private mutating func value(_ node: Node) -> Nest {
        switch node.type {
        case "inline_table":
            let table = Nest(.table)
            let flags = Flags()
            for pair in node.namedChildren where pair.type == "pair" {
                guard let keyNode = pair.namedChildren.first(where: { Self.isKey($0) }) else { continue }
                let key = self.key(keyNode)
                guard let stem = key.last else { continue }
                if flags.has(key, Flags.frozen) {
                    fail("`\(key.joined(separator: "."))` adds to an inline table or array, which cannot be extended", keyNode)
                    continue
                }
                guard let nest = table.nest(at: key.dropLast(), accessLists: false) else {
                    fail("`\(key.joined(separator: "."))` lies below a value, not a table", keyNode)
                    continue
                }
                if nest.children[stem] != nil {
                    fail("`\(key.joined(separator: "."))` is defined twice in this inline table", keyNode)
                    continue
                }
                let value = pair.namedChildren.last.map { self.value($0) } ?? Nest(.value)
                nest.children[stem] = value
                if value.kind != .value { flags.set(key, Flags.frozen, recursive: true) }
            }
            return table
        case "array":
            let list = Nest(.list)
            list.items = node.namedChildren.filter { $0.type != "comment" }.map { value($0) }
            return list
        default:
            return Nest(.value)
        }
    }

    private static func isKey(_ node: Node) -> Bool {
        node.type == "bare_key" || node.type == "quoted_key" || node.type == "dotted_key"
    }

    /// The parts of a key, with quoted parts unescaped.
    private func key(_ node: Node) -> [String] {
        switch node.type {
        case "dotted_key":
            return node.namedChildren.filter(Self.isKey).flatMap { key($0) }
        case "quoted_key":
            let text = body[(body.startIndex + node.startByte)..<(body.startIndex + node.endByte)]
            guard text.count >= 2 else { return [String(decoding: text, as: UTF8.self)] }
            let inner = text.dropFirst().dropLast()
            return [text.first == UInt8(ascii: "'") ? String(decoding: inner, as: UTF8.self) : Self.unescape(inner)]
        default:
            return [String(decoding: body[(body.startIndex + node.startByte)..<(body.startIndex + node.endByte)], as: UTF8.self)]
        }
    }

    private static func unescape(_ bytes: ArraySlice<UInt8>) -> String {
        var result: [UInt8] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < bytes.endIndex else {
                result.append(byte)
                index += 1
                continue
            }
            let escape = bytes[index + 1]
            index += 2
            switch escape {
            case UInt8(ascii: "n"): result.append(0x0A)
            case UInt8(ascii: "t"): result.append(0x09)
            case UInt8(ascii: "r"): result.append(0x0D)
            case UInt8(ascii: "b"): result.append(0x08)
            case UInt8(ascii: "f"): result.append(0x0C)
            case UInt8(ascii: "u"), UInt8(ascii: "U"):
                let length = escape == UInt8(ascii: "u") ? 4 : 8
                let digits = bytes[index..<min(index + length, bytes.endIndex)]
                if let value = UInt32(String(decoding: digits, as: UTF8.self), radix: 16), let scalar = Unicode.Scalar(value) {
                    result += Array(String(Character(scalar)).utf8)
                }
                index += digits.count
            default: result.append(escape)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private mutating func fail(_ message: String, _ node: Node) {
        errors.append((message, node.byteRange))
    }
}
