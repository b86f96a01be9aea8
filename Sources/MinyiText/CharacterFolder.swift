/// Per-character NFKC and Traditional→Simplified folding, cached.
///
/// Folding character by character (rather than over whole strings) keeps an exact map back to the
/// original text; ICU's `Traditional-Simplified` transform is itself a character mapping, and NFKC
/// only composes across characters for combining marks, which Chinese feedback text does not use.
final class CharacterFolder {
    private static let unknown: UInt32 = 0
    private static let identity: UInt32 = 1

    /// For each BMP scalar: unknown, identity, or 2 + index into `replacements`.
    private var table = [UInt32](repeating: 0, count: 0x10000)
    private var replacements: [[UInt16]] = []
    private var astral: [UInt32: [UInt16]] = [:]
    private let simplifier: ICUTransliterator

    init() throws {
        simplifier = try ICUTransliterator(id: "Traditional-Simplified")
    }

    /// The folded UTF-16 units of `scalar`, or nil when it folds to itself.
    @inline(__always)
    func fold(_ scalar: UInt32) -> [UInt16]? {
        if scalar < 0x80 { return nil }
        if scalar < 0x10000 {
            let entry = table[Int(scalar)]
            if entry == Self.identity { return nil }
            if entry >= 2 { return replacements[Int(entry - 2)] }
            return computeBMP(scalar)
        }
        if let cached = astral[scalar] { return cached.isEmpty ? nil : cached }
        let units = Array(String(Unicode.Scalar(scalar)!).utf16)
        let folded = compute(units)
        astral[scalar] = folded == units ? [] : folded
        return folded == units ? nil : folded
    }

    private func computeBMP(_ scalar: UInt32) -> [UInt16]? {
        let unit = UInt16(scalar)
        let folded = (0xD800...0xDFFF).contains(scalar) ? [unit] : compute([unit])
        if folded == [unit] {
            table[Int(scalar)] = Self.identity
            return nil
        }
        replacements.append(folded)
        table[Int(scalar)] = UInt32(replacements.count + 1)
        return folded
    }

    private func compute(_ units: [UInt16]) -> [UInt16] {
        let nfkc = icuNFKC(units)
        // Only CJK needs the (slower) transform.
        return nfkc.contains(where: { $0 >= 0x2E80 }) ? simplifier.transform(nfkc) : nfkc
    }
}
