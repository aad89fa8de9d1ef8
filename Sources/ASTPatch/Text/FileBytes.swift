#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files as bytes with plain POSIX calls: no decoding, no Foundation copies.
public enum FileBytes {
    /// The file's bytes, or the `errno` description when it cannot be read.
    public static func read(_ path: String) throws(FileReadError) -> [UInt8] {
        var buffer: [UInt8] = []
        let length = try read(path, into: &buffer)
        buffer.removeLast(buffer.count - length)
        return buffer
    }

    /// Reads the file into `buffer` (grown when too small, never shrunk or zeroed again) and
    /// returns its length: the file's bytes are `buffer[..<length]`.
    public static func read(_ path: String, into buffer: inout [UInt8]) throws(FileReadError) -> Int {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileReadError(path: path, reason: lastError()) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw FileReadError(path: path, reason: lastError()) }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw FileReadError(path: path, reason: "is a directory")
        }
        let expected = max(Int(info.st_size), 0)
        if buffer.count < expected + 1 {
            // Not zeroed: only the bytes read are ever looked at.
            buffer = [UInt8](unsafeUninitializedCapacity: max(expected + 1, buffer.count * 2)) { storage, count in
                count = storage.count
            }
        }
        var filled = 0
        while true {
            if filled == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + filled, $0.count - filled) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileReadError(path: path, reason: lastError())
            }
            if n == 0 { return filled }
            filled += n
        }
    }

    static func lastError() -> String {
        String(cString: strerror(errno))
    }
}

/// A file that could not be read.
public struct FileReadError: Error, Equatable, Sendable {
    public let path: String
    public let reason: String
}
