import Foundation
import Testing
import TreeSitter
@testable import ASTPatch

/// The JavaScript screen against the tree walk it stands in for: what it clears, the walk must find
/// nothing in (else an early error would go unreported); what ordinary code looks like, it must
/// clear (else every such file costs a walk).
struct JavaScriptScreenTests {
    /// Each kind of early error the walk finds, in files with a clean tree: the screen must suspect
    /// every one of them.
    static let faulty: [String] = [
        "let a = 1;\nlet a = 2;\n",
        "function f(a) {\n  let a;\n}\n",
        "function f() {\n  { var w; }\n  let w;\n}\n",
        "for (let i = 0; i < 3; i++) { var i; }\n",
        "class A {}\nclass A {}\n",
        "import a from 'a';\nconst a = 1;\n",
        "switch (x) {\n  case 1: let a; break;\n  case 2: let a;\n}\n",
        "try {} catch (e) { let e; }\n",
        "const c;\n",
        "const {\n  a: { b }\n}\nfoo()\n",
        "try {\n  x();\n}\nfoo();\n",
        "while (x) {}\nbreak;\n",
        "function f() { for (;;) { [1].forEach(function () { continue; }); } }\n",
        "x++ ++;\n",
        "++f();\n",
        "++\nmodule.exports = {};\n",
        "const f = !(a) => a;\n",
        "const g = a || (b) => b;\n",
        "function f() {\n  await g();\n}\n",
        "async function f() {\n  function g(a = await x) {}\n}\n",
        "async function f() {\n  const g = () => await x;\n}\n",
        "'use strict';\nvar let = 1;\n",
        "++a.b++;\n",
        "const { x } = { x: 1 };\nlet x;\n",
        "if (a) {} else {}\nx = else;\n",
        "if (a)\n  b();\n  c();\nelse\n  d();\n",
        "if (a)\n  // nothing here any more\nelse\n  d();\n",
        "x = {b: 1,, c: 2};\n",
        "f(a,, b);\n",
        "const r = /(\\.ip6\\.arpa))?$/;\n",
        "export\nconst x = 1;\n",
        "f(export);\n",
        "function f() { outer: for (;;) { break inner; } }\n",
        "new x++;\n",
        "++undefined;\n",
    ]

    /// Ordinary code of the kinds npm's own files are made of: the screen must clear it.
    static let ordinary: [String] = [
        "'use strict';\nconst { a, b: c, d = 1, ...e } = require('x');\nconst [f, [g], h = 2] = list;\nmodule.exports = { a, c, e, f, g, h };\n",
        "class A extends B {\n  static x = 1;\n  #y = 2;\n  static { init(); }\n  constructor(a, b) { super(a); this.b = b; }\n  get v() { return this.#y; }\n  async [key](n) { await n; }\n  async *gen() { yield* other(); }\n  delete() {}\n}\n",
        "async function f(list) {\n  for await (const x of list) { await x; }\n  for (const [k, v] of Object.entries(o)) { if (!v) continue; else break; }\n  return list.map(async (x) => await g(x));\n}\n",
        "function f(a) {\n  if (a) return 1\n  else if (a === 0) return 0\n  else return -1\n}\n",
        "switch (x) {\n  case 'a':\n  case 'b': { const y = 1; break; }\n  default:\n    return z ? 1 : 2\n}\n",
        "const r = /[/\\]]+/g.test(s) ? `${a}${b ? `${c}` : d}` : /x/i;\nconst d = a / b / c;\n",
        "for (var i = 0, n = xs.length; i < n; i++) if (xs[i]) count++;\nwhile (x) if (y) break; else continue;\n",
        "const o = { if: 1, class: 2, default: 3, get new() { return 4; }, async delete() {}, *[Symbol.iterator]() {} };\n",
        "var e = function e() {};\nvar f = function f() { return f; };\nlabel: { x(); }\n",
        "import d, { a as b, default as c } from 'm';\nimport * as ns from 'n';\nexport { d as default, b };\nexport const z = 1;\nexport default class {}\n",
        "if (mod != null) for (var k in mod) if (k !== 'default') exports[k] = mod[k];\n",
        "const f = (a, { b, c } = {}, ...rest) => {\n  let x = a;\n  return x + b + c + rest.length;\n};\n",
        "try { a(); } catch { b(); } finally { c(); }\ndo { i--; } while (i > 0);\n",
        "x = a\n++b\ny = -c - --d\n",
    ]

    private static func walkFinds(_ bytes: [UInt8], parser: Parser) -> String? {
        guard let tree = parser.parse(bytes), !tree.rootNode.hasError else { return nil }
        return JavaScriptValidator(screensFirst: false).diagnostics(for: SourceText(bytes), tree: tree).first?.message
    }

