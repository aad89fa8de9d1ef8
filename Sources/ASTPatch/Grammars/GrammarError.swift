/// Why a language's grammar could not be had; each case says how to fix it.
public enum GrammarError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownLanguage(String)
    case notInstalled(language: String, path: String)
    case loadFailed(language: String, path: String, reason: String)
    case missingSymbol(language: String, symbol: String, path: String)
    case incompatibleABI(language: String, abi: Int, supported: ClosedRange<Int>)
    case installFailed(language: String, reason: String)

    public var description: String {
        switch self {
        case .unknownLanguage(let name):
            return "unknown language '\(name)'; `astpatch grammars list` shows the languages astpatch knows"
        case let .notInstalled(language, path):
            return "the \(language) grammar is not installed (no \(path)); run `astpatch grammars install \(language)`"
        case let .loadFailed(language, path, reason):
            return "the \(language) grammar at \(path) could not be loaded: \(reason); reinstall it with `astpatch grammars install --force \(language)`"
        case let .missingSymbol(language, symbol, path):
            return "the \(language) grammar at \(path) does not export \(symbol); reinstall it with `astpatch grammars install --force \(language)`"
        case let .incompatibleABI(language, abi, supported):
            return "the \(language) grammar has ABI \(abi) but this tree-sitter runtime loads ABI \(supported.lowerBound)–\(supported.upperBound); install the pinned version with `astpatch grammars install --force \(language)`"
        case let .installFailed(language, reason):
            return "installing the \(language) grammar failed: \(reason)"
        }
    }
}
