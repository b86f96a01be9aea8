/// A trie over UTF-16 units: the root's children in a direct table, deeper transitions in one
/// open-addressing hash table, so a match step is an array read or a multiply, a mask and a probe.
/// Holds lexicon terms and dictionary words (the user dictionary ICU lacks).
public struct TermTrie: Sendable {
    /// Transition keys `(node + 1) << 16 | unit`; 0 marks an empty slot.
    private var keys: [UInt64]
    private var targets: [Int32]
    private var mask: Int
    private var transitionCount = 0
    /// Per node: the entry index ending there, or -1.
    private var entryAtNode: [Int32] = [-1]
    /// Children of the root by BMP unit (0 = none): the first step of every match is one cached read.
    private var rootChildren = [Int32](repeating: 0, count: 0x10000)
    /// Number of entries.
    public private(set) var count = 0

    public init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        targets = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    /// Inserts `units` and returns its entry index (the existing index when already present).
    @discardableResult
    public mutating func insert(_ units: [UInt16]) -> Int {
        precondition(!units.isEmpty, "empty term")
        var node: Int32 = 0
        for unit in units {
            if let next = child(of: node, unit) {
                node = next
            } else {
                let next = Int32(entryAtNode.count)
                entryAtNode.append(-1)
                setChild(of: node, unit, to: next)
                node = next
            }
        }
        if entryAtNode[Int(node)] >= 0 { return Int(entryAtNode[Int(node)]) }
        entryAtNode[Int(node)] = Int32(count)
        count += 1
        return count - 1
    }

    /// The entry index of exactly `units`, if present.
    public func entry(_ units: some Collection<UInt16>) -> Int? {
        var node: Int32 = 0
        for unit in units {
            guard let next = child(of: node, unit) else { return nil }
            node = next
        }
        let entry = entryAtNode[Int(node)]
        return entry >= 0 ? Int(entry) : nil
    }

    /// Calls `body(end, entry)` for every entry that starts at `start` in `text`, shortest first.
    @inline(__always)
    public func forEachMatch(in text: UnsafeBufferPointer<UInt16>, from start: Int, limit: Int, _ body: (Int, Int) -> Void) {
        var node = rootChildren[Int(text[start])]
        guard node != 0 else { return }
        var index = start + 1
        let entry = entryAtNode[Int(node)]
        if entry >= 0 { body(index, Int(entry)) }
        while index < limit, let next = child(of: node, text[index]) {
            node = next
            index += 1
            let entry = entryAtNode[Int(node)]
            if entry >= 0 { body(index, Int(entry)) }
        }
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 29) & mask
    }

    @inline(__always)
    private func child(of node: Int32, _ unit: UInt16) -> Int32? {
        if node == 0 {
            let child = rootChildren[Int(unit)]
            return child == 0 ? nil : child
        }
        let key = UInt64(node + 1) << 16 | UInt64(unit)
        var index = slot(key)
        while true {
            let found = keys[index]
            if found == key { return targets[index] }
            if found == 0 { return nil }
            index = (index + 1) & mask
        }
    }

    private mutating func setChild(of node: Int32, _ unit: UInt16, to target: Int32) {
        if node == 0 {
            rootChildren[Int(unit)] = target
            return
        }
        if (transitionCount + 1) * 2 > keys.count { grow() }
        let key = UInt64(node + 1) << 16 | UInt64(unit)
        var index = slot(key)
        while keys[index] != 0 { index = (index + 1) & mask }
        keys[index] = key
        targets[index] = target
        transitionCount += 1
    }

    private mutating func grow() {
        let oldKeys = keys, oldTargets = targets
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        targets = [Int32](repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        for (key, target) in zip(oldKeys, oldTargets) where key != 0 {
            var index = slot(key)
            while keys[index] != 0 { index = (index + 1) & mask }
            keys[index] = key
            targets[index] = target
        }
    }
}
