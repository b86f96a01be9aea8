import CSV

/// CSV or TSV with a header row. Fields follow CSV quoting (a quoted field may hold delimiters,
/// doubled quotes and newlines) and are parsed by CSV.swift one record at a time, so each record
/// keeps the line it starts on and memory stays flat. A blank line, or a row of empty fields, is
/// not a record.
final class DelimitedReader: RecordSource {
    private let lines: TextLineReader
    private let assembly: RecordAssembly
    private let delimiter: UInt8
    private var header: [String] = []
    private var fieldNames: [String] = []
    private var indices: [ColumnRole: Int] = [:]
    private(set) var columns = ColumnSelection()

    /// Reads the header row; throws when the text column (or one named in `selection`) is absent.
    init(path: String, delimiter: UInt8, selection: ColumnSelection, encoding: EncodingPolicy,
         chunkSize: Int) throws(InputError) {
        lines = try TextLineReader(path: path, policy: encoding, chunkSize: chunkSize)
        assembly = RecordAssembly(file: lines.file)
        self.delimiter = delimiter
        guard let first = try nextRow() else { return }
        header = try first.get().fields.map { $0.trimmingNoise() }
        fieldNames = Self.fieldNames(header) { "column \($0 + 1)" }
        do {
            indices = try selection.indices(in: header)
        } catch {
            throw InputError(.missingColumn, file: lines.file,
                             message: error.message(available: fieldNames, noun: "column"))
        }
        columns = Self.resolvedColumns(indices, header: header)
    }

    var encoding: TextEncoding? { lines.encoding }

    func next() throws(InputError) -> Result<InputRecord, InputError>? {
        while let row = try nextRow() {
            let (line, fields): (Int, [String])
            switch row {
            case .success(let parsed): (line, fields) = parsed
            case .failure(let error): return .failure(error)
            }
            if fields.allSatisfy({ $0.isBlank }) { continue }
            guard fields.count == header.count else {
                return .failure(InputError(.malformed, file: lines.file, line: line,
                                           message: "row has \(fields.count) fields; the header has \(header.count)"))
            }
            let textIndex = indices[.text]!
            var named: [String: String] = [:]
            for (index, value) in fields.enumerated() where index != textIndex {
                named[fieldNames[index]] = value.trimmingNoise()
            }
            return assembly.record(indices.mapValues { fields[$0] }, fields: named, line: line,
                                   textName: header[textIndex])
        }
        return nil
    }

    /// The next row's fields with the line it starts on, skipping blank lines; nil at the end.
    private func nextRow() throws(InputError) -> Result<(line: Int, fields: [String]), InputError>? {
        var record = ""
        var firstLine = 0
        var lastLine = 0
        var scan = QuoteScan(delimiter: delimiter)
        var problem: InputError?
        while let line = try lines.next() {
            if firstLine == 0 {
                if line.error == nil && line.text.isBlank { continue }
                firstLine = line.number
            } else {
                record += "\n"
            }
            lastLine = line.number
            record += line.text
            scan.scan(line.text)
            if problem == nil {
                problem = line.error ?? scan.problem.map {
                    InputError(.malformed, file: lines.file, line: line.number, message: $0)
                }
            }
            if !scan.inQuotes {
                if let problem { return .failure(problem) }
                return .success((firstLine, scan.sawQuotedField ? parse(record) : split(record)))
            }
        }
        guard firstLine > 0 else { return nil }
        return .failure(problem ?? InputError(
            .malformed, file: lines.file, line: firstLine,
            message: "unterminated quoted field: its quote is never closed (lines \(firstLine)-\(lastLine) were read into it)"))
    }

    /// Fields of a record with quoted fields, by CSV.swift.
    private func parse(_ record: String) -> [String] {
        let reader = try! CSVReader(string: record, delimiter: Unicode.Scalar(delimiter))
        return reader.next() ?? [""]
    }

    /// Fields of a record without quoted fields (nor carriage returns): what CSV.swift would return, faster.
    private func split(_ record: String) -> [String] {
        record.utf8.split(separator: delimiter, omittingEmptySubsequences: false).map { String($0)! }
    }
}

/// Follows CSV quoting across the lines of a record, the way CSV.swift parses it, to tell where a
/// record ends and which quoting CSV.swift would misread.
struct QuoteScan {
    let delimiter: UInt8
    /// Whether the record continues on the next line.
    private(set) var inQuotes = false
    /// The first quoting problem seen.
    private(set) var problem: String?
    /// Whether a field opened with a quote.
    private(set) var sawQuotedField = false

    init(delimiter: UInt8) {
        self.delimiter = delimiter
    }

    mutating func scan(_ line: String) {
        var atFieldStart = !inQuotes
        var quoteSeen = false // in quotes, a quote whose meaning depends on the next byte
        for byte in line.utf8 {
            if inQuotes {
                if quoteSeen {
                    quoteSeen = false
                    if byte == 0x22 { continue }
                    if byte == delimiter {
                        inQuotes = false
                        atFieldStart = true
                        continue
                    }
                    problem = problem ?? (byte == 0x0D ? Self.bareCR : "a quote inside a quoted field must be doubled")
                } else if byte == 0x22 {
                    quoteSeen = true
                }
            } else if byte == 0x22 && atFieldStart {
                inQuotes = true
                sawQuotedField = true
                atFieldStart = false
            } else if byte == delimiter {
                atFieldStart = true
            } else {
                if byte == 0x0D { problem = problem ?? Self.bareCR }
                atFieldStart = false
            }
        }
        if quoteSeen { inQuotes = false }
    }

    private static let bareCR = "carriage return (\\r) outside quotes"
}
