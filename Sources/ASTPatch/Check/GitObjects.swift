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
        let request = Array(specs.map { $0 + "\n" }.joined().utf8)
        let output: ChildProcess.Output
        do {
            output = try ChildProcess("git", ["-C", directory, "cat-file", "--batch"]).run(input: request)
        } catch {
            throw GitError(message: error.description)
        }
        guard output.status == 0 else {
            let message = String(decoding: output.standardError, as: UTF8.self)
            throw GitError(message: "git cat-file failed: \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        let data = output.standardOutput
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
        let output: ChildProcess.Output
        do {
            output = try ChildProcess("git", ["-C", directory] + arguments).run()
        } catch {
            throw GitError(message: error.description)
        }
        guard output.status == 0 else {
            let message = String(decoding: output.standardError, as: UTF8.self)
            throw GitError(message: message.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        let data = output.standardOutput
        return data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
    }
}

public struct GitError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
