// Times the structural diff against the line diff on real commits: every modified or renamed
// .swift file between two tags of Swift packages in the local mirrors. With `--apted DIR` it also
// writes small declaration-sized pairs as bracket notation for bench/apted.py, with our script
// lengths, to compare with the optimal tree edit distance.
//
//   astpatch-diffbench [--apted DIR] [--limit N]
//   astpatch-diffbench --pair OLD NEW --language L      (one pair: timing and changes)

import ASTPatch
import Foundation

struct PackagePair {
    var repository: String
    var oldTag: String
    var newTag: String
}

let packagePairs = [
    PackagePair(repository: "https://github.com/apple/swift-nio.git", oldTag: "2.101.2", newTag: "2.101.3"),
    PackagePair(repository: "https://github.com/swiftlang/swift-syntax.git", oldTag: "600.0.1", newTag: "602.0.0"),
    PackagePair(repository: "https://github.com/vapor/jwt-kit.git", oldTag: "5.7.1", newTag: "5.8.0"),
    PackagePair(repository: "https://github.com/apple/swift-crypto.git", oldTag: "3.12.3", newTag: "4.5.2"),
]

struct FilePair {
    var name: String
    var old: [UInt8]
    var new: [UInt8]
    var lines: Int
}

func run(_ arguments: [String], in directory: String? = nil) -> Data? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return process.terminationStatus == 0 ? data : nil
}

func lineCount(_ bytes: [UInt8]) -> Int { bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }

