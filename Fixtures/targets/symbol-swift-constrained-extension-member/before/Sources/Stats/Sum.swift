extension Array where Element == Int {
    func total() -> Int {
        reduce(0, +)
    }

    func mean() -> Double {
        isEmpty ? 0 : Double(total()) / Double(count)
    }
}
