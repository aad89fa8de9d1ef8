import ArgumentParser
import ASTPatch
import Foundation

struct GrammarsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grammars",
        abstract: "List and install the tree-sitter grammars astpatch loads.",
        discussion: """
            Grammars are pinned in Grammars/grammars.json, downloaded from PyPI with pip, verified by sha256 and \
            compiled into $ASTPATCH_GRAMMAR_PATH (default $XDG_CACHE_HOME/astpatch/grammars).
            """,
        subcommands: [List.self, Install.self, Path.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "Show each language, its pinned version, ABI and whether it is installed.")

        @Flag(help: "Print JSON.")
        var json = false

        func run() throws {
            let registry = GrammarRegistry.shared
            let rows = registry.manifest.languages.map { entry -> Row in
                let installed = registry.isInstalled(entry.name)
                var abi = entry.abi
                var problem: String?
                if installed {
                    do { abi = try registry.language(named: entry.name).abiVersion } catch { problem = "\(error)" }
                }
                return Row(name: entry.name, aliases: entry.aliases, package: entry.package, version: entry.version,
                           abi: abi, installed: installed && problem == nil, problem: problem,
                           extensions: entry.extensions, fileNames: entry.fileNames)
            }
            if json {
                print(JSONOutput.string(["cache": registry.cache.directory]))
                print(JSONOutput.string(rows))
                return
            }
            print("NAME".padding(toLength: 12) + "VERSION".padding(toLength: 10) + "ABI  " + "INSTALLED  " + "PACKAGE".padding(toLength: 26) + "FILES")
            for row in rows {
                let files = (row.extensions.map { "." + $0 } + row.fileNames).joined(separator: " ")
                print(row.name.padding(toLength: 12) + row.version.padding(toLength: 10) + String(row.abi).padding(toLength: 5)
                      + (row.installed ? "yes" : "no").padding(toLength: 11) + row.package.padding(toLength: 26) + files)
                if let problem = row.problem { print("  ! \(problem)") }
            }
            print("cache: \(registry.cache.directory)")
        }

        struct Row: Encodable {
            var name: String
            var aliases: [String]
            var package: String
            var version: String
            var abi: Int
            var installed: Bool
            var problem: String?
            var extensions: [String]
            var fileNames: [String]
        }
    }

    struct Install: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "install", abstract: "Download, verify and compile grammars (all when none is named).")

        @Flag(help: "Rebuild grammars that are already installed.")
        var force = false

        @Option(help: "How many grammars to compile at once (default: the number of cores).")
        var jobs: Int?

        @Argument(help: "Language names or aliases.")
        var languages: [String] = []

        func run() throws {
            let installer = GrammarInstaller(jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
            let outcomes: [(String, GrammarInstaller.Outcome)]
            do {
                outcomes = try installer.install(languages, force: force) { printError($0) }
            } catch {
                printError("astpatch: \(error)")
                throw Outcome.trouble
            }
            var failed = 0
            var installed = 0
            for (name, outcome) in outcomes {
                switch outcome {
                case .alreadyInstalled: break
                case .installed: installed += 1
                case .failed(let error):
                    failed += 1
                    printError("astpatch: \(name): \(error)")
                }
            }
            printError("grammars: \(installed) installed, \(outcomes.count - installed - failed) already installed, \(failed) failed (\(installer.cache.directory))")
            if failed > 0 { throw Outcome.trouble }
        }
    }

    struct Path: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "path", abstract: "Print the folder compiled grammars are kept in.")

        func run() {
            print(GrammarCache.fromEnvironment().directory)
        }
    }
}
