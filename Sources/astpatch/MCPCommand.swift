import ArgumentParser
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
            client closes standard input. It is the program astpatch-mcp, installed beside astpatch.
            """)

    @Option(help: "The folder the tools may read and write; nothing outside it is touched.")
    var root: String = "."

    /// Replaces this process with `astpatch-mcp` from astpatch's own folder: the MCP SDK is
    /// linked there only, so that other commands start without it.
    func run() throws {
        let server = Self.serverPath()
        guard access(server, X_OK) == 0 else {
            printError("astpatch: mcp: the MCP server \(server) is missing; build it with `swift build -c release --product astpatch-mcp`")
            throw Outcome.trouble
        }
        let arguments = [server, "--root", root]
        var pointers = arguments.map { strdup($0) } + [nil]
        execv(server, &pointers)
        printError("astpatch: mcp: cannot start \(server): \(String(cString: strerror(errno)))")
        throw Outcome.trouble
    }

    /// `astpatch-mcp` beside the running astpatch.
    static func serverPath() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        let executable = length > 0 ? String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self) : CommandLine.arguments[0]
        let folder = (executable as NSString).deletingLastPathComponent
        return (folder.isEmpty ? "." : folder) + "/astpatch-mcp"
    }
}
