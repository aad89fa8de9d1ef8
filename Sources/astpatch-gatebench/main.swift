import ASTPatch
import Dispatch
import Foundation
import Synchronization
import TreeSitter

// Measures how many of the edit mistakes that a language's own parser rejects `astpatch apply`
// refuses, and how many valid edits it refuses. See bench/README.md (gate accuracy).

struct Settings {
    var corpus = "bench/out/gate-corpora"
    var work = "bench/out/gate"
    var script = "bench/gate-oracle.py"
    var swiftc = "/opt/swift/usr/bin/swiftc"
    var files = 100
    var perKind = 2
    var seed: UInt64 = 1
    var jobs = ProcessInfo.processInfo.activeProcessorCount
    var clean = false
    var languages: [String] = []
    var report: String?

    static func parse(_ arguments: [String]) -> Settings {
        var settings = Settings()
        var rest = arguments[...]
        func value(_ name: String) -> String {
            guard let value = rest.popFirst() else { fail("\(name) needs a value") }
            return value
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "--corpus": settings.corpus = value(argument)
            case "--work": settings.work = value(argument)
            case "--oracle-script": settings.script = value(argument)
            case "--swiftc": settings.swiftc = value(argument)
            case "--files": settings.files = Int(value(argument)) ?? settings.files
            case "--per-kind": settings.perKind = Int(value(argument)) ?? settings.perKind
            case "--seed": settings.seed = UInt64(value(argument)) ?? settings.seed
            case "--jobs", "-j": settings.jobs = max(1, Int(value(argument)) ?? settings.jobs)
            case "--clean": settings.clean = true
            case "--report": settings.report = value(argument)
            case "-h", "--help":
                print("usage: astpatch-gatebench [--corpus DIR] [--work DIR] [--files N] [--per-kind N] [--seed N] [--jobs N] [--clean] [--report FILE] [LANGUAGE...]")
                exit(0)
            default:
                if argument.hasPrefix("-") { fail("unknown option \(argument)") }
                settings.languages.append(argument)
            }
        }
        if settings.languages.isEmpty { settings.languages = ["python", "javascript", "swift", "json", "yaml", "toml"] }
        return settings
    }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("gatebench: \(message)\n".utf8))
    exit(2)
}

func log(_ message: String) {
    FileHandle.standardError.write(Data("gatebench: \(message)\n".utf8))
}

/// The benchmark's runs; everything happens on the main thread but the gate's and the parsers' work.
final class GateBench {
    let settings: Settings
    let oracles: Oracles
    let grammars = GrammarRegistry.shared
    private var inspected = 0

    init(settings: Settings) {
        self.settings = settings
        try? FileManager.default.createDirectory(atPath: settings.work, withIntermediateDirectories: true)
        oracles = Oracles(work: settings.work, script: settings.script, swiftc: settings.swiftc, jobs: settings.jobs)
    }

