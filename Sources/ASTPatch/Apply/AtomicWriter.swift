import Foundation
import Glibc
import Synchronization

/// Writes the outcome of a patch to disk: each file through a temporary file in its own folder,
/// fsync and rename, so a reader sees the old or the new file, never a mix. If any step fails,
/// the files already written are put back as they were.
public struct AtomicWriter: Sendable {
    public let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    /// One step of a commit.
    public enum Step: Sendable, Equatable {
        /// Writes `bytes` to `path` with `mode` (creating folders as needed).
        case write(path: String, bytes: [UInt8], mode: UInt32)
        case remove(path: String)
    }

    /// Performs the steps in order; on failure undoes the ones done and throws `io_error`.
    ///
    /// Every new content is first written to a temporary file beside its target and flushed to
    /// disk, many files at once (a sequential loop would wait for one journal commit per file);
    /// only then are they renamed into place and the files to delete removed; last, each changed
    /// folder is synced. A failure before the first rename leaves the tree exactly as it was.
    public func commit(_ steps: [Step]) throws(PatchDiagnostic) {
        var writes: [(path: String, bytes: [UInt8], mode: UInt32)] = []
        var seen = Set<String>()
        for case let .write(path, bytes, mode) in steps where seen.insert(path).inserted {
            writes.append((path, bytes, mode))
        }
        // Folders first, one thread: two threads making the same folder would race.
        for write in writes {
            try makeFolder(for: write.path)
        }
        let workspace = self.workspace
        let pending = writes
        // Many files are flushed with one syncfs (one journal commit for all of them) rather than
        // an fsync each; a few, or where syncfs is missing, file by file.
        let syncsTogether = pending.count >= 16 && Self.syncFileSystem != nil
        let prepared = Self.inParallel(count: pending.count) { index -> Result<(StagedFile, StoredFile?), PatchDiagnostic> in
            let write = pending[index]
            do throws(PatchDiagnostic) {
                let previous = try workspace.read(write.path)
                let file = try AtomicWriter(workspace: workspace).stage(write.bytes, mode: write.mode, for: write.path)
                if !syncsTogether {
                    guard fsync(file.descriptor) == 0 else {
                        let error = PatchDiagnostic(.ioError, "cannot write \(write.path): \(String(cString: strerror(errno)))", path: write.path)
                        file.discard()
                        throw error
                    }
                }
                return .success((file, previous))
            } catch {
                return .failure(error)
            }
        }
        var staged: [String: (file: StagedFile, previous: StoredFile?)] = [:]
        var failure: PatchDiagnostic?
        for result in prepared {
            switch result {
            case .success(let (file, previous)): staged[file.path] = (file, previous)
            case .failure(let error): failure = failure ?? error
            }
        }
        if failure == nil, syncsTogether {
            // One flush per file system the files are on (a patch seldom spans two).
            var flushed = Set<UInt64>()
            for entry in staged.values {
                var info = stat()
                let device = fstat(entry.file.descriptor, &info) == 0 ? UInt64(info.st_dev) : UInt64.max
                guard flushed.insert(device).inserted else { continue }
                if device == UInt64.max || Self.syncFileSystem!(entry.file.descriptor) != 0 {
                    failure = PatchDiagnostic(.ioError, "cannot write \(entry.file.path): \(String(cString: strerror(errno)))", path: entry.file.path)
                    break
                }
            }
        }
        for entry in staged.values { entry.file.closeDescriptor() }
        if let failure {
            for entry in staged.values { unlink(entry.file.temporary) }
            throw failure
        }

        var undo: [(path: String, previous: StoredFile?)] = []
        var directories = Set<String>()
        defer { Self.syncFolders(directories) }
        do throws(PatchDiagnostic) {
            for step in steps {
                switch step {
                case let .write(path, _, _):
                    guard let (file, previous) = staged.removeValue(forKey: path) else { continue }
                    guard rename(file.temporary, file.absolute) == 0 else {
                        let error = PatchDiagnostic(.ioError, "cannot replace \(path): \(String(cString: strerror(errno)))", path: path)
                        unlink(file.temporary)
                        throw error
                    }
                    directories.insert(file.directory)
                    undo.append((path, previous))
                case let .remove(path):
                    let previous = try workspace.read(path)
                    directories.insert(try remove(path))
                    undo.append((path, previous))
                }
            }
        } catch {
            for entry in staged.values { unlink(entry.file.temporary) }
            for (path, previous) in undo.reversed() {
                if let previous {
                    _ = try? write(previous.bytes, mode: previous.mode, to: path)
                } else {
                    _ = try? remove(path)
                }
            }
            throw error
        }
    }

    /// A new content written beside its target, not yet in place.
    private struct StagedFile {
        var path: String
        var absolute: String
        var directory: String
        var temporary: String
        /// Open until the data is synced.
        var descriptor: Int32

        func closeDescriptor() {
            close(descriptor)
        }

