@testable import ASTPatch
import Foundation
import Testing

/// Structural diff on real commits in Python, JavaScript, Go and Rust: every file changed between
/// two consecutive releases of a PyPI package, from the sdists scripts/fetch-real-pairs.sh unpacks
/// (which `make test` runs first). The Swift counterpart is in TreeDiffTests (swift-nio releases).
@Suite(.enabled(if: ProcessInfo.processInfo.environment["ASTPATCH_SKIP_REAL_PAIRS"] != "1",
                "ASTPATCH_SKIP_REAL_PAIRS=1"))
struct RealPairTreeDiffTests {
    // MARK: The pairs

    /// Two consecutive releases of a package and the files of one language they both hold.
    struct Series: Sendable {
        var language: String
        var package: String
        var old: String
        var new: String
        var extensions: Set<String>
        /// How many changed files of the language the two releases have (at most `maxLines` long).
        var pairCount: Int
    }

    static let series: [Series] = [
        Series(language: "python", package: "rich", old: "14.0.0", new: "14.1.0", extensions: ["py"], pairCount: 18),
        Series(language: "python", package: "requests", old: "2.32.3", new: "2.32.4", extensions: ["py"], pairCount: 7),
        Series(language: "javascript", package: "django-debug-toolbar", old: "5.0.1", new: "5.1.0", extensions: ["js"], pairCount: 4),
        Series(language: "javascript", package: "django-debug-toolbar", old: "5.1.0", new: "5.2.0", extensions: ["js"], pairCount: 2),
        Series(language: "javascript", package: "django-debug-toolbar", old: "5.2.0", new: "6.0.0", extensions: ["js"], pairCount: 3),
        Series(language: "javascript", package: "mkdocs", old: "1.5.3", new: "1.6.0", extensions: ["js"], pairCount: 2),
        Series(language: "go", package: "gojsonnet", old: "0.21.0", new: "0.22.0", extensions: ["go"], pairCount: 16),
        Series(language: "rust", package: "cryptography", old: "40.0.2", new: "41.0.0", extensions: ["rs"], pairCount: 21),
        Series(language: "rust", package: "cryptography", old: "41.0.2", new: "41.0.3", extensions: ["rs"], pairCount: 4),
    ]

    static let languages = ["python", "javascript", "go", "rust"]

    /// Files longer than this are left out: gojsonnet's generated astgen/stdast.go (248,000 lines)
    /// is the only one, and the size bound has its own test in TreeDiffTests.
    static let maxLines = 5000

    struct Pair: Sendable {
        var language: String
        var name: String
        var old: [UInt8]
        var new: [UInt8]
    }

    /// Where scripts/fetch-real-pairs.sh unpacks the releases.
    static let cache: String = {
        let environment = ProcessInfo.processInfo.environment
        if let folder = environment["ASTPATCH_REAL_PAIRS"], !folder.isEmpty { return folder }
        let base = environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.cache"
        return base + "/astpatch/real-pairs"
    }()

    /// The pairs of each language, or what is missing.
    static let loaded: Result<[String: [Pair]], MissingReleases> = {
        var pairs: [String: [Pair]] = [:]
        var missing: [String] = []
        for series in series {
            let oldRoot = "\(cache)/\(series.package)-\(series.old)"
            let newRoot = "\(cache)/\(series.package)-\(series.new)"
            for root in [oldRoot, newRoot] where !FileManager.default.fileExists(atPath: root) { missing.append(root) }
            guard missing.isEmpty else { continue }
            for path in files(under: oldRoot, extensions: series.extensions) {
                guard let old = FileManager.default.contents(atPath: oldRoot + "/" + path),
                      let new = FileManager.default.contents(atPath: newRoot + "/" + path), old != new,
                      SourceText([UInt8](old)).lineCount <= maxLines, SourceText([UInt8](new)).lineCount <= maxLines
                else { continue }
                pairs[series.language, default: []].append(
                    Pair(language: series.language, name: "\(series.package) \(series.old)→\(series.new) \(path)",
                         old: [UInt8](old), new: [UInt8](new)))
            }
        }
        return missing.isEmpty ? .success(pairs) : .failure(MissingReleases(folders: missing))
    }()

