import Foundation

/// JSON Lines: one JSON object per line; a blank line is not a record. Keys are chosen like
/// columns, per object; numbers and booleans become strings, nested values compact JSON, and
/// null values are left out of `fields`.
final class JSONLinesReader: RecordSource {
    private let lines: TextLineReader
    private let assembly: RecordAssembly
    private let selection: ColumnSelection
    private(set) var columns = ColumnSelection()
    /// The last objects' keys and the roles found among them, reused while keys repeat.
    private var resolved: (keys: [String], indices: [ColumnRole: Int]) = ([], [:])

    init(path: String, selection: ColumnSelection, encoding: EncodingPolicy, chunkSize: Int) throws(InputError) {
        lines = try TextLineReader(path: path, policy: encoding, chunkSize: chunkSize)
        assembly = RecordAssembly(file: lines.file)
        self.selection = selection
    }

    var encoding: TextEncoding? { lines.encoding }

    func next() throws(InputError) -> Result<InputRecord, InputError>? {
        while let line = try lines.next() {
            if let error = line.error { return .failure(error) }
            if line.text.isBlank { continue }
            return record(line)
        }
        return nil
    }

    private func record(_ line: TextLine) -> Result<InputRecord, InputError> {
        func failure(_ kind: InputError.Kind, _ message: String) -> Result<InputRecord, InputError> {
            .failure(InputError(kind, file: lines.file, line: line.number, message: message))
        }
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: Data(line.text.utf8), options: [.fragmentsAllowed])
        } catch {
            let reason = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            return failure(.malformed, "malformed JSON: \(reason)")
        }
        guard let object = parsed as? [String: Any] else { return failure(.malformed, "not a JSON object") }
        let keys = object.keys.sorted()
        if keys != resolved.keys {
            do {
                resolved = (keys, try selection.indices(in: keys, namedMustExist: false))
            } catch {
                return failure(.missingColumn, error.message(available: keys, noun: "key"))
            }
        }
        let indices = resolved.indices
        for (role, index) in indices where columns[role] == nil { columns[role] = keys[index] }
        let textKey = keys[indices[.text]!]
        var fields: [String: String] = [:]
        for (key, value) in object where key != textKey {
            fields[key] = Self.string(value)?.trimmingNoise()
        }
        return assembly.record(indices.compactMapValues { Self.string(object[keys[$0]]!) }, fields: fields,
                               line: line.number, textName: textKey)
    }

    /// A JSON value as text; nil for null.
    private static func string(_ value: Any) -> String? {
        switch value {
        case let string as String:
            return string
        case is NSNull:
            return nil
        case let number as NSNumber:
            switch String(cString: number.objCType) {
            case "c": return number.boolValue ? "true" : "false"
            case "d", "f":
                let double = number.doubleValue
                return double.rounded() == double && abs(double) < 1e15 ? String(Int(double)) : String(double)
            default: return number.stringValue
            }
        default:
            let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes])
            return data.map { String(decoding: $0, as: UTF8.self) }
        }
    }
}
