/// The line-by-line difference between two byte buffers: a minimal edit script found with Myers'
/// O(ND) algorithm in linear space.
///
/// Lines keep their terminators (`\n` or `\r\n`), so two lines match only when their bytes, line
/// break included, are the same; a last line without a terminator never matches one with.
public struct LineDiff: Sendable, Equatable {
    /// What a run does to its lines.
    public enum Operation: Sendable, Equatable {
        case equal, delete, insert
    }

    /// A stretch of lines sharing one operation, as zero-based line ranges on each side.
    ///
    /// An `equal` run covers as many lines on both sides. A `delete` run's `newRange` is empty and
    /// sits where the deleted lines would have been in the new text; an `insert` run's `oldRange`
    /// likewise.
    public struct Run: Sendable, Equatable {
        public var operation: Operation
        public var oldRange: Range<Int>
        public var newRange: Range<Int>

        public init(operation: Operation, oldRange: Range<Int>, newRange: Range<Int>) {
            self.operation = operation
            self.oldRange = oldRange
            self.newRange = newRange
        }
    }

    /// Neighbouring changes with the unchanged lines around them, as a unified diff shows them.
    public struct Hunk: Sendable, Equatable {
        public var oldRange: Range<Int>
        public var newRange: Range<Int>
        /// The runs of the hunk, context included, clipped to the hunk.
        public var runs: [Run]

        public init(oldRange: Range<Int>, newRange: Range<Int>, runs: [Run]) {
            self.oldRange = oldRange
            self.newRange = newRange
            self.runs = runs
        }
    }

    /// A byte buffer split into lines, each with its terminator.
    public struct Lines: Sendable, Equatable, RandomAccessCollection {
        /// The whole buffer the lines were split from.
        public let bytes: [UInt8]
        /// Where each line starts, followed by the end of ``bytes``.
        private let bounds: [Int]

        public init(_ bytes: [UInt8]) {
            self.bytes = bytes
            var bounds = [0]
            for (offset, byte) in bytes.enumerated() where byte == 0x0A {
                bounds.append(offset + 1)
            }
            if bounds.last != bytes.count { bounds.append(bytes.count) }
            self.bounds = bounds
        }

        public var startIndex: Int { 0 }
        public var endIndex: Int { bounds.count - 1 }

        /// The bytes of a zero-based line, terminator included.
        public subscript(index: Int) -> ArraySlice<UInt8> {
            bytes[bounds[index]..<bounds[index + 1]]
        }

        /// The byte range of a zero-based line range, terminators included.
        public func byteRange(of lines: Range<Int>) -> Range<Int> {
            bounds[lines.lowerBound]..<bounds[lines.upperBound]
        }

        /// Whether a line ends with a line feed; only a file's last line can lack one.
        public func hasLineBreak(at index: Int) -> Bool {
            bytes[bounds[index + 1] - 1] == 0x0A
        }
    }

    /// The old and new texts, split into lines; runs index into these.
    public let old: Lines
    public let new: Lines
    /// The edit script, in order: runs alternate between `equal` and changes, and within a change
    /// the `delete` run comes before the `insert` run.
    public let runs: [Run]

    /// Diffs `old` against `new`. Past a cost bound the search settles for a good split instead of
    /// the best one, so the result stays correct but may be longer than minimal on files that
    /// share almost nothing in order.
    public init(old: [UInt8], new: [UInt8]) {
        self.old = Lines(old)
        self.new = Lines(new)
        let (oldIDs, newIDs) = Self.lineIdentifiers(self.old, self.new)
        var deleted = [Bool](repeating: false, count: oldIDs.count)
        var inserted = [Bool](repeating: false, count: newIDs.count)
        Self.markChanges(oldIDs, newIDs, deleted: &deleted, inserted: &inserted)
        Self.slideChangesDown(&deleted, lines: oldIDs)
        Self.slideChangesDown(&inserted, lines: newIDs)
        runs = Self.runs(deleted: deleted, inserted: inserted)
    }

    /// Whether the two texts have the same bytes.
    public var isIdentical: Bool { runs.allSatisfy { $0.operation == .equal } }

