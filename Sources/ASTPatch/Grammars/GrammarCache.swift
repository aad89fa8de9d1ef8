import Foundation

/// The folder where compiled grammars live: `$ASTPATCH_GRAMMAR_PATH`, else
/// `$XDG_CACHE_HOME/astpatch/grammars`, else `~/.cache/astpatch/grammars`.
public struct GrammarCache: Sendable, Equatable {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> GrammarCache {
        if let path = environment["ASTPATCH_GRAMMAR_PATH"], !path.isEmpty {
            return GrammarCache(directory: path)
        }
        let cacheHome = environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.cache")
        return GrammarCache(directory: cacheHome + "/astpatch/grammars")
    }

    public func libraryPath(for entry: GrammarManifest.Entry) -> String {
        directory + "/" + entry.libraryFileName
    }

    /// Where downloaded packages are kept, so a reinstall verifies instead of downloading again.
    var downloadsDirectory: String { directory + "/downloads" }
    var sourcesDirectory: String { directory + "/sources" }
}
