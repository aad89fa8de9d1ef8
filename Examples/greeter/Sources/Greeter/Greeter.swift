/// Greets people in the language they prefer.
public struct Greeter: Sendable {
    public var salutation: String

    public init(salutation: String = "Hello") {
        self.salutation = salutation
    }

    public func greet() -> String {
        "\(salutation)!"
    }

    public func greet(name: String) -> String {
        "\(salutation), \(name)!"
    }
}

extension Greeter {
    /// A greeting for several people at once, in the order given.
    public func greet(all names: [String]) -> [String] {
        names.map { greet(name: $0) }
    }
}
