import ASTPatch
import ASTPatchTools
import TreeSitter
import Foundation

// astpatch-mcp --root DIR: the MCP server behind `astpatch mcp`, which starts it. It is a program
// of its own so that the MCP SDK (and the networking libraries it links) load only here, not at
// every start of `astpatch`.

// tree-sitter's node blocks come back from a per-thread cache instead of malloc's arena.
BlockCache.install()
let version = ASTPatchVersion.current
var root = "."
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--root":
        guard let value = arguments.popFirst() else {
            FileHandle.standardError.write(Data("astpatch-mcp: --root needs a folder\n".utf8))
            exit(2)
        }
        root = value
    case "--version":
        print(version)
        exit(0)
    default:
        FileHandle.standardError.write(Data("astpatch-mcp: unknown argument \(argument); usage: astpatch mcp [--root DIR]\n".utf8))
        exit(2)
    }
}

let server: AgentToolServer
do {
    server = try AgentToolServer(root: root)
} catch {
    FileHandle.standardError.write(Data("astpatch: \(error.message)\n".utf8))
    exit(2)
}

do {
    try await server.run(version: version)
} catch {
    FileHandle.standardError.write(Data("astpatch: mcp: \(error)\n".utf8))
    exit(2)
}
exit(0)
