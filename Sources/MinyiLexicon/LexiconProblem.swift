import MinyiIO

/// A problem found in a lexicon pack, printed as `file:line: problem`.
public struct LexiconProblem: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        /// The pack cannot be used as written.
        case error
        /// The pack works but probably not as meant (an ambiguous keyword).
        case warning
    }

    public let severity: Severity
    public let location: SourceLocation
    public let message: String

    public init(_ severity: Severity, _ location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    public var description: String {
        "\(location): \(severity == .warning ? "warning: " : "")\(message)"
    }

    public static func < (lhs: LexiconProblem, rhs: LexiconProblem) -> Bool {
        (lhs.location, lhs.message) < (rhs.location, rhs.message)
    }
}

/// A pack that could not be loaded: its errors (warnings do not stop loading), in file and line order.
public struct LexiconError: Error, Sendable, CustomStringConvertible {
    public let problems: [LexiconProblem]

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
