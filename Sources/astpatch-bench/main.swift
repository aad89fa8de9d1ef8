// Benchmarks of astpatch's apply path, measured in process. Prints figures; asserts nothing but
// that each measured step did what it should.
//
//   astpatch-bench incremental [--lines N] [--runs N]
//
// `incremental` times, on a generated Python file, one full tree-sitter parse (the baseline),
// tree-sitter's own incremental reparse after a one-line edit (the reference), and astpatch's
// apply-and-validate of the same one-line edit on an already parsed document: what PatchPlanner
// does for one `replace` of a `text` target, less reading and parsing the original.
import ASTPatch
import Foundation
import TreeSitter

struct BenchmarkFailure: Error, CustomStringConvertible {
    var description: String
}

/// Median, minimum and maximum of repeated timings.
struct Timing {
    var samples: [Duration]

    var median: Duration {
        let sorted = samples.sorted()
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    var minimum: Duration { samples.min()! }
    var maximum: Duration { samples.max()! }

    /// Runs `body` `warmup` times untimed, then `runs` times timed.
    static func measure(runs: Int, warmup: Int = 3, _ body: () throws -> Void) rethrows -> Timing {
        for _ in 0..<warmup { try body() }
        let clock = ContinuousClock()
        var samples: [Duration] = []
        samples.reserveCapacity(runs)
        for _ in 0..<runs {
            samples.append(try clock.measure(body))
        }
        return Timing(samples: samples)
    }
}

extension Duration {
    var milliseconds: Double {
        Double(components.seconds) * 1e3 + Double(components.attoseconds) / 1e15
    }
}

/// A deterministic, varied Python module: classes with docstrings, methods, properties and
/// nested blocks; functions with dict and list literals, comprehensions, try/except, f-strings.
struct PythonCorpus {
    /// A small linear congruential generator, so that every run builds the same file.
    struct Generator {
        var state: UInt64

        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }

        mutating func pick<T>(_ items: [T]) -> T { items[next(items.count)] }
    }

    static let nouns = ["account", "buffer", "cache", "record", "session", "ledger", "packet", "frame", "token", "batch",
                        "order", "report", "widget", "queue", "sensor", "invoice", "profile", "segment", "channel", "schema"]
    static let verbs = ["load", "store", "merge", "split", "render", "parse", "flush", "apply", "resolve", "compute",
                        "encode", "decode", "validate", "collect", "publish", "refresh", "archive", "measure"]

