import ASTPatch
import Dispatch
import Foundation
import Synchronization
import TreeSitter

/// Checks the JavaScript screen against the tree walk it stands in for: on every file of a
/// folder and on seeded mistakes in each, a file the screen clears must be one the walk finds
/// nothing in. Prints how often the screen suspects clean files (the walks it does not save) and
/// every file it cleared that the walk faults.
///
///     astpatch-gatebench --audit-js-screen FOLDER [--per-kind N] [--seed S] [--jobs J]
enum ScreenAudit {
    struct Tally {
        var files = 0
        var cleanFiles = 0
        var suspected = 0
        var reasons: [String: Int] = [:]
        var mutants = 0
        var walkFaulted = 0
        var screenSuspected = 0
        var violations: [String] = []

        mutating func add(_ other: Tally) {
            files += other.files
            cleanFiles += other.cleanFiles
            suspected += other.suspected
            for (reason, count) in other.reasons { reasons[reason, default: 0] += count }
            mutants += other.mutants
            walkFaulted += other.walkFaulted
            screenSuspected += other.screenSuspected
            violations += other.violations
        }
    }

    /// The screen's own speed over a folder's JavaScript, one thread, best of five rounds.
    static func time(folder: String) -> Int32 {
        let files = FileCollector.collect([folder]).files.filter { $0.hasSuffix(".js") }.compactMap { try? FileBytes.read($0) }
        let bytes = files.reduce(0) { $0 + $1.count }
        var best = Double.infinity
        var suspected = 0
        for _ in 0..<5 {
            let start = ContinuousClock.now
            suspected = 0
            for file in files where JavaScriptScreen.suspicion(in: file[...]) != nil { suspected += 1 }
            let elapsed = ContinuousClock.now - start
            best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        print(String(format: "%d files, %.1f MB: screen %.1f ms, %.2f ns/byte, %d suspected", files.count, Double(bytes) / 1e6,
                     best * 1000, best * 1e9 / Double(bytes), suspected))
        return 0
    }

    /// A parser of JavaScript, or nil (with a message) when the grammar is not installed.
    static func javascriptParser() -> Parser? {
        guard let language = try? GrammarRegistry.shared.language(named: "javascript") else {
            print("no javascript grammar: run `astpatch grammars install javascript`")
            return nil
        }
        let parser = Parser()
        try? parser.setLanguage(language)
        return parser
    }

    static func show(files: [String]) -> Int32 {
        guard let parser = javascriptParser() else { return 2 }
        let reference = JavaScriptValidator(screensFirst: false)
        for path in files {
            guard let bytes = try? FileBytes.read(path), let tree = parser.parse(bytes) else { continue }
            let screen = JavaScriptScreen.suspicion(in: bytes[...]).map { "suspects \($0)" } ?? "clears"
            let walk = reference.diagnostics(for: SourceText(bytes), tree: tree).first.map { "\($0.message) at line \($0.start.line + 1)" } ?? "nothing"
            print("\(path): screen \(screen); walk: \(walk)")
        }
        return 0
    }

    static func run(folder: String, perKind: Int, seed: UInt64, jobs: Int, showSuspects: Bool) -> Int32 {
        let files = FileCollector.collect([folder]).files.filter { $0.hasSuffix(".js") || $0.hasSuffix(".mjs") || $0.hasSuffix(".cjs") }
        guard javascriptParser() != nil else { return 2 }
        let reference = JavaScriptValidator(screensFirst: false)
        let profile = LanguageProfile.named("javascript")!
        let total = Mutex(Tally())
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: max(1, jobs)) { _ in
            let parser = javascriptParser()!
            var tally = Tally()
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < files.count else { break }
                let path = files[index]
                guard let bytes = try? FileBytes.read(path), !bytes.contains(0) else { continue }
                tally.files += 1
                guard let tree = parser.parse(bytes), !tree.rootNode.hasError else { continue }
                tally.cleanFiles += 1
                let suspicion = JavaScriptScreen.suspicion(in: bytes[...])
                if let suspicion {
                    tally.suspected += 1
                    tally.reasons[suspicion.reason, default: 0] += 1
                    if showSuspects {
                        let source = SourceText(bytes)
                        let line = source.lineStarts.lastIndex { $0 <= suspicion.offset } ?? 0
                        let end = line + 1 < source.lineStarts.count ? source.lineStarts[line + 1] : bytes.count
                        let text = String(decoding: bytes[source.lineStarts[line]..<end], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                        let around = String(decoding: bytes[max(0, suspicion.offset - 70)..<min(bytes.count, suspicion.offset + 30)], as: UTF8.self)
                            .replacingOccurrences(of: "\n", with: "⏎")
                        print("SUSPECT \(suspicion.reason) | \(path):\(line + 1) | \(text.prefix(100)) | \(around)")
                    }
                } else if let fault = reference.diagnostics(for: SourceText(bytes), tree: tree).first {
                    tally.violations.append("\(path): cleared, but the walk finds \(fault.message) at line \(fault.start.line + 1)")
                }
                var rng = SeededGenerator(seed: seed &+ UInt64(index) &* 7919)
                let maker = MistakeMaker(profile: profile, bytes: bytes)
                for kind in MistakeKind.allCases {
                    for _ in 0..<perKind {
                        guard let mistake = maker.make(kind, using: &rng),
                              let mutant = parser.parse(mistake.newBytes), !mutant.rootNode.hasError else { continue }
                        tally.mutants += 1
                        let walk = reference.diagnostics(for: SourceText(mistake.newBytes), tree: mutant)
                        let screened = JavaScriptScreen.suspicion(in: mistake.newBytes[...])
                        if screened != nil { tally.screenSuspected += 1 }
                        if let fault = walk.first {
                            tally.walkFaulted += 1
                            if screened == nil {
                                let saved = "/tmp/screen-violations/\(index)-\(kind.rawValue).js"
                                try? FileManager.default.createDirectory(atPath: "/tmp/screen-violations", withIntermediateDirectories: true)
                                _ = FileManager.default.createFile(atPath: saved, contents: Data(mistake.newBytes))
                                tally.violations.append("(\(saved)) " + "\(path): \(mistake.note): cleared, but the walk finds \(fault.message) at line \(fault.start.line + 1)")
                            }
                        }
                    }
                }
            }
            let local = tally
            total.withLock { $0.add(local) }
        }
        let tally = total.withLock { $0 }
        print("files: \(tally.files); parsed clean: \(tally.cleanFiles); suspected: \(tally.suspected) (\(String(format: "%.1f", 100 * Double(tally.suspected) / Double(max(1, tally.cleanFiles)))) %)")
        for (reason, count) in tally.reasons.sorted(by: { $0.value > $1.value }) { print("  \(count)  \(reason)") }
        print("mistakes with a clean tree: \(tally.mutants); the walk faults \(tally.walkFaulted); the screen suspects \(tally.screenSuspected)")
        print("cleared by the screen but faulted by the walk: \(tally.violations.count)")
        for violation in tally.violations.prefix(40) { print("  " + violation) }
        return tally.violations.isEmpty ? 0 : 1
    }
}
