import Foundation

/// Expands the paths a command was given into files: a file stands for itself, a directory for
/// the files below it that git would track (not ignored), without `.git` folders.
public enum FileCollector {
    /// The files, in a stable order; a path that does not exist is returned as missing.
    public static func collect(_ paths: [String]) -> (files: [String], missing: [String]) {
        var files: [String] = []
        var missing: [String] = []
        var seen = Set<String>()
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                missing.append(path)
                continue
            }
            let found = isDirectory.boolValue ? filesBelow(path) : [path]
            for file in found where seen.insert(file).inserted {
                files.append(file)
            }
        }
        return (files, missing)
    }

    static func filesBelow(_ directory: String) -> [String] {
        if let listed = gitListedFiles(directory) { return listed }
        return walk(directory)
    }

    private static func join(_ directory: String, _ relative: String) -> String {
        if directory == "." { return relative }
        return directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
    }

    /// Tracked and untracked-but-not-ignored files, when `directory` is inside a git work tree.
    private static func gitListedFiles(_ directory: String) -> [String]? {
        guard let output = runGit(["-C", directory, "ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", "."]) else {
            return nil
        }
        var result: [String] = []
        for entry in output.split(separator: 0) {
            let relative = String(decoding: entry, as: UTF8.self)
            let path = join(directory, relative)
            var isDirectory: ObjCBool = false
            // Deleted but still tracked files, and submodules (directories), are not checked.
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result.append(path)
            }
        }
        return result.sorted()
    }

    private static func walk(_ directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(
            at: URL(fileURLWithPath: directory), includingPropertiesForKeys: [.isRegularFileKey, .isDirectoryKey],
            options: []
        ) else { return [] }
        let base = URL(fileURLWithPath: directory).standardizedFileURL.path
        var result: [String] = []
        for case let url as URL in enumerator {
            if url.lastPathComponent == ".git" {
                enumerator.skipDescendants()
                continue
            }
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let full = url.standardizedFileURL.path
            let relative = full.hasPrefix(base + "/") ? String(full.dropFirst(base.count + 1)) : full
            result.append(join(directory, relative))
        }
        return result.sorted()
    }

    private static func runGit(_ arguments: [String]) -> [UInt8]? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        let stdout = Pipe()
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return [UInt8](data)
    }
}
