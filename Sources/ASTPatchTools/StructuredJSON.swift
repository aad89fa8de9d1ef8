import Foundation
import MCP

/// Tool results as JSON text and as the MCP `Value` of `structuredContent`.
enum StructuredJSON {
    static func data(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)) ?? Data("{}".utf8)
    }

    static func text(_ value: some Encodable) -> String {
        String(decoding: data(value), as: UTF8.self)
    }

    /// Decoded without `Value`'s own decoder, which would turn a string such as
    /// `data: {a: 1, b: 2}` (a line of YAML) into bytes, as if it were a data URL.
    static func value(_ value: some Encodable) -> Value {
        (try? JSONDecoder().decode(PlainJSON.self, from: data(value)))?.value ?? .object([:])
    }

    /// JSON read as it is: strings stay strings.
    private struct PlainJSON: Decodable {
        var value: Value

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                value = .null
            } else if let bool = try? container.decode(Bool.self) {
                value = .bool(bool)
            } else if let int = try? container.decode(Int.self) {
                value = .int(int)
            } else if let double = try? container.decode(Double.self) {
                value = .double(double)
            } else if let string = try? container.decode(String.self) {
                value = .string(string)
            } else if let array = try? container.decode([PlainJSON].self) {
                value = .array(array.map(\.value))
            } else {
                value = .object(try container.decode([String: PlainJSON].self).mapValues(\.value))
            }
        }
    }
}
