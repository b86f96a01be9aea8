extension Unicode.Scalar {
    /// A CJK ideograph (unified, extensions A to H, compatibility) or `〇`.
    public var isHan: Bool {
        switch value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x3134F, 0x31350...0x323AF, 0x3007: return true
        default: return false
        }
    }

    /// Whether a UTF-16 code unit is a Han character of the Basic Multilingual Plane.
    static func isHan(_ unit: UInt16) -> Bool { Unicode.Scalar(unit)?.isHan ?? false }
}
