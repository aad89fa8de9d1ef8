@testable import ASTPatch
import Foundation
import Testing

struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func matchesTheStandardVectors(input: String, digest: String) {
        #expect(SHA256.hexDigest(Array(input.utf8)) == digest)
    }

    @Test func agreesWithSha256sumOnAGrammarPackage() throws {
        let cache = GrammarCache.fromEnvironment()
        let manifest = GrammarManifest.bundled
        let entry = try #require(manifest.languages.first { $0.name == "json" })
        let path = cache.downloadsDirectory + "/" + entry.file
        let bytes = try FileBytes.read(path)
        #expect(SHA256.hexDigest(bytes) == entry.sha256)
        let run = CommandRunner.run("sha256sum", [path])
        #expect(run.output.hasPrefix(entry.sha256))
    }
}
