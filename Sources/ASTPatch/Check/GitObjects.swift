import Foundation

/// Reads file versions out of git: the index's (`:path`) or a revision's (`REV:path`), many at a
/// time through one `git cat-file --batch`.
public struct GitObjects: Sendable {
    /// The folder git runs in; paths are relative to it.
    public let directory: String

    public init(directory: String = ".") {
        self.directory = directory
    }

    /// The bytes of each object (`:./path`, `HEAD:./path`), or nil for one that does not exist.
    public func contents(of specs: [String]) throws(GitError) -> [[UInt8]?] {
        guard !specs.isEmpty else { return [] }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory, "cat-file", "--batch"]
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch { throw GitError(message: "cannot run git: \(error.localizedDescription)") }
        let request = Data(specs.map { $0 + "\n" }.joined().utf8)
        // Write from another thread so that a full output pipe cannot block the request.
        let writer = Thread {
            input.fileHandleForWriting.write(request)
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let data = [UInt8](output.fileHandleForReading.readDataToEndOfFile())
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw GitError(message: "git cat-file failed: \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        var results: [[UInt8]?] = []
        var index = 0
        for _ in specs {
            guard let end = data[index...].firstIndex(of: 0x0A) else { throw GitError(message: "git cat-file answered too little") }
            let header = String(decoding: data[index..<end], as: UTF8.self).split(separator: " ")
            index = end + 1
            if header.count == 3, header[1] == "blob", let size = Int(header[2]) {
                results.append(Array(data[index..<(index + size)]))
                index += size + 1
            } else if header.count == 3, let size = Int(header[2]) {
                results.append(nil)
                index += size + 1
            } else {
                results.append(nil)
            }
        }
        return results
    }

    /// The output of a git command, split at NUL bytes (for `-z` listings).
    public func list(_ arguments: [String]) throws(GitError) -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch { throw GitError(message: "cannot run git: \(error.localizedDescription)") }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw GitError(message: message.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
    }
}

public struct GitError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