    private static func parser() throws -> Parser {
        let parser = Parser()
        try parser.setLanguage(try GrammarRegistry.shared.language(named: "javascript"))
        return parser
    }

    @Test(arguments: faulty) func suspectsEveryEarlyError(_ text: String) throws {
        let bytes = Array(text.utf8)
        let parser = try Self.parser()
        let tree = try #require(parser.parse(bytes))
        #expect(!tree.rootNode.hasError, "the case must parse cleanly, or tree-sitter itself reports it")
        #expect(Self.walkFinds(bytes, parser: parser) != nil, "the walk must fault the case")
        #expect(JavaScriptScreen.suspicion(in: bytes[...]) != nil, "the screen cleared it")
    }

    @Test(arguments: ordinary) func clearsOrdinaryCode(_ text: String) throws {
        let bytes = Array(text.utf8)
        let parser = try Self.parser()
        #expect(Self.walkFinds(bytes, parser: parser) == nil)
        let suspicion = JavaScriptScreen.suspicion(in: bytes[...])
        #expect(suspicion == nil, "\(suspicion.map(String.init(describing:)) ?? "")")
    }

    /// Real files, and each with every line deleted in turn and with keywords and punctuation
    /// inserted before lines: whatever the walk faults in a clean tree, the screen suspects.
    /// Every word the screen tells apart is found by its spelling, and near misses are names.
    @Test func wordsAreFoundBySpelling() {
        var raw: UInt8 = 1
        while let word = ScreenWord(rawValue: raw) {
            let spelling = Array("\(word)".utf8)
            #expect(spelling.withUnsafeBufferPointer { ScreenWord.of($0) } == word, "\(word)")
            raw += 1
        }
        #expect(raw > 50)
        for name in ["breaks", "instanceOf", "undefine", "constructor", "lets", "a", "x", "elsewhere", "implementing", "functions"] {
            #expect(Array(name.utf8).withUnsafeBufferPointer { ScreenWord.of($0) } == ScreenWord.none, "\(name)")
        }
    }

    /// The eight-bytes-at-a-time name scan agrees with the byte test for every byte at every
    /// place, after a run of name bytes.
    @Test func wordScanAgreesWithTheByteTest() {
        let name = Array("aZ_$9m0Q".utf8)
        for place in 0..<8 {
            for value in 0...255 {
                var bytes = name
                bytes[place] = UInt8(value)
                let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                let expected = bytes.firstIndex { !ScreenScanner.isNameByte($0) } ?? 8
                #expect(ScreenScanner.nameRun(UInt64(littleEndian: word)) == expected, "byte \(value) at \(place)")
            }
        }
    }

    @Test func neverClearsWhatTheWalkFaultsInRealFiles() throws {
        let parser = try Self.parser()
        var files = FileCollector.collect([CLIFixtures.root]).files.filter { $0.hasSuffix(".js") }
        let cache = RealPairTreeDiffTests.cache
        if FileManager.default.fileExists(atPath: cache) {
            files += RealPairTreeDiffTests.files(under: cache, extensions: ["js"]).map { cache + "/" + $0 }
        }
        let inserts = ["let ", "const ", "else ", "++", "export ", "await ", "break;", ",", "} ", "=> ", "this.", "new "]
        var checked = 0
        var missed: [String] = []
        for path in files {
            guard let bytes = try? FileBytes.read(path), bytes.count <= 40_000 else { continue }
            let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
            var variants: [(String, [UInt8])] = [("as it is", bytes)]
            for (number, _) in lines.enumerated() where number % 3 == 0 {
                var deleted = lines
                deleted.remove(at: number)
                variants.append(("line \(number + 1) deleted", Array(deleted.joined(separator: [0x0A]))))
                let insert = inserts[number % inserts.count]
                var inserted = lines
                inserted[number] = Array(insert.utf8) + inserted[number]
                variants.append(("`\(insert)` before line \(number + 1)", Array(inserted.joined(separator: [0x0A]))))
            }
            for (what, variant) in variants {
                guard let fault = Self.walkFinds(variant, parser: parser) else { continue }
                checked += 1
                if JavaScriptScreen.suspicion(in: variant[...]) == nil { missed.append("\(path), \(what): \(fault)") }
            }
        }
        #expect(checked > 50, "too few faulted variants to say anything (\(checked))")
        #expect(missed.isEmpty, "\(missed.prefix(10))")
    }
}

/// Where the conformance fixtures are.
enum CLIFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path + "/Fixtures"
}
