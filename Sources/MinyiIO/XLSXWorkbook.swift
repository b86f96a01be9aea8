import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// An xlsx workbook opened for its first sheet: the sheet's part, shared strings and date styles.
struct XLSXWorkbook {
    let file: String
    /// The first sheet's name and part path in the archive.
    let sheetName: String
    let sheetPath: String
    private let archive: Archive
    private let sharedStringsPath: String?
    private let stylesPath: String?
    private let date1904: Bool

    init(path: String) throws(InputError) {
        file = path
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw InputError(.unreadable, file: path, message: "cannot open: no such readable file")
        }
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw InputError(.malformed, file: path, message: "not an xlsx file (not a ZIP archive)")
        }
        let workbookPath = "xl/workbook.xml"
        let workbook = XMLStartElements()
        try Self.parse(Self.read(workbookPath, from: archive, file: path), part: workbookPath, with: workbook, file: path)
        guard let sheet = workbook.elements.first(where: { $0.name == "sheet" }) else {
            throw InputError(.malformed, file: path, message: "the workbook has no sheet")
        }
        sheetName = sheet.attributes["name"] ?? "sheet 1"
        date1904 = workbook.elements.contains {
            $0.name == "workbookPr" && ["1", "true"].contains($0.attributes["date1904"] ?? "")
        }

        // Relationships map the sheet's r:id, the shared strings and the styles to parts.
        let relationsPath = "xl/_rels/workbook.xml.rels"
        let relations = XMLStartElements()
        if let data = try Self.readIfPresent(relationsPath, from: archive, file: path) {
            try Self.parse(data, part: relationsPath, with: relations, file: path)
        }
        func target(where matches: ([String: String]) -> Bool) -> String? {
            relations.elements.first { $0.name == "Relationship" && matches($0.attributes) }
                .flatMap { $0.attributes["Target"] }
                .map { $0.hasPrefix("/") ? String($0.dropFirst()) : "xl/" + $0 }
        }
        let sheetID = sheet.attributes.first { $0.key.hasSuffix(":id") }?.value
        sheetPath = target { $0["Id"] == sheetID } ?? "xl/worksheets/sheet1.xml"
        sharedStringsPath = target { $0["Type"]?.hasSuffix("/sharedStrings") == true } ?? "xl/sharedStrings.xml"
        stylesPath = target { $0["Type"]?.hasSuffix("/styles") == true } ?? "xl/styles.xml"
    }

    /// The first sheet's rows, in order.
    func rows() throws(InputError) -> [XLSXRow] {
        var strings: [String] = []
        if let path = sharedStringsPath, let data = try Self.readIfPresent(path, from: archive, file: file) {
            let parser = SharedStringsParser()
            try Self.parse(data, part: path, with: parser, file: file)
            strings = parser.strings
        }
        var dateStyles: [Int: XLSXDateKind] = [:]
        if let path = stylesPath, let data = try Self.readIfPresent(path, from: archive, file: file) {
            let styles = XMLStartElements()
            try Self.parse(data, part: path, with: styles, file: file)
            dateStyles = XLSXDateKind.styles(styles)
        }
        let sheet = SheetParser(sharedStrings: strings, dateStyles: dateStyles, date1904: date1904)
        try Self.parse(Self.read(sheetPath, from: archive, file: file), part: sheetPath, with: sheet, file: file)
        return sheet.rows
    }

    private static func read(_ part: String, from archive: Archive, file: String) throws(InputError) -> Data {
        guard let data = try readIfPresent(part, from: archive, file: file) else {
            throw InputError(.malformed, file: file, message: "not an xlsx workbook: no \(part)")
        }
        return data
    }

    private static func readIfPresent(_ part: String, from archive: Archive, file: String) throws(InputError) -> Data? {
        guard let entry = archive[part] else { return nil }
        var data = Data()
        do {
            _ = try archive.extract(entry, bufferSize: 1 << 18) { data.append($0) }
        } catch {
            throw InputError(.malformed, file: file, message: "cannot extract \(part): \(error)")
        }
        return data
    }

    private static func parse(_ data: Data, part: String, with delegate: XMLParserDelegate,
                              file: String) throws(InputError) {
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        // On Linux, parse() may return true after an error (such as a truncated part); parserError tells.
        guard parser.parse(), parser.parserError == nil else {
            let code = (parser.parserError as NSError?)?.code ?? 0
            throw InputError(.malformed, file: file,
                             message: "malformed XML in \(part) near line \(parser.lineNumber) (XML parser error \(code))")
        }
    }
}

/// Name without its namespace prefix.
func localName(_ qualifiedName: String) -> String {
    guard let colon = qualifiedName.lastIndex(of: ":") else { return qualifiedName }
    return String(qualifiedName[qualifiedName.index(after: colon)...])
}

/// The start elements of a small XML part, in order, with their parent's name.
final class XMLStartElements: NSObject, XMLParserDelegate {
    struct Element {
        let name: String
        let parent: String?
        let attributes: [String: String]
    }

    private(set) var elements: [Element] = []
    private var path: [String] = []

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String]) {
        let name = localName(elementName)
        elements.append(Element(name: name, parent: path.last, attributes: attributes))
        path.append(name)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName: String?) {
        path.removeLast()
    }
}
