#if canImport(Glibc)
import Glibc
#endif
import TreeSitter

/// A grammar's shared library opened with `dlopen`. Grammars stay loaded for the life of the
/// process (their `TSLanguage` is static data inside the library), so the handle is never closed.
enum GrammarLibrary {
    typealias LanguageFunction = @convention(c) () -> OpaquePointer?

    static func load(_ entry: GrammarManifest.Entry, from path: String) throws(GrammarError) -> Language {
        guard access(path, F_OK) == 0 else {
            throw .notInstalled(language: entry.name, path: path)
        }
        guard let handle = dlopen(path, RTLD_NOW | RTLD_LOCAL) else {
            let reason = dlerror().map { String(cString: $0) } ?? "unknown dlopen error"
            throw .loadFailed(language: entry.name, path: path, reason: reason)
        }
        guard let symbol = dlsym(handle, entry.symbol) else {
            throw .missingSymbol(language: entry.name, symbol: entry.symbol, path: path)
        }
        let function = unsafeBitCast(symbol, to: LanguageFunction.self)
        guard let pointer = function() else {
            throw .loadFailed(language: entry.name, path: path, reason: "\(entry.symbol)() returned NULL")
        }
        let language = Language(pointer)
        guard language.isLoadable else {
            throw .incompatibleABI(language: entry.name, abi: language.abiVersion, supported: Language.supportedABIRange)
        }
        return language
    }
}
