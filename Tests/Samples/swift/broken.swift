// Greeter.swift — a tiny greeting module used by the sample app.
import Foundation

/// Punctuation appended to every greeting.
let defaultSuffix = "!"

/// Languages the greeter knows about.
enum Language: String, CaseIterable {
    case english = "en"
    case french = "fr"
    case spanish = "es"

    var salutation: String {
        switch self {
        case .english: return "Hello"
        case .french: return "Bonjour"
        case .spanish: return "¡Hola"
        }
    }
}

/// Something that can produce a greeting string.
protocol Greeting {
    func greet() -> String
}

struct Greeter {
    var language: Language
    var audience: [String]

    init(language: Language = .english, audience: [String] = []) {
        self.language = language
        self.audience = audience
    }

    func greet() -> String {
        if audience.isEmpty {
            return "\(language.salutation), world\(defaultSuffix)"
        }
        return audience.map { greet(name: $0) }.joined(separator: "\n")
    }

    func greet(name: String) -> String {
        let trimmed = name.trimmingCharacters(in: .whitespaces))
        guard !trimmed.isEmpty else {
            return "\(language.salutation) → anonymous"
        }
        return "\(language.salutation), \(trimmed)\(defaultSuffix)"
    }
}

extension Greeter: Greeting {
    mutating func invite(_ name: String) {
        if !audience.contains(name) {
            audience.append(name)
        }
    }

    var count: Int { audience.count }
}

func makeCafeGreeter() -> Greeter {
    var greeter = Greeter(language: .french)
    for guest in ["Zoë", "Renée", "café regulars"] {
        greeter.invite(guest)
    }
    return greeter
}

func printAll(_ greeters: [Greeter]) {
    for (index, greeter) in greeters.enumerated() {
        print("#\(index + 1): \(greeter.greet())")
    }
}
