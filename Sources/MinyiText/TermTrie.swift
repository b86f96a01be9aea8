/// A trie over UTF-16 units: the root's children in a direct table, deeper transitions packed one
/// word each in an open-addressing hash table, so a match step is one array read or one probe.
/// Each transition also says whether its target ends an entry and whether it has children, so a
/// walk reads nothing else until it finds an entry and stops without a probe at a leaf.
/// Holds lexicon terms and dictionary words (the user dictionary ICU lacks).
public struct TermTrie: Sendable {
    /// Transitions packed into one word each, so a probe touches one cache line:
    /// `(node + 1) << 40 | unit << 24 | step`, where a step is a target node with its flags;
    /// 0 marks an empty slot.
    private var slots: [UInt64]
    private var mask: Int
    private var transitionCount = 0
    /// Per node: the entry index ending there, or -1.
    private var entryAtNode: [Int32] = [-1]
    /// Steps from the root by BMP unit (0 = none): the first step of every match is one cached read.
    private var rootSteps = [UInt32](repeating: 0, count: 0x10000)
    /// Number of entries.
    public private(set) var count = 0

    /// Step bits: the target ends an entry; the target has children; the target node.
    private static let endsEntry: UInt32 = 1 << 23
    private static let hasChildren: UInt32 = 1 << 22
    private static let nodeMask: UInt32 = hasChildren - 1
    /// Nodes are limited to 2^22 (about 1.5 million dictionary words).
    public static let maximumNodes = Int(nodeMask)

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
        var node: UInt32 = 0, parent: UInt32 = 0
        for (position, unit) in units.enumerated() {
            if let step = step(from: node, unit) {
                parent = node
                node = step & Self.nodeMask
            } else {
                precondition(entryAtNode.count < Self.maximumNodes, "term trie limited to \(Self.maximumNodes) nodes")
                let next = UInt32(entryAtNode.count)
                entryAtNode.append(-1)
                if node != 0 { setFlag(Self.hasChildren, from: parent, units[position - 1]) }
                setStep(from: node, unit, to: next)
                parent = node
                node = next
            }
        }
        if entryAtNode[Int(node)] >= 0 { return Int(entryAtNode[Int(node)]) }
        entryAtNode[Int(node)] = Int32(count)
        setFlag(Self.endsEntry, from: parent, units[units.count - 1])
        count += 1
        return count - 1
    }

    /// The entry index of exactly `units`, if present.
    public func entry(_ units: some Collection<UInt16>) -> Int? {
        var node: UInt32 = 0
        for unit in units {
            guard let next = step(from: node, unit) else { return nil }
            node = next & Self.nodeMask
        }
        let entry = entryAtNode[Int(node)]
        return entry >= 0 ? Int(entry) : nil
    }

    /// Calls `body(end, entry)` for every entry that starts at `start` in `text`, shortest first.
    @inline(__always)
    public func forEachMatch(in text: UnsafeBufferPointer<UInt16>, from start: Int, limit: Int, _ body: (Int, Int) -> Void) {
        var step = rootSteps[Int(text[start])]
        var index = start + 1
        while step != 0 {
            if step & Self.endsEntry != 0 { body(index, Int(entryAtNode[Int(step & Self.nodeMask)])) }
            guard step & Self.hasChildren != 0, index < limit else { return }
            step = self.step(from: step & Self.nodeMask, text[index]) ?? 0
            index += 1
        }
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        // The key's low 24 bits are zero, so the product's middle bits would see only the node's low bits
        // and pile every deep node into few slots: take the high bits, which mix all of the key.
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    @inline(__always)
    private static func key(_ node: UInt32, _ unit: UInt16) -> UInt64 {
        UInt64(node + 1) << 40 | UInt64(unit) << 24
    }

    /// The step from `node` by `unit`, with its flags.
    @inline(__always)
    private func step(from node: UInt32, _ unit: UInt16) -> UInt32? {
        if node == 0 {
            let step = rootSteps[Int(unit)]
            return step == 0 ? nil : step
        }
        let key = Self.key(node, unit)
        var index = slot(key)
        while true {
            let found = slots[index]
            if found & ~0xFF_FFFF == key { return UInt32(truncatingIfNeeded: found & 0xFF_FFFF) }
            if found == 0 { return nil }
            index = (index + 1) & mask
        }
    }

    private mutating func setStep(from node: UInt32, _ unit: UInt16, to target: UInt32) {
        if node == 0 {
            rootSteps[Int(unit)] = target
            return
        }
        if (transitionCount + 1) * 3 > slots.count * 2 { grow() }
        let key = Self.key(node, unit)
        var index = slot(key)
        while slots[index] != 0 { index = (index + 1) & mask }
        slots[index] = key | UInt64(target)
        transitionCount += 1
    }

    /// Sets `flag` on the existing step from `node` by `unit`.
    private mutating func setFlag(_ flag: UInt32, from node: UInt32, _ unit: UInt16) {
        if node == 0 {
            rootSteps[Int(unit)] |= flag
            return
        }
        let key = Self.key(node, unit)
        var index = slot(key)
        while slots[index] & ~0xFF_FFFF != key { index = (index + 1) & mask }
        slots[index] |= UInt64(flag)
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
