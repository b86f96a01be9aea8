/// A trie over UTF-16 units: the root's children in a direct table, deeper transitions packed one
/// word each in an open-addressing hash table, so a match step is one array read or one probe.
/// Holds lexicon terms and dictionary words (the user dictionary ICU lacks).
public struct TermTrie: Sendable {
    /// Transitions packed into one word each, so a probe touches one cache line:
    /// `(node + 1) << 40 | unit << 24 | target`; 0 marks an empty slot. Nodes are limited to 2^24.
    private var slots: [UInt64]
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
        slots = [UInt64](repeating: 0, count: size)
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
        // The key's low 24 bits are zero, so the product's middle bits would see only the node's low bits
        // and pile every deep node into few slots: take the high bits, which mix all of the key.
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    @inline(__always)
    private static func key(_ node: Int32, _ unit: UInt16) -> UInt64 {
        UInt64(node + 1) << 40 | UInt64(unit) << 24
    }

    @inline(__always)
    private func child(of node: Int32, _ unit: UInt16) -> Int32? {
        if node == 0 {
            let child = rootChildren[Int(unit)]
            return child == 0 ? nil : child
        }
        let key = Self.key(node, unit)
        var index = slot(key)
        while true {
            let found = slots[index]
            if found & ~0xFF_FFFF == key { return Int32(truncatingIfNeeded: found & 0xFF_FFFF) }
            if found == 0 { return nil }
            index = (index + 1) & mask
        }
    }

    private mutating func setChild(of node: Int32, _ unit: UInt16, to target: Int32) {
        if node == 0 {
            rootChildren[Int(unit)] = target
            return
        }
        precondition(target < 0xFF_FFFF, "term trie limited to 16M nodes")
        if (transitionCount + 1) * 3 > slots.count * 2 { grow() }
        let key = Self.key(node, unit)
        var index = slot(key)
        while slots[index] != 0 { index = (index + 1) & mask }
        slots[index] = key | UInt64(target)
        transitionCount += 1
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        mask = slots.count - 1
        for packed in old where packed != 0 {
            var index = slot(packed & ~0xFF_FFFF)
            while slots[index] != 0 { index = (index + 1) & mask }
            slots[index] = packed
        }
    }
}