    /// The file's text, `lines` lines long (give or take a block), and the line to edit.
    static func build(lines target: Int) -> (text: String, editLine: String) {
        var random = Generator(state: 0x5EED)
        var lines = ["\"\"\"Generated module for astpatch-bench: a mix of classes, functions and data.\"\"\"",
                     "", "import math", "import os", "from dataclasses import dataclass, field", "from typing import Any", "", ""]
        var editLine = ""
        var block = 0
        while lines.count < target {
            block += 1
            let noun = random.pick(nouns)
            let verb = random.pick(verbs)
            let name = "\(noun)_\(block)"
            switch random.next(4) {
            case 0, 1:
                let className = noun.prefix(1).uppercased() + noun.dropFirst() + "Handler\(block)"
                lines += ["class \(className):",
                          "    \"\"\"Keeps \(noun) state for block \(block).",
                          "",
                          "    The \(verb) step runs \(random.next(9) + 1) times per cycle.",
                          "    \"\"\"",
                          "",
                          "    LIMITS = {\"low\": \(random.next(100)), \"high\": \(random.next(1000) + 100), \"name\": \"\(name)\"}",
                          "",
                          "    def __init__(self, size: int = \(random.next(64) + 1), label: str = \"\(noun)\") -> None:",
                          "        self.size = size",
                          "        self.label = label",
                          "        self.items: list[Any] = []",
                          ""]
                for method in 0..<(random.next(4) + 2) {
                    let methodVerb = random.pick(verbs)
                    lines += ["    def \(methodVerb)_\(method)(self, value, *, scale=\(random.next(10) + 1)):",
                              "        \"\"\"\(methodVerb.capitalized) a value into the \(noun).\"\"\""]
                    switch random.next(3) {
                    case 0:
                        lines += ["        if value is None:",
                                  "            return self.LIMITS[\"low\"]",
                                  "        for index in range(self.size):",
                                  "            self.items.append(value * scale + index)",
                                  "        return sum(self.items[-self.size:])"]
                    case 1:
                        lines += ["        try:",
                                  "            result = math.sqrt(abs(value)) * scale",
                                  "        except (TypeError, ValueError) as error:",
                                  "            raise RuntimeError(f\"cannot \(methodVerb) {value!r}: {error}\") from error",
                                  "        return round(result, \(random.next(6)))"]
                    default:
                        lines += ["        mapping = {key: key * scale for key in range(\(random.next(20) + 2))}",
                                  "        return [mapping.get(value, 0), len(mapping), self.label]"]
                    }
                    lines.append("")
                }
                lines += ["    @property",
                          "    def total(self) -> int:",
                          "        return len(self.items) + self.size",
                          "", ""]
            case 2:
                lines += ["def \(verb)_\(name)(items, threshold=\(random.next(50)), *args, **options):",
                          "    \"\"\"\(verb.capitalized) each \(noun) above the threshold.\"\"\"",
                          "    selected = [item for item in items if item > threshold]",
                          "    while selected and selected[-1] > \(random.next(500)):",
                          "        selected.pop()",
                          "    if options.get(\"verbose\"):",
                          "        print(f\"\(verb) \(noun): {len(selected)} of {len(items)}\")",
                          "    elif args:",
                          "        selected.extend(args)",
                          "    else:",
                          "        pass",
                          "    return tuple(sorted(selected))",
                          "", ""]
            default:
                var entries: [String] = []
                for entry in 0..<(random.next(6) + 3) {
                    entries.append("    \"\(random.pick(nouns))_\(entry)\": (\(random.next(1000)), \"\(random.pick(verbs))\", \(random.next(2) == 0 ? "True" : "None")),")
                }
                lines += ["\(name.uppercased())_TABLE = {"] + entries + ["}", "",
                          "@dataclass",
                          "class \(noun.capitalized)Record\(block):",
                          "    key: str = \"\(name)\"",
                          "    weight: float = \(random.next(100)).\(random.next(100))",
                          "    tags: list[str] = field(default_factory=list)",
                          "", ""]
            }
            if editLine.isEmpty, lines.count >= target / 2 {
                // The line the benchmark edits: unique, in the middle of the file.
                editLine = "MIDDLE_MARKER = {\"block\": \(block), \"state\": \"unchanged\"}"
                lines += [editLine, "", ""]
            }
        }
        return (lines.joined(separator: "\n") + "\n", editLine)
    }
}

/// Where a byte offset stands, as tree-sitter counts rows and columns.
func point(of offset: Int, in bytes: [UInt8]) -> Point {
    var row = 0
    var lineStart = 0
    for index in 0..<offset where bytes[index] == 0x0A {
        row += 1
        lineStart = index + 1
    }
    return Point(row: row, column: offset - lineStart)
}

