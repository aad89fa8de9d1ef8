import Glibc
import Dispatch
import Foundation
import Synchronization
import TreeSitter

/// Checks files for syntax errors with each language's validator, in parallel.
public struct SyntaxChecker: Sendable {
    public var grammars: GrammarRegistry
    public var validators: ValidatorRegistry
    /// A language for every file, instead of detecting each file's.
    public var languageOverride: String?
    public var threads: Int

    public init(grammars: GrammarRegistry = .shared, validators: ValidatorRegistry = .standard,
                languageOverride: String? = nil, threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.grammars = grammars
        self.validators = validators
        self.languageOverride = languageOverride
        self.threads = max(1, threads)
    }

    /// The verdict of every file, in the order given. `progress` is called from worker threads.
    public func check(files: [String], progress: (@Sendable (Int) -> Void)? = nil) -> [FileVerdict] {
        inParallel(count: files.count, progress: progress) { index, parsers in
            check(file: files[index], parsers: &parsers)
        }
    }

    /// Collects the files below `paths` (as ``FileCollector`` does) and checks them as they are
    /// found: one worker walks the folders while the others check, then joins them. The verdicts
    /// come in the collector's order.
    public func check(paths: [String], progress: (@Sendable (Int) -> Void)? = nil,
                      collected whenCollected: (@Sendable (Int) -> Void)? = nil) -> (verdicts: [FileVerdict], missing: [String]) {
        let queue = Mutex<(files: [String], taken: Int, finished: Bool)>(([], 0, false))
        let available = DispatchSemaphore(value: 0)
        let collected = Mutex<(files: [String], missing: [String])>(([], []))
        let results = Mutex<[String: FileVerdict]>([:])
        let done = Atomic<Int>(0)
        let workers = max(1, threads)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            if worker == 0 {
                let outcome = FileCollector.collect(paths) { file in
                    queue.withLock { $0.files.append(file) }
                    available.signal()
                }
                collected.withLock { $0 = outcome }
                whenCollected?(outcome.files.count)
                queue.withLock { $0.finished = true }
                for _ in 0..<workers { available.signal() }
            }
            var parsers = ParserSet()
            var local: [(String, FileVerdict)] = []
            while true {
                available.wait()
                let next: String? = queue.withLock { state in
                    guard state.taken < state.files.count else { return nil }
                    state.taken += 1
                    return state.files[state.taken - 1]
                }
                guard let file = next else {
                    if queue.withLock({ $0.finished && $0.taken >= $0.files.count }) { break }
                    continue
                }
                local.append((file, check(file: file, parsers: &parsers)))
                progress?(done.add(1, ordering: .relaxed).newValue)
            }
            results.withLock { all in
                for (file, verdict) in local { all[file] = verdict }
            }
        }
        let (files, missing) = collected.withLock { $0 }
        return results.withLock { all in (files.compactMap { all[$0] }, missing) }
    }

    /// The verdicts of contents already in memory (a git index's, say), in the order given.
    public func check(contents: [(path: String, bytes: [UInt8])], progress: (@Sendable (Int) -> Void)? = nil) -> [FileVerdict] {
        inParallel(count: contents.count, progress: progress) { index, parsers in
            check(path: contents[index].path, bytes: contents[index].bytes, parsers: &parsers)
        }
    }

    private func inParallel(count: Int, progress: (@Sendable (Int) -> Void)?,
                            _ work: (Int, inout ParserSet) -> FileVerdict) -> [FileVerdict] {
        let next = Atomic<Int>(0)
        let done = Atomic<Int>(0)
        let results = Mutex<[Int: FileVerdict]>([:])
        let workers = min(threads, max(count, 1))
        withoutActuallyEscaping(work) { work in
            let box = UncheckedSendable(work)
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                var parsers = ParserSet()
                var local: [(Int, FileVerdict)] = []
                while true {
                    let index = next.add(1, ordering: .relaxed).oldValue
                    guard index < count else { break }
                    local.append((index, box.value(index, &parsers)))
                    let finished = done.add(1, ordering: .relaxed).newValue
                    progress?(finished)
                }
                results.withLock { all in
                    for (index, verdict) in local { all[index] = verdict }
                }
            }
        }
        return results.withLock { all in (0..<count).map { all[$0]! } }
    }

    /// Checks one file's bytes, already read, as `path`.
    public func check(path: String, bytes: [UInt8]) -> FileVerdict {
        var parsers = ParserSet()
        return check(path: path, bytes: bytes, parsers: &parsers)
    }

    func check(file: String, parsers: inout ParserSet) -> FileVerdict {
        // The thread's read buffer is reused from file to file: a fresh allocation per file costs
        // more than reading it (malloc merges the parser's freed memory before a large request).
        var buffer = parsers.takeReadBuffer()
        defer { parsers.returnReadBuffer(buffer) }
        do {
            let length = try FileBytes.read(file, into: &buffer)
            return check(path: file, buffer: &buffer, length: length, parsers: &parsers)
        } catch {
            return FileVerdict(path: file, language: nil, status: .failed("cannot read: \(error.reason)"))
        }
    }

    func check(path: String, bytes: [UInt8], parsers: inout ParserSet) -> FileVerdict {
        var buffer = bytes
        return check(path: path, buffer: &buffer, length: bytes.count, parsers: &parsers)
    }

    /// Checks the file whose bytes are `buffer[..<length]`. When its validator needs the whole
    /// text, the buffer is cut to the file and handed to it (left empty here), not copied.
    func check(path: String, buffer: inout [UInt8], length: Int, parsers: inout ParserSet) -> FileVerdict {
        let bytes = buffer[..<length]
        let bomLength = bytes.starts(with: SourceText.byteOrderMark) ? 3 : 0
        let detected = languageOverride.flatMap { grammars.canonicalName($0) ?? $0 }
            ?? grammars.detectLanguage(path: path, firstBytes: bytes.dropFirst(bomLength).prefix(256))
        guard let language = detected else {
            return FileVerdict(path: path, language: nil, status: .skipped("no grammar for this file type"), byteCount: length)
        }
        let isBinary = bytes.withUnsafeBytes { $0.baseAddress.map { memchr($0, 0, length) != nil } ?? false }
        if isBinary {
            return FileVerdict(path: path, language: language, status: .skipped("binary content"), byteCount: length)
        }
        let validator = validators.validator(for: language, path: path)
        var tree: Tree?
        if validator.needsTree {
            do {
                let parser = try parsers.parser(for: language, grammars: grammars)
                tree = bytes.withUnsafeBufferPointer { parser.parse(UnsafeBufferPointer(rebasing: $0[bomLength...])) }
                guard tree != nil else { throw ParserSet.ParseFailure.cancelled }
            } catch {
                return FileVerdict(path: path, language: language, status: .failed(String(describing: error)), byteCount: length)
            }
            // A clean file needs no line table: the common case costs the parse alone.
            if validator.isEvidentlyClean(tree!, body: bytes.dropFirst(bomLength)) {
                return FileVerdict(path: path, language: language, status: .clean, byteCount: length)
            }
        }
        if buffer.count > length { buffer.removeLast(buffer.count - length) }
        let source = SourceText(buffer)
        buffer = []
        let diagnostics = validator.diagnostics(for: source, tree: tree)
        return FileVerdict(path: path, language: language, status: diagnostics.isEmpty ? .clean : .errors,
                           diagnostics: diagnostics, source: diagnostics.isEmpty ? nil : source, byteCount: length)
    }
}

/// One tree-sitter parser per language, and a buffer to read files into, for one thread.
struct ParserSet {
    private var parsers: [String: Parser] = [:]
    private var readBuffer: [UInt8] = []

    mutating func takeReadBuffer() -> [UInt8] {
        defer { readBuffer = [] }
        return readBuffer
    }

    mutating func returnReadBuffer(_ buffer: [UInt8]) { readBuffer = buffer }

    mutating func parser(for language: String, grammars: GrammarRegistry) throws -> Parser {
        if let parser = parsers[language] { return parser }
        let parser = Parser()
        try parser.setLanguage(try grammars.language(named: language))
        parsers[language] = parser
        return parser
    }

    mutating func parse(_ bytes: [UInt8], language: String, grammars: GrammarRegistry) throws -> Tree {
        guard let tree = try parser(for: language, grammars: grammars).parse(bytes) else {
            throw ParseFailure.cancelled
        }
        return tree
    }

    enum ParseFailure: Error, CustomStringConvertible {
        case cancelled
        var description: String { "the parser gave up on this file" }
    }
}

/// Hands a value that is only read to worker threads.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
