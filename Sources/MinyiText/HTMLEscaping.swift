/// Escapes text for HTML and SVG (`&`, `<`, `>`, `"`, `'`): the inverse of the entity decoding in
/// ``TextNormalizer``, for the HTML pages minyi writes.
public func htmlEscaped(_ text: some StringProtocol) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
        switch character {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.append(character)
        }
    }
    return out
}
