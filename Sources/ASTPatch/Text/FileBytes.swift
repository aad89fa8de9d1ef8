#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files as bytes with plain POSIX calls: no decoding, no Foundation copies.
public enum FileBytes {
    /// The file's bytes, or the `errno` description when it cannot be read.
    public static func read(_ path: String) throws(FileReadError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileReadError(path: path, reason: lastError()) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw FileReadError(path: path, reason: lastError()) }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw FileReadError(path: path, reason: "is a directory")
        }
        var result: [UInt8] = []
        var capacity = max(Int(info.st_size), 0) + 1
        while true {
            var chunk = [UInt8](repeating: 0, count: capacity)
            var filled = 0
            var failure: String?
            chunk.withUnsafeMutableBytes { buffer in
                while filled < capacity {
                    let n = Glibc.read(fd, buffer.baseAddress! + filled, capacity - filled)
                    if n < 0 {
                        if errno == EINTR { continue }
                        failure = lastError()
                        return
                    }
                    if n == 0 { break }
                    filled += n
                }
            }
            if let failure { throw FileReadError(path: path, reason: failure) }
            result.append(contentsOf: chunk[0..<filled])
            if filled < capacity { return result }
            capacity *= 2
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
