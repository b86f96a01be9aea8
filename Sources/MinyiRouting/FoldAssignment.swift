/// Reproducible k-fold assignment: a Fisher–Yates shuffle driven by SplitMix64 from `seed`, then
/// fold = position in the shuffled order mod k. `scripts/routing_baseline.py` implements the same
/// steps, so minyi and the baseline train and test on identical folds.
public enum FoldAssignment {
    /// The fold (0..<folds) of each of `count` items.
    public static func folds(count: Int, folds: Int, seed: UInt64) -> [Int] {
        var generator = SplitMix64(state: seed)
        var order = Array(0..<count)
        if count > 1 {
            for index in stride(from: count - 1, through: 1, by: -1) {
                let other = Int(generator.next() % UInt64(index + 1))
                order.swapAt(index, other)
            }
        }
        var assignment = [Int](repeating: 0, count: count)
        for (position, item) in order.enumerated() { assignment[item] = position % folds }
        return assignment
    }
}

/// SplitMix64 (Steele, Lea & Flood 2014): tiny, fast, and easy to reimplement identically elsewhere.
struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension FoldAssignment {
    /// A short fingerprint of an assignment (FNV-1a over the fold numbers), printed by both minyi and
    /// the baseline script to show they use the same folds.
    public static func checksum(_ assignment: [Int]) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for fold in assignment {
            hash ^= UInt64(fold)
            hash &*= 0x100_0000_01B3
        }
        return String(hash, radix: 16)
    }
}
