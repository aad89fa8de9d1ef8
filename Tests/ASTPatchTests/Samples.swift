import Foundation

/// The sample files under Tests/Samples: one clean and one broken file per language.
enum Samples {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Samples").path

    struct Expectation: Decodable {
        var outline: [String]
        var brokenLine: Int?
    }

    static var languages: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).filter { $0 != "edge" }.sorted()
    }

    static func file(_ language: String, _ stem: String) -> String? {
        let directory = root + "/" + language
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.first { $0.hasPrefix(stem + ".") }.map { directory + "/" + $0 }
    }

    static func expectation(_ language: String) throws -> Expectation {
        let data = try Data(contentsOf: URL(fileURLWithPath: root + "/" + language + "/expect.json"))
        return try JSONDecoder().decode(Expectation.self, from: data)
    }

    static func bytes(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }
}
