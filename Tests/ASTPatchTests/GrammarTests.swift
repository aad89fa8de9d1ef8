@testable import ASTPatch
import Foundation
import Testing
import TreeSitter

struct GrammarManifestTests {
    let manifest = GrammarManifest.bundled

    @Test func coversTheRequiredLanguages() {
        let required = ["swift", "python", "javascript", "typescript", "tsx", "go", "rust", "c", "cpp", "csharp", "java",
                        "kotlin", "ruby", "php", "bash", "lua", "scala", "json", "yaml", "toml", "html", "css", "markdown"]
        for name in required {
            #expect(manifest.entry(named: name) != nil, "\(name) is missing from Grammars/grammars.json")
        }
        #expect(manifest.languages.count >= 23)
    }

    @Test func everyEntryIsPinnedAndClaimsFilesOnce() {
        var claimed: [String: String] = [:]
        for entry in manifest.languages {
            #expect(entry.sha256.count == 64 && entry.sha256.allSatisfy(\.isHexDigit), "\(entry.name) sha256")
            #expect(entry.symbol.hasPrefix("tree_sitter_"))
            #expect(!entry.version.isEmpty && !entry.file.isEmpty && !entry.subdirectory.isEmpty)
            #expect(entry.kind == .wheel ? entry.sources.isEmpty : entry.sources.contains("parser.c"))
            for key in entry.extensions.map({ "." + $0 }) + entry.fileNames {
                #expect(claimed[key] == nil, "\(key) is claimed by \(claimed[key] ?? "") and \(entry.name)")
                claimed[key] = entry.name
            }
        }
    }

    /// The build turns Grammars/grammars.json into Swift values; they must say what the file says.
    @Test func theEmbeddedManifestIsTheFile() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Grammars/grammars.json")
        let decoded = try JSONDecoder().decode(GrammarManifest.self, from: Data(contentsOf: file))
        #expect(decoded == manifest)
        #expect(manifest.languages.contains { $0.patch != nil })
    }

    @Test func aliasesResolve() {
        #expect(manifest.entry(named: "py")?.name == "python")
        #expect(manifest.entry(named: "C#")?.name == "csharp")
        #expect(manifest.entry(named: "nope") == nil)
    }
}

struct GrammarRegistryTests {
    @Test(arguments: GrammarManifest.bundled.languages.map(\.name))
    func everyGrammarLoadsWithASupportedABI(name: String) throws {
        let language = try GrammarRegistry.shared.language(named: name)
        #expect(Language.supportedABIRange.contains(language.abiVersion))
        #expect(language.symbolCount > 10)
    }

    @Test func aMissingGrammarSaysHowToInstallIt() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("astpatch-empty-\(UUID())").path
        let registry = GrammarRegistry(cache: GrammarCache(directory: empty))
        #expect(throws: GrammarError.notInstalled(language: "python", path: empty + "/python-0.23.6.so")) {
            _ = try registry.language(named: "python")
        }
        let message = String(describing: GrammarError.notInstalled(language: "python", path: "/x"))
        #expect(message.contains("astpatch grammars install python"))
        #expect(throws: GrammarError.unknownLanguage("klingon")) { _ = try registry.language(named: "klingon") }
    }

    @Test func aLibraryWithoutTheSymbolIsReportedByName() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("astpatch-badlib-\(UUID())").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        // A real shared library that is not the grammar: the JSON grammar saved under Python's name.
        let json = try #require(GrammarManifest.bundled.entry(named: "json"))
        let python = try #require(GrammarManifest.bundled.entry(named: "python"))
        try FileManager.default.copyItem(atPath: GrammarCache.fromEnvironment().libraryPath(for: json),
                                         toPath: directory + "/" + python.libraryFileName)
        let registry = GrammarRegistry(cache: GrammarCache(directory: directory))
        #expect(throws: GrammarError.missingSymbol(language: "python", symbol: "tree_sitter_python",
                                                   path: directory + "/" + python.libraryFileName)) {
            _ = try registry.language(named: "python")
        }
    }

    @Test func aHostProgramCanRegisterItsOwnLanguage() throws {
        let registry = GrammarRegistry()
        let python = try GrammarRegistry.shared.language(named: "python")
        registry.register(python, named: "snake", extensions: ["snk"])
        #expect(try registry.language(named: "snake") == python)
        #expect(registry.detectLanguage(path: "src/a.snk", firstBytes: []) == "snake")
        let verdict = SyntaxChecker(grammars: registry).check(path: "a.snk", bytes: Array("def f(:\n".utf8))
        #expect(verdict.language == "snake")
        #expect(verdict.status == .errors)
    }

    @Test(arguments: [
        ("app.py", "", "python"), ("Makefile", "", "make"), ("Cargo.lock", "", "toml"), ("lib.rs", "", "rust"),
        ("script", "#!/usr/bin/env python3.11\n", "python"), ("run", "#!/bin/bash -e\n", "bash"),
        ("tool", "#!/usr/bin/env -S ruby -w\n", "ruby"), ("notes", "hello\n", nil), ("x.unknownext", "", nil),
    ] as [(String, String, String?)])
    func detectsLanguagesFromNamesAndShebangs(path: String, firstLine: String, expected: String?) {
        #expect(GrammarRegistry.shared.detectLanguage(path: path, firstBytes: ArraySlice(firstLine.utf8)) == expected)
    }
}
