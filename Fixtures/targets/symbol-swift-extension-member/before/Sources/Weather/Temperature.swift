public struct Temperature {
    public var celsius: Double

    public init(celsius: Double) {
        self.celsius = celsius
    }
}

extension Temperature {
    public var fahrenheit: Double {
        celsius * 9 / 5 + 32
    }
}

extension Temperature: CustomStringConvertible {
    public var description: String {
        "\(celsius) C"
    }
}