    /// The corpus files of a language whose type astpatch detects as that language, in a seeded order.
    func corpusFiles(_ language: String, seed: UInt64) -> [String] {
        let root = settings.corpus + "/" + language
        guard let walker = FileManager.default.enumerator(atPath: root) else { fail("no corpus folder \(root)") }
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            let path = root + "/" + relative
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            guard grammars.detectLanguage(path: relative, firstBytes: []) == language else { continue }
            files.append(relative)
        }
        files.sort()
        var rng = SeededGenerator(seed: seed)
        files.shuffle(using: &rng)
        return files
    }

    struct Sample {
        var path: String
        var bytes: [UInt8]
        var dialect: String
    }

    /// Files of the language that its parser accepts, up to `count`.
    func sample(_ language: String, count: Int) -> [Sample] {
        var samples: [Sample] = []
        let candidates = corpusFiles(language, seed: settings.seed)
        var index = 0
        while samples.count < count, index < candidates.count {
            let chunk = candidates[index..<min(index + count * 2, candidates.count)]
            index += chunk.count
            let loaded = chunk.compactMap { path -> Sample? in
                guard let data = FileManager.default.contents(atPath: settings.corpus + "/" + language + "/" + path),
                      data.count >= 80, data.count <= 60_000, !data.contains(0) else { return nil }
                let bytes = [UInt8](data)
                guard bytes.filter({ $0 == 0x0A }).count >= 3 else { return nil }
                // swiftc does not parse the branches of `#if compiler(...)` / `#if swift(...)` that do
                // not hold for it, so it would accept any mistake there: leave such files out.
                if language == "swift", let text = String(data: data, encoding: .utf8),
                   text.contains("compiler(") || text.contains("swift(>") || text.contains("swift(<") { return nil }
                return Sample(path: path, bytes: bytes, dialect: language)
            }
            var verdicts = oracles.verdicts(loaded.map(\.bytes), dialect: language)
            var accepted = zip(loaded, verdicts).filter { $0.1.accepted }.map(\.0)
            if language == "javascript" {
                let rejected = zip(loaded, verdicts).filter { !$0.1.accepted }.map(\.0)
                verdicts = oracles.verdicts(rejected.map(\.bytes), dialect: "javascript-module")
                accepted += zip(rejected, verdicts).filter { $0.1.accepted }.map { sample in
                    var module = sample.0
                    module.dialect = "javascript-module"
                    return module
                }
            }
            samples += accepted.prefix(count - samples.count)
        }
        return samples
    }

    struct Case {
        var sample: Int
        var mistake: Mistake
    }

    func evaluate(_ language: String, tally: inout Tally, misses: inout [String]) {
        guard let profile = LanguageProfile.named(language) else { fail("no mistakes defined for \(language)") }
        let samples = sample(language, count: settings.files)
        log("\(language): \(samples.count) files the parser accepts")
        var rng = SeededGenerator(seed: settings.seed &* 7919 &+ UInt64(language.utf8.reduce(0) { $0 &* 31 &+ Int($1) }))
        var cases: [Case] = []
        for (index, sample) in samples.enumerated() {
            let maker = MistakeMaker(profile: profile, bytes: sample.bytes)
            var seen: Set<[UInt8]> = [sample.bytes]
            for kind in MistakeKind.allCases {
                for _ in 0..<settings.perKind {
                    guard let mistake = maker.make(kind, using: &rng), seen.insert(mistake.newBytes).inserted else { continue }
                    cases.append(Case(sample: index, mistake: mistake))
                }
            }
        }
        // A placeholder written inside a string literal or a docstring is text, not a comment
        // standing for code: no elision.
        let parser = Parser()
        if let grammar = try? grammars.language(named: language) { try? parser.setLanguage(grammar) }
        for index in cases.indices where cases[index].mistake.kind == .placeholder && cases[index].mistake.replacedCode {
            let mistake = cases[index].mistake
            guard let root = parser.parse(mistake.newBytes)?.rootNode else { continue }
            var node = root.namedDescendant(spanning: mistake.placeholderOffset..<(mistake.placeholderOffset + 1))
            var isComment = false
            for _ in 0..<4 {
                guard let current = node else { break }
                if current.type.contains("comment") { isComment = true }
                node = current.parent
            }
            if !isComment {
                cases[index].mistake.replacedCode = false
                cases[index].mistake.note += " (inside a string: not an elision)"
            }
        }
        log("\(language): \(cases.count) seeded edits; asking the language's parser")
        var verdicts = [OracleVerdict?](repeating: nil, count: cases.count)
        for dialect in Set(samples.map(\.dialect)) {
            let indices = cases.indices.filter { samples[cases[$0].sample].dialect == dialect }
            for (index, verdict) in zip(indices, oracles.verdicts(indices.map { cases[$0].mistake.newBytes }, dialect: dialect)) {
                verdicts[index] = verdict
            }
        }
        log("\(language): running the gate")
        let strict = GateProbe(options: ApplyOptions(), validators: .standard)
        let before = GateProbe(options: ApplyOptions(allowPlaceholders: true), validators: ValidatorRegistry(["swift": SwiftSyntaxValidator()]))
        let outcomes = Mutex<[Int: (GateProbe.Outcome, GateProbe.Outcome, GateProbe.Outcome?)]>([:])
        let next = Atomic<Int>(0)
        let box = UnsafeTransfer((cases, samples))
        DispatchQueue.concurrentPerform(iterations: settings.jobs) { _ in
            let (cases, samples) = box.value
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < cases.count else { break }
                let item = cases[index]
                let sample = samples[item.sample]
                let mistake = item.mistake
                let now = strict.unifiedDiff(path: sample.path, old: sample.bytes, new: mistake.newBytes)
                let then = before.unifiedDiff(path: sample.path, old: sample.bytes, new: mistake.newBytes)
                var edited: GateProbe.Outcome?
                if mistake.kind == .placeholder, let lines = mistake.replacedLines {
                    edited = strict.replaceLines(path: sample.path, old: sample.bytes, lines: lines, content: mistake.placeholderText, expected: nil)
                }
                outcomes.withLock { $0[index] = (now, then, edited) }
            }
        }
        let results = outcomes.withLock { $0 }
        for (index, item) in cases.enumerated() {
            let (now, then, edited) = results[index]!
            let verdict = verdicts[index]!
            let sample = samples[item.sample]
            let mistake = item.mistake
            func refused(_ outcome: GateProbe.Outcome) -> Bool { if case .refused = outcome { return true } else { return false } }
            tally.add(language: language, kind: mistake.kind.rawValue) { row in
                row.cases += 1
                if case .broken(let why) = now {
                    row.harnessErrors += 1
                    misses.append("HARNESS \(sample.path): \(mistake.note): \(why)")
                    return
                }
                if mistake.kind == .placeholder, mistake.replacedCode {
                    row.elisions += 1
                    if refused(now) { row.elisionsRefused += 1 }
                    if !refused(now) { misses.append("PLACEHOLDER NOT REFUSED \(sample.path): \(mistake.note)") }
                }
                if verdict.accepted, mistake.kind == .placeholder, mistake.replacedCode {
                    // Valid code, and still an elision: counted above, with the placeholders.
                } else if verdict.accepted {
                    row.valid += 1
                    if refused(now) { row.validRefused += 1 }
                    if refused(then) { row.validRefusedBefore += 1 }
                    if refused(now) {
                        misses.append("VALID REFUSED \(sample.path) [\(mistake.kind.rawValue)] \(mistake.note): \(now)")
                        saveForInspection(language, sample, mistake, tag: "valid")
                    }
                } else {
                    row.breaks += 1
                    if refused(now) { row.breaksRefused += 1 }
                    if refused(then) { row.breaksRefusedBefore += 1 }
                    if !refused(now) {
                        misses.append("MISSED \(sample.path) [\(mistake.kind.rawValue)] \(mistake.note): \(verdict.message)")
                        saveForInspection(language, sample, mistake, tag: "missed")
                    }
                }
            }
            if let edited {
                tally.add(language: language, kind: "placeholder (edit list)") { row in
                    row.cases += 1
                    if mistake.replacedCode {
                        row.elisions += 1
                        if refused(edited) { row.elisionsRefused += 1 }
                        else { misses.append("PLACEHOLDER (EDIT LIST) NOT REFUSED \(sample.path): \(mistake.note): \(edited)") }
                    }
                }
            }
        }
    }

    func saveForInspection(_ language: String, _ sample: Sample, _ mistake: Mistake, tag: String) {
        inspected += 1
        let folder = settings.work + "/inspect/" + language
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let name = "\(tag)-\(inspected)-" + (sample.path as NSString).lastPathComponent
        _ = FileManager.default.createFile(atPath: folder + "/" + name, contents: Data(mistake.newBytes))
        _ = FileManager.default.createFile(atPath: folder + "/" + name + ".orig", contents: Data(sample.bytes))
    }

    /// Checks whole corpora as `astpatch check` does and asks the language's parser about every file
    /// flagged: a flagged file the parser accepts is a false alarm.
    func cleanCheck(_ language: String) -> String {
        let files = corpusFiles(language, seed: 0).sorted()
        let root = settings.corpus + "/" + language + "/"
        let verdicts = SyntaxChecker(threads: settings.jobs).check(files: files.map { root + $0 })
        let flagged = verdicts.filter { if case .errors = $0.status { return true } else { return false } }
        var falseAlarms: [String] = []
        var maybeModules: [(String, [UInt8])] = []
        let texts = flagged.map { [UInt8](FileManager.default.contents(atPath: $0.path) ?? Data()) }
        for ((verdict, text), oracle) in zip(zip(flagged, texts), oracles.verdicts(texts, dialect: language)) {
            if oracle.accepted {
                falseAlarms.append(verdict.path)
            } else if language == "javascript" {
                maybeModules.append((verdict.path, text))
            }
        }
        // A file rejected as a script may be an ES module.
        for ((path, _), oracle) in zip(maybeModules, oracles.verdicts(maybeModules.map(\.1), dialect: "javascript-module")) where oracle.accepted {
            falseAlarms.append(path)
        }
        var text = "\(language): \(files.count) files checked, \(flagged.count) flagged, \(falseAlarms.count) flagged although the language's parser accepts them\n"
        for path in falseAlarms.prefix(20) {
            let verdict = verdicts.first { $0.path == path }!
            text += "  \(path): \(verdict.diagnostics.first.map { "\($0.start.line):\($0.start.column): \($0.message)" } ?? "")\n"
        }
        return text
    }
}

