/// Text after the normalization char filter, with a map back to the original.
///
/// `units` is UTF-16 (what ICU reads). For each unit, `sourceStarts[i]..<sourceEnds[i]` is the UTF-8
/// byte range of the original character(s) it came from, so any normalized range maps back to the
/// original text even where characters were removed, folded or expanded.
public struct NormalizedText: Sendable {
    public internal(set) var units: [UInt16] = []
    public internal(set) var sourceStarts: [Int32] = []
    public internal(set) var sourceEnds: [Int32] = []

    public init() {}

    public var count: Int { units.count }

    /// The normalized text as a String.
    public var string: String { String(decoding: units, as: UTF16.self) }

    /// The normalized text of a UTF-16 range.
    public func string(_ range: Range<Int>) -> String {
        units.withUnsafeBufferPointer { Self.string(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// UTF-16 as a String, transcoded by hand when it has no surrogates: tokens are made of millions
    /// of short slices, and the standard library's general decoding costs several times more.
    static func string(_ units: UnsafeBufferPointer<UInt16>) -> String {
        guard !units.contains(where: { $0 & 0xF800 == 0xD800 }) else { return String(decoding: units, as: UTF16.self) }
        return String(unsafeUninitializedCapacity: units.count * 3) { bytes in
            var count = 0
            for unit in units {
                switch unit {
                case ..<0x80:
                    bytes[count] = UInt8(unit)
                    count += 1
                case ..<0x800:
                    bytes[count] = UInt8(0xC0 | unit >> 6)
                    bytes[count + 1] = UInt8(0x80 | unit & 0x3F)
                    count += 2
                default:
                    bytes[count] = UInt8(0xE0 | unit >> 12)
                    bytes[count + 1] = UInt8(0x80 | (unit >> 6) & 0x3F)
                    bytes[count + 2] = UInt8(0x80 | unit & 0x3F)
                    count += 3
                }
            }
            return count
        }
    }

    /// Original UTF-8 byte range of a non-empty normalized UTF-16 range.
    public func originalRange(_ range: Range<Int>) -> Range<Int> {
        Int(sourceStarts[range.lowerBound])..<Int(sourceEnds[range.upperBound - 1])
    }

    mutating func reserve(_ capacity: Int) {
        units.reserveCapacity(capacity)
        sourceStarts.reserveCapacity(capacity)
        sourceEnds.reserveCapacity(capacity)
    }

    mutating func removeAll() {
        units.removeAll(keepingCapacity: true)
        sourceStarts.removeAll(keepingCapacity: true)
        sourceEnds.removeAll(keepingCapacity: true)
    }

    @inline(__always)
    mutating func append(_ unit: UInt16, from start: Int, to end: Int) {
        units.append(unit)
        sourceStarts.append(Int32(truncatingIfNeeded: start))
        sourceEnds.append(Int32(truncatingIfNeeded: end))
    }
}
