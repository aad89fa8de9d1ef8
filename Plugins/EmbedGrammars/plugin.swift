import Foundation
import PackagePlugin

/// Compiles `Grammars/grammars.json` and `Grammars/patches/*` into the ASTPatch module, so that
/// the library and the CLI carry their grammar manifest wherever they are installed.
@main
struct EmbedGrammars: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let grammars = context.package.directoryURL.appending(path: "Grammars")
        let manifest = grammars.appending(path: "grammars.json")
        let patchesDirectory = grammars.appending(path: "patches")
        let patches = ((try? FileManager.default.contentsOfDirectory(at: patchesDirectory, includingPropertiesForKeys: nil)) ?? [])
            .filter { !$0.lastPathComponent.hasPrefix(".") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedGrammars.swift")
        return [
            .buildCommand(
                displayName: "Embedding the grammar manifest",
                executable: try context.tool(named: "GrammarEmbedder").url,
                arguments: [output.path, manifest.path] + patches.map(\.path),
                inputFiles: [manifest] + patches,
                outputFiles: [output]
            )
        ]
    }
}
