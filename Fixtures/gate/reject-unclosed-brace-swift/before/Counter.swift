import Foundation

struct Counter {
    private(set) var value = 0

    mutating func increment(by step: Int = 1) {
        guard step > 0 else {
            return
        }
        value += step
    }

    func describe() -> String {
        "Counter(\(value))"
    }
}
