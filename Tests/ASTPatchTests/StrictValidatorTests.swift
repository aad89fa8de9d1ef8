import ASTPatch
import Foundation
import Testing

/// The stricter validators, each case checked against the language's own parser as well when it
/// is on the machine (python3 for Python, JSON and TOML, PyYAML for YAML, node for JavaScript,
/// `swiftc -parse` for Swift): astpatch must say what the parser says.
struct StrictValidatorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var path: String
        var text: String
        /// The message (a part of it) of the first diagnostic; nil when the text is well-formed.
        var error: String?
        var line: Int?

        init(_ path: String, _ text: String, error: String? = nil, line: Int? = nil) {
            self.path = path
            self.text = text
            self.error = error
            self.line = line
        }

        var testDescription: String { "\(path): \(error ?? "valid")" }
    }

    static let pythonCases: [Case] = [
        // tree-sitter-python takes a bracketed line left of its statement for a dedent; Python does not.
        Case("a.py", "def f():\n    x = (bar.\nbaz)\n    y = [1,\n2]\n    return x, y\n"),
        Case("a.py", "def f():\n    x = (bar.\nbaz\n    return x\n", error: "syntax error", line: 2),
        Case("a.py", "if x:\n\ny = 2\n", error: "expected an indented block after 'if' statement on line 1", line: 3),
        Case("a.py", "def f():\n    # nothing here\n", error: "expected an indented block after function definition on line 1", line: 3),
        Case("a.py", "x = 1\n    y = 2\n", error: "unexpected indent", line: 2),
        Case("a.py", "def f():\n    if x:\n        a = 1\n      b = 2\n", error: "unindent does not match any outer indentation level", line: 4),
        Case("a.py", "if x:\n        a = 1\n\tb = 2\n", error: "inconsistent use of tabs and spaces in indentation", line: 3),
        Case("a.py", "def f():\n    x = 1\nreturn x\n", error: "'return' outside function", line: 3),
        Case("a.py", "for x in y:\n    pass\nbreak\n", error: "'break' outside loop", line: 3),
        Case("a.py", "class A:\n    def f(self):\n        try:\n            pass\n        except E:\n            pass\n    else:\n        pass\n",
             error: "`else` does not follow the statement it belongs to", line: 7),
        Case("a.py", "def f():\n    try:\n        x = 1\n    y = 2\n", error: "expected 'except' or 'finally' block", line: 4),
        Case("a.py", "f(a=1, a=2)\n", error: "keyword argument repeated: a", line: 1),
        Case("a.py", "def g(a, b, a):\n    pass\n", error: "duplicate argument 'a' in function definition", line: 1),
        Case("a.py", "f(a=1, 2)\n", error: "positional argument follows keyword argument", line: 1),
        Case("a.py", "def g(a=1, b):\n    pass\n", error: "non-default argument follows default argument", line: 1),
        Case("a.py", "print \"hi\"\n", error: "Missing parentheses in call to 'print'", line: 1),
        Case("a.py", "args = except(a, b)\n", error: "invalid syntax", line: 1),
        Case("a.py", "f(a, if *args)\n", error: "invalid syntax", line: 1),
        Case("a.py", "def f():\n    g() +\n    return 1\n", error: "the statement ends with `+`", line: 2),
        Case("a.py", "x = '\\U001010'\n", error: "truncated \\UXXXXXXXX escape", line: 1),
        Case("a.py", "del f()\n", error: "cannot delete function call", line: 1),
        // Near misses: what Python takes.
        Case("a.py", "def f(x):\n    if x: return 1\n    # a comment at any indent\n  # here too\n    return (1 +\n            2)\n"),
        Case("a.py", "x = 1 + \\\n        2\nfor k, in [(1,)]:\n    pass\n"),
        Case("a.py", "def f(a, /, b=1, *, c, **kw):\n    x, = [a]\n    return lambda: (yield)\n"),
        Case("a.py", "match command:\n    case None:\n        pass\n    case [x, *rest] if x: print(x)\n"),
        Case("a.py", "def f(n):\n    return (i * 2 for i in range(n) if await g(i))\n"),
        Case("a.py", "print >> f, 'x'\nprint('y', end='')\nx = b'a' b'c'\ns = r'\\U12' + '\\x41'\n"),
        Case("a.py", "try:\n    pass\nexcept E as e:\n    pass\nelse:\n    pass\nfinally:\n    pass\nwhile x:\n    break\nelse:\n    pass\n"),
        Case("a.py", "class A(B, metaclass=M):\n    async def f(self):\n        async for x in y:\n            await x\n"),
        Case("a.py", "\"\"\"Doc.\"\"\"\nfrom __future__ import annotations\nimport os\n"),
    ]

    static let jsonCases: [Case] = [
        Case("a.json", "{\"a\": 1, // note\n \"b\": 2}\n", error: "comments are not JSON", line: 1),
        Case("a.json", "{\"a\": 1}\n{\"b\": 2}\n", error: "extra data after the JSON value", line: 2),
        Case("a.json", "\n", error: "missing value", line: 2),
        Case("a.json", "[1.]\n", error: "invalid number", line: 1),
        Case("a.json", "[\"\\u12\"]\n", error: "invalid \\u escape", line: 1),
        Case("a.json", "{\"a\": \"x\ty\"}\n", error: "control character U+0009", line: 1),
        // Near misses.
        Case("a.json", "{\"x\": 0.5e+1, \"y\": -0, \"z\": [1e-5, \"\\u00e9\\n\"]}\n"),
        Case("tsconfig.json", "{\n  // comment\n  \"compilerOptions\": {\"strict\": true,},\n}\n"),
        Case(".vscode/settings.json", "/* settings */ {\"a\": [1, 2,]}\n"),
    ]

    static let tomlCases: [Case] = [
        Case("a.toml", "name = \"a\"\nname = \"b\"\n", error: "`name` is defined twice", line: 2),
        Case("a.toml", "[tool]\nx = 1\n[tool]\ny = 2\n", error: "table [tool] is defined twice", line: 3),
        Case("a.toml", "[a.b]\nc = 1\n[a]\nb.d = 2\n", error: "redefines table [a.b]", line: 4),
        Case("a.toml", "a.b = 1\n[a]\n", error: "table [a] is defined twice", line: 2),
        Case("a.toml", "a = {x = 1}\na.y = 2\n", error: "cannot be extended", line: 2),
        Case("a.toml", "a = [1]\n[[a]]\n", error: "cannot be extended", line: 2),
        // Near misses.
        Case("a.toml", "a = 1\n[b]\na = 2\n[[c]]\nx = 1\n[[c]]\nx = 2\n[c.d]\ny = 1\n"),
        Case("a.toml", "[fruit]\napple.color = \"red\"\napple.taste.sweet = true\n[fruit.apple.texture]\nsmooth = true\n"),
        Case("a.toml", "[a.b.c]\n[a]\nx = 1\n\"quoted key\" = 1\n'quoted key 2' = 2\n"),
    ]

    static let yamlCases: [Case] = [
        Case("a.yaml", "a: 1\nb: *missing\n", error: "alias *missing names no anchor", line: 2),
        Case("a.yaml", "a: &x 1\n---\nb: *x\n", error: "alias *x names no anchor", line: 3),
        Case("a.yaml", "a: &x 1\nb: &x 2\n", error: "anchor &x is defined twice", line: 2),
        Case("a.yaml", "a: 1\n\t# note\nb: 2\n", error: "indented with a tab", line: 2),
        Case("a.yaml", "help:\n  examples: |\n\n      $ cmd\n    To run it:\n  next: 1\n", error: "indented less than its first line", line: 5),
        Case("a.yaml", "a:\n  b: 1\n: x\n", error: "a mapping entry without a key", line: 3),
        // Near misses.
        Case("a.yaml", "base: &base\n  x: 1\nderived:\n  <<: *base\n  y: [1, *base]\n"),
        Case("a.yaml", "text: |\n  line\n  \tindented with a tab inside the scalar\n? complex key\n: value\n"),
        Case("a.yaml", "- &ref_a:\n  name: x\n"),
    ]

    static let javascriptCases: [Case] = [
        Case("a.js", "const x = {b: 1,, c: 2};\n", error: "Unexpected token ','", line: 1),
        Case("a.js", "f(a,, b);\n", error: "Unexpected token ','", line: 1),
        Case("a.js", "let a = 1;\nlet a = 2;\n", error: "Identifier 'a' has already been declared", line: 2),
        Case("a.js", "const Range = require('r');\nconst Range = require('r');\n", error: "Identifier 'Range' has already been declared", line: 2),
        Case("a.js", "function f(a) {\n  let a;\n}\n", error: "Identifier 'a' has already been declared", line: 2),
        Case("a.js", "{\n  var w;\n}\nlet w;\n", error: "Identifier 'w' has already been declared", line: 4),
        Case("a.js", "class A {}\nclass A {}\n", error: "Identifier 'A' has already been declared", line: 2),
        Case("a.js", "const c;\n", error: "Missing initializer in const declaration", line: 1),
        Case("a.js", "try {\n  x();\n}\n", error: "Missing catch or finally after try", line: 1),
        Case("a.js", "while (x) {}\nbreak;\n", error: "Illegal break statement", line: 2),
        Case("a.js", "x++ ++;\n", error: "Invalid left-hand side expression in postfix operation", line: 1),
        Case("a.js", "const f = !(a) => a;\n", error: "Malformed arrow function parameter list", line: 1),
        Case("a.js", "function f() {\n  await g();\n}\n", error: "await is only valid in async functions", line: 2),
        Case("a.js", "'use strict';\nvar let = 1;\n", error: "Unexpected strict mode reserved word", line: 2),
        Case("a.js", "if (a) {} else {}\nx = else;\n", error: "Unexpected token 'else'", line: 2),
        Case("a.js", "const r = /(\\.ip6\\.arpa))?$/;\n", error: "Invalid regular expression", line: 1),
        Case("a.js", "const r = /^([^;]+/;\n", error: "Invalid regular expression", line: 1),
        // Near misses.
        Case("a.js", "let a = 1;\n{\n  let a = 2;\n}\nfunction g() {}\nvar g;\nconst arr = [1,, 2];\nf(a, b,);\n"),
        Case("a.js", "switch (x) {\n  case 1: { let a; break; }\n  case 2: { let a; }\n}\nfor (const k in o) {}\nfor (const k of o) {}\n"),
        Case("a.js", "label: for (;;) { continue label; }\nasync function h() { for await (const x of y) { await x; } }\n"),
        Case("a.js", "const r = [/(?<n>a)\\k<n>/u, /\\u{1F600}+/u, /a{2,3}?/g, /[a-z\\d-]/, /\\/(?=x)/];\n"),
        Case("a.js", "var let = 1;\nfunction f() { var a; var a; }\nfunction f() {}\ntry {} catch (e) { var e; }\n"),
    ]

    static let swiftCases: [Case] = [
        // A clause a version check turns off is not parsed: it may hold another Swift's syntax.
        Case("a.swift", "#if swift(>=3.0)\nfunc f(x: Int) {}\n#else\nfunc describe(closure: ContextType -> ()) {\n#endif\n"),
        Case("a.swift", "#if compiler(>=99.0) && FEATURE\nvar x: Int {\n  mutate { }\n}\n#endif\n"),
        Case("a.swift", "#if FOO\nlet x = (\n#endif\n", error: "expected value and ')' to end tuple", line: 2),
        Case("a.swift", "struct S {\n  @inlinable static\n  public init() {}\n}\n", error: "declaration cannot be marked 'static'", line: 2),
        Case("a.swift", "class C {\n  private(set) class deinit {}\n}\n", error: "declaration cannot be marked 'class'", line: 2),
        Case("a.swift", "struct S {\n  static struct T {}\n}\n", error: "declaration cannot be marked 'static'", line: 2),
        Case("a.swift", "struct S {\n  public var inout description: String { \"\" }\n}\n", error: "'inout' cannot appear nested", line: 2),
        Case("a.swift", "enum E {\n  case leased(Connection remainingUses: Int?)\n}\n", error: "enum case cannot have keyword arguments", line: 2),
        Case("a.swift", "enum E {\n  case a(x _: Int)\n}\n", error: "enum case cannot have keyword arguments", line: 2),
        Case("a.swift", "struct S {\n  @inlinable .\n  internal var x: Int { 1 }\n}\n", error: "extraneous whitespace after '.'", line: 2),
        Case("a.swift", "@discardableResult.Foo func f() {}\n", error: "built-in attribute", line: 1),
        Case("a.swift", "let a = 1 \\\nlet b = 2\n", error: "expected", line: 1),
        Case("a.swift", "let a = \\ ;\n", error: "expected", line: 1),
        // Near misses: what the compiler's parser takes (a key path's root is an expression to it).
        Case("a.swift", "let a = \\ self\nlet b = \\(Foo.bar(x: 1))\nlet c = \\Foo.bar, d = \\.count, e = \\[Int].count\n"),
        Case("a.swift", "let c = \"\\(f(x), alignment: \\(g(y)))\"\n"),
        Case("a.swift", "func f() {\n  switch \\ self { default: break }\n}\n"),
        Case("a.swift", "struct S {\n  static func f() {}\n  static subscript(i: Int) -> Int { i }\n  public static var x: Int { 1 }\n  class T {}\n}\n"),
        Case("a.swift", "enum E {\n  case a(_ x: Int, y: Int)\n  case b(Int, String)\n}\nfunc g(e: E) {\n  switch e {\n  case .a(let x, y: let y): print(x, y)\n  case .b: break\n  }\n}\n"),
        Case("a.swift", "@Foo.Bar var x = 1\n@MainActor .Bar var y = 1\n"),
    ]

    @Test(arguments: swiftCases) func swift(_ item: Case) throws { try judge(item, as: "swift") }
    @Test(arguments: pythonCases) func python(_ item: Case) throws { try judge(item, as: "python") }
    @Test(arguments: jsonCases) func json(_ item: Case) throws { try judge(item, as: "json") }
    @Test(arguments: tomlCases) func toml(_ item: Case) throws { try judge(item, as: "toml") }
    @Test(arguments: yamlCases) func yaml(_ item: Case) throws { try judge(item, as: "yaml") }
    @Test(arguments: javascriptCases) func javascript(_ item: Case) throws { try judge(item, as: "javascript") }

    private func judge(_ item: Case, as language: String) throws {
        let verdict = SyntaxChecker().check(path: item.path, bytes: Array(item.text.utf8))
        #expect(verdict.language == language)
        if let error = item.error {
            // tree-sitter may report the mistake too, elsewhere: the stricter diagnostic must be there.
            #expect(verdict.diagnostics.contains { $0.message.contains(error) && $0.start.line == item.line },
                    "\(verdict.diagnostics.map { "\($0.start.line): \($0.message)" })")
        } else {
            #expect(verdict.diagnostics.isEmpty, "\(verdict.diagnostics.map { "\($0.start.line): \($0.message)" })")
        }
        if let accepted = LanguageParser.accepts(language: language, path: item.path, text: item.text) {
            #expect(accepted == (item.error == nil), "the language's own parser \(accepted ? "accepts" : "rejects") it")
        }
    }

    @Test func strictValidatorsDoNotClaimCleanFromTheTreeAlone() throws {
        // Valid for tree-sitter-python; the fast path of `check` must not skip the indentation rules.
        let verdict = SyntaxChecker().check(path: "a.py", bytes: Array("x = 1\n    y = 2\n".utf8))
        #expect(verdict.status == .errors)
    }
}