    /// The changes grouped into hunks with up to `context` unchanged lines around each, merging
    /// changes no more than `2 * context` lines apart, as GNU diff and git do.
    public func hunks(context: Int = 3) -> [Hunk] {
        let context = max(0, context)
        var hunks: [Hunk] = []
        var current: Hunk?
        for (index, run) in runs.enumerated() {
            if run.operation != .equal {
                if current == nil {
                    current = Hunk(oldRange: run.oldRange.lowerBound..<run.oldRange.lowerBound,
                                   newRange: run.newRange.lowerBound..<run.newRange.lowerBound, runs: [])
                    if index > 0 { current!.append(runs[index - 1].suffix(context)) }
                }
                current!.append(run)
            } else if current != nil {
                if index < runs.count - 1 && run.oldRange.count <= 2 * context {
                    current!.append(run)
                } else {
                    current!.append(run.prefix(context))
                    hunks.append(current!)
                    current = nil
                }
            }
        }
        if let current { hunks.append(current) }
        return hunks
    }
}

extension LineDiff.Run {
    /// The first `count` lines of an equal run.
    fileprivate func prefix(_ count: Int) -> Self {
        let count = min(count, oldRange.count)
        return Self(operation: operation, oldRange: oldRange.lowerBound..<oldRange.lowerBound + count,
                    newRange: newRange.lowerBound..<newRange.lowerBound + count)
    }

    /// The last `count` lines of an equal run.
    fileprivate func suffix(_ count: Int) -> Self {
        let count = min(count, oldRange.count)
        return Self(operation: operation, oldRange: oldRange.upperBound - count..<oldRange.upperBound,
                    newRange: newRange.upperBound - count..<newRange.upperBound)
    }
}

extension LineDiff.Hunk {
    fileprivate mutating func append(_ run: LineDiff.Run) {
        guard !run.oldRange.isEmpty || !run.newRange.isEmpty else { return }
        if runs.isEmpty {
            oldRange = run.oldRange
            newRange = run.newRange
        } else {
            oldRange = oldRange.lowerBound..<run.oldRange.upperBound
            newRange = newRange.lowerBound..<run.newRange.upperBound
        }
        runs.append(run)
    }
}

// MARK: - Building the edit script

extension LineDiff {
    /// Numbers each distinct line so the search compares integers, not bytes.
    private static func lineIdentifiers(_ old: Lines, _ new: Lines) -> ([Int32], [Int32]) {
        var numbers: [ArraySlice<UInt8>: Int32] = [:]
        func identify(_ lines: Lines) -> [Int32] {
            lines.map { line in
                if let number = numbers[line] { return number }
                let number = Int32(numbers.count)
                numbers[line] = number
                return number
            }
        }
        let oldIDs = identify(old)
        return (oldIDs, identify(new))
    }

    /// Flags the lines outside the common subsequence found.
    ///
    /// Lines that occur on one side only can never be matched, so they are flagged at once and
    /// left out of the search: that keeps a rewritten file from costing a long search, and does
    /// not change which lines the search can pair.
    private static func markChanges(_ oldIDs: [Int32], _ newIDs: [Int32], deleted: inout [Bool], inserted: inout [Bool]) {
        let identifierCount = Int(max(oldIDs.max() ?? -1, newIDs.max() ?? -1) + 1)
        var inOld = [Bool](repeating: false, count: identifierCount)
        var inNew = [Bool](repeating: false, count: identifierCount)
        for id in oldIDs { inOld[Int(id)] = true }
        for id in newIDs { inNew[Int(id)] = true }

        let oldKept = oldIDs.indices.filter { inNew[Int(oldIDs[$0])] }
        let newKept = newIDs.indices.filter { inOld[Int(newIDs[$0])] }
        var search = MyersSearch(oldKept.map { oldIDs[$0] }, newKept.map { newIDs[$0] })
        search.run()

        for (index, id) in oldIDs.enumerated() where !inNew[Int(id)] { deleted[index] = true }
        for (index, id) in newIDs.enumerated() where !inOld[Int(id)] { inserted[index] = true }
        for (position, index) in oldKept.enumerated() where search.deleted[position] { deleted[index] = true }
        for (position, index) in newKept.enumerated() where search.inserted[position] { inserted[index] = true }
    }

    /// Moves each block of changed lines as far down as equal lines allow, merging it with any
    /// block it meets, so that among equally short scripts the one git and GNU diff prefer is shown
    /// (an added function after its neighbour's closing brace, not before it).
    ///
    /// Sliding is safe on one side alone: the line that leaves the block equals the one that joins
    /// it, so the unchanged lines of each side still pair up in order.
    static func slideChangesDown(_ changed: inout [Bool], lines ids: [Int32]) {
        var start = 0
        while start < changed.count {
            guard changed[start] else {
                start += 1
                continue
            }
            var end = start
            while end < changed.count && changed[end] { end += 1 }
            while end < changed.count && ids[start] == ids[end] {
                changed[start] = false
                changed[end] = true
                start += 1
                end += 1
                while end < changed.count && changed[end] { end += 1 }
            }
            start = end
        }
    }

