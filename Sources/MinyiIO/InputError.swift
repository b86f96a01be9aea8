/// Where a record, an error or a lexicon entry comes from: a file and a 1-based line (for xlsx, the
/// sheet row; 0 when unknown).
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let file: String
    public let line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line) < (rhs.file, rhs.line)
    }
}

/// A problem with the input, with enough context to find it: printed as `file:line: problem`
/// (or `file: problem` when it concerns the whole file).
public struct InputError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// The file cannot be opened or read.
        case unreadable
        /// Bytes that are not valid in the file's encoding.
        case encoding
        /// A line or row that does not parse: bad quoting, wrong field count, bad JSON, bad xlsx.
        case malformed
        /// The text column (or a column named in the options) is absent.
        case missingColumn
        /// A record whose text is empty.
        case emptyText
    }

    public let kind: Kind
    public let file: String
    /// 1-based line (for xlsx, the sheet row); nil when the problem concerns the whole file.
    public let line: Int?
    /// For encoding errors, the file offset of the first invalid byte.
    public let byteOffset: Int?
    public let message: String

    public init(_ kind: Kind, file: String, line: Int? = nil, byteOffset: Int? = nil, message: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.byteOffset = byteOffset
        self.message = message
    }

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
