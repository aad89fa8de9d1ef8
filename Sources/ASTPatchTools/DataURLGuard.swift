import Foundation
import Logging
import MCP

/// Keeps tool arguments that look like data URLs as the strings they are.
///
/// The SDK decodes every JSON string of the form `data:…,…` as bytes (`Value.data`), and
/// re-encodes them differently (as base64), so a patch whose content begins `data: {a: 1, b: 2}`
/// (a YAML file) would be written wrong. This transport marks such strings in incoming
/// `tools/call` requests with a private-use character that no data URL starts with, and
/// ``unescape(_:)`` takes the mark off once the SDK has decoded them.
public actor DataURLGuard: Transport {
    private let inner: any Transport
    /// U+E000, a private-use character; a string starting with it is marked once more, so that
    /// marking is reversible for every string.
    static let mark: Character = "\u{E000}"

    public init(wrapping inner: any Transport) {
        self.inner = inner
    }

    public nonisolated var logger: Logger { Logger(label: "astpatch.mcp", factory: { _ in SwiftLogNoOpLogHandler() }) }

    public func connect() async throws { try await inner.connect() }
    public func disconnect() async { await inner.disconnect() }
    public func send(_ data: Data) async throws { try await inner.send(data) }

    public func receive() -> AsyncThrowingStream<Data, any Error> {
        let messages = inner
        return AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    for try await message in await messages.receive() {
                        continuation.yield(DataURLGuard.protect(message))
                    }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    /// The message with the strings of a `tools/call` request's arguments marked where needed;
    /// anything else, or a message that is not JSON, unchanged.
    static func protect(_ message: Data) -> Data {
        // Only a message holding `"data:` can need it; the rest pass untouched.
        let markers = ["\"data:", "\u{E000}", "\\ue000", "\\uE000"].map { Data($0.utf8) }
        guard markers.contains(where: { message.range(of: $0) != nil }),
              let parsed = try? JSONSerialization.jsonObject(with: message, options: [.fragmentsAllowed]) else {
            return message
        }
        func protectRequest(_ request: Any) -> Any {
            guard var object = request as? [String: Any], object["method"] as? String == "tools/call",
                  var params = object["params"] as? [String: Any], let arguments = params["arguments"] else {
                return request
            }
            params["arguments"] = markStrings(arguments)
            object["params"] = params
            return object
        }
        let protected: Any = (parsed as? [Any]).map { $0.map(protectRequest) } ?? protectRequest(parsed)
        return (try? JSONSerialization.data(withJSONObject: protected, options: [.fragmentsAllowed])) ?? message
    }

    private static func markStrings(_ value: Any) -> Any {
        switch value {
        case let string as String:
            return string.hasPrefix("data:") || string.first == mark ? String(mark) + string : string
        case let array as [Any]:
            return array.map(markStrings)
        case let object as [String: Any]:
            return object.mapValues(markStrings)
        default:
            return value
        }
    }

    /// The arguments with the marks taken off.
    public static func unescape(_ arguments: [String: Value]) -> [String: Value] {
        arguments.mapValues(unescape)
    }

    static func unescape(_ value: Value) -> Value {
        switch value {
        case .string(let string) where string.first == mark:
            return .string(String(string.dropFirst()))
        case .array(let items):
            return .array(items.map(unescape))
        case .object(let members):
            return .object(members.mapValues(unescape))
        default:
            return value
        }
    }
}
