import Foundation

/// JSON Lines: one JSON object per line; a blank line is not a record. Keys are chosen like
/// columns, per object; numbers and booleans become strings, nested values compact JSON, and
/// null values are left out of `fields`. Lines are read in batches whose JSON is parsed on all
/// cores (parsing is most of the time of reading); records come out in file order.
final class JSONLinesReader: RecordSource {
    private let lines: TextLineReader
    private let assembly: RecordAssembly
    private let selection: ColumnSelection
    private(set) var columns = ColumnSelection()
    /// The last objects' keys and the roles found among them, reused while keys repeat.
    private var resolved: (keys: [String], indices: [ColumnRole: Int]) = ([], [:])
    /// Parsed lines of the current batch not yet returned, and the next one's position.
    private var batch: [(line: TextLine, object: Result<[String: String?], InputError>)] = []
    private var position = 0
    /// Lines per batch.
    static let batchSize = 512
    private let workers: Int

    init(path: String, selection: ColumnSelection, encoding: EncodingPolicy, chunkSize: Int, workers: Int) throws(InputError) {
        lines = try TextLineReader(path: path, policy: encoding, chunkSize: chunkSize)
        assembly = RecordAssembly(file: lines.file)
        self.selection = selection
        self.workers = workers
    }

    var encoding: TextEncoding? { lines.encoding }

    func next() throws(InputError) -> Result<InputRecord, InputError>? {
        if position == batch.count {
            try readBatch()
            if batch.isEmpty { return nil }
        }
        let (line, object) = batch[position]
        position += 1
        if let error = line.error { return .failure(error) }
        switch object {
        case .success(let object): return record(object, line: line)
        case .failure(let error): return .failure(error)
        }
    }

    /// Reads the next lines that are not blank (and those with bad bytes) and parses their JSON.
    private func readBatch() throws(InputError) {
        var read: [TextLine] = []
        read.reserveCapacity(Self.batchSize)
        while read.count < Self.batchSize, let line = try lines.next() {
            if line.error == nil && line.text.isBlank { continue }
            read.append(line)
        }
        let file = lines.file
        let objects = concurrentMap(count: read.count, workers: workers, chunkSize: 64) {
            read[$0].error == nil ? Self.object(read[$0], file: file) : .success([:])
        }
        batch = Array(zip(read, objects))
        position = 0
    }

    /// A line's JSON object with its values as text; thread-safe.
    private static func object(_ line: TextLine, file: String) -> Result<[String: String?], InputError> {
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: Data(line.text.utf8), options: [.fragmentsAllowed])
        } catch {
            let reason = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            return .failure(InputError(.malformed, file: file, line: line.number, message: "malformed JSON: \(reason)"))
        }
        guard let object = parsed as? [String: Any] else {
            return .failure(InputError(.malformed, file: file, line: line.number, message: "not a JSON object"))
        }
        return .success(object.mapValues(string))
    }

    private func record(_ object: [String: String?], line: TextLine) -> Result<InputRecord, InputError> {
        let keys = object.keys.sorted()
        if keys != resolved.keys {
            do {
                resolved = (keys, try selection.indices(in: keys, namedMustExist: false))
            } catch {
                return .failure(InputError(.missingColumn, file: lines.file, line: line.number,
                                           message: error.message(available: keys, noun: "key")))
            }
        }
        let indices = resolved.indices
        for (role, index) in indices where columns[role] == nil { columns[role] = keys[index] }
        let textKey = keys[indices[.text]!]
        var fields: [String: String] = [:]
        for (key, value) in object where key != textKey {
            fields[key] = value?.trimmingNoise()
        }
        return assembly.record(indices.compactMapValues { object[keys[$0]]! }, fields: fields,
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
