import ASTPatch

/// Asks astpatch's apply gate about an edit, as `astpatch apply` does: the edit as a unified diff
/// (or a native edit list) planned against the file held in memory.
struct GateProbe: Sendable {
    var options: ApplyOptions
    var validators: ValidatorRegistry

    enum Outcome: Equatable {
        case applied
        case refused(kinds: [String])
        /// The harness itself went wrong (the diff did not reproduce the text, say).
        case broken(String)
    }

    func unifiedDiff(path: String, old: [UInt8], new: [UInt8]) -> Outcome {
        let diff = UnifiedDiffWriter().render(LineDiff(old: old, new: new), oldPath: path, newPath: path)
        let input: PatchInput
        do {
            input = try PatchReader.read(diff, format: .unified)
        } catch {
            return .broken("the diff does not parse: \(error.message)")
        }
        return outcome(of: input, path: path, old: old, expected: new)
    }

    /// A `replace` of whole lines (1-based, inclusive) with `content`, as an agent's edit list sends it.
    func replaceLines(path: String, old: [UInt8], lines: ClosedRange<Int>, content: [UInt8], expected: [UInt8]?) -> Outcome {
        let edit = Edit(file: path, operation: .replace, target: .lines(lines.lowerBound, lines.upperBound), content: content)
        return outcome(of: .edits(EditList(edits: [edit])), path: path, old: old, expected: expected)
    }

    private func outcome(of input: PatchInput, path: String, old: [UInt8], expected: [UInt8]?) -> Outcome {
        let store = MemoryFileStore([path: StoredFile(bytes: old)])
        let plan = PatchPlanner(workspace: store, options: options, validators: validators).plan(input)
        switch plan.status {
        case .applied:
            if let expected, let file = plan.files.first, file.newBytes != expected {
                return .broken("the planned bytes differ from the seeded text")
            }
            return .applied
        case .rejected:
            return .refused(kinds: plan.allDiagnostics.map(\.kind.rawValue))
        case .error:
            return .broken(plan.allDiagnostics.map { "\($0.kind.rawValue): \($0.message)" }.joined(separator: "; "))
        }
    }
}
