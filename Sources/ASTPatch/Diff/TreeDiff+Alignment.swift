/// Sequence alignments the tree matcher and the edit script need.
enum SequenceAlignment {
    /// The largest table the exact dynamic-programming LCS fills; past it, unique elements anchor
    /// the alignment (as in patience diff) and gaps without anchors are matched greedily.
    static let exactCellLimit = 1 << 20

    /// Index pairs of a longest common subsequence of `a` and `b` (exact when the sequences are
    /// small enough, good otherwise), in increasing order.
    static func longestCommonSubsequence(_ a: [UInt64], _ b: [UInt64]) -> [(Int, Int)] {
        var result: [(Int, Int)] = []
        align(a, 0..<a.count, b, 0..<b.count, into: &result, depth: 0)
        result.sort { $0.0 < $1.0 }
        return result
    }

    private static func align(_ a: [UInt64], _ aRange: Range<Int>, _ b: [UInt64], _ bRange: Range<Int>,
                              into result: inout [(Int, Int)], depth: Int) {
        var aLow = aRange.lowerBound, aHigh = aRange.upperBound
        var bLow = bRange.lowerBound, bHigh = bRange.upperBound
        while aLow < aHigh && bLow < bHigh && a[aLow] == b[bLow] {
            result.append((aLow, bLow))
            aLow += 1
            bLow += 1
        }
        while aLow < aHigh && bLow < bHigh && a[aHigh - 1] == b[bHigh - 1] {
            aHigh -= 1
            bHigh -= 1
            result.append((aHigh, bHigh))
        }
        let n = aHigh - aLow
        let m = bHigh - bLow
        if n == 0 || m == 0 { return }
        if n * m <= exactCellLimit {
            exact(a, aLow..<aHigh, b, bLow..<bHigh, into: &result)
            return
        }
        let anchors = uniqueAnchors(a, aLow..<aHigh, b, bLow..<bHigh)
        if anchors.isEmpty || depth > 32 {
            greedy(a, aLow..<aHigh, b, bLow..<bHigh, into: &result)
            return
        }
        var previousA = aLow
        var previousB = bLow
        for (i, j) in anchors {
            align(a, previousA..<i, b, previousB..<j, into: &result, depth: depth + 1)
            result.append((i, j))
            previousA = i + 1
            previousB = j + 1
        }
        align(a, previousA..<aHigh, b, previousB..<bHigh, into: &result, depth: depth + 1)
    }

    private static func exact(_ a: [UInt64], _ aRange: Range<Int>, _ b: [UInt64], _ bRange: Range<Int>,
                              into result: inout [(Int, Int)]) {
        let n = aRange.count
        let m = bRange.count
        let width = m + 1
        // lengths[i * width + j]: LCS length of a[i...] and b[j...] (suffixes, so the walk is forward).
        var lengths = [UInt16](repeating: 0, count: (n + 1) * width)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lengths[i * width + j] = a[aRange.lowerBound + i] == b[bRange.lowerBound + j]
                    ? lengths[(i + 1) * width + j + 1] + 1
                    : max(lengths[(i + 1) * width + j], lengths[i * width + j + 1])
            }
        }
        var i = 0
        var j = 0
        while i < n && j < m {
            if a[aRange.lowerBound + i] == b[bRange.lowerBound + j] {
                result.append((aRange.lowerBound + i, bRange.lowerBound + j))
                i += 1
                j += 1
            } else if lengths[(i + 1) * width + j] >= lengths[i * width + j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
    }

    /// Elements that occur once in each range, paired, reduced to an increasing chain.
    private static func uniqueAnchors(_ a: [UInt64], _ aRange: Range<Int>, _ b: [UInt64], _ bRange: Range<Int>) -> [(Int, Int)] {
        var counts: [UInt64: (a: Int, b: Int, bIndex: Int)] = [:]
        for i in aRange { counts[a[i], default: (0, 0, -1)].a += 1 }
        for j in bRange {
            counts[b[j], default: (0, 0, -1)].b += 1
            counts[b[j]]!.bIndex = j
        }
        var pairs: [(Int, Int)] = []
        for i in aRange {
            if let entry = counts[a[i]], entry.a == 1, entry.b == 1 { pairs.append((i, entry.bIndex)) }
        }
        let chain = heaviestIncreasingSubsequence(keys: pairs.map(\.1), weights: pairs.map { _ in 1 })
        return pairs.indices.filter { chain[$0] }.map { pairs[$0] }
    }

    private static func greedy(_ a: [UInt64], _ aRange: Range<Int>, _ b: [UInt64], _ bRange: Range<Int>,
                               into result: inout [(Int, Int)]) {
        var positions: [UInt64: [Int]] = [:]
        for j in bRange { positions[b[j], default: []].append(j) }
        var next = bRange.lowerBound
        for i in aRange {
            guard let list = positions[a[i]] else { continue }
            // The first occurrence at or after `next`.
            var low = 0
            var high = list.count
            while low < high {
                let mid = (low + high) / 2
                if list[mid] < next { low = mid + 1 } else { high = mid }
            }
            if low < list.count {
                result.append((i, list[low]))
                next = list[low] + 1
            }
        }
    }

    /// Which elements form a subsequence of strictly increasing `keys` whose `weights` add up to
    /// the most, found with a Fenwick tree of prefix maxima in O(n log n).
    static func heaviestIncreasingSubsequence(keys: [Int], weights: [Int]) -> [Bool] {
        let n = keys.count
        var chosen = [Bool](repeating: false, count: n)
        guard n > 0 else { return chosen }
        // Compress keys to 1...k.
        let sortedKeys = Array(Set(keys)).sorted()
        var rank: [Int: Int] = [:]
        for (index, key) in sortedKeys.enumerated() { rank[key] = index + 1 }
        let size = sortedKeys.count
        var treeWeight = [Int](repeating: 0, count: size + 1)
        var treeIndex = [Int](repeating: -1, count: size + 1)
        var best = [Int](repeating: 0, count: n)
        var previous = [Int](repeating: -1, count: n)
        for i in 0..<n {
            let r = rank[keys[i]]!
            // Best chain ending in a key below this one.
            var position = r - 1
            var bestWeight = 0
            var bestIndex = -1
            while position > 0 {
                if treeWeight[position] > bestWeight {
                    bestWeight = treeWeight[position]
                    bestIndex = treeIndex[position]
                }
                position -= position & -position
            }
            best[i] = bestWeight + weights[i]
            previous[i] = bestIndex
            position = r
            while position <= size {
                if best[i] > treeWeight[position] {
                    treeWeight[position] = best[i]
                    treeIndex[position] = i
                }
                position += position & -position
            }
        }
        var end = 0
        for i in 1..<n where best[i] > best[end] { end = i }
        var current = end
        while current >= 0 {
            chosen[current] = true
            current = previous[current]
        }
        return chosen
    }
}