    private static func runs(deleted: [Bool], inserted: [Bool]) -> [Run] {
        var runs: [Run] = []
        var oldIndex = 0
        var newIndex = 0
        while oldIndex < deleted.count || newIndex < inserted.count {
            let oldStart = oldIndex
            let newStart = newIndex
            while oldIndex < deleted.count && newIndex < inserted.count && !deleted[oldIndex] && !inserted[newIndex] {
                oldIndex += 1
                newIndex += 1
            }
            if oldIndex > oldStart {
                runs.append(Run(operation: .equal, oldRange: oldStart..<oldIndex, newRange: newStart..<newIndex))
                continue
            }
            while oldIndex < deleted.count && deleted[oldIndex] { oldIndex += 1 }
            if oldIndex > oldStart {
                runs.append(Run(operation: .delete, oldRange: oldStart..<oldIndex, newRange: newStart..<newStart))
            }
            while newIndex < inserted.count && inserted[newIndex] { newIndex += 1 }
            if newIndex > newStart {
                runs.append(Run(operation: .insert, oldRange: oldIndex..<oldIndex, newRange: newStart..<newIndex))
            }
            precondition(oldIndex > oldStart || newIndex > newStart, "unchanged lines do not pair up")
        }
        return runs
    }
}

/// Myers' linear-space search: find a point on a shortest edit path through the middle of a box
/// of the edit graph, split the box there, and repeat on both halves until each is all inserts or
/// all deletes.
///
/// Diagonals are numbered `k = x - y` in whole-file coordinates; `forward[k]` holds the furthest
/// `x` reached on diagonal `k` from the box's top-left corner, `backward[k]` the smallest `x`
/// reached from its bottom-right corner.
private struct MyersSearch {
    /// A sub-problem: old lines `oldLow..<oldHigh` against new lines `newLow..<newHigh`.
    struct Box {
        var oldLow: Int
        var oldHigh: Int
        var newLow: Int
        var newHigh: Int
    }

    let old: [Int32]
    let new: [Int32]
    private(set) var deleted: [Bool]
    private(set) var inserted: [Bool]
    private var forward: [Int]
    private var backward: [Int]
    /// Added to a diagonal number to index ``forward`` and ``backward``.
    private let diagonalOffset: Int
    /// How many edits each search may spend before it settles for the furthest point reached.
    private let costLimit: Int

    private static let unreachedForward = -1
    private static let unreachedBackward = Int.max

    init(_ old: [Int32], _ new: [Int32]) {
        self.old = old
        self.new = new
        deleted = [Bool](repeating: false, count: old.count)
        inserted = [Bool](repeating: false, count: new.count)
        forward = [Int](repeating: Self.unreachedForward, count: old.count + new.count + 3)
        backward = [Int](repeating: Self.unreachedBackward, count: old.count + new.count + 3)
        diagonalOffset = new.count + 1
        var root = 1
        while root * root < old.count + new.count { root += 1 }
        costLimit = max(256, root)
    }

    mutating func run() {
        var pending = [Box(oldLow: 0, oldHigh: old.count, newLow: 0, newHigh: new.count)]
        while var box = pending.popLast() {
            while box.oldLow < box.oldHigh && box.newLow < box.newHigh && old[box.oldLow] == new[box.newLow] {
                box.oldLow += 1
                box.newLow += 1
            }
            while box.oldLow < box.oldHigh && box.newLow < box.newHigh && old[box.oldHigh - 1] == new[box.newHigh - 1] {
                box.oldHigh -= 1
                box.newHigh -= 1
            }
            if box.oldLow == box.oldHigh || box.newLow == box.newHigh {
                markAll(box)
            } else if let (x, y) = split(box) {
                pending.append(Box(oldLow: box.oldLow, oldHigh: x, newLow: box.newLow, newHigh: y))
                pending.append(Box(oldLow: x, oldHigh: box.oldHigh, newLow: y, newHigh: box.newHigh))
            } else {
                markAll(box)
            }
        }
    }

    private mutating func markAll(_ box: Box) {
        for index in box.oldLow..<box.oldHigh { deleted[index] = true }
        for index in box.newLow..<box.newHigh { inserted[index] = true }
    }

