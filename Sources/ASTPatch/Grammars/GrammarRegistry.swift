import Foundation
import Synchronization
import TreeSitter

/// The languages astpatch knows: the manifest's grammars, loaded from the cache on first use,
/// and any a library user registers. Safe to share between threads.
public final class GrammarRegistry: Sendable {
    public let manifest: GrammarManifest
    public let cache: GrammarCache
    private let state = Mutex(State())

    private struct State {
        var loaded: [String: Language] = [:]
        var registered: [String: RegisteredLanguage] = [:]
    }

    /// A grammar linked into the host program rather than loaded from the cache.
    public struct RegisteredLanguage: Sendable {
        public var language: Language
        public var extensions: [String]
        public var fileNames: [String]
    }

    /// The manifest's languages by file name and by extension, for detection without a scan.
    private let byFileName: [String: String]
    private let byExtension: [String: String]

    public init(manifest: GrammarManifest = .bundled, cache: GrammarCache = .fromEnvironment()) {
        self.manifest = manifest
        self.cache = cache
        var names: [String: String] = [:]
        var extensions: [String: String] = [:]
        for entry in manifest.languages {
            for name in entry.fileNames where names[name] == nil { names[name] = entry.name }
            for ext in entry.extensions where extensions[ext] == nil { extensions[ext] = entry.name }
        }
        byFileName = names
        byExtension = extensions
    }

    /// One registry per process for the CLI's commands.
    public static let shared = GrammarRegistry()

    /// Makes `language` available under `name`, taking precedence over the manifest's grammar.
    public func register(_ language: Language, named name: String, extensions: [String] = [], fileNames: [String] = []) {
        state.withLock {
            $0.registered[name.lowercased()] = RegisteredLanguage(language: language, extensions: extensions, fileNames: fileNames)
        }
    }

    /// The canonical name for a language name or alias.
    public func canonicalName(_ name: String) -> String? {
        let key = name.lowercased()
        if state.withLock({ $0.registered[key] != nil }) { return key }
        return manifest.entry(named: key)?.name
    }

    /// The loaded grammar for a language name or alias.
    public func language(named name: String) throws(GrammarError) -> Language {
        let key = name.lowercased()
        if let found = state.withLock({ $0.registered[key]?.language ?? $0.loaded[key] }) {
            return found
        }
        guard let entry = manifest.entry(named: key) else { throw .unknownLanguage(name) }
        if let found = state.withLock({ $0.loaded[entry.name] }) { return found }
        let language = try GrammarLibrary.load(entry, from: cache.libraryPath(for: entry))
        state.withLock { $0.loaded[entry.name] = language }
        return language
    }

    /// Whether the language's library is in the cache (or the language was registered).
    public func isInstalled(_ name: String) -> Bool {
        let key = name.lowercased()
        if state.withLock({ $0.registered[key] != nil }) { return true }
        guard let entry = manifest.entry(named: key) else { return false }
        return FileManager.default.fileExists(atPath: cache.libraryPath(for: entry))
    }

    /// The language of a file, from its name or, failing that, its shebang line.
    public func detectLanguage(path: String, firstBytes: ArraySlice<UInt8>) -> String? {
        // Found on the UTF-8 view: a byte search, not a walk over the path's characters.
        let fileName = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[path.utf8.index(after: $0)...]) } ?? path
        let dot = fileName.utf8.lastIndex(of: UInt8(ascii: "."))
        let ext = dot.map { fileName[fileName.utf8.index(after: $0)...].lowercased() } ?? ""
        let registered = state.withLock { $0.registered }
        if !registered.isEmpty {
            for (name, info) in registered.sorted(by: { $0.key < $1.key })
            where info.fileNames.contains(fileName) || (!ext.isEmpty && info.extensions.contains(ext)) {
                return name
            }
        }
        if let name = byFileName[fileName] { return name }
        if !ext.isEmpty, let name = byExtension[ext] { return name }
        guard let interpreter = Shebang.interpreter(in: firstBytes) else { return nil }
        for candidate in Shebang.candidates(for: interpreter) {
            if let entry = manifest.languages.first(where: { $0.shebangs.contains(candidate) }) {
                return entry.name
            }
        }
        return nil
    }
}

extension GrammarManifest {
    /// The manifest compiled into the library from `Grammars/grammars.json`.
    public static let bundled: GrammarManifest = embedded
}

/// Reads the interpreter of a `#!` line: `#!/usr/bin/env python3.11` → `python3.11`.
enum Shebang {
    static func interpreter(in bytes: ArraySlice<UInt8>) -> String? {
        guard bytes.starts(with: [0x23, 0x21]) else { return nil }
        let line = bytes.prefix { $0 != 0x0A && $0 != 0x0D }.dropFirst(2)
        let words = String(decoding: line, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard let program = words.first else { return nil }
        let name = program.split(separator: "/").last.map(String.init) ?? String(program)
        guard name == "env" else { return name }
        return words.dropFirst().first(where: { !$0.hasPrefix("-") && !$0.contains("=") }).map(String.init)
    }

    /// The names to look up for an interpreter, most specific first: `python3.11`, `python3`, `python`.
    static func candidates(for interpreter: String) -> [String] {
        var result = [interpreter]
        if let dot = interpreter.firstIndex(of: ".") { result.append(String(interpreter[..<dot])) }
        let bare = String(interpreter.prefix { !$0.isNumber && $0 != "." })
        if !bare.isEmpty { result.append(bare) }
        return result
    }
}
