import ArgumentParser
import ASTPatch
import Foundation

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show the structural difference between two versions of a file.",
        discussion: """
            Matches the two syntax trees and prints each change (insert, delete, update of a token, move of \
            a subtree) with its node type, old and new positions and source. Formatting-only differences are \
            no change. Files with no grammar get a line diff, which the output says. Exit status: 0 no \
            structural difference, 1 differences, 2 trouble.

            As git's external diff: GIT_EXTERNAL_DIFF=astpatch-diff-driver git diff (or astpatch diff --git \
            with git's seven arguments, which exits 0 on differences as git expects). As a difftool: \
            git difftool -y --extcmd='astpatch diff'.
            """)

    enum ColorMode: String, ExpressibleByArgument, CaseIterable {
        case auto, always, never
    }

    @Flag(help: "Print one JSON object: the changes as actions, and a summary.")
    var json = false

    @Option(help: "The files' language, instead of detecting it from their names or shebangs.")
    var language: String?

    @Option(help: "Unchanged lines to show around each change (default: 1; 3 for a line diff).")
    var context: Int?

    @Option(help: "Colour the output: auto (when standard output is a terminal or git's pager), always, never.")
    var color: ColorMode = .auto

    @Flag(help: "Show the old and the new text in two columns.")
    var sideBySide = false

    @Flag(help: "Take git's external-diff arguments: path old-file old-hex old-mode new-file new-hex new-mode.")
    var git = false

    @Argument(help: "The old and the new file (with --git, git's seven arguments).")
    var files: [String] = []

    func validate() throws {
        if let context, context < 0 { throw ValidationError("--context must be 0 or more") }
        if git {
            guard [1, 7, 9].contains(files.count) else {
                throw ValidationError("--git takes git's external-diff arguments: path old-file old-hex old-mode new-file new-hex new-mode")
            }
        } else if files.count != 2 {
            throw ValidationError("name the old and the new file")
        }
    }

    /// What is being compared, and under which names it is shown.
    struct Sides {
        var oldPath: String
        var newPath: String
        var oldName: String
        var newName: String
        /// The path whose name decides the language.
        var languagePath: String
        var oldExists = true
        var newExists = true
    }

    func run() throws {
        if git && files.count == 1 {
            print("* Unmerged path \(files[0])")
            return
        }
        let sides = self.sides()
        let oldBytes = try read(sides.oldPath, exists: sides.oldExists)
        let newBytes = try read(sides.newPath, exists: sides.newExists)
        let differs = try compare(oldBytes, newBytes, sides)
        // git stops at the first external diff that exits non-zero.
        if differs && !git { throw Outcome.no }
    }

    private func sides() -> Sides {
        guard git else {
            return Sides(oldPath: files[0], newPath: files[1], oldName: files[0], newName: files[1], languagePath: files[1])
        }
        let path = files[0]
        let newName = files.count == 9 ? files[7] : path
        var sides = Sides(oldPath: files[1], newPath: files[4], oldName: "a/" + path, newName: "b/" + newName,
                          languagePath: newName)
        sides.oldExists = files[1] != "/dev/null"
        sides.newExists = files[4] != "/dev/null"
        return sides
    }

    private func read(_ path: String, exists: Bool) throws -> [UInt8] {
        guard exists else { return [] }
        do {
            return try FileBytes.read(path)
        } catch {
            printError("astpatch: \(path): cannot read: \(error.reason)")
            throw Outcome.trouble
        }
    }

    /// Prints the difference; true when there is one.
    private func compare(_ oldBytes: [UInt8], _ newBytes: [UInt8], _ sides: Sides) throws -> Bool {
        let oldSource = SourceText(oldBytes)
        let newSource = SourceText(newBytes)
        let useColor = shouldColor()
        if oldSource.isBinary || newSource.isBinary {
            let differs = oldBytes != newBytes
            if json {
                print(JSONOutput.string(StructuralDiffReport(binary: differs, oldName: sides.oldName, newName: sides.newName)))
            } else if differs {
                print("Binary files \(sides.oldName) and \(sides.newName) differ")
            }
            return differs
        }
        let registry = GrammarRegistry.shared
        var languageName: String?
        if let language {
            guard let name = registry.canonicalName(language) else {
                printError("astpatch: \(GrammarError.unknownLanguage(language))")
                throw Outcome.trouble
            }
            languageName = name
        } else {
            languageName = registry.detectLanguage(path: sides.languagePath, firstBytes: newSource.body.prefix(256))
                ?? registry.detectLanguage(path: sides.oldPath, firstBytes: oldSource.body.prefix(256))
        }

        var fallbackReason = "no grammar for this file type"
        if let languageName {
            do {
                let diff = try TreeDiff(old: oldBytes, new: newBytes, language: languageName, grammars: registry)
                let renderer = StructuralDiffRenderer(
                    diff: diff, oldName: sides.oldName, newName: sides.newName, language: languageName,
                    context: context ?? 1, color: useColor, sideBySide: sideBySide, width: terminalWidth(),
                    oldExists: sides.oldExists, newExists: sides.newExists)
                if json {
                    print(JSONOutput.string(StructuralDiffReport(diff, renderer: renderer)))
                } else {
                    write(renderer.render(identicalBytes: oldBytes == newBytes))
                }
                return !diff.isEmpty
            } catch {
                fallbackReason = "the \(languageName) grammar could not be used (\(error))"
            }
        }

        let lineDiff = LineDiff(old: Array(oldSource.body), new: Array(newSource.body))
        if json {
            print(JSONOutput.string(StructuralDiffReport(lineDiff, reason: fallbackReason, oldName: sides.oldName,
                                                         newName: sides.newName, oldSource: oldSource, newSource: newSource)))
        } else if !lineDiff.isIdentical {
            var output = StructuralDiffRenderer.paint("astpatch: \(sides.newName): \(fallbackReason); showing a line diff\n",
                                                       .bold, useColor)
            let writer = UnifiedDiffWriter(contextLines: context ?? 3, oldPrefix: "", newPrefix: "")
            let text = String(decoding: writer.render(lineDiff, oldPath: sides.oldExists ? sides.oldName : nil,
                                                      newPath: sides.newExists ? sides.newName : nil), as: UTF8.self)
            output += StructuralDiffRenderer.colorUnifiedDiff(text, useColor)
            write(output)
        }
        return !lineDiff.isIdentical
    }

    private func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    private func shouldColor() -> Bool {
        switch color {
        case .always: return true
        case .never: return false
        case .auto:
            let environment = ProcessInfo.processInfo.environment
            if environment["NO_COLOR"].map({ !$0.isEmpty }) == true || environment["TERM"] == "dumb" { return false }
            // Under git, standard output is git's pager rather than the terminal.
            return isatty(1) == 1 || environment["GIT_PAGER_IN_USE"] == "true"
        }
    }

    private func terminalWidth() -> Int {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns >= 40 { return columns }
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col >= 40 { return Int(size.ws_col) }
        return 160
    }
}
