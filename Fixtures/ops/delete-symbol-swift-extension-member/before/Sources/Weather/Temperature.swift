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

    public var kelvin: Double {
        celsius + 273.15
    }
}
