import ArgumentParser
import ASTPatch

/// A file named on the command line, read as bytes, with its language.
struct InputFile {
    let path: String
    let source: SourceText
    let language: String

    static func load(_ path: String, language: String?) throws -> InputFile {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path)
        } catch {
            printError("astpatch: \(path): cannot read: \(error.reason)")
            throw Outcome.trouble
        }
        let source = SourceText(bytes)
        let registry = GrammarRegistry.shared
        let detected: String?
        if let language {
            guard let name = registry.canonicalName(language) else {
                printError("astpatch: \(GrammarError.unknownLanguage(language))")
                throw Outcome.trouble
            }
            detected = name
        } else {
            detected = registry.detectLanguage(path: path, firstBytes: source.body.prefix(256))
        }
        guard let detected else {
            printError("astpatch: \(path): no grammar for this file type; name one with --language")
            throw Outcome.trouble
        }
        return InputFile(path: path, source: source, language: detected)
    }
}
