import Foundation
import Glibc

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
    public func commit(_ steps: [Step]) throws(PatchDiagnostic) {
        var undo: [(path: String, previous: StoredFile?)] = []
        var directories = Set<String>()
        // Each changed folder is synced once, after its files are renamed into place.
        defer {
            for directory in directories.sorted() {
                let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                if fd >= 0 {
                    fsync(fd)
                    close(fd)
                }
            }
        }
        do {
            for step in steps {
                switch step {
                case let .write(path, bytes, mode):
                    let previous = try workspace.read(path)
                    directories.insert(try write(bytes, mode: mode, to: path))
                    undo.append((path, previous))
                case let .remove(path):
                    let previous = try workspace.read(path)
                    directories.insert(try remove(path))
                    undo.append((path, previous))
                }
            }
        } catch {
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

    /// Writes one file atomically; returns its folder, to be synced.
    private func write(_ bytes: [UInt8], mode: UInt32, to path: String) throws(PatchDiagnostic) -> String {
        let absolute = try workspace.resolve(path)
        let directory = (absolute as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw PatchDiagnostic(.ioError, "cannot create the folder of \(path): \(error.localizedDescription)", path: path)
        }
        let name = (absolute as NSString).lastPathComponent
        let temporary = directory + "/.\(name).astpatch-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        func failure(_ what: String) -> PatchDiagnostic {
            PatchDiagnostic(.ioError, "cannot \(what) \(path): \(String(cString: strerror(errno)))", path: path)
        }
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(0o600))
        guard fd >= 0 else { throw failure("write") }
        var ok = bytes.withUnsafeBytes { buffer -> Bool in
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
        ok = ok && fchmod(fd, mode_t(mode)) == 0 && fsync(fd) == 0
        let error = ok ? nil : failure("write")
        close(fd)
        if let error {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, absolute) == 0 else {
            let error = failure("replace")
            unlink(temporary)
            throw error
        }
        return directory
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