        func discard() {
            closeDescriptor()
            unlink(temporary)
        }
    }

    /// Makes the folder a file goes in, with the folders above it.
    private func makeFolder(for path: String) throws(PatchDiagnostic) {
        let directory = (try workspace.resolve(path) as NSString).deletingLastPathComponent
        var info = stat()
        if stat(directory, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { return }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw PatchDiagnostic(.ioError, "cannot create the folder of \(path): \(error.localizedDescription)", path: path)
        }
    }

    /// Writes `bytes` to a new temporary file in the target's folder, with the target's mode,
    /// leaving it open for the sync.
    private func stage(_ bytes: [UInt8], mode: UInt32, for path: String) throws(PatchDiagnostic) -> StagedFile {
        let absolute = try workspace.resolve(path)
        let directory = (absolute as NSString).deletingLastPathComponent
        let name = (absolute as NSString).lastPathComponent
        let temporary = directory + "/.\(name).astpatch-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(0o600))
        guard fd >= 0 else {
            throw PatchDiagnostic(.ioError, "cannot write \(path): \(String(cString: strerror(errno)))", path: path)
        }
        guard Self.writeAll(bytes, to: fd), fchmod(fd, mode_t(mode)) == 0 else {
            let error = PatchDiagnostic(.ioError, "cannot write \(path): \(String(cString: strerror(errno)))", path: path)
            close(fd)
            unlink(temporary)
            throw error
        }
        return StagedFile(path: path, absolute: absolute, directory: directory, temporary: temporary, descriptor: fd)
    }

    private static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Bool {
        bytes.withUnsafeBytes { buffer -> Bool in
            var written = 0
            while written < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + written, buffer.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                written += n
            }
            return true
        }
    }

    /// Linux's `syncfs`, which flushes a whole file system at once (Glibc declares it only for
    /// GNU sources, which Swift does not import); nil where the C library lacks it.
    static let syncFileSystem: (@convention(c) (Int32) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
    }()

    /// Runs `work` for every index on up to 16 threads (waiting on the disk, not computing, so
    /// more threads than cores) and returns the results in order.
    static func inParallel<Result: Sendable>(count: Int, _ work: @escaping @Sendable (Int) -> Result) -> [Result] {
        if count <= 1 { return (0..<count).map(work) }
        let results = Mutex<[Int: Result]>([:])
        let next = Mutex(0)
        let group = DispatchGroup()
        for _ in 0..<min(16, count) {
            group.enter()
            let thread = Thread {
                while true {
                    let index = next.withLock { value -> Int in
                        defer { value += 1 }
                        return value
                    }
                    guard index < count else { break }
                    let result = work(index)
                    results.withLock { $0[index] = result }
                }
                group.leave()
            }
            thread.start()
        }
        group.wait()
        return results.withLock { all in (0..<count).map { all[$0]! } }
    }

    /// Makes the renames and deletions in these folders durable.
    private static func syncFolders(_ directories: Set<String>) {
        var descriptors: [Int32] = []
        for directory in directories.sorted() {
            let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if fd >= 0 { descriptors.append(fd) }
        }
        let opened = descriptors
        if opened.count >= 4, let syncFileSystem, syncFileSystem(opened[0]) == 0 {
            // Most often all on one file system: one flush for all (each folder's own otherwise).
            var first = stat()
            if fstat(opened[0], &first) == 0, opened.allSatisfy({ var info = stat(); return fstat($0, &info) == 0 && info.st_dev == first.st_dev }) {
                for fd in opened { close(fd) }
                return
            }
        }
        _ = inParallel(count: opened.count) { fsync(opened[$0]) }
        for fd in descriptors { close(fd) }
    }

    /// Writes one file atomically (to put an original back); returns its folder, to be synced.
    private func write(_ bytes: [UInt8], mode: UInt32, to path: String) throws(PatchDiagnostic) -> String {
        try makeFolder(for: path)
        let file = try stage(bytes, mode: mode, for: path)
        guard fsync(file.descriptor) == 0 else {
            let error = PatchDiagnostic(.ioError, "cannot write \(path): \(String(cString: strerror(errno)))", path: path)
            file.discard()
            throw error
        }
        file.closeDescriptor()
        guard rename(file.temporary, file.absolute) == 0 else {
            let error = PatchDiagnostic(.ioError, "cannot replace \(path): \(String(cString: strerror(errno)))", path: path)
            unlink(file.temporary)
            throw error
        }
        return file.directory
    }

    /// Deletes one file; returns its folder, to be synced.
    private func remove(_ path: String) throws(PatchDiagnostic) -> String {
        let absolute = try workspace.resolve(path)
        guard unlink(absolute) == 0 || errno == ENOENT else {
            throw PatchDiagnostic(.ioError, "cannot delete \(path): \(String(cString: strerror(errno)))", path: path)
        }
        return (absolute as NSString).deletingLastPathComponent
    }
}
