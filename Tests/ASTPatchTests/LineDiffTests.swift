@testable import ASTPatch
import Foundation
import Testing

struct LineDiffTests {
    /// An old and a new version of one file; nil means the file does not exist on that side.
    struct FilePair: CustomTestStringConvertible, Sendable {
        var name: String
        var old: [UInt8]?
        var new: [UInt8]?
        /// Whether only one shortest diff exists, so ours must be git's to the byte.
        var isUnambiguous = true

        var testDescription: String { name }
    }

    /// Numbered lines; they start with a digit so that git adds no function name to hunk headers.
    static func numbered(_ count: Int, ending: String = "\n", finalBreak: Bool = true,
                         replacing replacements: [Int: String] = [:], removing removed: Set<Int> = []) -> [UInt8] {
        var text = (1..<count + 1).filter { !removed.contains($0) }
            .map { (replacements[$0] ?? "\($0) line") + ending }.joined()
        if !finalBreak { text.removeLast(ending.count) }
        return Array(text.utf8)
    }

    static let pairs: [FilePair] = [
        FilePair(name: "one changed line in the middle", old: numbered(10), new: numbered(10, replacing: [5: "5 changed"])),
        FilePair(name: "CRLF line endings", old: numbered(10, ending: "\r\n"),
                 new: numbered(10, ending: "\r\n", replacing: [6: "6 changed"])),
        FilePair(name: "old side lacks the final newline", old: numbered(5, finalBreak: false), new: numbered(5)),
        FilePair(name: "new side lacks the final newline", old: numbered(5), new: numbered(5, finalBreak: false)),
        FilePair(name: "both lack the final newline, last line changed", old: numbered(5, finalBreak: false),
                 new: numbered(5, finalBreak: false, replacing: [5: "5 changed"])),
        FilePair(name: "one-line file", old: numbered(1), new: numbered(1, replacing: [1: "1 changed"])),
        FilePair(name: "empty old file", old: [], new: numbered(3)),
        FilePair(name: "empty new file", old: numbered(3), new: []),
        FilePair(name: "created file", old: nil, new: numbered(4)),
        FilePair(name: "deleted file", old: numbered(4, finalBreak: false), new: nil),
        FilePair(name: "insertion at the start", old: numbered(10), new: Array("0 new\n".utf8) + numbered(10)),
        FilePair(name: "insertion at the end", old: numbered(10), new: numbered(10) + Array("11 new\n12 new\n".utf8)),
        FilePair(name: "adjacent changes merge", old: numbered(20),
                 new: numbered(20, replacing: [9: "9 changed", 11: "11 changed"])),
        FilePair(name: "changes 6 lines apart share a hunk", old: numbered(30),
                 new: numbered(30, replacing: [8: "8 changed", 15: "15 changed"])),
        FilePair(name: "changes 7 lines apart get two hunks", old: numbered(30),
                 new: numbered(30, replacing: [8: "8 changed", 16: "16 changed"])),
        FilePair(name: "line ending changed, bytes that are not UTF-8",
                 old: Array("1 a\r\n2 ".utf8) + [0xFF, 0xFE, 0x0A] + Array("3 c\n4 d\n".utf8),
                 new: Array("1 a\r\n2 ".utf8) + [0xFF, 0xFE, 0x0A] + Array("3 c\r\n4 d\n".utf8)),
        FilePair(name: "deletions and insertions spread through a file", old: numbered(40),
                 new: numbered(40, replacing: [3: "3 x", 20: "20 y"], removing: [11, 12, 31])),
        FilePair(name: "repeated lines", old: Array("1\n1\n2\n1\n1\n2\n}\n\n}\n".utf8),
                 new: Array("1\n2\n1\n1\n1\n2\n2\n}\n\n}\n\n}\n".utf8), isUnambiguous: false),
        FilePair(name: "nothing in common", old: numbered(8), new: numbered(6, ending: " new\n"), isUnambiguous: false),
    ]

