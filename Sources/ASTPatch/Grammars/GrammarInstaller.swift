import Dispatch
import Foundation
import Synchronization

/// Installs grammars into the cache: downloads the pinned packages from PyPI with `pip download`,
/// verifies their sha256, and compiles each grammar's C sources into a shared library (or links
/// the prebuilt library of a wheel). Idempotent: an installed grammar is left alone unless forced,
/// and concurrent installs into one cache wait for each other.
public struct GrammarInstaller: Sendable {
    public var manifest: GrammarManifest
    public var cache: GrammarCache
    /// The C compiler; `$CC` or `cc`.
    public var compiler: String
    public var jobs: Int

    public init(manifest: GrammarManifest = .bundled, cache: GrammarCache = .fromEnvironment(),
                compiler: String = ProcessInfo.processInfo.environment["CC"] ?? "cc",
                jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.manifest = manifest
        self.cache = cache
        self.compiler = compiler
        self.jobs = max(1, jobs)
    }

    /// What happened to one language.
    public enum Outcome: Sendable, Equatable {
        case alreadyInstalled
        case installed
        case failed(GrammarError)
    }

    /// Installs the named languages (all when empty); `force` rebuilds installed ones.
    public func install(_ names: [String] = [], force: Bool = false,
                        log: @escaping @Sendable (String) -> Void = { _ in }) throws(GrammarError) -> [(String, Outcome)] {
        var entries: [GrammarManifest.Entry] = []
        for name in names {
            guard let entry = manifest.entry(named: name) else { throw .unknownLanguage(name) }
            if !entries.contains(entry) { entries.append(entry) }
        }
        if names.isEmpty { entries = manifest.languages }
        try makeDirectory(cache.directory, for: entries.first?.name ?? "grammars")
        return try withInstallLock { () throws(GrammarError) -> [(String, Outcome)] in
            let pending = entries.filter { force || !FileManager.default.fileExists(atPath: cache.libraryPath(for: $0)) }
            var outcomes = Dictionary(uniqueKeysWithValues: entries.map { ($0.name, Outcome.alreadyInstalled) })
            if !pending.isEmpty {
                for (name, outcome) in build(pending, log: log) { outcomes[name] = outcome }
            }
            return entries.map { ($0.name, outcomes[$0.name]!) }
        }
    }

