import TreeSitter

/// A file's declarations with their symbol paths, the names `symbol` targets of a patch use.
public struct Outliner: Sendable {
    public var grammars: GrammarRegistry
    public var rules: [String: OutlineRules]

    public init(grammars: GrammarRegistry = .shared, rules: [String: OutlineRules] = OutlineRules.builtIn) {
        self.grammars = grammars
        self.rules = rules
    }

    /// The declarations of `source` in `language`, in document order. Swift is read with
    /// swift-syntax; every other language from its tree-sitter tree (parsed here if not given).
    public func symbols(in source: SourceText, language: String, tree: Tree? = nil) throws -> [OutlineSymbol] {
        if language == "swift" {
            return SwiftOutliner(source: source).symbols()
        }
        guard let rules = rules[language] else { return [] }
        let parsed: Tree
        if let tree {
            parsed = tree
        } else {
            let parser = Parser()
            try parser.setLanguage(try grammars.language(named: language))
            guard let tree = parser.parse(source.parseableBytes) else { return [] }
            parsed = tree
        }
        return TreeSitterOutliner(rules: rules, source: source).symbols(in: parsed)
    }
}
