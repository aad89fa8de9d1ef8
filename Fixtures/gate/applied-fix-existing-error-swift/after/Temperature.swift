struct Temperature {
    var celsius: Double

    var fahrenheit: Double {
        celsius * 9 / 5 + 32
    }

    func label() -> String {
        return "\(celsius)°C"
    }

    static func parse(_ text: String) -> Temperature? {
        guard let value = Double(text) else { return nil }
        return Temperature(celsius: value)
    }
}
