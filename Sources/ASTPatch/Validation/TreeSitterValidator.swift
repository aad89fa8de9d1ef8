import TreeSitter

/// Reports tree-sitter's ERROR and MISSING nodes. Only subtrees that hold an error are entered,
/// so a clean file costs one look at the root.
public struct TreeSitterValidator: SyntaxValidator {
    public init() {}

    public var needsTree: Bool { true }

    public func isEvidentlyClean(_ tree: Tree, body: ArraySlice<UInt8>) -> Bool { !tree.rootNode.hasError }

    public func diagnostics(for source: SourceText, tree: Tree?) -> [SyntaxDiagnostic] {
        guard let root = tree?.rootNode, root.hasError else { return [] }
        var found: [SyntaxDiagnostic] = []
        let cursor = root.walk()
        var descend = true
        while true {
            let node = cursor.currentNode
            if descend {
                if node.isError {
                    found.append(diagnostic(forError: innermostFirstError(in: node), source: source))
                } else if node.isMissing {
                    found.append(SyntaxDiagnostic(
                        kind: .missingNode, message: "missing \(describe(node.type))",
                        byteRange: node.byteRange, in: source))
                } else if node.hasError {
                    if !node.children.contains(where: { $0.hasError || $0.isMissing || $0.isError }) {
                        // The error lies in a hidden token (a MISSING `_identifier_token`, say)
                        // that no visible child shows: it stands where the node ends.
                        found.append(SyntaxDiagnostic(
                            kind: .missingNode, message: "missing token at the end of \(node.type)",
                            byteRange: node.endByte..<node.endByte, in: source))
                    } else if cursor.gotoFirstChild() {
                        continue
                    }
                }
            }
            if cursor.gotoNextSibling() {
                descend = true
            } else if cursor.gotoParent() {
                descend = false
            } else {
                break
            }
        }
        return found
    }

    /// Error recovery often wraps a long stretch of valid code in one ERROR node that starts well
    /// before the real mistake. When the first error inside it sits within a construct the parser
    /// did recognise (a function whose body holds a stray token), that inner error marks the
    /// mistake; when it sits among loose tokens of the ERROR itself, the ERROR's start does.
    private func innermostFirstError(in error: Node) -> Node {
        var current = error
        search: while true {
            for child in current.children where child.hasError || child.isMissing {
                if child.isMissing { return child }
                if child.isError { return current }
                if let nested = firstErrorDescendant(of: child) {
                    if nested.isMissing { return nested }
                    current = nested
                    continue search
                }
            }
            return current
        }
    }

    private func firstErrorDescendant(of node: Node) -> Node? {
        for child in node.children where child.hasError || child.isMissing {
            if child.isError || child.isMissing { return child }
            if let nested = firstErrorDescendant(of: child) { return nested }
        }
        return nil
    }

    private func diagnostic(forError node: Node, source: SourceText) -> SyntaxDiagnostic {
        if node.isMissing {
            return SyntaxDiagnostic(kind: .missingNode, message: "missing \(describe(node.type))", byteRange: node.byteRange, in: source)
        }
        let body = source.body
        let range = node.byteRange
        var start = range.lowerBound
        while start < range.upperBound, [0x20, 0x09, 0x0A, 0x0D].contains(body[body.startIndex + start]) { start += 1 }
        let token = body[(body.startIndex + start)..<(body.startIndex + range.upperBound)]
            .prefix { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }.prefix(40)
        var message = token.isEmpty
            ? "syntax error" + context(of: node)
            : "syntax error: unexpected `\(String(decoding: token, as: UTF8.self))`" + context(of: node)
        let first = source.lineIndex(containing: range.lowerBound) + 1
        let last = source.lineIndex(containing: max(range.lowerBound, range.upperBound - 1)) + 1
        if last > first {
            message += " (the parser could not make sense of lines \(first)–\(last))"
        }
        return SyntaxDiagnostic(kind: .syntaxError, message: message, byteRange: range, in: source)
    }

    private func describe(_ type: String) -> String {
        type.first?.isLetter == true || type.first == "_" ? type : "`\(type)`"
    }

    private func context(of node: Node) -> String {
        guard let parent = node.parent, parent.parent != nil, !parent.isError else { return "" }
        return " in \(parent.type)"
    }
}
