struct Layout {
    var size: Int
    var alignment: Int

    func describe(_ log: (String) -> Void) {
        log("allocate(size: \(size, alignment: \(max(alignment, 1)))")
    }
}
