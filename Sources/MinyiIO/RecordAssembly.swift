/// Turns the values found for each role into a record, the same way for every format.
struct RecordAssembly {
    let file: String
    /// The prefix of ids made up from line numbers: the file's basename.
    let idPrefix: String

    init(file: String) {
        self.file = file
        idPrefix = file == "<stdin>" ? "stdin" : String(file.split(separator: "/").last ?? Substring(file))
    }

    /// The record for `values` (raw, by role) at `line`; its text must not be empty once trimmed.
    /// `fields` holds every column other than the text one; `textName` names the text column in errors.
    func record(_ values: [ColumnRole: String], fields: [String: String], line: Int,
                textName: String) -> Result<InputRecord, InputError> {
        let text = values[.text]?.trimmingNoise() ?? ""
        guard !text.isEmpty else {
            return .failure(InputError(.emptyText, file: file, line: line, message: "empty text in '\(textName)'"))
        }
        func value(_ role: ColumnRole) -> String? {
            guard let value = values[role]?.trimmingNoise(), !value.isEmpty else { return nil }
            return value
        }
        return .success(InputRecord(
            id: value(.id) ?? "\(idPrefix):\(line)", text: text, title: value(.title), time: value(.time),
            user: value(.user), likes: value(.likes).flatMap(Self.count), label: value(.label),
            fields: fields, location: SourceLocation(file: file, line: line)))
    }

    /// A count such as `12`, `1,024` or `3.0`; nil for anything else (the raw value stays in `fields`).
    static func count(_ value: String) -> Int? {
        let digits = value.filter { $0 != "," }
        if let count = Int(digits) { return count }
        guard let number = Double(digits), number.rounded() == number, abs(number) < 1e15 else { return nil }
        return Int(number)
    }
}
