import Foundation

/// The input formats.
public enum InputFormat: String, Sendable, CaseIterable {
    case txt, csv, tsv, jsonl, xlsx

    /// The format a path's extension names (`.txt`, `.csv`, `.tsv`, `.jsonl`/`.ndjson`, `.xlsx`);
    /// standard input (`-`) is text.
    public init(path: String) throws(InputError) {
        if path == "-" {
            self = .txt
            return
        }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let ext = name.contains(".") ? name.split(separator: ".").last!.lowercased() : ""
        switch ext {
        case "txt", "text": self = .txt
        case "csv": self = .csv
        case "tsv", "tab": self = .tsv
        case "jsonl", "ndjson": self = .jsonl
        case "xlsx": self = .xlsx
        default:
            let formats = Self.allCases.map(\.rawValue).joined(separator: ", ")
            let hint = ext == "xls" ? "the old .xls format is not read; save it as .xlsx or .csv"
                : "cannot tell the format from the extension; pass --format (\(formats))"
            throw InputError(.malformed, file: path, message: hint)
        }
    }
}

/// How to read an input file.
public struct RecordReaderOptions: Sendable, Hashable {
    /// The format; nil to infer it from the extension.
    public var format: InputFormat?
    /// Encoding policy for the text formats (xlsx is always UTF-8 XML).
    public var encoding: EncodingPolicy
    /// Columns (csv, tsv, xlsx) or keys (jsonl) for each part of a record.
    public var columns: ColumnSelection
    /// Bytes read at a time from text formats.
    public var chunkSize: Int
    /// Threads that parse JSON Lines.
    public var workers: Int

    public init(format: InputFormat? = nil, encoding: EncodingPolicy = .auto, columns: ColumnSelection = ColumnSelection(),
                chunkSize: Int = LineReader.defaultChunkSize, workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.format = format
        self.encoding = encoding
        self.columns = columns
        self.chunkSize = chunkSize
        self.workers = max(1, workers)
    }
}

/// Reads the records of one input (a path, or `-` for standard input) lazily, in file order: each
/// record, or an error for a record that cannot be read. Iteration continues past such errors; an I/O
/// error is yielded once and ends the input.
///
/// Problems with the whole input (it cannot be opened, the text column is absent, a GBK file read as
/// UTF-8 only) are thrown by `init`.
public final class RecordReader: Sequence, IteratorProtocol {
    public let format: InputFormat
    private let source: RecordSource
    private var finished = false

    public init(path: String, options: RecordReaderOptions = RecordReaderOptions()) throws(InputError) {
        if let format = options.format {
            self.format = format
        } else {
            format = try InputFormat(path: path)
        }
        let chunkSize = options.chunkSize
        switch format {
        case .txt:
            source = try PlainTextReader(path: path, encoding: options.encoding, chunkSize: chunkSize)
        case .csv, .tsv:
            source = try DelimitedReader(path: path, delimiter: format == .csv ? 0x2C : 0x09,
                                         selection: options.columns, encoding: options.encoding, chunkSize: chunkSize)
        case .jsonl:
            source = try JSONLinesReader(path: path, selection: options.columns, encoding: options.encoding,
                                         chunkSize: chunkSize, workers: options.workers)
        case .xlsx:
            guard path != "-" else {
                throw InputError(.unreadable, file: "<stdin>", message: "xlsx cannot be read from standard input")
            }
            source = try XLSXReader(path: path, selection: options.columns)
        }
    }

    /// The encoding being read (nil for xlsx); under `.auto` it can change from UTF-8 to GB18030 at the
    /// first non-ASCII line when the first chunk was all ASCII.
    public var encoding: TextEncoding? { source.encoding }

    /// The column (or, for jsonl, the key first) used for each role; all nil for txt.
    public var columns: ColumnSelection { source.columns }

    /// The next record or error; nil at the end.
    public func next() -> Result<InputRecord, InputError>? {
        guard !finished else { return nil }
        do {
            if let result = try source.next() { return result }
        } catch {
            finished = true
            return .failure(error)
        }
        finished = true
        return nil
    }
}
