import Foundation
import MCP

/// Turns a tool call's arguments into a tool's typed `Arguments`, refusing unknown names and
/// wrong types with a message that says which argument and what was expected.
enum ToolArguments {
    static func decode<Arguments: Decodable>(_ type: Arguments.Type, from arguments: [String: Value]?, tool: Tool) throws(MCPError) -> Arguments {
        let given = arguments ?? [:]
        let known = Set(tool.inputSchema.objectValue?["properties"]?.objectValue?.keys.map { $0 } ?? [])
        if let unknown = given.keys.sorted().first(where: { !known.contains($0) }) {
            throw MCPError.invalidParams("\(tool.name): unknown argument `\(unknown)`; its arguments are \(known.sorted().joined(separator: ", "))")
        }
        do {
            let data = try JSONEncoder().encode(given)
            return try JSONDecoder().decode(Arguments.self, from: data)
        } catch let error as DecodingError {
            throw MCPError.invalidParams("\(tool.name): \(describe(error))")
        } catch let error as ArgumentError {
            throw MCPError.invalidParams("\(tool.name): \(error.message)")
        } catch {
            throw MCPError.invalidParams("\(tool.name): \(error)")
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func name(_ path: [any CodingKey]) -> String {
            path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().drop { $0 == "." }.description
        }
        switch error {
        case let .keyNotFound(key, context):
            let inside = name(context.codingPath)
            return "missing required argument `\(inside.isEmpty ? key.stringValue : inside + "." + key.stringValue)`"
        case let .typeMismatch(type, context):
            return "argument `\(name(context.codingPath))` must be \(typeName(type))"
        case let .valueNotFound(type, context):
            return "argument `\(name(context.codingPath))` must be \(typeName(type)), not null"
        case let .dataCorrupted(context):
            return "argument `\(name(context.codingPath))`: \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "an integer"
        case is Bool.Type: "a boolean"
        case is [String].Type: "an array of strings"
        default: "\(type)"
        }
    }
}

/// A value an argument may not take, found while decoding (a negative count, say).
struct ArgumentError: Error {
    var message: String
}
