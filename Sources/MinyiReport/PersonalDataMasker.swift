import Foundation

/// Masks personal data in text shown in reports: mobile numbers keep their first 3 and last 4
/// digits (`138****5678`), landlines their area code and last 2 digits (`0533-******78`), ID-card
/// numbers their first 6 and last 4 (`370303********123X`), e-mail addresses the first character of
/// the name and the domain (`z***@example.com`).
public struct PersonalDataMasker: Sendable {
    private let idCard = try! NSRegularExpression(pattern: #"(?<![0-9A-Za-z])(\d{6})\d{8}(\d{3}[\dXx])(?![0-9A-Za-z])"#)
    private let mobile = try! NSRegularExpression(pattern: #"(?<![0-9])(?:\+?86[- ]?)?(1[3-9]\d)[- ]?\d{4}[- ]?(\d{4})(?![0-9])"#)
    private let landline = try! NSRegularExpression(pattern: #"(?<![0-9])(0\d{2,3})([- ]?|\)|）)\d{5,6}(\d{2})(?![0-9])"#)
    private let email = try! NSRegularExpression(pattern: #"([A-Za-z0-9])[A-Za-z0-9._%+-]*@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)"#)

    public init() {}

    /// `text` with every phone number, ID-card number and e-mail address masked.
    public func mask(_ text: String) -> String {
        guard text.utf8.contains(where: { ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "@") }) else { return text }
        var text = text
        text = replace(idCard, in: text) { groups in groups[1] + "********" + groups[2] }
        text = replace(mobile, in: text) { groups in groups[1] + "****" + groups[2] }
        text = replace(landline, in: text) { groups in groups[1] + "-******" + groups[3] }
        text = replace(email, in: text) { groups in groups[1] + "***@" + groups[2] }
        return text
    }

    private func replace(_ pattern: NSRegularExpression, in text: String, _ replacement: ([String]) -> String) -> String {
        let source = text as NSString
        let matches = pattern.matches(in: text, range: NSRange(location: 0, length: source.length))
        guard !matches.isEmpty else { return text }
        var result = ""
        var position = 0
        for match in matches {
            result += source.substring(with: NSRange(location: position, length: match.range.location - position))
            let groups = (0..<match.numberOfRanges).map { index -> String in
                let range = match.range(at: index)
                return range.location == NSNotFound ? "" : source.substring(with: range)
            }
            result += replacement(groups)
            position = match.range.location + match.range.length
        }
        return result + source.substring(from: position)
    }
}
