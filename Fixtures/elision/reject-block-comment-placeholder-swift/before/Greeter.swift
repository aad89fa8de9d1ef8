struct Greeter {
    let salutation: String

    func greet(_ name: String) -> String {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        let shown = trimmed.isEmpty ? "friend" : trimmed
        return "\(salutation), \(shown)!"
    }
}
