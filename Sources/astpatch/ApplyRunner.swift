import ASTPatch
import Foundation

/// Reads a patch, plans it and commits it: the path `apply` and `conformance` share.
struct ApplyRunner {
    var format: PatchFormat
    var root: String
    var dryRun: Bool
    var options: ApplyOptions

    struct Report {
        var plan: PatchPlan
        var patch: PatchInput?
        var diffs: [UInt8] = []

        var json: ApplyReportJSON { ApplyReportJSON(plan, patch: patch) }

        func printText(dryRun: Bool) {
            if plan.status == .applied {
                if dryRun {
                    FileHandle.standardOutput.write(Data(diffs))
                }
                for file in plan.files where file.change != .unchanged && file.renamedTo == nil {
                    let what = file.renamedFrom.map { "renamed from \($0)" } ?? file.change.rawValue
                    let validated = file.status == .unvalidated ? " (unvalidated: no grammar)" : ""
                    printError("\(dryRun ? "would be " : "")\(what): \(file.path)\(validated)")
                }
                return
            }
            var output = ""
            for diagnostic in plan.allDiagnostics {
                output += render(diagnostic) + "\n"
            }
            output += plan.status == .rejected ? "patch rejected: nothing was written\n" : "patch not applied: nothing was written\n"
            FileHandle.standardOutput.write(Data(output.utf8))
        }

        private func render(_ diagnostic: PatchDiagnostic) -> String {
            let location = [diagnostic.path ?? "<patch>", diagnostic.line.map(String.init), diagnostic.column.map(String.init)]
                .compactMap { $0 }.joined(separator: ":")
            var text = "\(location): \(diagnostic.kind.rawValue): \(diagnostic.message)"
            if let line = diagnostic.line, let path = diagnostic.path, let file = plan.files.first(where: { $0.path == path }) {
                let inResult = [.syntaxError, .missingNode, .scopeViolation, .elidedCode].contains(diagnostic.kind)
                if let bytes = inResult ? file.newBytes : (file.oldBytes ?? file.newBytes) {
                    let source = SourceText(bytes)
                    if line - 1 < source.lineCount {
                        if let before = line > 1 ? line - 1 : nil {
                            text += "\n " + DiagnosticRenderer(path: path, source: source).numbered(line: before)
                        }
                        text += "\n" + DiagnosticRenderer(path: path, source: source).excerpt(line: line, column: diagnostic.column ?? 1)
                    }
                }
            }
            if let index = diagnostic.editIndex, case .edits(let list) = patch, index < list.edits.count {
                text += "\n  in " + describe(list.edits[index], index: index)
            }
            if let candidates = diagnostic.candidates {
                text += "\n  candidates at lines: " + candidates.map(String.init).joined(separator: ", ")
            }
            return text
        }

        private func describe(_ edit: Edit, index: Int) -> String {
            var target = ""
            switch edit.target {
            case .text(let bytes, _)?: target = " text `\(String(decoding: bytes.prefix(60), as: UTF8.self).replacingOccurrences(of: "\n", with: "\\n"))`"
            case .symbol(let name)?: target = " symbol \(name)"
            case .query?: target = " query"
            case let .lines(a, b)?: target = " lines \(a)–\(b)"
            case nil: break
            }
            return "edit #\(index + 1) (patch line \(edit.patchLine)): \(edit.operation.rawValue)\(target) in \(edit.file)"
        }
    }

    func run(patchPath: String) -> Report {
        let text: [UInt8]
        do {
            text = patchPath == "-" ? [UInt8](FileHandle.standardInput.readDataToEndOfFile()) : try FileBytes.read(patchPath)
        } catch {
            return Report(plan: failed(PatchDiagnostic(.ioError, "cannot read the patch \(patchPath): \(error.reason)")))
        }
        let input: PatchInput
        do {
            input = try PatchReader.read(text, format: format)
        } catch {
            return Report(plan: failed(error))
        }
        let workspace: Workspace
        do {
            workspace = try Workspace(root: root)
        } catch {
            return Report(plan: failed(error), patch: input)
        }
        var plan = PatchPlanner(workspace: workspace, options: options).plan(input)
        var report = Report(plan: plan, patch: input)
        guard plan.status == .applied else { return report }
        if dryRun {
            report.diffs = plan.files.flatMap { file -> [UInt8] in
                guard file.change != .unchanged, file.renamedTo == nil else { return [] }
                let diff = LineDiff(old: file.oldBytes ?? [], new: file.newBytes ?? [])
                let oldPath = file.change == .created ? nil : (file.renamedFrom ?? file.path)
                let newPath = file.change == .deleted ? nil : file.path
                return UnifiedDiffWriter().render(diff, oldPath: oldPath, newPath: newPath)
            }
            return report
        }
        do {
            try AtomicWriter(workspace: workspace).commit(plan.steps)
        } catch {
            plan.recordCommitFailure(error)
            report.plan = plan
        }
        return report
    }

    private func failed(_ diagnostic: PatchDiagnostic) -> PatchPlan {
        PatchPlan(failure: diagnostic)
    }
}
