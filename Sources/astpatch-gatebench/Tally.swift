/// Counts per language and kind of mistake.
struct Tally {
    struct Row {
        var cases = 0
        /// Edits the language's parser rejects, and how many of them the gate refused.
        var breaks = 0
        var breaksRefused = 0
        var breaksRefusedBefore = 0
        /// Edits the language's parser accepts, and how many of them the gate refused.
        var valid = 0
        var validRefused = 0
        var validRefusedBefore = 0
        /// Placeholders that replaced code: every one must be refused.
        var elisions = 0
        var elisionsRefused = 0
        var harnessErrors = 0
    }

    var rows: [String: [String: Row]] = [:]

    mutating func add(language: String, kind: String, _ update: (inout Row) -> Void) {
        update(&rows[language, default: [:]][kind, default: Row()])
    }

    func total(_ language: String) -> Row {
        (rows[language] ?? [:]).values.reduce(into: Row()) { sum, row in
            sum.cases += row.cases
            sum.breaks += row.breaks
            sum.breaksRefused += row.breaksRefused
            sum.breaksRefusedBefore += row.breaksRefusedBefore
            sum.valid += row.valid
            sum.validRefused += row.validRefused
            sum.validRefusedBefore += row.validRefusedBefore
            sum.elisions += row.elisions
            sum.elisionsRefused += row.elisionsRefused
            sum.harnessErrors += row.harnessErrors
        }
    }

    static func percent(_ part: Int, _ whole: Int) -> String {
        guard whole > 0 else { return "–" }
        let value = Double(part) * 100 / Double(whole)
        return part == whole ? "100 %" : String(format: "%.1f %%", value)
    }

    func markdown(languages: [String]) -> String {
        var text = "| language | mistake | cases | breaks (parser rejects) | refused | recall | before | valid edits | valid refused | placeholders refused |\n"
        text += "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|\n"
        for language in languages {
            let kinds = (rows[language] ?? [:]).keys.sorted { a, b in
                (MistakeKind(rawValue: a).flatMap { MistakeKind.allCases.firstIndex(of: $0) } ?? 99, a)
                    < (MistakeKind(rawValue: b).flatMap { MistakeKind.allCases.firstIndex(of: $0) } ?? 99, b)
            }
            for kind in kinds {
                text += line(language, kind, rows[language]![kind]!)
            }
            text += line("**\(language)**", "**all**", total(language))
        }
        return text
    }

    private func line(_ language: String, _ kind: String, _ row: Row) -> String {
        let elisions = row.elisions > 0 ? "\(row.elisionsRefused)/\(row.elisions)" : ""
        return "| \(language) | \(kind) | \(row.cases) | \(row.breaks) | \(row.breaksRefused) | \(Self.percent(row.breaksRefused, row.breaks)) "
            + "| \(Self.percent(row.breaksRefusedBefore, row.breaks)) | \(row.valid) | \(row.validRefused) | \(elisions) |\n"
    }
}