func incremental(lines: Int, runs: Int) throws {
    let (text, editLine) = PythonCorpus.build(lines: lines)
    let bytes = Array(text.utf8)
    let lineCount = bytes.filter { $0 == 0x0A }.count
    let oldText = Array(editLine.utf8)
    let newText = Array(editLine.replacingOccurrences(of: "unchanged", with: "edited by the benchmark").utf8)
    guard let start = firstOffset(of: oldText, in: bytes) else { throw BenchmarkFailure(description: "the edit line is missing") }
    let edited = Array(bytes[..<start]) + newText + Array(bytes[(start + oldText.count)...])

    let grammars = GrammarRegistry.shared
    let language = try grammars.language(named: "python")
    let parser = Parser()
    try parser.setLanguage(language)

    // (a) One full parse: the baseline.
    guard let tree = parser.parse(bytes), !tree.rootNode.hasError else {
        throw BenchmarkFailure(description: "the generated file does not parse cleanly")
    }
    let full = Timing.measure(runs: runs) { _ = parser.parse(bytes) }

    // (b) tree-sitter's incremental reparse after the one-line edit: the new text, a copy of
    // the old tree, ts_tree_edit and the reparse.
    let inputEdit = InputEdit(startByte: start, oldEndByte: start + oldText.count, newEndByte: start + newText.count,
                              startPoint: point(of: start, in: bytes), oldEndPoint: point(of: start + oldText.count, in: bytes),
                              newEndPoint: point(of: start + newText.count, in: edited))
    var reparsed: Tree?
    let reference = Timing.measure(runs: runs) {
        let newBytes = Array(bytes[..<start]) + newText + Array(bytes[(start + oldText.count)...])
        let copy = tree.copy()
        copy.edit(inputEdit)
        reparsed = parser.parse(newBytes, oldTree: copy)
    }
    guard let reparsed, !reparsed.rootNode.hasError, reparsed.rootNode.endByte == edited.count else {
        throw BenchmarkFailure(description: "tree-sitter's incremental reparse went wrong")
    }

    // (c) astpatch: resolve the text target, place the edit, reparse incrementally and
    // validate, check the scope and run the gate, on a document parsed once beforehand.
    let documents = DocumentParser(grammars: grammars)
    let document = try documents.document(bytes, language: "python")
    let resolver = TargetResolver(outliner: Outliner(grammars: grammars))
    let target = Target.text(oldText, .only)
    var result: (document: Document, violation: PatchDiagnostic?, introduced: [SyntaxDiagnostic])?
    let astpatch = try Timing.measure(runs: runs) {
        let matches = try resolver.resolve(target, in: document, path: "bench.py")
        let edit = EditPlacement.edit(.replace, at: matches[0], content: newText, in: document.source)
        let after = try documents.editing(document, with: [edit])
        let violation = ScopeCheck.violation(operation: .replace, target: matches[0], edit: edit,
                                             before: document, after: after, path: "bench.py")
        let introduced = SyntaxGate.introducedErrors(before: document.diagnostics, after: after.diagnostics, edits: [edit])
        result = (after, violation, introduced)
    }
    guard let result, result.violation == nil, result.introduced.isEmpty, result.document.bytes == edited else {
        throw BenchmarkFailure(description: "astpatch's apply did not give the expected clean result")
    }

    func row(_ name: String, _ timing: Timing) -> String {
        let median = String(format: "%8.3f", timing.median.milliseconds)
        let range = String(format: "%.3f–%.3f", timing.minimum.milliseconds, timing.maximum.milliseconds)
        return "\(name.padding(toLength: 58, withPad: " ", startingAt: 0)) \(median) ms   (min–max \(range))"
    }
    print("Python file: \(lineCount) lines, \(bytes.count) bytes; edit: one line at line \(point(of: start, in: bytes).row + 1); median of \(runs) runs")
    print(row("(a) full tree-sitter parse", full))
    print(row("(b) tree-sitter incremental reparse (edit + reparse)", reference))
    print(row("(c) astpatch apply-and-validate of a one-line replace", astpatch))
    let ca = astpatch.median.milliseconds / full.median.milliseconds
    let ba = reference.median.milliseconds / full.median.milliseconds
    print(String(format: "(c)/(a) = %.3f (target ≤ 0.15: %@)", ca, ca <= 0.15 ? "met" : "NOT met"))
    print(String(format: "(b)/(a) = %.3f", ba))
    print(String(format: "(c)/(b) = %.2f", astpatch.median.milliseconds / reference.median.milliseconds))
}

/// The offset of the first occurrence of `needle`.
func firstOffset(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
    guard needle.count <= haystack.count else { return nil }
    return (0...(haystack.count - needle.count)).first { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
}

func usage() -> Never {
    FileHandle.standardError.write(Data("usage: astpatch-bench incremental [--lines N] [--runs N]\n".utf8))
    exit(2)
}

var arguments = CommandLine.arguments.dropFirst()
guard let command = arguments.popFirst(), command == "incremental" else { usage() }
var lines = 10_000
var runs = 50
while let option = arguments.popFirst() {
    guard let value = arguments.popFirst().flatMap(Int.init), value > 0 else { usage() }
    switch option {
    case "--lines": lines = value
    case "--runs": runs = value
    default: usage()
    }
}
do {
    try incremental(lines: lines, runs: runs)
} catch {
    FileHandle.standardError.write(Data("astpatch-bench: \(error)\n".utf8))
    exit(1)
}
