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
    /// Every new content is first written to a temporary file beside its target and all of them
    /// are flushed to disk together (one fsync a file, issued at once, so that the file system
    /// commits them in one go instead of one journal commit after another); only then are they
    /// renamed into place and the files to delete removed; last, each changed folder is synced.
    /// A failure before the first rename leaves the tree exactly as it was.
    public func commit(_ steps: [Step]) throws(PatchDiagnostic) {
        var staged: [String: StagedFile] = [:]
        do throws(PatchDiagnostic) {
            for case let .write(path, bytes, mode) in steps where staged[path] == nil {
                staged[path] = try stage(bytes, mode: mode, for: path)
            }
            let files = Array(staged.values)
            if let failed = Self.syncAll(files.map(\.descriptor)) {
                let file = files[failed.index]
                throw PatchDiagnostic(.ioError, "cannot write \(file.path): \(String(cString: strerror(failed.code)))", path: file.path)
            }
        } catch {
            for file in staged.values { file.discard() }
            throw error
        }
        for file in staged.values { file.closeDescriptor() }

        var undo: [(path: String, previous: StoredFile?)] = []
        var directories = Set<String>()
        defer { Self.syncFolders(directories) }
        do throws(PatchDiagnostic) {
            for step in steps {
                switch step {
                case let .write(path, _, _):
                    guard let file = staged.removeValue(forKey: path) else { continue }
                    let previous = try workspace.read(path)
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
            for file in staged.values { unlink(file.temporary) }
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

    /// Writes `bytes` to a new temporary file in the target's folder, with the target's mode,
    /// leaving it open for the sync.
    private func stage(_ bytes: [UInt8], mode: UInt32, for path: String) throws(PatchDiagnostic) -> StagedFile {
        let absolute = try workspace.resolve(path)
        let directory = (absolute as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw PatchDiagnostic(.ioError, "cannot create the folder of \(path): \(error.localizedDescription)", path: path)
        }
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

    /// fsyncs every descriptor, many at once: a disk flush costs about as much for many files as
    /// for one, so a sequential loop would wait for one flush per file. Returns the first failure.
    static func syncAll(_ descriptors: [Int32]) -> (index: Int, code: Int32)? {
        if descriptors.count <= 1 {
            for (index, fd) in descriptors.enumerated() where fsync(fd) != 0 { return (index, errno) }
            return nil
        }
        let failures = Mutex<[(index: Int, code: Int32)]>([])
        let next = Mutex(0)
        let group = DispatchGroup()
        for _ in 0..<min(16, descriptors.count) {
            group.enter()
            let thread = Thread {
                while true {
                    let index = next.withLock { value -> Int in
                        defer { value += 1 }
                        return value
                    }
                    guard index < descriptors.count else { break }
                    if fsync(descriptors[index]) != 0 {
                        let code = errno
                        failures.withLock { $0.append((index, code)) }
                    }
                }
                group.leave()
            }
            thread.start()
        }
        group.wait()
        return failures.withLock { $0.min { $0.index < $1.index } }
    }

    /// Makes the renames and deletions in these folders durable.
    private static func syncFolders(_ directories: Set<String>) {
        var descriptors: [Int32] = []
        for directory in directories.sorted() {
            let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if fd >= 0 { descriptors.append(fd) }
        }
        _ = syncAll(descriptors)
        for fd in descriptors { close(fd) }
    }

    /// Writes one file atomically (to put an original back); returns its folder, to be synced.
    private func write(_ bytes: [UInt8], mode: UInt32, to path: String) throws(PatchDiagnostic) -> String {
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
