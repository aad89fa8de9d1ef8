import ASTPatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder the agent tools work in. Every path an agent names is relative to it (or an
/// absolute path inside it); `..`, absolute paths elsewhere and symbolic links that lead out are
/// refused with `path_outside_root`, and directory walks leave out files that lead out.
public struct ToolRoot: Sendable {
    public let workspace: Workspace
    /// The root's real absolute path.
    public let realPath: String

    public init(_ root: String) throws(ToolFailure) {
        do {
            workspace = try Workspace(root: root)
        } catch {
            throw ToolFailure(.notFound, "the root \(root) does not exist or cannot be read", path: root)
        }
        guard let real = ToolRoot.realPath(of: root) else {
            throw ToolFailure(.notFound, "the root \(root) does not exist or cannot be read", path: root)
        }
        realPath = real
    }

    /// The absolute path for an agent's path, after checking that it stays inside the root.
    /// `.` and the empty path name the root itself.
    public func resolve(_ path: String) throws(ToolFailure) -> String {
        var relative = path
        if relative.hasPrefix("/") {
            if relative == realPath { return realPath }
            guard relative.hasPrefix(realPath + "/") else {
                throw ToolFailure(.pathOutsideRoot, "\(path) is outside the root: absolute paths must lie inside it", path: path)
            }
            relative = String(relative.dropFirst(realPath.count + 1))
        }
        if relative.split(separator: "/").allSatisfy({ $0 == "." }) { return realPath }
        do {
            return try workspace.resolve(relative)
        } catch {
            throw ToolFailure(error)
        }
    }

    /// The path relative to the root of an absolute path inside it.
    public func relative(_ absolute: String) -> String {
        if absolute == realPath { return "." }
        return absolute.hasPrefix(realPath + "/") ? String(absolute.dropFirst(realPath.count + 1)) : absolute
    }

    /// Whether an absolute path, with its symbolic links followed, is inside the root.
    public func contains(_ absolute: String) -> Bool {
        guard let real = ToolRoot.realPath(of: absolute) else { return false }
        return real == realPath || real.hasPrefix(realPath + "/")
    }

    /// The files an agent's paths stand for, absolute: a file for itself, a directory for the
    /// files below it that git would track (or all, outside a git work tree), in a stable order.
    /// Files whose symbolic links lead out of the root are left out.
    public func files(_ paths: [String]) throws(ToolFailure) -> [String] {
        var resolved: [String] = []
        for path in paths {
            let absolute = try resolve(path)
            guard FileManager.default.fileExists(atPath: absolute) else {
                throw ToolFailure(.notFound, "\(path) does not exist (paths are relative to the root)", path: path)
            }
            resolved.append(absolute)
        }
        return FileCollector.collect(resolved).files.filter(contains)
    }

    static func realPath(of path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
