import MinyiIO
import MinyiLexicon

/// Reads labeled texts (for `lexicon learn` and `evaluate routing`) from any input format; a record
/// that cannot be read or has no label stops with its file and line.
enum LabeledInput {
    static func read(path: String, columns: ColumnSelection) throws -> [LabeledText] {
        let reader: RecordReader
        do { reader = try RecordReader(path: path, options: RecordReaderOptions(columns: columns)) } catch {
            throw ExitWithMessage(error.description)
        }
        var examples: [LabeledText] = []
        while let result = reader.next() {
            switch result {
            case let .failure(error):
                throw ExitWithMessage(error.description)
            case let .success(record):
                guard let label = record.label, !label.isEmpty else {
                    throw ExitWithMessage("\(record.location): no label (column or key \"\(columns.label ?? "label")\")")
                }
                examples.append(LabeledText(id: record.id, title: record.title, text: record.text, label: label))
            }
        }
        return examples
    }
}
