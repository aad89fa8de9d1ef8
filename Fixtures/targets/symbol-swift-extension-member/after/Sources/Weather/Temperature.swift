public struct Temperature {
    public var celsius: Double

    public init(celsius: Double) {
        self.celsius = celsius
    }
}

extension Temperature {
    public var fahrenheit: Double {
        get { celsius * 9 / 5 + 32 }
        set { celsius = (newValue - 32) * 5 / 9 }
    }
}

extension Temperature: CustomStringConvertible {
    public var description: String {
        "\(celsius) C"
    }
}
