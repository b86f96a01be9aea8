import CICU

/// An ICU facility could not be opened (missing data or library).
public struct ICUError: Error, CustomStringConvertible {
    public let description: String
}

/// ICU's dictionary-based word break iterator for Chinese, as is; one per thread, reused across
/// texts. The chain's first stage, public for baseline measurements.
public final class ICUWordBreaker {
    private let breaker: OpaquePointer

    public init(locale: String = "zh") throws {
        var error = [CChar](repeating: 0, count: 64)
        guard let breaker = mi_breaker_open(locale, &error, Int32(error.count)) else {
            throw ICUError(description: "cannot open ICU word break iterator for \(locale): \(String(decoding: error.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))")
        }
        self.breaker = breaker
    }

    deinit { mi_breaker_close(breaker) }

    /// Calls `body(start, end, ruleStatus)` for each segment of `text`.
    public func forEachSegment(_ text: UnsafeBufferPointer<UInt16>, _ body: (Int, Int, Int32) -> Void) {
        guard let base = text.baseAddress, !text.isEmpty else { return }
        guard mi_breaker_set_text(breaker, base, Int32(text.count)) == 0 else { return }
        var start = 0
        while true {
            let end = Int(mi_breaker_next(breaker))
            if end < 0 { break }
            body(start, end, mi_breaker_rule_status(breaker))
            start = end
        }
    }
}

/// An ICU transform such as `Traditional-Simplified`.
final class ICUTransliterator {
    private let transliterator: OpaquePointer

    init(id: String) throws {
        var error = [CChar](repeating: 0, count: 64)
        guard let transliterator = mi_transliterator_open(id, &error, Int32(error.count)) else {
            throw ICUError(description: "cannot open ICU transform \(id): \(String(decoding: error.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))")
        }
        self.transliterator = transliterator
    }

    deinit { mi_transliterator_close(transliterator) }

    func transform(_ units: [UInt16]) -> [UInt16] {
        var capacity = max(16, units.count * 2)
        while true {
            var buffer = units + [UInt16](repeating: 0, count: capacity - units.count)
            var length = Int32(units.count)
            let status = mi_transliterate(transliterator, &buffer, &length, Int32(capacity))
            if status == 0 { return Array(buffer[0..<Int(length)]) }
            if status < 0 { return units }
            capacity = Int(status) + 16
        }
    }
}

/// NFKC through ICU.
func icuNFKC(_ units: [UInt16]) -> [UInt16] {
    var capacity = max(16, units.count * 4)
    while true {
        var buffer = [UInt16](repeating: 0, count: capacity)
        let written = mi_nfkc(units, Int32(units.count), &buffer, Int32(capacity))
        if written < 0 { return units }
        if Int(written) <= capacity { return Array(buffer[0..<Int(written)]) }
        capacity = Int(written)
    }
}

/// Toneless pinyin through ICU's `Han-Latin; Latin-ASCII` transform, read character by character
/// (each character's reading cached): `枫林湾` and `枫林弯` both read `feng lin wan`. Not thread-safe:
/// one per thread.
public final class PinyinReader {
    private let transliterator: ICUTransliterator
    private var readings: [Unicode.Scalar: String] = [:]

    public init() throws {
        transliterator = try ICUTransliterator(id: "Han-Latin; Latin-ASCII")
    }

    /// The pinyin of `text`, one syllable per character, separated by spaces.
    public func read(_ text: String) -> String {
        text.unicodeScalars.map { scalar in
            if let reading = readings[scalar] { return reading }
            let reading = String(decoding: transliterator.transform(Array(String(scalar).utf16)), as: UTF16.self)
            readings[scalar] = reading
            return reading
        }.joined(separator: " ")
    }
}
