import Foundation
import Testing

/// `astpatch mcp` driven by a real MCP client — the reference Python SDK (`mcp`, pinned, installed
/// by scripts/setup.sh into .venv-tools) — over stdio, as an agent runs it; and by raw JSON-RPC
/// lines for requests no client library would send.
struct MCPServerTests {
    let root: String
    let outside: String

    init() throws {
        root = try CLI.temporaryDirectory("mcp-root")
        outside = try CLI.temporaryDirectory("mcp-outside")
        try write("src/app.py", "class Greeter:\n    def greet(self):\n        return \"hi\"\n\n\ndef add(a, b):\n    return a+b\n")
        try write("src/util.go", "package util\n\ntype T struct{}\n\nfunc (t T) Run() int {\n\treturn 1\n}\n")
        try write("broken.py", "def f(:\n    pass\n")
        try write("conf.yaml", "name: x\n")
        try "secret = 1\n".write(toFile: outside + "/secret.py", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: root + "/link", withDestinationPath: outside)
    }

    func write(_ path: String, _ text: String) throws {
        let full = root + "/" + path
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: full, atomically: true, encoding: .utf8)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOfFile: root + "/" + path, encoding: .utf8)
    }

    /// Every file below a folder with its contents, symbolic links not followed.
    func snapshot(_ directory: String) throws -> [String: String] {
        var result: [String: String] = [:]
        for relative in FileManager.default.enumerator(atPath: directory)!.compactMap({ $0 as? String }) {
            let full = directory + "/" + relative
            let attributes = try FileManager.default.attributesOfItem(atPath: full)
            if attributes[.type] as? FileAttributeType == .typeRegular {
                result[relative] = try String(contentsOfFile: full, encoding: .utf8)
            }
        }
        return result
    }

    /// The client: initialises a session with `astpatch mcp --root ROOT`, runs each step (list the
    /// tools, or call one) and prints what came back as JSON.
    static let client = #"""
        import json, sys
        import anyio
        from mcp import ClientSession, StdioServerParameters
        from mcp.client.stdio import stdio_client

        async def main():
            binary, root = sys.argv[1], sys.argv[2]
            steps = json.load(sys.stdin)
            results = []
            server = StdioServerParameters(command=binary, args=["mcp", "--root", root])
            async with stdio_client(server) as (read, write):
                async with ClientSession(read, write) as session:
                    init = await session.initialize()
                    results.append({"server": init.server_info.name, "protocol": init.protocol_version})
                    for step in steps:
                        if step.get("list"):
                            listed = await session.list_tools()
                            results.append({"tools": [t.model_dump(mode="json", by_alias=True, exclude_none=True) for t in listed.tools]})
                            continue
                        try:
                            result = await session.call_tool(step["name"], step.get("arguments"))
                            results.append({"isError": bool(result.is_error), "structured": result.structured_content,
                                            "text": [c.text for c in result.content if c.type == "text"]})
                        except Exception as error:
                            code = getattr(getattr(error, "error", None), "code", None)
                            results.append({"mcpError": str(error), "code": code})
            json.dump(results, sys.stdout)

        anyio.run(main)
        """#

    /// Runs the steps in one session; the first result is the server's initialisation.
    func session(_ steps: [[String: Any]]) throws -> [[String: Any]] {
        let script = try CLI.temporaryDirectory("mcp-client") + "/client.py"
        defer { try? FileManager.default.removeItem(atPath: (script as NSString).deletingLastPathComponent) }
        try Self.client.write(toFile: script, atomically: true, encoding: .utf8)
        let input = try JSONSerialization.data(withJSONObject: steps)
        let python = CLI.packageRoot + "/.venv-tools/bin/python"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script, CLI.binary, root]
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        let errors = LockedData()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errors.set(stderr.fileHandleForReading.readDataToEndOfFile())
            group.leave()
        }
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        let message = String(decoding: errors.get(), as: UTF8.self)
        try #require(process.terminationStatus == 0, "the MCP client failed: \(message)")
        let results = try #require(try JSONSerialization.jsonObject(with: output) as? [[String: Any]])
        #expect(results.first?["server"] as? String == "astpatch")
        return results
    }

    static func call(_ name: String, _ arguments: [String: Any]) -> [String: Any] {
        ["name": name, "arguments": arguments]
    }

    @Test func listsTheFourToolsWithTheirInputSchemas() throws {
        let results = try session([["list": true]])
        let tools = try #require(results[1]["tools"] as? [[String: Any]])
        #expect(tools.compactMap { $0["name"] as? String } == ["view_file_structure", "search_grep", "patch_target_file", "check_syntax"])
        for tool in tools {
            let schema = try #require(tool["inputSchema"] as? [String: Any])
            #expect(schema["type"] as? String == "object")
            #expect((schema["properties"] as? [String: Any])?.isEmpty == false)
            #expect((tool["description"] as? String)?.isEmpty == false)
        }
        let patch = try #require(tools.first { $0["name"] as? String == "patch_target_file" }?["inputSchema"] as? [String: Any])
        #expect(patch["required"] as? [String] == ["edits"])
    }

    @Test func readingToolsAnswerWithStructuredResults() throws {
        let results = try session([
            Self.call("view_file_structure", ["path": "src/app.py"]),
            Self.call("view_file_structure", [:]),
            Self.call("view_file_structure", ["max_symbols": 2]),
            Self.call("search_grep", ["pattern": "return"]),
            Self.call("search_grep", ["query": "(method_declaration) @match", "language": "go", "context": 1]),
            Self.call("check_syntax", ["paths": ["."]]),
        ])
        let file = try #require(results[1]["structured"] as? [String: Any])
        let symbols = try #require((file["files"] as? [[String: Any]])?.first?["symbols"] as? [[String: Any]])
        #expect(symbols.map { $0["path"] as! String } == ["Greeter", "Greeter.greet", "add"])
        #expect(symbols[1]["kind"] as? String == "method" && symbols[1]["startLine"] as? Int == 2 && symbols[1]["endLine"] as? Int == 3)

        let tree = try #require(results[2]["structured"] as? [String: Any])
        let paths = (tree["files"] as? [[String: Any]])?.map { $0["path"] as! String }
        #expect(paths == ["broken.py", "conf.yaml", "src/app.py", "src/util.go"])
        #expect(tree["truncated"] as? Bool == false)
        let cut = try #require(results[3]["structured"] as? [String: Any])
        #expect(cut["truncated"] as? Bool == true && (cut["note"] as? String)?.contains("max_symbols") == true)

        let grep = try #require(results[4]["structured"] as? [String: Any])
        let matches = try #require(grep["matches"] as? [[String: Any]])
        #expect(matches.map { "\($0["path"]!):\($0["line"]!) \($0["symbol"] as? String ?? "-")" }
            == ["src/app.py:3 Greeter.greet", "src/app.py:7 add", "src/util.go:6 T.Run"])
        #expect(matches[0]["startByte"] as? Int == 44 && matches[0]["text"] as? String == "return")
        #expect((results[4]["text"] as? [String])?.first?.contains("\"symbol\":\"Greeter.greet\"") == true)

        let query = try #require((results[5]["structured"] as? [String: Any])?["matches"] as? [[String: Any]])
        #expect(query.count == 1 && query[0]["symbol"] as? String == "T.Run" && query[0]["line"] as? Int == 5)
        #expect((query[0]["before"] as? [[String: Any]])?.first?["line"] as? Int == 4)

        let check = try #require(results[6]["structured"] as? [String: Any])
        #expect(results[6]["isError"] as? Bool == false)
        let broken = try #require((check["files"] as? [[String: Any]])?.first)
        #expect(broken["path"] as? String == "broken.py" && broken["status"] as? String == "errors")
        let diagnostic = try #require((broken["diagnostics"] as? [[String: Any]])?.first)
        #expect(diagnostic["line"] as? Int == 1 && diagnostic["lineText"] as? String == "def f(:")
        #expect((check["summary"] as? [String: Any])?["filesWithErrors"] as? Int == 1)
    }

    @Test func aPatchIsAppliedAndABreakingOneIsRefusedWithItsDiagnostics() throws {
        let before = try snapshot(root)
        let results = try session([
            Self.call("patch_target_file", ["edits": [
                ["file": "src/app.py", "op": "replace", "target": ["symbol": "add"], "content": "def add(a, b):\n    return (a +\n"],
            ]]),
            Self.call("patch_target_file", ["edits": [
                ["file": "src/app.py", "op": "replace", "target": ["text": "return a+b"], "content": "return a + b"],
                ["file": "src/new.py", "op": "create", "content": "x = 1\n"],
                ["file": "conf.yaml", "op": "replace", "target": ["lines": [1, 1]], "content": "data: {a: 1, b: 2}\n"],
            ]]),
            Self.call("patch_target_file", ["dry_run": true, "edits": [
                ["file": "src/app.py", "op": "insert_after", "target": ["symbol": "Greeter.greet"], "content": "def wave(self):\n    return 1\n"],
            ]]),
        ])
        // The breaking patch: a tool error, the diagnostics with the offending lines, nothing written.
        let rejected = results[1]
        #expect(rejected["isError"] as? Bool == true)
        let text = (rejected["text"] as? [String])?.first ?? ""
        #expect(text.contains("src/app.py:7:5: syntax_error:"), "\(text)")
        #expect(text.contains(" 7 |     return (a +"))
        #expect(text.contains("in edit #1: replace symbol add in src/app.py"))
        #expect(text.hasSuffix("patch rejected: nothing was written"))
        let report = try #require(rejected["structured"] as? [String: Any])
        #expect(report["status"] as? String == "rejected")
        let file = try #require((report["files"] as? [[String: Any]])?.first)
        #expect(file["status"] as? String == "rejected" && (file["diagnostics"] as? [[String: Any]])?.first?["kind"] as? String == "syntax_error")

        // The good one: the same JSON as `apply --json`, and the files changed.
        let applied = try #require(results[2]["structured"] as? [String: Any])
        #expect(results[2]["isError"] as? Bool == false)
        #expect(applied["status"] as? String == "applied")
        #expect((applied["files"] as? [[String: Any]])?.map { $0["change"] as! String } == ["modified", "created", "modified"])
        #expect(try read("src/app.py").contains("return a + b"))
        #expect(try read("src/new.py") == "x = 1\n")
        #expect(try read("conf.yaml") == "data: {a: 1, b: 2}\n", "a string that looks like a data URL stays a string")

        // A dry run returns the diff and writes nothing.
        #expect((results[3]["structured"] as? [String: Any])?["diff"] as? String ?? "" != "")
        #expect(try !read("src/app.py").contains("wave"))
        var expected = before
        expected["src/app.py"] = expected["src/app.py"]!.replacingOccurrences(of: "return a+b", with: "return a + b")
        expected["src/new.py"] = "x = 1\n"
        expected["conf.yaml"] = "data: {a: 1, b: 2}\n"
        #expect(try snapshot(root) == expected)
    }

    @Test func pathsOutsideTheRootAreRefused() throws {
        let outsideBefore = try snapshot(outside)
        let rootBefore = try snapshot(root)
        let absoluteInside = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
        let results = try session([
            Self.call("view_file_structure", ["path": "../"]),
            Self.call("view_file_structure", ["path": outside + "/secret.py"]),
            Self.call("search_grep", ["pattern": "secret", "paths": ["link"]]),
            Self.call("search_grep", ["pattern": "secret", "paths": ["link/secret.py"]]),
            Self.call("check_syntax", ["paths": ["src/../../"]]),
            Self.call("patch_target_file", ["edits": [["file": "link/evil.py", "op": "create", "content": "x = 1\n"]]]),
            Self.call("patch_target_file", ["edits": [["file": "../evil.py", "op": "create", "content": "x = 1\n"]]]),
            Self.call("patch_target_file", ["edits": [["file": "/tmp/evil.py", "op": "create", "content": "x = 1\n"]]]),
            Self.call("search_grep", ["pattern": "secret"]),
            Self.call("view_file_structure", ["path": absoluteInside + "/src/app.py"]),
        ])
        for index in 1...8 {
            let result = results[index]
            #expect(result["isError"] as? Bool == true, "step \(index)")
            let structured = result["structured"] as? [String: Any]
            let kind = (structured?["error"] as? [String: Any])?["kind"] as? String
                ?? ((structured?["files"] as? [[String: Any]])?.first?["diagnostics"] as? [[String: Any]])?.first?["kind"] as? String
                ?? (structured?["diagnostics"] as? [[String: Any]])?.first?["kind"] as? String
            #expect(kind == "path_outside_root", "step \(index): \(result)")
        }
        // A walk of the root leaves out what the link leads to; an absolute path inside the root is fine.
        #expect(((results[9]["structured"] as? [String: Any])?["matches"] as? [[String: Any]])?.isEmpty == true)
        #expect(results[10]["isError"] as? Bool == false)
        #expect(try snapshot(outside) == outsideBefore)
        #expect(try snapshot(root) == rootBefore)
        #expect(!FileManager.default.fileExists(atPath: (root as NSString).deletingLastPathComponent + "/evil.py"))
    }

    @Test func malformedCallsAreMCPErrors() throws {
        let results = try session([
            Self.call("no_such_tool", [:]),
            Self.call("search_grep", [:]),
            Self.call("search_grep", ["pattern": 42]),
            Self.call("search_grep", ["pattern": "x", "query": "(x) @match"]),
            Self.call("search_grep", ["patern": "x"]),
            Self.call("patch_target_file", ["edits": "not a list"]),
            Self.call("view_file_structure", ["max_symbols": 0]),
            Self.call("search_grep", ["pattern": "a("]),
            Self.call("patch_target_file", ["edits": [["file": "x.py", "op": "explode"]]]),
            Self.call("search_grep", ["pattern": "Greeter"]),
        ])
        for index in 1...7 {
            #expect(results[index]["code"] as? Int == -32602, "step \(index): \(results[index])")
        }
        #expect((results[5]["mcpError"] as? String)?.contains("unknown argument `patern`") == true)
        // Understood but refused: tool errors the agent can act on.
        #expect(results[8]["isError"] as? Bool == true)
        #expect((results[8]["text"] as? [String])?.first?.contains("invalid regular expression") == true)
        let malformed = (results[9]["structured"] as? [String: Any])?["diagnostics"] as? [[String: Any]]
        #expect(malformed?.first?["kind"] as? String == "malformed_patch")
        // The server is still there after all of it.
        #expect(((results[10]["structured"] as? [String: Any])?["matches"] as? [[String: Any]])?.count == 1)
    }

    /// Lines that are not JSON-RPC at all, as no client library sends them: each gets an error
    /// response, and the server keeps serving until standard input closes, then exits 0.
    @Test func garbageOnStandardInputIsAnsweredWithErrors() throws {
        let lines = [
            #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"raw","version":"1"}}}"#,
            #"{"jsonrpc":"2.0","method":"notifications/initialized"}"#,
            "this is not json",
            #"{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":7}}"#,
            #"{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"search_grep","arguments":[1,2]}}"#,
            #"{"jsonrpc":"2.0","id":4,"method":"no/such/method"}"#,
            #"{"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"name":"search_grep","arguments":{"pattern":"Greeter"}}}"#,
        ]
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = ["mcp", "--root", root]
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        let reader = LineReader(stdout.fileHandleForReading)
        var responses: [[String: Any]] = []
        for (index, line) in lines.enumerated() {
            stdin.fileHandleForWriting.write(Data((line + "\n").utf8))
            if index == 1 { continue }
            let response = try #require(reader.next(), "no answer to line \(index + 1)")
            responses.append(try #require(try JSONSerialization.jsonObject(with: response) as? [String: Any]))
        }
        try stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(responses[0]["result"] != nil)
        #expect((responses[1]["error"] as? [String: Any])?["code"] as? Int == -32700)
        for response in responses[2...4] {
            #expect(response["error"] != nil, "\(response)")
        }
        let last = try #require(responses[5]["result"] as? [String: Any])
        #expect(last["isError"] as? Bool == false)
    }
}

/// Reads newline-delimited messages from a pipe, one at a time.
final class LineReader {
    private let handle: FileHandle
    private var buffer = Data()

    init(_ handle: FileHandle) {
        self.handle = handle
    }

    func next() -> Data? {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = buffer[buffer.startIndex..<newline]
                buffer = Data(buffer[(newline + 1)...])
                return Data(line)
            }
            let chunk = handle.availableData
            if chunk.isEmpty { return nil }
            buffer.append(chunk)
        }
    }
}