    struct MissingReleases: Error, CustomStringConvertible {
        var folders: [String]
        var description: String {
            "\(Set(folders).count) releases of the real file pairs are missing (such as \(folders[0])): "
                + "run scripts/fetch-real-pairs.sh (make test does), or set ASTPATCH_SKIP_REAL_PAIRS=1 to skip these tests"
        }
    }

    /// The sorted relative paths of the regular files under `root` with one of the extensions.
    static func files(under root: String, extensions: Set<String>) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        var paths: [String] = []
        while let path = walker.nextObject() as? String {
            if extensions.contains((path as NSString).pathExtension) { paths.append(path) }
        }
        return paths.sorted()
    }

    /// The language's pairs; fails when the cache is missing or holds fewer pairs than expected.
    static func pairs(_ language: String) throws -> [Pair] {
        let pairs = try loaded.get()[language] ?? []
        let expected = series.filter { $0.language == language }.reduce(0) { $0 + $1.pairCount }
        try #require(pairs.count == expected, "\(language): \(pairs.count) real pairs in \(cache), expected \(expected)")
        return pairs
    }

    // MARK: Properties on every pair

    @Test(arguments: languages)
    func scriptsReproduceTheNewTrees(language: String) throws {
        for pair in try Self.pairs(language) {
            let diff = try TreeDiff(old: pair.old, new: pair.new, language: language)
            TreeDiffTests.expectScriptReproducesNewTree(diff, pair.name)
            let reverse = try TreeDiff(old: pair.new, new: pair.old, language: language)
            TreeDiffTests.expectScriptReproducesNewTree(reverse, pair.name + " (reversed)")
        }
    }

    @Test(arguments: languages)
    func aFileDiffedWithItselfGivesAnEmptyScript(language: String) throws {
        for pair in try Self.pairs(language) {
            let diff = try TreeDiff(old: pair.new, new: pair.new, language: language)
            #expect(diff.isEmpty, "\(pair.name): \(diff.actions.count) actions")
        }
    }

    @Test(arguments: languages)
    func reformattingARealFileLeavesNoUpdates(language: String) throws {
        for pair in try Self.pairs(language) {
            let tree = try TreeDiff.Tree.parse(SourceText(pair.new), language: language)
            let reformatted = Self.reformatted(tree)
            #expect(reformatted != Array(tree.source.body), "\(pair.name)")
            let diff = try TreeDiff(old: Array(tree.source.body), new: reformatted, language: language)
            let updates = diff.actions.filter { $0.kind == .update }
            #expect(updates.isEmpty, "\(pair.name): \(updates.map { diff.old.labels[$0.oldNode!] })")
            #expect(diff.isEmpty, "\(pair.name): \(diff.changes.map { "\($0.kind) \($0.type)" })")
        }
    }

    /// The script is never longer than deleting the old tree and inserting the new one, and where
    /// a release changed few lines of a file (a twentieth or less, by the line diff) it is far
    /// shorter: under a tenth of that.
    @Test(arguments: languages)
    func scriptsAreFarShorterThanReplacingTheTree(language: String) throws {
        var smallChanges = 0
        for pair in try Self.pairs(language) {
            let diff = try TreeDiff(old: pair.old, new: pair.new, language: language)
            let replacing = diff.old.count + diff.new.count
            #expect(diff.actions.count < replacing, "\(pair.name): \(diff.actions.count) actions for \(replacing) nodes")
            let runs = LineDiff(old: pair.old, new: pair.new).runs
            let changedLines = runs.filter { $0.operation != .equal }.reduce(0) { $0 + $1.oldRange.count + $1.newRange.count }
            let lines = runs.reduce(0) { $0 + $1.oldRange.count + $1.newRange.count }
            guard changedLines * 20 <= lines else { continue }
            smallChanges += 1
            #expect(diff.actions.count * 10 < replacing,
                    "\(pair.name): \(changedLines) of \(lines) lines changed, \(diff.actions.count) actions for \(replacing) nodes")
        }
        #expect(smallChanges >= 3, "\(language): only \(smallChanges) pairs with few changed lines")
    }

    // MARK: Renames and moves in real files

    /// Renaming an identifier that occurs once in a real file is one update.
    @Test(arguments: languages)
    func aRenamedIdentifierIsOneUpdate(language: String) throws {
        var renamed = 0
        for pair in try Self.pairs(language) {
            let tree = try TreeDiff.Tree.parse(SourceText(pair.new), language: language)
            guard let node = Self.uniqueIdentifier(in: tree) else { continue }
            let body = Array(tree.source.body)
            let range = tree.byteRanges[node]
            let edited = Array(body[..<range.lowerBound]) + Array((tree.labels[node] + "Renamed").utf8) + Array(body[range.upperBound...])
            let diff = try TreeDiff(old: body, new: edited, language: language)
            #expect(diff.actions.count == 1, "\(pair.name): \(tree.labels[node]): \(diff.changes.map { "\($0.kind) \($0.type)" })")
            #expect(diff.actions.first?.kind == .update, "\(pair.name)")
            #expect(diff.actions.first?.oldNode == node, "\(pair.name)")
            renamed += 1
        }
        #expect(renamed >= 3, "\(language): only \(renamed) files have an identifier to rename")
    }

    /// Rewording a comment of a real file is one update (Rust's comments have tokens for `//`
    /// and `/*` as children; the words must count too).
    @Test(arguments: languages)
    func aRewordedCommentIsOneUpdate(language: String) throws {
        var reworded = 0
        for pair in try Self.pairs(language) {
            let tree = try TreeDiff.Tree.parse(SourceText(pair.new), language: language)
            let body = Array(tree.source.body)
            let isComment = { (node: Int) in node >= 0 && tree.types[node].hasSuffix("comment") }
            guard let node = (0..<tree.count).first(where: { isComment($0) && !isComment(tree.parents[$0]) }),
                  let space = body[tree.byteRanges[node]].firstIndex(of: UInt8(ascii: " "))
            else { continue }
            let edited = Array(body[...space]) + Array("reworded ".utf8) + Array(body[(space + 1)...])
            let diff = try TreeDiff(old: body, new: edited, language: language)
            #expect(diff.actions.count == 1 && diff.actions.first?.kind == .update && diff.actions.first?.oldNode == node,
                    "\(pair.name): \(tree.labels[node]): \(diff.changes.map { "\($0.kind) \($0.type)" })")
            reworded += 1
        }
        #expect(reworded >= 3, "\(language): only \(reworded) files have a comment to reword")
    }

    /// Moving a top-level declaration of a real file to its end is one move.
    @Test(arguments: languages)
    func aMovedDeclarationIsOneMove(language: String) throws {
        var moved = 0
        for pair in try Self.pairs(language) {
            let tree = try TreeDiff.Tree.parse(SourceText(pair.new), language: language)
            guard let node = Self.movableDeclaration(in: tree) else { continue }
            let body = Array(tree.source.body)
            let range = tree.byteRanges[node]
            var rest = Array(body[..<range.lowerBound]) + Array(body[(range.upperBound + 1)...])
            if rest.last != UInt8(ascii: "\n") { rest.append(UInt8(ascii: "\n")) }
            let edited = rest + [UInt8(ascii: "\n")] + Array(body[range]) + [UInt8(ascii: "\n")]
            let diff = try TreeDiff(old: body, new: edited, language: language)
            let changes = diff.changes
            // One move: of the declaration, or of what it was swapped with when that is smaller.
            #expect(changes.count == 1 && changes.first?.kind == .move,
                    "\(pair.name): \(tree.declarations[node] ?? ""): \(changes.map { "\($0.kind) \($0.type)" })")
            TreeDiffTests.expectScriptReproducesNewTree(diff, pair.name + " (moved declaration)")
            moved += 1
        }
        #expect(moved >= 3, "\(language): only \(moved) files have a declaration to move")
    }

    // MARK: Variants of real files

    /// The file with formatting changed where that cannot change the code: each line break
    /// between two tokens gets trailing spaces before it (unless a comment ends there) and a
    /// blank line after it. Only what lies between the tree's tokens is touched, and only when it
    /// is whitespace and brackets, so strings, comments and Python's indentation and line
    /// continuations stay as they were.
    static func reformatted(_ tree: TreeDiff.Tree) -> [UInt8] {
        let body = Array(tree.source.body)
        let newline = UInt8(ascii: "\n")
        var output: [UInt8] = []
        var cursor = 0
        var afterComment = false
        func copyGap(upTo end: Int) {
            let gap = body[cursor..<end]
            guard let first = gap.firstIndex(of: newline), gap.allSatisfy(Self.spaceOrBracket.contains) else {
                output += gap
                return
            }
            // A comment runs to the end of its line: trailing spaces right after it would be part of it.
            if !(afterComment && gap[..<first].allSatisfy(Self.space.contains)) {
                output += body[cursor..<first]
                output += Array("  ".utf8)
                output += body[first...first]
            } else {
                output += body[cursor...first]
            }
            output.append(newline)
            output += body[(first + 1)..<end]
        }
        for node in 0..<tree.count where tree.isLeaf(node) && node != tree.root {
            let range = tree.byteRanges[node]
            guard range.upperBound > cursor else { continue }
            if range.lowerBound > cursor { copyGap(upTo: range.lowerBound) }
            output += body[max(cursor, range.lowerBound)..<range.upperBound]
            cursor = range.upperBound
            afterComment = tree.types[node].hasSuffix("comment")
        }
        copyGap(upTo: body.count)
        return output
    }

    static let space = Set(" \t\r\n".utf8)
    /// Whitespace and the punctuation the diff's trees leave out, quotes excepted (whitespace
    /// next to a quote may be inside a string).
    static let spaceOrBracket = space.union("(){}[],;".utf8)

    /// An identifier leaf past the middle of the file whose text occurs nowhere else in it.
    static func uniqueIdentifier(in tree: TreeDiff.Tree) -> Int? {
        var counts: [String: Int] = [:]
        for node in 0..<tree.count where tree.isLeaf(node) { counts[tree.labels[node], default: 0] += 1 }
        let text = String(decoding: tree.source.body, as: UTF8.self)
        return (tree.count / 2..<tree.count).first { node in
            tree.types[node] == "identifier" && counts[tree.labels[node]] == 1
                && !text.contains(tree.labels[node] + "Renamed")
        }
    }

    /// A top-level declaration that can move to the end of the file alone: a blank line (or the
    /// start of the file) before it, nothing after it on its last line, and smaller than a third
    /// of the file, so that the rest of the file is what stays in place.
    static func movableDeclaration(in tree: TreeDiff.Tree) -> Int? {
        let body = Array(tree.source.body)
        let newline = UInt8(ascii: "\n")
        var top = tree.root
        while tree.children(of: top).count == 1, let only = tree.children(of: top).first(where: { _ in true }) { top = only }
        let topLevel = Array(tree.children(of: top))
        guard topLevel.count >= 3 else { return nil }
        return topLevel.dropLast().filter { node in
            let range = tree.byteRanges[node]
            guard tree.declarations[node] != nil, tree.sizes[node] >= 10, tree.sizes[node] * 3 < tree.count,
                  range.upperBound < body.count, body[range.upperBound] == newline
            else { return false }
            return range.lowerBound == 0
                || (range.lowerBound >= 2 && body[range.lowerBound - 1] == newline && body[range.lowerBound - 2] == newline)
        }.min { tree.sizes[$0] < tree.sizes[$1] }
    }
}
