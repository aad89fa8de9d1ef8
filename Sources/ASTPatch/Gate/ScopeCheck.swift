import TreeSitter

/// Checks that an edit stays where its target is: a replacement inside the smallest named node
/// enclosing the target (which must still exist afterwards, with its type, holding all of the new
/// content), and inserted declarations beside the target, as its siblings.
public enum ScopeCheck {
    public static func violation(operation: Edit.Operation, target: ResolvedTarget, edit: ByteEdit,
                                 before: Document, after: Document, path: String) -> PatchDiagnostic? {
        guard let oldTree = before.tree, let newTree = after.tree else { return nil }
        if case .lines = target.kind { return nil }
        let oldRoot = oldTree.rootNode
        let newRoot = newTree.rootNode
        switch operation {
        case .replace, .delete:
            guard var enclosing = oldRoot.namedDescendant(spanning: target.range) else { return nil }
            while enclosing.byteRange == target.range || !contains(enclosing.byteRange, edit.range), let parent = enclosing.parent {
                enclosing = parent
            }
            // Structure that was already broken cannot be reasoned about.
            if enclosing.hasError || enclosing == oldRoot { return nil }
            let expected = enclosing.byteRange.lowerBound..<(enclosing.byteRange.upperBound + edit.delta)
            if node(ofType: enclosing.type, exactly: expected, in: newRoot) != nil { return nil }
            let lines = lineRange(enclosing, in: before.source)
            let location = after.source.location(ofOffset: min(edit.range.lowerBound, after.source.body.count))
            return PatchDiagnostic(
                .scopeViolation,
                "the edit escapes the \(enclosing.type) that encloses its target (lines \(lines)): afterwards no \(enclosing.type) holds all of the new content, so code outside the target changed shape",
                path: path, line: location.line, column: location.column)
        case .insertBefore, .insertAfter:
            let inserted = trimmed(edit.range.lowerBound..<(edit.range.lowerBound + edit.replacement.count), in: after.body)
            guard !inserted.isEmpty else { return nil }
            let shift = operation == .insertBefore ? edit.delta : 0
            let moved = (target.range.lowerBound + shift)..<(target.range.upperBound + shift)
            guard let smallest = newRoot.namedDescendant(spanning: moved), var holder = newRoot.namedDescendant(spanning: inserted)
            else { return nil }
            // A statement that is one expression spans the same bytes as the expression.
            while let parent = holder.parent, parent.byteRange == holder.byteRange, parent != newRoot { holder = parent }
            // The target's own line holds the target and the statements or declarations around it
            // up to the line's edges; inserted content must sit beside one of them.
            let source = after.source
            let firstLine = source.lineIndex(containing: moved.lowerBound)
            let lastLine = source.lineIndex(containing: max(moved.lowerBound, moved.upperBound - 1))
            let span = source.lineStarts[firstLine]..<(lastLine + 1 < source.lineStarts.count ? source.lineStarts[lastLine + 1] : source.body.count)
            var allowed: [Node] = []
            var node = smallest
            while let parent = node.parent {
                allowed.append(parent)
                guard parent != newRoot, span.lowerBound <= parent.startByte, parent.endByte <= span.upperBound else { break }
                node = parent
            }
            if allowed.contains(holder) || holder.parent.map({ allowed.contains($0) }) == true { return nil }
            if let oldTarget = oldRoot.namedDescendant(spanning: target.range), oldTarget.parent?.hasError == true { return nil }
            let location = source.location(ofOffset: inserted.lowerBound)
            let expected = allowed.first?.type ?? "its parent"
            return PatchDiagnostic(
                .scopeViolation,
                "the inserted content does not become a sibling of the \(smallest.type) it was placed beside: it lands in \(holder.parent?.type ?? holder.type) instead of \(expected); check its indentation and brackets",
                path: path, line: location.line, column: location.column)
        case .create, .deleteFile, .renameFile:
            return nil
        }
    }

    private static func contains(_ outer: Range<Int>, _ inner: Range<Int>) -> Bool {
        outer.lowerBound <= inner.lowerBound && inner.upperBound <= outer.upperBound
    }

    /// A named node of `type` spanning exactly `range`.
    static func node(ofType type: String, exactly range: Range<Int>, in root: Node) -> Node? {
        var candidate = root.namedDescendant(spanning: range)
        while let node = candidate, node.byteRange == range {
            if node.type == type { return node }
            candidate = node.parent
        }
        return nil
    }

    /// The largest named node of `type` that starts at `offset`.
    static func node(ofType type: String, startingAt offset: Int, in root: Node) -> Node? {
        var candidate = root.namedDescendant(spanning: offset..<offset)
        var found: Node?
        while let node = candidate, node.startByte == offset {
            if node.type == type { found = node }
            candidate = node.parent
        }
        return found
    }

    private static func trimmed(_ range: Range<Int>, in body: [UInt8]) -> Range<Int> {
        var start = range.lowerBound
        var end = min(range.upperBound, body.count)
        while start < end, [0x20, 0x09, 0x0A, 0x0D].contains(body[start]) { start += 1 }
        while end > start, [0x20, 0x09, 0x0A, 0x0D].contains(body[end - 1]) { end -= 1 }
        return start..<end
    }

    private static func lineRange(_ node: Node, in source: SourceText) -> String {
        let first = source.location(ofOffset: node.startByte).line
        let last = source.location(ofOffset: max(node.startByte, node.endByte - 1)).line
        return first == last ? "\(first)" : "\(first)–\(last)"
    }
}
