import ArgumentParser
import ASTPatch
import TreeSitter
import Foundation

@main
struct Astpatch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "astpatch",
        abstract: "Edit source code safely: patches are written only when the syntax tree stays well-formed.",
        version: ASTPatchVersion.current,
        subcommands: [ApplyCommand.self, CheckCommand.self, SearchCommand.self, DiffCommand.self, OutlineCommand.self, ParseCommand.self, ConformanceCommand.self, GrammarsCommand.self, MCPCommand.self]
    )

    /// Runs the command line with astpatch's exit codes: 0 success, 1 "no", 2 trouble.
    static func main() {
        // tree-sitter's node blocks come back from a per-thread cache instead of malloc's arena.
        BlockCache.install()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success || code.rawValue == 1 && error is ExitCode {
                exit(withError: error)
            }
            // Usage and validation errors are trouble (2), not EX_USAGE (64).
            let message = fullMessage(for: error)
            if !message.isEmpty {
                FileHandle.standardError.write(Data((message + "\n").utf8))
            }
            Foundation.exit(code == .success ? 0 : (code.rawValue == 1 ? 1 : 2))
        }
    }
}

/// What a subcommand can end with beyond success.
enum Outcome {
    /// The answer is "no": errors were found.
    static let no = ExitCode(1)
    /// Something went wrong: bad usage, an unreadable file, an unknown language.
    static let trouble = ExitCode(2)
}

/// Writes text to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
