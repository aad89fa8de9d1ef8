import Synchronization
import TreeSitter

/// Judges YAML as YAML parsers do where tree-sitter-yaml is looser: an alias names an anchor
/// defined before it in the same document; a block scalar's lines are indented at least as much
/// as its first line; indentation is spaces. And where PyYAML and libyaml are stricter than YAML
/// 1.2 (a file they refuse is broken for most of its readers): an anchor is defined once per
/// document, its name is letters, digits, `-` and `_`, a mapping entry has a key, a comment is not
/// indented with a tab. The rest comes from tree-sitter's ERROR and MISSING nodes. Duplicate keys,
/// which YAML 1.2 forbids, are left alone: PyYAML and libyaml take them.
public struct YAMLValidator: SyntaxValidator {
    public init() {}

    public var needsTree: Bool { true }

    public func diagnostics(for source: SourceText, tree: Tree?) -> [SyntaxDiagnostic] {
        let grammar = TreeSitterValidator().diagnostics(for: source, tree: tree)
        guard let root = tree?.rootNode else { return grammar }
        var checks = YAMLChecks(source: source)
        checks.walk(root)
        checks.checkTabs(root)
        return SyntaxDiagnostic.merging(grammar, checks.errors.map {
            SyntaxDiagnostic(kind: .syntaxError, message: $0.message, byteRange: $0.range, in: source)
        })
    }
}

struct YAMLChecks {
    let source: SourceText
    private(set) var errors: [(message: String, range: Range<Int>)] = []
    private var anchors: Set<[UInt8]> = []

    init(source: SourceText) {
        self.source = source
    }

    private func text(_ node: Node) -> ArraySlice<UInt8> {
        source.body[(source.body.startIndex + node.startByte)..<(source.body.startIndex + node.endByte)]
    }

    /// The node types the walk acts on, by symbol.
    private enum Kind: UInt8 { case other, document, anchor, alias, mappingPair, blockScalar }

    private static let tables = Mutex<[Language: [Kind]]>([:])

    private static func table(for language: Language) -> [Kind] {
        if let table = tables.withLock({ $0[language] }) { return table }
        let names: [String: Kind] = ["document": .document, "anchor": .anchor, "alias": .alias,
                                     "block_mapping_pair": .mappingPair, "block_scalar": .blockScalar]
        let table = (0..<language.symbolCount).map { names[language.symbolName(UInt16($0))] ?? .other }
        tables.withLock { $0[language] = table }
        return table
    }

    mutating func walk(_ root: Node) {
        let kinds = Self.table(for: root.tree.language)
        let cursor = root.walk()
        var descend = true
        while true {
            if descend {
                let symbol = Int(cursor.currentSymbol)
                switch symbol < kinds.count ? kinds[symbol] : .other {
                case .document: anchors = []
                case .anchor: anchor(cursor.currentNode)
                case .alias: alias(cursor.currentNode)
                case .mappingPair: mappingPair(cursor.currentNode)
                case .blockScalar: blockScalar(cursor.currentNode)
                case .other: break
                }
                if cursor.gotoFirstChild() { continue }
            }
            if cursor.gotoNextSibling() {
                descend = true
            } else if cursor.gotoParent() {
                descend = false
            } else {
                break
            }
        }
    }

    private mutating func anchor(_ node: Node) {
        guard let name = portableName(node, what: "anchor") else { return }
        if !anchors.insert(name).inserted {
            errors.append(("anchor &\(String(decoding: name, as: UTF8.self)) is defined twice in this document (PyYAML and libyaml refuse the file)", node.byteRange))
        }
    }

    private mutating func alias(_ node: Node) {
        guard let name = portableName(node, what: "alias") else { return }
        if !anchors.contains(name) {
            errors.append(("alias *\(String(decoding: name, as: UTF8.self)) names no anchor defined before it in this document", node.byteRange))
        }
    }

    /// The name of `&name` or `*name` as PyYAML and libyaml read it: letters, digits, `-` and `_`,
    /// ending where a space, a line break or one of `?:,]}%@` and a backquote follows. tree-sitter
    /// takes more into the name (`&a:`); nil, after reporting it, for a name they refuse.
    private mutating func portableName(_ node: Node, what: String) -> [UInt8]? {
        let text = text(node).dropFirst()
        let name = Array(text.prefix { byte in
            (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) || byte == 0x2D || byte == 0x5F || byte >= 0x80
        })
        let body = source.body
        let after = node.startByte + 1 + name.count
        let next = after < body.count ? body[body.startIndex + after] : 0x0A
        if name.isEmpty || !Array(" \t\r\n?:,]}%@`".utf8).contains(next) {
            errors.append(("\(what) name `\(String(decoding: text.prefix(40), as: UTF8.self))` holds characters PyYAML and libyaml refuse (they take letters, digits, `-` and `_`)", node.byteRange))
            return nil
        }
        return name
    }

    /// `: value` with no key and no `?` before it.
    private mutating func mappingPair(_ node: Node) {
        guard let first = node.child(at: 0), first.type == ":" else { return }
        errors.append(("a mapping entry without a key: YAML parsers such as PyYAML and libyaml refuse `: value` (write `? key` or a key before the colon)", first.byteRange))
    }

    /// Without an indentation indicator, a block scalar's content is indented as its first
    /// non-empty line (or its most indented leading empty line); a line indented less ends it.
    private mutating func blockScalar(_ node: Node) {
        let body = source.body
        let base = body.startIndex
        var index = node.startByte
        while index < node.endByte, body[base + index] != 0x0A {
            // An explicit indentation indicator (`|2`) sets the indentation: leave it be.
            if body[base + index] >= 0x31, body[base + index] <= 0x39 { return }
            if body[base + index] == UInt8(ascii: "#") { break }
            index += 1
        }
        var indent: Int?
        var leading = 0
        index += 1
        while index < node.endByte {
            var spaces = 0
            while index + spaces < body.count, body[base + index + spaces] == 0x20 { spaces += 1 }
            let next = index + spaces < body.count ? body[base + index + spaces] : 0x0A
            let blank = next == 0x0A || next == 0x0D
            if let expected = indent {
                if !blank, spaces < expected {
                    errors.append(("this line of the block scalar is indented less than its first line (\(expected) spaces), which ends the scalar", (index + spaces)..<(index + spaces)))
                    return
                }
            } else if blank {
                leading = max(leading, spaces)
            } else {
                indent = max(spaces, leading)
            }
            while index < node.endByte, body[base + index] != 0x0A { index += 1 }
            index += 1
        }
    }

    /// Indentation is spaces: a tab before the first token of a line (outside a block scalar or a
    /// quoted scalar) is refused by YAML parsers.
    mutating func checkTabs(_ root: Node) {
        let body = source.body
        let base = body.startIndex
        for (line, start) in source.lineStarts.enumerated() {
            var index = start
            var sawTab = false
            while index < body.count, body[base + index] == 0x20 || body[base + index] == 0x09 {
                if body[base + index] == 0x09 { sawTab = true }
                index += 1
            }
            guard sawTab, index < body.count, body[base + index] != 0x0A, body[base + index] != 0x0D else { continue }
            var node = root.namedDescendant(spanning: index..<(index + 1))
            var inScalar = false
            while let current = node {
                if ["block_scalar", "double_quote_scalar", "single_quote_scalar", "plain_scalar"].contains(current.type),
                   current.startByte < start {
                    inScalar = true
                    break
                }
                node = current.parent
            }
            if !inScalar {
                errors.append(("line \(line + 1) is indented with a tab: YAML indentation is spaces", start..<index))
            }
        }
    }
}