struct UnsafeTransfer<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

if CommandLine.arguments.dropFirst().first == "--check" {
    // What the validators say of some files, as `astpatch check` would (handy while developing them).
    for verdict in SyntaxChecker().check(files: Array(CommandLine.arguments.dropFirst(2))) {
        print("\(verdict.path): \(verdict.language ?? "-")\(verdict.diagnostics.isEmpty ? " clean" : "")")
        for diagnostic in verdict.diagnostics {
            print("  \(diagnostic.start.line):\(diagnostic.start.column): \(diagnostic.kind.rawValue): \(diagnostic.message)")
        }
    }
    exit(0)
}
if CommandLine.arguments.dropFirst().first == "--time-js-screen" {
    exit(ScreenAudit.time(folder: CommandLine.arguments.dropFirst(2).first ?? "."))
}
if CommandLine.arguments.dropFirst().first == "--screen" {
    // The JavaScript screen's verdict on files, next to the tree walk's.
    exit(ScreenAudit.show(files: Array(CommandLine.arguments.dropFirst(2))))
}
if CommandLine.arguments.dropFirst().first == "--audit-js-screen" {
    let arguments = Array(CommandLine.arguments.dropFirst(2))
    guard let folder = arguments.first else {
        fail("usage: astpatch-gatebench --audit-js-screen FOLDER [--per-kind N] [--seed S] [--jobs J]")
    }
    func option(_ name: String) -> String? { arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil } }
    exit(ScreenAudit.run(folder: folder, perKind: option("--per-kind").flatMap { Int($0) } ?? 3,
                         seed: option("--seed").flatMap { UInt64($0) } ?? 1,
                         jobs: option("--jobs").flatMap { Int($0) } ?? ProcessInfo.processInfo.activeProcessorCount,
                         showSuspects: arguments.contains("--show-suspects")))
}
if CommandLine.arguments.dropFirst().first == "--cost" {
    // What the stricter validators cost next to the parse: for every file of a corpus folder,
    // tree-sitter's parse, then `check`'s work for the file with tree-sitter's verdict alone and
    // with the language's standard validator. One thread; best of three rounds.
    let arguments = Array(CommandLine.arguments.dropFirst(2))
    guard arguments.count == 2 else { fail("usage: astpatch-gatebench --cost LANGUAGE FOLDER") }
    let (language, folder) = (arguments[0], arguments[1])
    let files = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? [])
        .filter { GrammarRegistry.shared.detectLanguage(path: $0, firstBytes: []) == language }
        .compactMap { FileManager.default.contents(atPath: folder + "/" + $0).map { [UInt8]($0) } }
    let parser = Parser()
    try parser.setLanguage(try GrammarRegistry.shared.language(named: language))
    let strict = ValidatorRegistry.standard.validator(for: language)
    let plain = TreeSitterValidator()
    var best = [Double](repeating: .infinity, count: 3)
    var bytes = 0
    for _ in 0..<3 {
        var times = [0.0, 0.0, 0.0]
        bytes = 0
        for file in files {
            bytes += file.count
            var clock = ContinuousClock.now
            guard let tree = parser.parse(file) else { continue }
            let elapsedParse = ContinuousClock.now - clock
            times[0] += Double(elapsedParse.components.seconds) + Double(elapsedParse.components.attoseconds) / 1e18
            clock = ContinuousClock.now
            if !plain.isEvidentlyClean(tree, body: file[...]) { _ = plain.diagnostics(for: SourceText(file), tree: tree) }
            let elapsedPlain = ContinuousClock.now - clock
            times[1] += Double(elapsedPlain.components.seconds) + Double(elapsedPlain.components.attoseconds) / 1e18
            clock = ContinuousClock.now
            if !strict.needsTree || !strict.isEvidentlyClean(tree, body: file[...]) { _ = strict.diagnostics(for: SourceText(file), tree: tree) }
            let elapsedStrict = ContinuousClock.now - clock
            times[2] += Double(elapsedStrict.components.seconds) + Double(elapsedStrict.components.attoseconds) / 1e18
        }
        best = zip(best, times).map { min($0, $1) }
    }
    print(String(format: "%@: %d files, %.1f MB; parse %.3f s; tree-sitter verdict +%.3f s (%.1f %%); %@ +%.3f s (%.1f %% of the parse)",
                 language, files.count, Double(bytes) / 1e6, best[0], best[1], best[1] / best[0] * 100,
                 String(describing: type(of: strict)), best[2], best[2] / best[0] * 100))
    exit(0)
}
let settings = Settings.parse(Array(CommandLine.arguments.dropFirst()))
let bench = GateBench(settings: settings)
var tally = Tally()
var misses: [String] = []
var output = ""
if settings.clean {
    for language in settings.languages {
        output += bench.cleanCheck(language)
    }
} else {
    let started = Date()
    try? FileManager.default.removeItem(atPath: settings.work + "/inspect")
    for language in settings.languages {
        bench.evaluate(language, tally: &tally, misses: &misses)
    }
    output += "Gate accuracy: \(settings.files) files per language, \(settings.perKind) seeded edits per kind of mistake and file, seed \(settings.seed).\n"
    output += "A break is an edit the language's own parser rejects; recall = breaks refused / breaks; \"before\" = the recall of the gate without the stricter validators (tree-sitter alone; SwiftParser for Swift).\n\n"
    output += tally.markdown(languages: settings.languages)
    output += "\n\(String(format: "%.0f", Date().timeIntervalSince(started))) s\n"
    _ = FileManager.default.createFile(atPath: settings.work + "/misses.txt", contents: Data(misses.joined(separator: "\n").utf8))
}
print(output, terminator: "")
if let report = settings.report {
    _ = FileManager.default.createFile(atPath: report, contents: Data(output.utf8))
}