    /// A point strictly inside `box` (neither corner) on a shortest edit path, or, once the cost
    /// limit is passed, on a good one; nil only if no such point was found.
    ///
    /// `box` must have no common first or last line, so neither search can stand still.
    private mutating func split(_ box: Box) -> (Int, Int)? {
        let lowestDiagonal = box.oldLow - box.newHigh
        let highestDiagonal = box.oldHigh - box.newLow
        let forwardStart = box.oldLow - box.newLow
        let backwardStart = box.oldHigh - box.newHigh
        // With an odd difference the paths meet on a forward step, with an even one on a backward step.
        let meetsGoingForward = (forwardStart - backwardStart) & 1 != 0
        var forwardLow = forwardStart
        var forwardHigh = forwardStart
        var backwardLow = backwardStart
        var backwardHigh = backwardStart
        forward[forwardStart + diagonalOffset] = box.oldLow
        backward[backwardStart + diagonalOffset] = box.oldHigh

        var cost = 1
        while true {
            // Widen the forward band by one diagonal each way, staying inside the box.
            if forwardLow > lowestDiagonal {
                forwardLow -= 1
                forward[forwardLow - 1 + diagonalOffset] = Self.unreachedForward
            } else {
                forwardLow += 1
            }
            if forwardHigh < highestDiagonal {
                forwardHigh += 1
                forward[forwardHigh + 1 + diagonalOffset] = Self.unreachedForward
            } else {
                forwardHigh -= 1
            }
            for k in stride(from: forwardHigh, through: forwardLow, by: -2) {
                let fromLeft = forward[k - 1 + diagonalOffset]
                let fromAbove = forward[k + 1 + diagonalOffset]
                var x = Self.unreachedForward
                if fromLeft != Self.unreachedForward && fromLeft < box.oldHigh { x = fromLeft + 1 }
                if fromAbove != Self.unreachedForward && fromAbove - k <= box.newHigh { x = max(x, fromAbove) }
                if x != Self.unreachedForward {
                    while x < box.oldHigh && x - k < box.newHigh && old[x] == new[x - k] { x += 1 }
                }
                forward[k + diagonalOffset] = x
                if meetsGoingForward && x != Self.unreachedForward && backwardLow <= k && k <= backwardHigh
                    && backward[k + diagonalOffset] <= x {
                    return (x, x - k)
                }
            }

            if backwardLow > lowestDiagonal {
                backwardLow -= 1
                backward[backwardLow - 1 + diagonalOffset] = Self.unreachedBackward
            } else {
                backwardLow += 1
            }
            if backwardHigh < highestDiagonal {
                backwardHigh += 1
                backward[backwardHigh + 1 + diagonalOffset] = Self.unreachedBackward
            } else {
                backwardHigh -= 1
            }
            for k in stride(from: backwardHigh, through: backwardLow, by: -2) {
                let fromBelow = backward[k - 1 + diagonalOffset]
                let fromRight = backward[k + 1 + diagonalOffset]
                var x = Self.unreachedBackward
                if fromRight != Self.unreachedBackward && fromRight > box.oldLow { x = fromRight - 1 }
                if fromBelow != Self.unreachedBackward && fromBelow - k >= box.newLow { x = min(x, fromBelow) }
                if x != Self.unreachedBackward {
                    while x > box.oldLow && x - k > box.newLow && old[x - 1] == new[x - k - 1] { x -= 1 }
                }
                backward[k + diagonalOffset] = x
                if !meetsGoingForward && x != Self.unreachedBackward && forwardLow <= k && k <= forwardHigh
                    && x <= forward[k + diagonalOffset] {
                    return (x, x - k)
                }
            }

            if cost >= costLimit {
                return furthestPoint(box, forwardLow...forwardHigh, backwardLow...backwardHigh)
            }
            cost += 1
        }
    }

    /// The point either search has carried furthest from its corner: a correct if not shortest
    /// place to split once searching on would cost too much.
    private func furthestPoint(_ box: Box, _ forwardBand: ClosedRange<Int>, _ backwardBand: ClosedRange<Int>) -> (Int, Int)? {
        var best: (x: Int, y: Int, progress: Int)?
        for k in stride(from: forwardBand.upperBound, through: forwardBand.lowerBound, by: -2) {
            let x = forward[k + diagonalOffset]
            guard x != Self.unreachedForward else { continue }
            let progress = (x - box.oldLow) + (x - k - box.newLow)
            if progress > best?.progress ?? 0 { best = (x, x - k, progress) }
        }
        for k in stride(from: backwardBand.upperBound, through: backwardBand.lowerBound, by: -2) {
            let x = backward[k + diagonalOffset]
            guard x != Self.unreachedBackward else { continue }
            let progress = (box.oldHigh - x) + (box.newHigh - (x - k))
            if progress > best?.progress ?? 0 { best = (x, x - k, progress) }
        }
        guard let best, (best.x, best.y) != (box.oldLow, box.newLow), (best.x, best.y) != (box.oldHigh, box.newHigh)
        else { return nil }
        return (best.x, best.y)
    }
}
