/// The first sheet of an xlsx workbook: a header row (the first row with a value), then one record
/// per row; `line` is the sheet row. A row of empty cells is not a record. Cells right of the header
/// go into `fields` by column letter.
///
/// The XML is parsed SAX-style (no document tree); the shared strings and the sheet's cell values
/// are held in memory.
final class XLSXReader: RecordSource {
    private let file: String
    private let assembly: RecordAssembly
    private let header: [String]
    private let fieldNames: [String]
    private let indices: [ColumnRole: Int]
    private var rows: IndexingIterator<ArraySlice<XLSXRow>>
    let columns: ColumnSelection

    init(path: String, selection: ColumnSelection) throws(InputError) {
        file = path
        assembly = RecordAssembly(file: path)
        let workbook = try XLSXWorkbook(path: path)
        let all = try workbook.rows()
        let headerIndex = all.firstIndex { !$0.cells.isEmpty }
        var header: [String] = []
        if let headerIndex {
            let cells = all[headerIndex].cells
            header = Array(repeating: "", count: (cells.map(\.column).max() ?? -1) + 1)
            for cell in cells { header[cell.column] = cell.value.trimmingNoise() }
        }
        self.header = header
        let fieldNames = Self.fieldNames(header, fallback: columnName)
        self.fieldNames = fieldNames
        rows = all[(headerIndex.map { $0 + 1 } ?? all.endIndex)...].makeIterator()
        if headerIndex == nil {
            (indices, columns) = ([:], ColumnSelection())
            return
        }
        do {
            indices = try selection.indices(in: header)
        } catch {
            throw InputError(.missingColumn, file: path,
                             message: "sheet '\(workbook.sheetName)': " + error.message(available: fieldNames, noun: "column"))
        }
        columns = Self.resolvedColumns(indices, header: header)
    }

    var encoding: TextEncoding? { nil }

    func next() throws(InputError) -> Result<InputRecord, InputError>? {
        while let row = rows.next() {
            if let problem = row.problem {
                return .failure(InputError(.malformed, file: file, line: row.number, message: problem))
            }
            if row.cells.allSatisfy({ $0.value.isBlank }) { continue }
            var values = Array(repeating: "", count: header.count)
            var fields: [String: String] = [:]
            let textIndex = indices[.text]!
            for cell in row.cells {
                if cell.column < header.count { values[cell.column] = cell.value }
                if cell.column != textIndex {
                    let name = cell.column < fieldNames.count ? fieldNames[cell.column] : columnName(cell.column)
                    fields[name] = cell.value.trimmingNoise()
                }
            }
            for (index, name) in fieldNames.enumerated() where index != textIndex && fields[name] == nil {
                fields[name] = ""
            }
            return assembly.record(indices.mapValues { values[$0] }, fields: fields, line: row.number,
                                   textName: header[textIndex])
        }
        return nil
    }
}
