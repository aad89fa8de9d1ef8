extension Array where Element == Int {
    func total() -> Int {
        reduce(0, +)
    }

    func product() -> Int {
        reduce(1, *)
    }

    func mean() -> Double {
        isEmpty ? 0 : Double(total()) / Double(count)
    }
}
