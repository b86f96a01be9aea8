/// A format's reader: records in file order.
protocol RecordSource: AnyObject {
    /// The next record or per-record error; nil at the end. A thrown error ends the input.
    func next() throws(InputError) -> Result<InputRecord, InputError>?
    /// The encoding being read, for text formats.
    var encoding: TextEncoding? { get }
    /// The column (or key) chosen for each role, where one was found.
    var columns: ColumnSelection { get }
}

extension RecordSource {
    /// Unique names for fields: a blank header becomes `fallback(index)`, a repeated one gets `#2`, `#3`, ….
    static func fieldNames(_ header: [String], fallback: (Int) -> String) -> [String] {
        var seen: [String: Int] = [:]
        return header.enumerated().map { index, name in
            let base = name.isBlank ? fallback(index) : name
            let count = (seen[base] ?? 0) + 1
            seen[base] = count
            return count == 1 ? base : "\(base)#\(count)"
        }
    }

    /// The selection naming the header column found for each role.
    static func resolvedColumns(_ indices: [ColumnRole: Int], header: [String]) -> ColumnSelection {
        var columns = ColumnSelection()
        for (role, index) in indices { columns[role] = header[index] }
        return columns
    }
}