/// The modified and renamed .swift files between the two tags, old and new contents.
func filePairs(_ pair: PackagePair) -> [FilePair]? {
    guard let urlData = run(["git", "ls-remote", "--get-url", pair.repository]) else { return nil }
    let mirror = String(decoding: urlData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    guard FileManager.default.fileExists(atPath: mirror),
          let list = run(["git", "-C", mirror, "diff", "--name-status", "-M", pair.oldTag, pair.newTag, "--", "*.swift"])
    else { return nil }
    var result: [FilePair] = []
    for line in String(decoding: list, as: UTF8.self).split(separator: "\n") {
        let fields = line.split(separator: "\t").map(String.init)
        guard let status = fields.first else { continue }
        let (oldPath, newPath): (String, String)
        if status == "M", fields.count == 2 {
            (oldPath, newPath) = (fields[1], fields[1])
        } else if status.hasPrefix("R"), fields.count == 3 {
            (oldPath, newPath) = (fields[1], fields[2])
        } else {
            continue
        }
        guard let old = run(["git", "-C", mirror, "show", "\(pair.oldTag):\(oldPath)"]),
              let new = run(["git", "-C", mirror, "show", "\(pair.newTag):\(newPath)"]) else { continue }
        let oldBytes = [UInt8](old)
        let newBytes = [UInt8](new)
        result.append(FilePair(name: newPath, old: oldBytes, new: newBytes, lines: max(lineCount(oldBytes), lineCount(newBytes))))
    }
    return result
}

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

func format(_ value: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", value) }

func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
}

/// A tree as APTED's bracket notation reads it; a node's name is its type and label.
func bracket(_ tree: TreeDiff.Tree) -> String {
    var output = ""
    func visit(_ node: Int) {
        var name = tree.types[node]
        if !tree.labels[node].isEmpty { name += "=" + tree.labels[node] }
        name = name.replacingOccurrences(of: "{", with: "⦃").replacingOccurrences(of: "}", with: "⦄")
        output += "{" + name
        for child in tree.children(of: node) { visit(child) }
        output += "}"
    }
    visit(tree.root)
    return output
}

/// Function-sized pairs: declarations of at most 300 nodes a side whose type and name occur once
/// in each version and whose subtrees differ. Chosen by name, not by our matching, so that the
/// sample does not depend on what is measured.
func changedDeclarations(_ diff: TreeDiff) -> [(Int, Int)] {
    func index(_ tree: TreeDiff.Tree) -> [String: [Int]] {
        var result: [String: [Int]] = [:]
        for (node, name) in tree.declarations where !name.isEmpty {
            result[tree.types[node] + " " + name, default: []].append(node)
        }
        return result
    }
    let newIndex = index(diff.new)
    var pairs: [(Int, Int)] = []
    for (key, nodes) in index(diff.old) {
        guard nodes.count == 1, let others = newIndex[key], others.count == 1 else { continue }
        let (oldNode, newNode) = (nodes[0], others[0])
        guard (5...300).contains(diff.old.sizes[oldNode]), diff.new.sizes[newNode] <= 300,
              diff.old.subtree(at: oldNode).signature != diff.new.subtree(at: newNode).signature else { continue }
        pairs.append((oldNode, newNode))
    }
    return pairs.sorted { $0.0 < $1.0 }
}

// MARK: Options

let arguments = Array(CommandLine.arguments.dropFirst())
func value(after flag: String) -> String? {
    arguments.firstIndex(of: flag).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
}
let aptedDirectory = value(after: "--apted")
let aptedLimit = value(after: "--limit").flatMap(Int.init) ?? 300
// `--pair OLD NEW --language L`: time one pair of files and list its changes.
let singlePair: (String, String, String)? = arguments.firstIndex(of: "--pair").flatMap { index in
    guard index + 2 < arguments.count, let language = value(after: "--language") else { return nil }
    return (arguments[index + 1], arguments[index + 2], language)
}

if let (oldPath, newPath, language) = singlePair {
    let old = [UInt8](FileManager.default.contents(atPath: oldPath) ?? Data())
    let new = [UInt8](FileManager.default.contents(atPath: newPath) ?? Data())
    let clock = ContinuousClock()
    var diff: TreeDiff?
    var parse = Duration.zero
    var match = Duration.zero
    for _ in 0..<3 {  // warm caches; the last run is reported
        let start = clock.now
        let oldTree = try TreeDiff.Tree.parse(SourceText(old), language: language)
        let newTree = try TreeDiff.Tree.parse(SourceText(new), language: language)
        let parsed = clock.now
        diff = TreeDiff(old: oldTree, new: newTree)
        parse = parsed - start
        match = clock.now - parsed
    }
    let result = diff!
    print("nodes \(result.old.count) → \(result.new.count); parse \(format(milliseconds(parse))) ms, diff \(format(milliseconds(match))) ms; \(result.actions.count) actions, \(result.changes.count) changes; coarse matching: \(result.usedCoarseMatching), folded: \(result.old.isCollapsed || result.new.isCollapsed)")
    for change in result.changes.prefix(40) {
        let old = change.oldNode.map { "\(result.old.span(of: $0).start.line)" } ?? "-"
        let new = change.newNode.map { "\(result.new.span(of: $0).start.line)" } ?? "-"
        print("  \(change.kind.rawValue) \(change.type) \(old) → \(new) (\(change.actionCount))")
    }
    for line in StructuralSummary.summarize(result) { print("  · \(line)") }
    exit(0)
}

// MARK: The batch

let clock = ContinuousClock()
print("Structural diff vs line diff on real commits (modified and renamed .swift files; times are the sum over files, parse included)")
print("")
print("package                         files   lines  tree ms  (parse)  line ms  actions  changes  line changes  max ms  applies")
var largest: (name: String, lines: Int, milliseconds: Double, actions: Int)?
var slowest: (name: String, lines: Int, milliseconds: Double)?
var aptedPairs: [(id: Int, oldTree: TreeDiff.Tree, newTree: TreeDiff.Tree, actions: Int, source: String)] = []
var totals = (files: 0, lines: 0, tree: 0.0, line: 0.0)

for packagePair in packagePairs {
    let name = URL(fileURLWithPath: packagePair.repository).deletingPathExtension().lastPathComponent
        + " \(packagePair.oldTag)→\(packagePair.newTag)"
    guard let pairs = filePairs(packagePair) else {
        print("\(name): mirror not found, skipped")
        continue
    }
    var treeTime = 0.0
    var parseTime = 0.0
    var lineTime = 0.0
    var actions = 0
    var changes = 0
    var lineChanges = 0
    var maxTime = 0.0
    var lines = 0
    var applied = 0
    for pair in pairs {
        lines += pair.lines
        let start = clock.now
        let oldTree = try TreeDiff.Tree.parse(SourceText(pair.old), language: "swift")
        let newTree = try TreeDiff.Tree.parse(SourceText(pair.new), language: "swift")
        let parsed = clock.now
        let diff = TreeDiff(old: oldTree, new: newTree)
        let elapsed = milliseconds(clock.now - start)
        parseTime += milliseconds(parsed - start)
        treeTime += elapsed
        maxTime = max(maxTime, elapsed)
        actions += diff.actions.count
        changes += diff.changes.count
        let lineStart = clock.now
        let lineDiff = LineDiff(old: pair.old, new: pair.new)
        lineTime += milliseconds(clock.now - lineStart)
        for run in lineDiff.runs where run.operation != .equal {
            lineChanges += run.oldRange.count + run.newRange.count
        }
        var edited = TreeDiff.EditableTree(diff.old)
        if (try? edited.apply(diff.actions, from: diff.new)) != nil && edited.signature == diff.new.signature {
            applied += 1
        } else {
            print("  script does not reproduce the new tree: \(pair.name)")
        }
        if pair.lines > largest?.lines ?? -1 { largest = (pair.name, pair.lines, elapsed, diff.actions.count) }
        if elapsed > slowest?.milliseconds ?? -1 { slowest = (pair.name, pair.lines, elapsed) }

        if aptedDirectory != nil && aptedPairs.count < aptedLimit {
            for (oldNode, newNode) in changedDeclarations(diff) where aptedPairs.count < aptedLimit {
                let oldSub = diff.old.subtree(at: oldNode)
                let newSub = diff.new.subtree(at: newNode)
                let subDiff = TreeDiff(old: oldSub, new: newSub)
                aptedPairs.append((aptedPairs.count + 1, oldSub, newSub, subDiff.actions.count,
                                   "\(pair.name):\(diff.old.span(of: oldNode).start.line)"))
            }
        }
    }
    totals.files += pairs.count
    totals.lines += lines
    totals.tree += treeTime
    totals.line += lineTime
    print("\(name.padding(toLength: 30, withPad: " ", startingAt: 0)) \(pad("\(pairs.count)", 6)) \(pad("\(lines)", 7)) \(pad(format(treeTime), 8)) \(pad(format(parseTime), 8)) \(pad(format(lineTime), 8)) \(pad("\(actions)", 8)) \(pad("\(changes)", 8)) \(pad("\(lineChanges)", 13)) \(pad(format(maxTime), 7)) \(pad("\(applied)/\(pairs.count)", 8))")
}
print("")
print("all: \(totals.files) files, \(totals.lines) lines: structural diff \(format(totals.tree)) ms, line diff \(format(totals.line)) ms")
if let largest {
    print("largest pair: \(largest.name) (\(largest.lines) lines): \(format(largest.milliseconds)) ms, \(largest.actions) actions")
}
if let slowest {
    print("slowest pair: \(slowest.name) (\(slowest.lines) lines): \(format(slowest.milliseconds)) ms")
}

if let aptedDirectory {
    try FileManager.default.createDirectory(atPath: aptedDirectory, withIntermediateDirectories: true)
    var index = "id\tactions\toldNodes\tnewNodes\tsource\n"
    for pair in aptedPairs {
        try bracket(pair.oldTree).write(toFile: "\(aptedDirectory)/\(pair.id).old", atomically: true, encoding: .utf8)
        try bracket(pair.newTree).write(toFile: "\(aptedDirectory)/\(pair.id).new", atomically: true, encoding: .utf8)
        index += "\(pair.id)\t\(pair.actions)\t\(pair.oldTree.count)\t\(pair.newTree.count)\t\(pair.source)\n"
    }
    try index.write(toFile: "\(aptedDirectory)/pairs.tsv", atomically: true, encoding: .utf8)
    print("wrote \(aptedPairs.count) declaration pairs to \(aptedDirectory)/pairs.tsv")
}