/// The language's own parser, when it is on the machine: nil when it is not.
enum LanguageParser {
    static func accepts(language: String, path: String, text: String) -> Bool? {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("astpatch-oracle-\(UUID())").path
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file: String
        let command: [String]
        switch language {
        case "javascript":
            file = directory + "/case.cjs"
            command = ["node", "--check", file]
        case "swift":
            file = directory + "/case.swift"
            command = [FileManager.default.isExecutableFile(atPath: "/opt/swift/usr/bin/swiftc") ? "/opt/swift/usr/bin/swiftc" : "swiftc", "-parse", file]
        case "json" where JSONValidator.isJSONWithComments(path: path):
            return nil
        case "python", "json", "toml", "yaml":
            file = directory + "/case"
            let code = [
                "python": "compile(open(f, 'rb').read(), f, 'exec')",
                "json": "import json; json.loads(open(f, encoding='utf-8').read())",
                "toml": "import tomllib; tomllib.loads(open(f, encoding='utf-8').read())",
                "yaml": "import yaml; [None for _ in yaml.compose_all(open(f, encoding='utf-8').read(), Loader=yaml.SafeLoader)]",
            ][language]!
            command = ["python3", "-W", "ignore", "-c", "import sys; f = sys.argv[1]; " + code, file]
        default:
            return nil
        }
        guard FileManager.default.createFile(atPath: file, contents: Data(text.utf8)) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        guard (try? process.run()) != nil else { return nil }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // A tool or module that is missing is no verdict.
        if message.contains("No module named") || process.terminationStatus == 127 { return nil }
        return process.terminationStatus == 0
    }
}
