/// Plain text: one record per line, id `<file basename>:<line>`. A blank line is not a record.
final class PlainTextReader: RecordSource {
    private let lines: TextLineReader
    private let assembly: RecordAssembly

    init(path: String, encoding: EncodingPolicy, chunkSize: Int) throws(InputError) {
        lines = try TextLineReader(path: path, policy: encoding, chunkSize: chunkSize)
        assembly = RecordAssembly(file: lines.file)
    }

    var encoding: TextEncoding? { lines.encoding }
    var columns: ColumnSelection { ColumnSelection() }

    func next() throws(InputError) -> Result<InputRecord, InputError>? {
        while let line = try lines.next() {
            if let error = line.error { return .failure(error) }
            let text = line.text.trimmingNoise()
            if text.isEmpty { continue }
            return .success(InputRecord(id: "\(assembly.idPrefix):\(line.number)", text: text,
                                        location: SourceLocation(file: lines.file, line: line.number)))
        }
        return nil
    }
}
