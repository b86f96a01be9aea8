import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A sheet row: its 1-based number and its non-empty cells by 0-based column.
struct XLSXRow {
    let number: Int
    var cells: [(column: Int, value: String)] = []
    /// Set when a cell cannot be read.
    var problem: String?
}

/// Reads `xl/sharedStrings.xml`: one string per `<si>`, joining rich-text runs and leaving out
/// phonetic guides (`<rPh>`).
final class SharedStringsParser: NSObject, XMLParserDelegate {
    private(set) var strings: [String] = []
    private var current = ""
    private var inText = false
    private var phoneticDepth = 0

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String]) {
        switch localName(elementName) {
        case "si": current = ""
        case "t": inText = phoneticDepth == 0
        case "rPh": phoneticDepth += 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName: String?) {
        switch localName(elementName) {
        case "si": strings.append(unescapeOOXML(current))
        case "t": inText = false
        case "rPh": phoneticDepth -= 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }
}

/// Reads a worksheet's `<sheetData>` into rows: shared, inline, formula and plain strings, numbers
/// (date-styled ones as dates), booleans and error values. Empty cells are absent; a cell's reference
/// (`C5`) gives its column.
final class SheetParser: NSObject, XMLParserDelegate {
    private(set) var rows: [XLSXRow] = []
    private let sharedStrings: [String]
    private let dateStyles: [Int: XLSXDateKind]
    private let date1904: Bool

    private var row: XLSXRow?
    private var column = -1
    private var type = "n"
    private var style = 0
    private var value = ""
    private var inValue = false
    private var inInlineString = false
    private var phoneticDepth = 0

    init(sharedStrings: [String], dateStyles: [Int: XLSXDateKind], date1904: Bool) {
        self.sharedStrings = sharedStrings
        self.dateStyles = dateStyles
        self.date1904 = date1904
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String]) {
        switch localName(elementName) {
        case "row":
            let number = attributes["r"].flatMap { Int($0) } ?? (rows.last?.number ?? 0) + 1
            row = XLSXRow(number: number)
            column = -1
        case "c":
            column = attributes["r"].flatMap(columnIndex) ?? column + 1
            type = attributes["t"] ?? "n"
            style = attributes["s"].flatMap { Int($0) } ?? 0
            value = ""
        case "v": inValue = true
        case "is": inInlineString = true
        case "t": inValue = inInlineString && phoneticDepth == 0
        case "rPh": phoneticDepth += 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName: String?) {
        switch localName(elementName) {
        case "row":
            if let row { rows.append(row) }
            row = nil
        case "c": finishCell()
        case "v", "t": inValue = false
        case "is": inInlineString = false
        case "rPh": phoneticDepth -= 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inValue { value += string }
    }

    private func finishCell() {
        let text: String
        switch type {
        case "s":
            guard let index = Int(value), sharedStrings.indices.contains(index) else {
                let cell = "\(columnName(column))\(row?.number ?? 0)"
                if row?.problem == nil { row?.problem = "cell \(cell) refers to a missing shared string '\(value)'" }
                return
            }
            text = sharedStrings[index]
        case "inlineStr": text = unescapeOOXML(value)
        case "str", "e", "d": text = value
        case "b": text = value == "1" ? "TRUE" : "FALSE"
        default:
            guard let number = Double(value) else { text = value; break }
            if let kind = dateStyles[style] {
                text = kind.format(serial: number, date1904: date1904)
            } else {
                text = number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
            }
        }
        if !text.isEmpty { row?.cells.append((column, text)) }
    }
}

/// The 0-based column of a cell reference such as `C5` or `AA12`.
func columnIndex(_ reference: String) -> Int? {
    var index = 0
    var letters = 0
    for scalar in reference.unicodeScalars {
        guard scalar.value >= 65 && scalar.value <= 90 else { break }
        index = index * 26 + Int(scalar.value - 64)
        letters += 1
    }
    return letters == 0 ? nil : index - 1
}

/// The letters of a 0-based column: 0 → `A`, 26 → `AA`.
func columnName(_ index: Int) -> String {
    var name = ""
    var rest = index + 1
    while rest > 0 {
        let digit = (rest - 1) % 26
        name = String(UnicodeScalar(UInt8(65 + digit))) + name
        rest = (rest - 1) / 26
    }
    return name
}

/// Resolves OOXML's `_xHHHH_` escapes (such as `_x000D_` for a carriage return).
func unescapeOOXML(_ text: String) -> String {
    guard text.contains("_x") else { return text }
    var result = ""
    var rest = Substring(text)
    while let start = rest.range(of: "_x") {
        result += rest[..<start.lowerBound]
        let hex = rest[start.upperBound...].prefix(5)
        if hex.count == 5, hex.last == "_", let code = UInt32(hex.dropLast(), radix: 16),
           let scalar = Unicode.Scalar(code) {
            result.unicodeScalars.append(scalar)
            rest = rest[rest.index(start.upperBound, offsetBy: 5)...]
        } else {
            result += "_x"
            rest = rest[start.upperBound...]
        }
    }
    return result + rest
}