    // MARK: Against git

    @Test(arguments: pairs)
    func appliesWithGitApply(pair: FilePair) throws {
        try GitSandbox.withSandbox { sandbox in
            let diff = LineDiff(old: pair.old ?? [], new: pair.new ?? [])
            let patch = UnifiedDiffWriter().render(diff, oldPath: pair.old == nil ? nil : "f", newPath: pair.new == nil ? nil : "f")
            let result = try sandbox.apply(patch, to: pair.old, path: "f")
            #expect(result == pair.new, "\(String(decoding: patch, as: UTF8.self))")
        }
    }

    @Test(arguments: pairs.filter(\.isUnambiguous))
    func matchesGitDiffByteForByte(pair: FilePair) throws {
        try GitSandbox.withSandbox { sandbox in
            let expected = try sandbox.gitDiff(old: pair.old, new: pair.new)
            let diff = LineDiff(old: pair.old ?? [], new: pair.new ?? [])
            let ours = UnifiedDiffWriter().render(diff, oldPath: pair.old == nil ? nil : "old/f",
                                                  newPath: pair.new == nil ? nil : "new/f")
            #expect(ours == expected,
                    "ours:\n\(String(decoding: ours, as: UTF8.self))git:\n\(String(decoding: expected, as: UTF8.self))")
        }
    }

    @Test func randomPairsAreMinimalAndApply() throws {
        var random = SplitMix64(seed: 0xA57_9A7C4)
        let vocabulary = ["a\n", "b\n", "c\n", "}\n", "\n", "a\r\n", "d"].map { Array($0.utf8) }
        try GitSandbox.withSandbox { sandbox in
            for round in 0..<400 {
                let old = Self.randomLines(&random, vocabulary: vocabulary, count: Int(random.next() % (round < 100 ? 14 : 80)))
                var newLines = old
                for _ in 0..<Int(random.next() % (round < 100 ? 5 : 30)) {
                    let position = newLines.isEmpty ? 0 : Int(random.next() % UInt64(newLines.count + 1))
                    switch random.next() % 3 {
                    case 0 where position < newLines.count: newLines.remove(at: position)
                    case 1 where position < newLines.count: newLines[position] = vocabulary[Int(random.next() % 5)]
                    default: newLines.insert(vocabulary[Int(random.next() % 5)], at: position)
                    }
                }
                let oldBytes = Self.joinedKeepingOnlyTheLastUnterminated(old)
                let newBytes = Self.joinedKeepingOnlyTheLastUnterminated(newLines)
                let diff = LineDiff(old: oldBytes, new: newBytes)
                try Self.checkScript(diff, old: oldBytes, new: newBytes)
                let changed = diff.runs.filter { $0.operation != .equal }.map { $0.oldRange.count + $0.newRange.count }.reduce(0, +)
                #expect(changed == Self.shortestEditLength(diff.old, diff.new), "round \(round)")
                if round % 10 == 0 {
                    let patch = UnifiedDiffWriter().render(diff, oldPath: "r\(round)", newPath: "r\(round)")
                    #expect(try sandbox.apply(patch, to: oldBytes, path: "r\(round)") == newBytes, "round \(round)")
                }
            }
        }
    }

    // MARK: Lines and hunks

    @Test func splitsLinesKeepingTheirTerminators() {
        let lines = LineDiff.Lines(Array("a\r\nb\n\nc".utf8))
        #expect(lines.map { String(decoding: $0, as: UTF8.self) } == ["a\r\n", "b\n", "\n", "c"])
        #expect(lines.indices.map(lines.hasLineBreak(at:)) == [true, true, true, false])
        #expect(lines.byteRange(of: 1..<3) == 3..<6)
        #expect(LineDiff.Lines([]).isEmpty)
        #expect(LineDiff.Lines(Array("x\n".utf8)).count == 1)
    }

    @Test func identicalInputsGiveOneEqualRunAndNoOutput() {
        let diff = LineDiff(old: Self.numbered(5), new: Self.numbered(5))
        #expect(diff.isIdentical)
        #expect(diff.runs == [LineDiff.Run(operation: .equal, oldRange: 0..<5, newRange: 0..<5)])
        #expect(UnifiedDiffWriter().render(diff, oldPath: "f", newPath: "f").isEmpty)
        #expect(LineDiff(old: [], new: []).runs.isEmpty)
    }

    @Test func aChangedFinalLineBreakIsAChangedLine() {
        let diff = LineDiff(old: Array("x\ny".utf8), new: Array("x\ny\n".utf8))
        #expect(diff.runs == [
            LineDiff.Run(operation: .equal, oldRange: 0..<1, newRange: 0..<1),
            LineDiff.Run(operation: .delete, oldRange: 1..<2, newRange: 1..<1),
            LineDiff.Run(operation: .insert, oldRange: 2..<2, newRange: 1..<2),
        ])
    }

    @Test func spansFollowGitsAbbreviations() {
        #expect(UnifiedDiffWriter.lineSpan(0..<0) == "0,0")
        #expect(UnifiedDiffWriter.lineSpan(4..<4) == "4,0")
        #expect(UnifiedDiffWriter.lineSpan(0..<1) == "1")
        #expect(UnifiedDiffWriter.lineSpan(2..<5) == "3,3")
    }

    @Test func changesMergeWhenTheirContextsTouch() {
        let old = Self.numbered(30)
        #expect(LineDiff(old: old, new: Self.numbered(30, replacing: [8: "x", 15: "y"])).hunks().count == 1)
        #expect(LineDiff(old: old, new: Self.numbered(30, replacing: [8: "x", 16: "y"])).hunks().count == 2)
        let wide = LineDiff(old: old, new: Self.numbered(30, replacing: [8: "x", 16: "y"]))
        #expect(wide.hunks(context: 4).count == 1)
        #expect(wide.hunks(context: 0).map(\.oldRange) == [7..<8, 15..<16])
        #expect(wide.hunks().map(\.oldRange) == [4..<11, 12..<19])
    }

    @Test func blocksSlideDownLikeGits() {
        // Two shortest scripts exist; git shows the added block after the closing brace it repeats.
        let old = Array("1 f {\n}\n2 g {\n}\n".utf8)
        let new = Array("1 f {\n}\n3 h {\n}\n2 g {\n}\n".utf8)
        let diff = LineDiff(old: old, new: new)
        #expect(diff.runs.map(\.operation) == [.equal, .insert, .equal])
        #expect(diff.runs[1].newRange == 2..<4)
    }

    @Test func slidingMovesABlockDownAndMergesItWithTheNext() {
        var changed = [true, true, false, false, false]
        LineDiff.slideChangesDown(&changed, lines: [1, 2, 1, 2, 3])
        #expect(changed == [false, false, true, true, false])
        var meeting = [true, false, true, false]
        LineDiff.slideChangesDown(&meeting, lines: [1, 1, 2, 1])
        #expect(meeting == [false, false, true, true])
        var stuck = [false, true, false]
        LineDiff.slideChangesDown(&stuck, lines: [1, 2, 3])
        #expect(stuck == [false, true, false])
    }

    // MARK: Size

    @Test func tenThousandLinesWithFiveChangesGiveFiveHunks() throws {
        let changed = [150, 2_400, 5_000, 7_777, 9_990]
        let old = Self.numbered(10_000)
        let new = Self.numbered(10_000, replacing: Dictionary(uniqueKeysWithValues: changed.map { ($0, "\($0) changed") }))
        let clock = ContinuousClock()
        var diff: LineDiff?
        let elapsed = clock.measure { diff = LineDiff(old: old, new: new) }
        let hunks = try #require(diff).hunks()
        #expect(hunks.count == 5)
        #expect(hunks.map(\.oldRange) == changed.map { $0 - 4..<$0 + 3 })
        #expect(elapsed < .seconds(2))
    }

    @Test func unrelatedFilesOfFiveThousandLinesStayCheap() throws {
        let old = Self.numbered(5_000)
        let new = Self.numbered(5_000, ending: " other\n")
        let clock = ContinuousClock()
        var diff: LineDiff?
        let elapsed = clock.measure { diff = LineDiff(old: old, new: new) }
        let runs = try #require(diff).runs
        #expect(runs == [LineDiff.Run(operation: .delete, oldRange: 0..<5_000, newRange: 0..<0),
                         LineDiff.Run(operation: .insert, oldRange: 5_000..<5_000, newRange: 0..<5_000)])
        #expect(elapsed < .seconds(2))
    }

    @Test func costlySearchesFallBackToACorrectScript() throws {
        // Every line occurs on both sides, in reverse order: the shortest script costs ~10,000 edits.
        let old = Self.numbered(5_000)
        let new = Array(Self.numbered(5_000).split(separator: 0x0A).reversed().map { $0 + [0x0A] }.joined())
        let clock = ContinuousClock()
        var diff: LineDiff?
        let elapsed = clock.measure { diff = LineDiff(old: old, new: new) }
        try Self.checkScript(try #require(diff), old: old, new: new)
        #expect(elapsed < .seconds(5))
    }

    @Test func costlySearchesOverRepetitiveLinesStayCorrect() throws {
        var random = SplitMix64(seed: 7)
        let vocabulary = ["a\n", "b\n", "c\n", "}\n", "\n"].map { Array($0.utf8) }
        let oldLines = Self.randomLines(&random, vocabulary: vocabulary, count: 3_000)
        var newLines = oldLines
        for _ in 0..<1_500 {
            let position = Int(random.next() % UInt64(newLines.count))
            if random.next() % 2 == 0 { newLines.remove(at: position) } else { newLines.insert(vocabulary[0], at: position) }
        }
        let old = Array(oldLines.joined())
        let new = Array(newLines.joined())
        try Self.checkScript(LineDiff(old: old, new: new), old: old, new: new)
    }

    // MARK: Helpers

    /// Checks that the runs cover both sides in order and rebuild the new bytes from the old.
    static func checkScript(_ diff: LineDiff, old: [UInt8], new: [UInt8]) throws {
        var rebuilt: [UInt8] = []
        var oldNext = 0
        var newNext = 0
        for run in diff.runs {
            #expect(run.oldRange.lowerBound == oldNext && run.newRange.lowerBound == newNext)
            switch run.operation {
            case .equal:
                #expect(run.oldRange.count == run.newRange.count)
                for (o, n) in zip(run.oldRange, run.newRange) { #expect(diff.old[o] == diff.new[n]) }
                for index in run.oldRange { rebuilt += diff.old[index] }
            case .delete:
                #expect(run.newRange.isEmpty && !run.oldRange.isEmpty)
            case .insert:
                #expect(run.oldRange.isEmpty && !run.newRange.isEmpty)
                for index in run.newRange { rebuilt += diff.new[index] }
            }
            oldNext = run.oldRange.upperBound
            newNext = run.newRange.upperBound
        }
        #expect(oldNext == diff.old.count && newNext == diff.new.count)
        #expect(rebuilt == new)
        #expect(diff.old.bytes == old)
    }

    /// Inserted plus deleted lines of a shortest script, by the textbook longest-common-subsequence table.
    static func shortestEditLength(_ old: LineDiff.Lines, _ new: LineDiff.Lines) -> Int {
        var table = [[Int]](repeating: [Int](repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                table[i][j] = old[i] == new[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        return old.count + new.count - 2 * table[0][0]
    }

    static func randomLines(_ random: inout SplitMix64, vocabulary: [[UInt8]], count: Int) -> [[UInt8]] {
        (0..<count).map { _ in vocabulary[Int(random.next() % UInt64(vocabulary.count))] }
    }

    /// Joins lines, giving a line break to every line but the last that lacks one.
    static func joinedKeepingOnlyTheLastUnterminated(_ lines: [[UInt8]]) -> [UInt8] {
        lines.enumerated().flatMap { index, line in
            index < lines.count - 1 && line.last != 0x0A ? line + [0x0A] : line
        }
    }
}

extension LineDiffTests {
    /// A small seeded generator, so random cases are the same on every run.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64

        init(seed: UInt64) { state = seed }

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// A temporary directory in which to run git on files, isolated from the user's configuration.
    struct GitSandbox {
        let root: URL

        static func withSandbox(_ body: (GitSandbox) throws -> Void) throws {
            let root = FileManager.default.temporaryDirectory.appendingPathComponent("astpatch-linediff-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: root) }
            try body(GitSandbox(root: root))
        }

        /// Writes `old` (if it exists) to `path` in a fresh directory, applies the patch there with
        /// `git apply`, and returns the file afterwards (nil if gone).
        func apply(_ patch: [UInt8], to old: [UInt8]?, path: String) throws -> [UInt8]? {
            if patch.isEmpty { return old }
            let work = root.appendingPathComponent("apply-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            let file = work.appendingPathComponent(path)
            if let old { try Data(old).write(to: file) }
            let patchFile = root.appendingPathComponent("patch-\(UUID().uuidString).diff")
            try Data(patch).write(to: patchFile)
            let result = try run(["apply", patchFile.path], in: work)
            #expect(result.status == 0, "git apply failed: \(result.error)")
            return FileManager.default.fileExists(atPath: file.path) ? [UInt8](try Data(contentsOf: file)) : nil
        }

        /// `git diff --no-index -U3 old/f new/f` from the `---` line on.
        func gitDiff(old: [UInt8]?, new: [UInt8]?) throws -> [UInt8] {
            let work = root.appendingPathComponent("diff-\(UUID().uuidString)")
            for side in ["old", "new"] {
                try FileManager.default.createDirectory(at: work.appendingPathComponent(side), withIntermediateDirectories: true)
            }
            if let old { try Data(old).write(to: work.appendingPathComponent("old/f")) }
            if let new { try Data(new).write(to: work.appendingPathComponent("new/f")) }
            let result = try run(["diff", "--no-index", "--no-color", "--no-ext-diff", "--diff-algorithm=myers", "-U3",
                                  old == nil ? "/dev/null" : "old/f", new == nil ? "/dev/null" : "new/f"], in: work)
            #expect(result.status == 1, "git diff failed: \(result.error)")
            let output = result.output
            let start = output.starts(with: Array("--- ".utf8))
                ? 0 : (output.indices.first { output[$0...].starts(with: Array("\n--- ".utf8)) }.map { $0 + 1 } ?? 0)
            return Array(output[start...])
        }

        private func run(_ arguments: [String], in directory: URL) throws -> (status: Int32, output: [UInt8], error: String) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-c", "core.autocrlf=false", "-c", "diff.noprefix=false",
                                 "-c", "diff.mnemonicPrefix=false", "-c", "diff.relative=false"] + arguments
            process.currentDirectoryURL = directory
            var environment = ProcessInfo.processInfo.environment
            environment["HOME"] = root.path
            environment["GIT_CONFIG_NOSYSTEM"] = "1"
            environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
            environment["GIT_CEILING_DIRECTORIES"] = root.deletingLastPathComponent().path
            process.environment = environment
            let output = Pipe()
            let error = Pipe()
            process.standardOutput = output
            process.standardError = error
            try process.run()
            let outputData = output.fileHandleForReading.readDataToEndOfFile()
            let errorData = error.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, [UInt8](outputData), String(decoding: errorData, as: UTF8.self))
        }
    }
}
