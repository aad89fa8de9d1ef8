import Foundation
import Glibc

/// Where a patch's files are read from while it is planned: the disk (``Workspace``) or memory
/// (``MemoryFileStore``).
public protocol FileStore: Sendable {
    /// The canonical form of a patch path; throws `path_outside_root` for paths that leave the store.
    func normalize(_ path: String) throws(PatchDiagnostic) -> String
    /// The file at a normalised path, or nil when there is none.
    func read(_ path: String) throws(PatchDiagnostic) -> StoredFile?
}

/// A file as a store holds it.
public struct StoredFile: Sendable, Equatable {
    public var bytes: [UInt8]
    /// The permission bits (`st_mode & 0o7777`).
    public var mode: UInt32

    public init(bytes: [UInt8], mode: UInt32 = 0o644) {
        self.bytes = bytes
        self.mode = mode
    }
}

/// Files held in memory, for tools that plan patches without a disk.
public struct MemoryFileStore: FileStore {
    public var files: [String: StoredFile]

    public init(_ files: [String: StoredFile] = [:]) {
        self.files = files
    }

    public init(texts: [String: String]) {
        self.files = texts.mapValues { StoredFile(bytes: Array($0.utf8)) }
    }

    public func normalize(_ path: String) throws(PatchDiagnostic) -> String {
        var parts: [Substring] = []
        guard !path.hasPrefix("/") else {
            throw PatchDiagnostic(.pathOutsideRoot, "\(path): absolute paths are not allowed", path: path)
        }
        for part in path.split(separator: "/") where part != "." {
            if part == ".." {
                guard !parts.isEmpty else { throw PatchDiagnostic(.pathOutsideRoot, "\(path): `..` leads out of the root", path: path) }
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        guard !parts.isEmpty else { throw PatchDiagnostic(.malformedPatch, "an empty path", path: path) }
        return parts.joined(separator: "/")
    }

    public func read(_ path: String) throws(PatchDiagnostic) -> StoredFile? {
        files[path]
    }
}

/// The folder a patch applies to. Every path of a patch is relative to it and must stay inside:
/// absolute paths, `..` that climbs out, and symbolic links that lead out are refused.
public struct Workspace: FileStore {
    public let root: String
    private let realRoot: String

    public init(root: String) throws(PatchDiagnostic) {
        guard let real = Workspace.realPath(root) else {
            throw PatchDiagnostic(.ioError, "the root \(root) does not exist or cannot be read")
        }
        self.root = root
        self.realRoot = real
    }

    /// The absolute path for a patch path, after checking that it stays inside the root.
    public func resolve(_ path: String) throws(PatchDiagnostic) -> String {
        func outside(_ why: String) -> PatchDiagnostic {
            PatchDiagnostic(.pathOutsideRoot, "\(path) is outside the root \(root): \(why)", path: path)
        }
        guard !path.isEmpty else { throw PatchDiagnostic(.malformedPatch, "an empty path", path: path) }
        guard !path.hasPrefix("/") else { throw outside("absolute paths are not allowed") }
        guard !path.utf8.contains(0) else { throw PatchDiagnostic(.malformedPatch, "a path holds a NUL byte", path: path) }
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { throw outside("`..` leads out of it") }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        guard !parts.isEmpty else { throw outside("it names the root itself") }
        let absolute = realRoot + "/" + parts.joined(separator: "/")
        // Follow symbolic links: the deepest existing ancestor must resolve inside the root.
        var probe = absolute
        while true {
            if let real = Workspace.realPath(probe) {
                guard real == realRoot || real.hasPrefix(realRoot + "/") else {
                    throw outside("a symbolic link leads to \(real)")
                }
                break
            }
            var isLink = stat()
            if lstat(probe, &isLink) == 0 {
                // A dangling symbolic link: refuse rather than guess where it points.
                throw outside("it goes through a symbolic link that leads nowhere")
            }
            let parent = (probe as NSString).deletingLastPathComponent
            if parent == probe || parent.count < realRoot.count { break }
            probe = parent
        }
        return absolute
    }

    /// The patch path normalised the way `resolve` reads it (`a/./b` → `a/b`).
    public func normalize(_ path: String) throws(PatchDiagnostic) -> String {
        let absolute = try resolve(path)
        return String(absolute.dropFirst(realRoot.count + 1))
    }

    /// The file's bytes and mode, or nil when there is no file at that path.
    public func read(_ path: String) throws(PatchDiagnostic) -> StoredFile? {
        let absolute = try resolve(path)
        var info = stat()
        guard stat(absolute, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw PatchDiagnostic(.ioError, "cannot read \(path): \(String(cString: strerror(errno)))", path: path)
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw PatchDiagnostic(.ioError, "\(path) is not a regular file", path: path)
        }
        do {
            return StoredFile(bytes: try FileBytes.read(absolute), mode: UInt32(info.st_mode) & 0o7777)
        } catch {
            throw PatchDiagnostic(.ioError, "cannot read \(path): \(error.reason)", path: path)
        }
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
