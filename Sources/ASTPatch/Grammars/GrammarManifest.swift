/// `Grammars/grammars.json`: the pinned grammar packages and the files each language claims.
public struct GrammarManifest: Sendable, Codable, Equatable {
    /// Where `tree_sitter/parser.h` and its companions come from when compiling grammar sources.
    public struct RuntimeHeaders: Sendable, Codable, Equatable {
        public var package: String
        public var version: String
        public var file: String
        public var sha256: String
        public var directory: String
    }

    /// How a grammar arrives: C sources to compile, or a prebuilt library inside a wheel.
    public enum PackageKind: String, Sendable, Codable {
        case sdist, wheel
    }

    public struct Entry: Sendable, Codable, Equatable {
        public var name: String
        public var aliases: [String]
        public var extensions: [String]
        public var fileNames: [String]
        public var shebangs: [String]
        public var package: String
        public var version: String
        public var kind: PackageKind
        public var file: String
        public var sha256: String
        public var subdirectory: String
        public var sources: [String]
        public var symbol: String
        public var abi: Int
        public var patch: String?

        /// The file name of the compiled (or linked) library in the cache.
        public var libraryFileName: String { "\(name)-\(version).so" }
    }

    public var runtimeHeaders: RuntimeHeaders
    public var languages: [Entry]

    public func entry(named name: String) -> Entry? {
        let key = name.lowercased()
        return languages.first { $0.name == key || $0.aliases.contains(key) }
    }
}
