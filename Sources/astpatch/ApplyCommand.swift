import ArgumentParser
import ASTPatch
import Foundation

struct ApplyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Apply a patch, writing it only when every touched file stays well-formed.",
        discussion: """
            The patch is a JSON edit list (the patch_target_file format), a unified diff (git diff, diff -u) or an \
            OpenAI apply_patch (V4A) text; the format is detected unless --format names it. Every file is checked \
            in memory first; only if all pass is anything written, each file atomically. Exit status: 0 applied, \
            1 rejected (nothing written), 2 trouble (malformed patch, usage, I/O, path outside the root; nothing written).
            """)

    @Option(help: "The patch's format: auto, edits, unified or apply-patch.")
    var format: PatchFormat = .auto

    @Option(help: "The folder the patch's paths are relative to; nothing outside it is touched.")
    var root: String = "."

    @Flag(help: "Print one JSON object: status, and each file's status and diagnostics.")
    var json = false

    @Flag(help: "Write nothing; print the unified diff of what would change.")
    var dryRun = false

    @Flag(help: "Refuse files that no grammar claims instead of patching them unvalidated.")
    var requireGrammar = false

    @Flag(help: "Accept edits that replace code with a placeholder comment such as `// ... existing code ...` (refused as elided_code by default).")
    var allowPlaceholders = false

    @Argument(help: "The patch file, or - (the default) for standard input.")
    var patch: String = "-"

    func run() throws {
        let report = ApplyRunner(format: format, root: root, dryRun: dryRun,
                                 options: ApplyOptions(requireGrammar: requireGrammar, allowPlaceholders: allowPlaceholders)).run(patchPath: patch)
        if json {
            print(JSONOutput.string(report.json))
        } else {
            report.printText(dryRun: dryRun)
        }
        switch report.plan.status {
        case .applied: return
        case .rejected: throw Outcome.no
        case .error: throw Outcome.trouble
        }
    }
}

extension PatchFormat: ExpressibleByArgument {}
