import TreeSitter

/// A file's text with its language, its tree-sitter tree and its validator's verdict: what the
/// patch engine edits. Editing yields a new document whose tree is reparsed incrementally.
public struct Document: @unchecked Sendable {
    public let source: SourceText
    /// The language, or nil when no grammar claims the file (it is then edited unvalidated).
    public let language: String?
    /// The tree-sitter tree of ``SourceText/body``; nil without a grammar.
    public let tree: Tree?
    /// The validator's syntax errors, in document order.
    public let diagnostics: [SyntaxDiagnostic]
    /// The validator that judged it (the language's, in the dialect of the file's name), which
    /// judges its edits too; nil without a grammar.
    let validator: (any SyntaxValidator)?
    /// False for a document read but not parsed yet (its tree and verdict are still to come).
    var isParsed = true

    public var bytes: [UInt8] { source.bytes }
    public var body: [UInt8] { source.parseableBytes }
}

/// Parses documents and their edits. Owns one tree-sitter parser per language, so use one per
/// thread.
public final class DocumentParser {
    public let grammars: GrammarRegistry
    public let validators: ValidatorRegistry
    private var parsers = ParserSet()

    public init(grammars: GrammarRegistry = .shared, validators: ValidatorRegistry = .standard) {
        self.grammars = grammars
        self.validators = validators
    }

    /// A document of `bytes` in `language` (nil: edited without a grammar). `path`, when given,
    /// chooses the language's dialect (``SyntaxValidator/forFile(named:)``).
    /// With `needsTree` false, no tree-sitter tree is built unless the validator needs one.
    public func document(_ bytes: [UInt8], language: String?, path: String? = nil, needsTree: Bool = true) throws -> Document {
        try document(SourceText(bytes), language: language, path: path, needsTree: needsTree)
    }

    /// The same, for a text whose layout is already known.
    public func document(_ source: SourceText, language: String?, path: String? = nil, needsTree: Bool = true) throws -> Document {
        guard let language else { return Document(source: source, language: nil, tree: nil, diagnostics: [], validator: nil) }
        let validator = validators.validator(for: language, path: path)
        let tree = needsTree || validator.needsTree
            ? try parsers.parse(source.parseableBytes, language: language, grammars: grammars) : nil
        let diagnostics = validator.diagnostics(for: source, tree: tree)
        // A tree built only for the validator is let go: a batch of hundreds of files would
        // otherwise hold every tree until the end.
        return Document(source: source, language: language, tree: needsTree ? tree : nil, diagnostics: diagnostics, validator: validator)
    }

    /// The document with `edits` made in order (each relative to the text the previous one left),
    /// its tree reparsed incrementally from the old one. `edits` are offsets into the body.
    public func editing(_ document: Document, with edits: [ByteEdit]) throws -> Document {
        var body = document.body
        var source = document.source
        let tree = document.tree?.copy()
        for edit in edits {
            let startPoint = source.point(ofOffset: edit.range.lowerBound)
            let oldEndPoint = source.point(ofOffset: edit.range.upperBound)
            let newEndPoint = Self.point(after: edit.replacement, from: startPoint)
            body.replaceSubrange(edit.range, with: edit.replacement)
            tree?.edit(InputEdit(startByte: edit.range.lowerBound, oldEndByte: edit.range.upperBound,
                                 newEndByte: edit.range.lowerBound + edit.replacement.count,
                                 startPoint: startPoint, oldEndPoint: oldEndPoint, newEndPoint: newEndPoint))
            if edits.count > 1 { source = SourceText(body) }
        }
        let bytes = (document.source.hasByteOrderMark ? SourceText.byteOrderMark : []) + body
        let newSource = SourceText(bytes)
        guard let language = document.language, let tree else {
            return Document(source: newSource, language: document.language, tree: nil, diagnostics: [], validator: nil)
        }
        let parser = try parsers.parser(for: language, grammars: grammars)
        guard let newTree = parser.parse(body, oldTree: tree) else { throw ParserSet.ParseFailure.cancelled }
        let validator = document.validator ?? validators.validator(for: language)
        let diagnostics = validator.diagnostics(for: newSource, tree: newTree)
        return Document(source: newSource, language: language, tree: newTree, diagnostics: diagnostics, validator: validator)
    }

    /// Where the text ends up after `bytes` are inserted at `start`.
    static func point(after bytes: [UInt8], from start: Point) -> Point {
        var row = start.row
        var column = start.column
        for byte in bytes {
            if byte == 0x0A {
                row += 1
                column = 0
            } else {
                column += 1
            }
        }
        return Point(row: row, column: column)
    }
}

extension SourceText {
    /// The zero-based row and byte column of a body offset, as tree-sitter counts them.
    func point(ofOffset offset: Int) -> Point {
        let line = lineIndex(containing: offset)
        return Point(row: line, column: offset - lineStarts[line])
    }
}
