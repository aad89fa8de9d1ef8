import ArgumentParser
import ASTPatchTools
import Dispatch
import Foundation

struct MCPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract: "Serve the agent tools over the Model Context Protocol, on standard input and output.",
        discussion: """
            Tools: view_file_structure (outlines with symbol paths), search_grep (text or query search with the \
            enclosing symbol), patch_target_file (the edit list, written only when every file stays well-formed) \
            and check_syntax. Every path is relative to --root and confined to it: `..`, absolute paths outside \
            it and symbolic links leading out are refused with path_outside_root. The server runs until its \
            client closes standard input.
            """)

    @Option(help: "The folder the tools may read and write; nothing outside it is touched.")
    var root: String = "."

    func run() throws {
        let server: AgentToolServer
        do {
            server = try AgentToolServer(root: root)
        } catch {
            printError("astpatch: \(error.message)")
            throw Outcome.trouble
        }
        let finished = DispatchSemaphore(value: 0)
        let failure = LockedFailure()
        let version = Astpatch.configuration.version
        Task {
            do {
                try await server.run(version: version)
            } catch {
                failure.set("\(error)")
            }
            finished.signal()
        }
        finished.wait()
        if let message = failure.get() {
            printError("astpatch: mcp: \(message)")
            throw Outcome.trouble
        }
    }
}

/// The server's failure, handed from its task to the waiting command.
private final class LockedFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var message: String?
    func set(_ value: String) { lock.lock(); message = value; lock.unlock() }
    func get() -> String? { lock.lock(); defer { lock.unlock() }; return message }
}