    private func build(_ entries: [GrammarManifest.Entry], log: @escaping @Sendable (String) -> Void) -> [(String, Outcome)] {
        let sdists = entries.filter { $0.kind == .sdist }
        var failures: [String: GrammarError] = [:]
        // Download everything first, in as few pip runs as possible.
        var wanted: [Download] = []
        if !sdists.isEmpty {
            let headers = manifest.runtimeHeaders
            wanted.append(Download(package: headers.package, version: headers.version, file: headers.file, sha256: headers.sha256, kind: .sdist))
        }
        for entry in entries where !wanted.contains(where: { $0.file == entry.file }) {
            wanted.append(Download(package: entry.package, version: entry.version, file: entry.file, sha256: entry.sha256, kind: entry.kind))
        }
        let downloadErrors = download(wanted, log: log)
        var includeDirectory: String?
        if !sdists.isEmpty {
            do {
                includeDirectory = try prepareHeaders(downloadErrors: downloadErrors)
            } catch {
                for entry in sdists { failures[entry.name] = .installFailed(language: entry.name, reason: "\(error)") }
            }
        }
        let headers = includeDirectory
        let results = Mutex<[String: Outcome]>([:])
        let queue = Mutex(entries.filter { failures[$0.name] == nil })
        let workers = min(jobs, max(1, entries.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let entry = queue.withLock({ $0.isEmpty ? nil : $0.removeFirst() }) {
                let outcome: Outcome
                if let error = downloadErrors[entry.file] {
                    outcome = .failed(.installFailed(language: entry.name, reason: error))
                } else {
                    do throws(GrammarError) {
                        try buildOne(entry, includeDirectory: headers)
                        log("installed \(entry.name) \(entry.version)")
                        outcome = .installed
                    } catch {
                        outcome = .failed(error)
                    }
                }
                results.withLock { $0[entry.name] = outcome }
            }
        }
        var outcomes = results.withLock { $0 }
        for (name, error) in failures { outcomes[name] = .failed(error) }
        return entries.map { ($0.name, outcomes[$0.name] ?? .failed(.installFailed(language: $0.name, reason: "not built"))) }
    }

    // MARK: Downloads

    private struct Download: Equatable {
        var package: String
        var version: String
        var file: String
        var sha256: String
        var kind: GrammarManifest.PackageKind
    }

    /// Makes sure each file is in the downloads folder with its pinned checksum; returns the
    /// failures by file name.
    private func download(_ downloads: [Download], log: @escaping @Sendable (String) -> Void) -> [String: String] {
        let directory = cache.downloadsDirectory
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let missing = downloads.filter { verify($0) != nil }
        for file in missing { try? FileManager.default.removeItem(atPath: directory + "/" + file.file) }
        var errors: [String: String] = [:]
        let groups: [(GrammarManifest.PackageKind, [Download])] = [
            (.sdist, missing.filter { $0.kind == .sdist }), (.wheel, missing.filter { $0.kind == .wheel }),
        ]
        for (kind, group) in groups where !group.isEmpty {
            log("downloading \(group.map { "\($0.package)==\($0.version)" }.joined(separator: " "))")
            var arguments = ["-m", "pip", "download", "--no-deps", "--disable-pip-version-check",
                             "--dest", directory]
            switch kind {
            case .sdist: arguments += ["--no-binary", ":all:"]
            case .wheel: arguments += ["--only-binary", ":all:", "--platform", "manylinux2014_x86_64", "--python-version", "3.11",
                                       "--implementation", "cp", "--abi", "cp311"]
            }
            arguments += group.map { "\($0.package)==\($0.version)" }
            let result = CommandRunner.run(python, arguments)
            for item in group {
                if let problem = verify(item) {
                    errors[item.file] = result.status == 0 ? problem : "pip download failed: \(result.tail)"
                }
            }
        }
        return errors
    }

    private var python: String {
        ProcessInfo.processInfo.environment["ASTPATCH_PYTHON"] ?? "python3"
    }

    /// nil when the downloaded file is there and matches its pin, else what is wrong.
    private func verify(_ download: Download) -> String? {
        let path = cache.downloadsDirectory + "/" + download.file
        guard let bytes = try? FileBytes.read(path) else { return "\(download.file) was not downloaded" }
        let digest = SHA256.hexDigest(bytes)
        guard digest == download.sha256.lowercased() else {
            return "checksum mismatch for \(download.file): expected \(download.sha256), got \(digest)"
        }
        return nil
    }

    // MARK: Building

    /// Extracts the runtime headers grammar sources include as `tree_sitter/parser.h` etc.
    private func prepareHeaders(downloadErrors: [String: String]) throws(GrammarError) -> String {
        let headers = manifest.runtimeHeaders
        if let error = downloadErrors[headers.file] { throw .installFailed(language: "runtime headers", reason: error) }
        let extracted = try extract(headers.file, language: "runtime headers")
        let include = cache.sourcesDirectory + "/include-\(headers.version)"
        let target = include + "/tree_sitter"
        if FileManager.default.fileExists(atPath: target + "/parser.h") { return include }
        let staging = include + ".tmp-\(getpid())"
        try? FileManager.default.removeItem(atPath: staging)
        try makeDirectory(staging + "/tree_sitter", for: "runtime headers")
        for header in ["parser.h", "array.h", "alloc.h", "ts_assert.h"] {
            let from = extracted + "/" + headers.directory + "/" + header
            let headerFrom = FileManager.default.fileExists(atPath: from) ? from : extracted + "/" + headers.directory + "/tree_sitter/" + header
            do {
                try FileManager.default.copyItem(atPath: headerFrom, toPath: staging + "/tree_sitter/" + header)
            } catch {
                throw .installFailed(language: "runtime headers", reason: "\(header) not found in \(headers.file)")
            }
        }
        try? FileManager.default.removeItem(atPath: include)
        try rename(staging, include, for: "runtime headers")
        return include
    }

    private func buildOne(_ entry: GrammarManifest.Entry, includeDirectory: String?) throws(GrammarError) {
        let extracted = try extract(entry.file, language: entry.name)
        let library = cache.libraryPath(for: entry)
        let staging = library + ".tmp-\(getpid())"
        try? FileManager.default.removeItem(atPath: staging)
        switch entry.kind {
        case .wheel:
            let prebuilt = extracted + "/" + entry.subdirectory
            guard FileManager.default.fileExists(atPath: prebuilt) else {
                throw .installFailed(language: entry.name, reason: "\(entry.subdirectory) not found in \(entry.file)")
            }
            do {
                try FileManager.default.createSymbolicLink(atPath: staging, withDestinationPath: prebuilt)
            } catch {
                throw .installFailed(language: entry.name, reason: "cannot link \(prebuilt): \(error.localizedDescription)")
            }
        case .sdist:
            let sourceDirectory = extracted + "/" + entry.subdirectory
            if let patch = entry.patch {
                try applyPatch(patch, to: sourceDirectory, language: entry.name)
            }
            var arguments = ["-O2", "-fPIC", "-shared", "-w"]
            if let includeDirectory { arguments += ["-I", includeDirectory] }
            arguments += ["-I", sourceDirectory]
            arguments += entry.sources.map { sourceDirectory + "/" + $0 }
            arguments += ["-o", staging]
            let result = CommandRunner.run(compiler, arguments)
            guard result.status == 0 else {
                try? FileManager.default.removeItem(atPath: staging)
                throw .installFailed(language: entry.name, reason: "\(compiler) failed: \(result.tail)")
            }
        }
        try rename(staging, library, for: entry.name)
        // Prove the library loads before calling it installed.
        do {
            _ = try GrammarLibrary.load(entry, from: library)
        } catch {
            try? FileManager.default.removeItem(atPath: library)
            throw error
        }
    }

    /// The folder a package is unpacked into, unpacking it once.
    private func extract(_ file: String, language: String) throws(GrammarError) -> String {
        let destination = cache.sourcesDirectory + "/" + file + ".d"
        if FileManager.default.fileExists(atPath: destination) { return destination }
        let staging = destination + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try makeDirectory(staging, for: language)
        let archive = cache.downloadsDirectory + "/" + file
        let result = file.hasSuffix(".whl") || file.hasSuffix(".zip")
            ? CommandRunner.run(python, ["-m", "zipfile", "-e", archive, staging])
            : CommandRunner.run("tar", ["-xzf", archive, "-C", staging])
        guard result.status == 0 else {
            try? FileManager.default.removeItem(atPath: staging)
            throw .installFailed(language: language, reason: "cannot unpack \(file): \(result.tail)")
        }
        if Glibc.rename(staging, destination) != 0 {
            // Another installer won the race; use its copy.
            try? FileManager.default.removeItem(atPath: staging)
        }
        return destination
    }

    private func applyPatch(_ patch: String, to directory: String, language: String) throws(GrammarError) {
        guard let encoded = EmbeddedGrammars.patchesBase64[patch], let script = Data(base64Encoded: encoded) else {
            throw .installFailed(language: language, reason: "the manifest names patch \(patch), which is not in Grammars/")
        }
        let scriptPath = cache.sourcesDirectory + "/" + (patch as NSString).lastPathComponent
        do {
            try script.write(to: URL(fileURLWithPath: scriptPath), options: .atomic)
        } catch {
            throw .installFailed(language: language, reason: "cannot write \(scriptPath)")
        }
        let result = CommandRunner.run(python, [scriptPath, directory])
        guard result.status == 0 else {
            throw .installFailed(language: language, reason: "\(patch) failed: \(result.tail)")
        }
    }

    private func makeDirectory(_ path: String, for language: String) throws(GrammarError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw .installFailed(language: language, reason: "cannot create \(path): \(error.localizedDescription)")
        }
    }

    private func rename(_ from: String, _ to: String, for language: String) throws(GrammarError) {
        guard Glibc.rename(from, to) == 0 else {
            throw .installFailed(language: language, reason: "cannot move \(from) to \(to): \(String(cString: strerror(errno)))")
        }
    }

    private func withInstallLock<T>(_ body: () throws(GrammarError) -> T) throws(GrammarError) -> T {
        let lockPath = cache.directory + "/.install.lock"
        let fd = open(lockPath, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .installFailed(language: "grammars", reason: "cannot open \(lockPath)") }
        defer { close(fd) }
        flock(fd, LOCK_EX)
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}

/// Runs a program and collects its exit status and its output (standard output, then error).
enum CommandRunner {
    struct Result {
        var status: Int32
        var output: String
        /// The last lines of the output, for error messages.
        var tail: String {
            output.split(separator: "\n").suffix(6).joined(separator: "\n")
        }
    }

    static func run(_ program: String, _ arguments: [String]) -> Result {
        do {
            let output = try ChildProcess(program, arguments).run()
            return Result(status: output.status, output: String(decoding: output.standardOutput + output.standardError, as: UTF8.self))
        } catch {
            return Result(status: 127, output: error.description)
        }
    }
}
