import Dispatch
import Foundation
import Synchronization

/// What the language's own parser says of a text.
struct OracleVerdict: Sendable {
    var accepted: Bool
    var message: String
}

/// Runs each language's own parser on texts, in batches, remembering verdicts across runs in
/// `<work>/oracle-cache.tsv` (keyed by a hash of the text): python3's compile(), json, tomllib and
/// PyYAML through `bench/gate-oracle.py`; `node --check`; `swiftc -parse`.
final class Oracles {
    let work: String
    let script: String
    let swiftc: String
    let jobs: Int
    private var cache: [String: OracleVerdict] = [:]
    private var cacheFile: FileHandle?

    init(work: String, script: String, swiftc: String, jobs: Int) {
        // Absolute, as swiftc names files in its diagnostics.
        self.work = work.hasPrefix("/") ? work : FileManager.default.currentDirectoryPath + "/" + work
        self.script = script
        self.swiftc = swiftc
        self.jobs = jobs
        let path = self.work + "/oracle-cache.tsv"
        if let text = try? String(contentsOfFile: path, encoding: .utf8) {
            for line in text.split(separator: "\n") {
                let parts = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
                guard parts.count == 3 else { continue }
                cache[String(parts[0])] = OracleVerdict(accepted: parts[1] == "ok", message: String(parts[2]))
            }
        }
        if !FileManager.default.fileExists(atPath: path) { _ = FileManager.default.createFile(atPath: path, contents: nil) }
        cacheFile = FileHandle(forWritingAtPath: path)
        cacheFile?.seekToEndOfFile()
    }

    /// `dialect` is the language, or `javascript-module` for ES modules.
    func verdicts(_ texts: [[UInt8]], dialect: String) -> [OracleVerdict] {
        let keys = texts.map { dialect + ":" + Self.digest($0) }
        var pending: [Int: (key: String, path: String)] = [:]
        let folder = work + "/cases/" + dialect
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (index, key) in keys.enumerated() where cache[key] == nil && !pending.values.contains(where: { $0.key == key }) {
            let path = folder + "/" + key.split(separator: ":")[1] + "." + Self.fileExtension(dialect)
            _ = FileManager.default.createFile(atPath: path, contents: Data(texts[index]))
            pending[index] = (key, path)
        }
        let order = pending.keys.sorted()
        let paths = order.map { pending[$0]!.path }
        let results: [OracleVerdict]
        switch dialect {
        case "javascript", "javascript-module": results = nodeCheck(paths)
        case "swift": results = swiftParse(paths)
        default: results = python(paths, language: dialect)
        }
        for (index, verdict) in zip(order, results) {
            let key = pending[index]!.key
            cache[key] = verdict
            let message = verdict.message.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ")
            cacheFile?.write(Data("\(key)\t\(verdict.accepted ? "ok" : "rejected")\t\(message)\n".utf8))
            try? FileManager.default.removeItem(atPath: pending[index]!.path)
        }
        return keys.map { cache[$0]! }
    }

    private func python(_ paths: [String], language: String) -> [OracleVerdict] {
        guard !paths.isEmpty else { return [] }
        let manifest = work + "/oracle-manifest.tsv"
        _ = FileManager.default.createFile(atPath: manifest, contents: Data(paths.map { "\(language)\t\($0)\n" }.joined().utf8))
        let (status, output, errors) = Self.run("/usr/bin/env", ["python3", script, manifest])
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        guard status == 0, lines.count == paths.count else { fatalError("gate-oracle.py failed (\(status)): \(errors)") }
        return lines.map { line in
            line == "ok" ? OracleVerdict(accepted: true, message: "")
                : OracleVerdict(accepted: false, message: String(line.dropFirst("rejected\t".count)))
        }
    }

    private func nodeCheck(_ paths: [String]) -> [OracleVerdict] {
        let results = Mutex<[Int: OracleVerdict]>([:])
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, paths.count))) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < paths.count else { break }
                let (status, _, errors) = Self.run("/usr/bin/env", ["node", "--check", paths[index]])
                let message = errors.split(separator: "\n").first { $0.contains("Error") }.map(String.init) ?? errors
                results.withLock { $0[index] = OracleVerdict(accepted: status == 0, message: status == 0 ? "" : message) }
            }
        }
        return results.withLock { all in paths.indices.map { all[$0]! } }
    }

    /// One `swiftc -parse` per file: with several files, the driver stops at the first that fails.
    private func swiftParse(_ paths: [String]) -> [OracleVerdict] {
        let results = Mutex<[Int: OracleVerdict]>([:])
        let next = Atomic<Int>(0)
        let swiftc = swiftc
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, paths.count))) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < paths.count else { break }
                let (status, _, errors) = Self.run(swiftc, ["-parse", paths[index]])
                let message = errors.split(separator: "\n").first { $0.contains(": error: ") }.map(String.init) ?? errors
                results.withLock { $0[index] = OracleVerdict(accepted: status == 0, message: status == 0 ? "" : message) }
            }
        }
        return results.withLock { all in paths.indices.map { all[$0]! } }
    }

    static func run(_ executable: String, _ arguments: [String]) -> (Int32, String, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch { fatalError("cannot run \(executable): \(error)") }
        // Read both pipes before waiting, so that a full pipe cannot block the child.
        let errData = Mutex<Data>(Data())
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            let data = err.fileHandleForReading.readDataToEndOfFile()
            errData.withLock { $0 = data }
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), errData.withLock { String(decoding: $0, as: UTF8.self) })
    }

    static func fileExtension(_ dialect: String) -> String {
        switch dialect {
        case "python": "py"
        case "javascript": "cjs"
        case "javascript-module": "mjs"
        case "swift": "swift"
        case "yaml": "yaml"
        default: dialect
        }
    }

    /// Two 64-bit FNV-1a hashes with different seeds and the length: a cache key, not a checksum.
    static func digest(_ bytes: [UInt8]) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x8422_2325_cbf2_9ce4
        for byte in bytes {
            a = (a ^ UInt64(byte)) &* 0x100_0000_01b3
            b = (b ^ UInt64(byte)) &* 0x100_0000_01b3 ^ (b >> 29)
        }
        return String(a, radix: 16) + String(b, radix: 16) + String(bytes.count, radix: 16)
    }
}
