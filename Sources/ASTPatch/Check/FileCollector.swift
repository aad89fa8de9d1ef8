import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Expands the paths a command was given into files: a file stands for itself, a directory for
/// the files below it that git would track (not ignored), without `.git` folders.
public enum FileCollector {
    /// The files, in a stable order; a path that does not exist is returned as missing. `found`
    /// hears of each file once, as soon as it is found (in no set order), so that work on it can
    /// begin before the collection ends.
    public static func collect(_ paths: [String], found: ((String) -> Void)? = nil) -> (files: [String], missing: [String]) {
        var files: [String] = []
        var missing: [String] = []
        // One path yields each file once; only overlapping paths need the files remembered.
        let mayRepeat = paths.count > 1
        var listed = Set<String>()
        var reported = Set<String>()
        let report: ((String) -> Void)? = found.map { found in
            { file in
                if !mayRepeat || reported.insert(file).inserted { found(file) }
            }
        }
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                missing.append(path)
                continue
            }
            let below = isDirectory.boolValue ? filesBelow(path, found: report) : [path]
            if !isDirectory.boolValue { report?(path) }
            for file in below where !mayRepeat || listed.insert(file).inserted {
                files.append(file)
            }
        }
        return (files, missing)
    }

    static func filesBelow(_ directory: String, found: ((String) -> Void)? = nil) -> [String] {
        if let listed = gitListedFiles(directory) {
            if let found { listed.forEach(found) }
            return listed
        }
        return walk(directory, found: found)
    }

    private static func join(_ directory: String, _ relative: String) -> String {
        if directory == "." { return relative }
        return directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
    }

    /// Tracked and untracked-but-not-ignored files, when `directory` is inside a git work tree.
    private static func gitListedFiles(_ directory: String) -> [String]? {
        guard mayBeInGitWorkTree(directory), let output = runGit(["-C", directory, "ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", "."]) else {
            return nil
        }
        var result: [String] = []
        for entry in output.split(separator: 0) {
            let relative = String(decoding: entry, as: UTF8.self)
            let path = join(directory, relative)
            // Deleted but still tracked files, and submodules (directories), are not checked.
            var info = stat()
            if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFDIR {
                result.append(path)
            }
        }
        return result.sorted()
    }

    /// Every regular file below `directory`, without `.git` and without following symbolic
    /// links. Plain `readdir`: Foundation's enumerator costs several times the search itself.
    private static func walk(_ directory: String, found: ((String) -> Void)?) -> [String] {
        var result: [String] = []
        var pending = [""]
        while let relative = pending.popLast() {
            let absolute = relative.isEmpty ? directory : join(directory, relative)
            guard let handle = opendir(absolute) else { continue }
            defer { closedir(handle) }
            while let entry = readdir(handle) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name == "." || name == ".." || name == ".git" { continue }
                let child = relative.isEmpty ? name : relative + "/" + name
                var type = Int32(entry.pointee.d_type)
                if type == Int32(DT_UNKNOWN) {
                    var info = stat()
                    guard lstat(join(directory, child), &info) == 0 else { continue }
                    switch info.st_mode & S_IFMT {
                    case S_IFDIR: type = Int32(DT_DIR)
                    case S_IFREG: type = Int32(DT_REG)
                    default: continue
                    }
                }
                if type == Int32(DT_DIR) {
                    pending.append(child)
                } else if type == Int32(DT_REG) {
                    let file = join(directory, child)
                    found?(file)
                    result.append(file)
                }
            }
        }
        return result.sorted()
    }

    /// False only when git would find no repository for `directory`: no `.git` in it or any
    /// folder above it (up to a folder named in `GIT_CEILING_DIRECTORIES`), and no `GIT_DIR`.
    /// Then git need not be started at all; when in doubt it is asked.
    static func mayBeInGitWorkTree(_ directory: String) -> Bool {
        let environment = ProcessInfo.processInfo.environment
        if environment["GIT_DIR"] != nil || environment["GIT_WORK_TREE"] != nil { return true }
        guard let resolved = realpath(directory, nil) else { return true }
        var path = String(cString: resolved)
        free(resolved)
        let ceilings = Set((environment["GIT_CEILING_DIRECTORIES"] ?? "").split(separator: ":").compactMap { entry -> String? in
            guard let real = realpath(String(entry), nil) else { return nil }
            defer { free(real) }
            return String(cString: real)
        })
        while true {
            var info = stat()
            if stat(path + "/.git", &info) == 0 { return true }
            // The folders git is asked not to enter are still searched themselves; above them, not.
            if ceilings.contains(path) || path == "/" { return false }
            guard let slash = path.lastIndex(of: "/") else { return false }
            path = slash == path.startIndex ? "/" : String(path[..<slash])
            if ceilings.contains(path) { return false }
        }
    }

    private static func runGit(_ arguments: [String]) -> [UInt8]? {
        guard let output = try? ChildProcess("git", arguments).run(), output.status == 0 else { return nil }
        return output.standardOutput
    }
}
