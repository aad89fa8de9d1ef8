/// How a grammar's node types map to outline declarations.
public struct OutlineRules: Sendable {
    /// How to find a declaration's name below its node.
    public enum Name: Sendable {
        /// The text of the child in this field.
        case field(String)
        /// The innermost node reached by following `declarator` fields from this field (C, C++).
        case declarator(String)
        /// The text of the first named child of one of these types.
        case firstChild(ofTypes: [String])
        /// The type named by the receiver of a Go method, or the `type` of a Rust `impl`.
        case typeName(field: String)
    }

    public struct Rule: Sendable {
        public var kind: String
        public var name: Name
        /// A kind used instead of `kind` when the declaration is inside another (`method` for a
        /// function in a class).
        public var nestedKind: String?
        /// Whether the declaration itself is listed; an `impl` block or an extension only names
        /// the path its members hang from.
        public var listed: Bool
        /// Whether declarations inside it are looked for.
        public var container: Bool
        /// Only when the node's parent is one of these types.
        public var parents: Set<String>?
        /// Whether a declaration of this kind inside a function body is left out (local variables).
        public var outsideFunctionsOnly: Bool
        /// A type name that goes before the declaration's name in its path (a Go method's receiver).
        public var qualifier: Name?
        /// Whether this declaration is a function, whose locals `outsideFunctionsOnly` rules skip.
        public var isFunction: Bool

        public init(_ kind: String, name: Name = .field("name"), nestedKind: String? = nil, listed: Bool = true,
                    container: Bool = true, parents: Set<String>? = nil, outsideFunctionsOnly: Bool = false,
                    qualifier: Name? = nil, isFunction: Bool = false) {
            self.kind = kind
            self.name = name
            self.nestedKind = nestedKind
            self.listed = listed
            self.container = container
            self.parents = parents
            self.outsideFunctionsOnly = outsideFunctionsOnly
            self.qualifier = qualifier
            self.isFunction = isFunction
        }
    }

    public var rules: [String: Rule]
    /// Wrapper node types whose range a declaration takes on (decorators, attributes, `export`).
    public var wrappers: Set<String>
    /// Declaration statements whose range a declaration takes on when it is their only one
    /// (`const x = 1;` for the declarator `x`, but not `const a = 1, b = 2;`).
    public var singleDeclarationWrappers: Set<String>
    /// Name-qualified declarations (`Greeter.greet` in Lua, `Foo::bar` in C++) are split at these.
    public var qualifierSeparators: [String]

    public init(_ rules: [String: Rule], wrappers: Set<String> = [], singleDeclarationWrappers: Set<String> = [],
                qualifierSeparators: [String] = []) {
        self.rules = rules
        self.wrappers = wrappers
        self.singleDeclarationWrappers = singleDeclarationWrappers
        self.qualifierSeparators = qualifierSeparators
    }
}
