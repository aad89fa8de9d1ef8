// Greeter.swift
// Part of the greeter example.

import Foundation
import OSLog

public struct Greeter {
    public var salutation: String

    public init(salutation: String = "Hello") {
        self.salutation = salutation
    }

    public func greet(_ name: String) -> String {
        "\(salutation), \(name)!"
    }
}
