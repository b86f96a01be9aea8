import ArgumentParser
import Foundation

/// A fatal problem with a message for people; printed once, exit status 1.
struct ExitWithMessage: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Problems with single lines or records, printed to stderr as they happen.
enum Diagnostics {
    static func report(_ message: String) {
        FileHandle.standardError.write(Data("minyi: \(message)\n".utf8))
    }

    /// Ends a run that skipped bad records (each already reported) once its output is written: their
    /// count on stderr and exit status 1. `stopped` says the run stopped at the first (--strict).
    static func failIfSkipped(_ count: Int, stopped: Bool = false) throws {
        guard count > 0 else { return }
        report("\(count) record(s) could not be read\(stopped ? " (stopped at the first: --strict)" : "")")
        throw ExitCode.failure
    }
}

/// Buffered standard output.
final class OutputStream {
    private let handle: FileHandle
    private var buffer = Data()

    init(handle: FileHandle) { self.handle = handle }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Progress on stderr while it is a terminal, and a throughput line at the end.
final class Progress {
    private let label: String
    private let start = Date()
    private let interactive = isatty(STDERR_FILENO) != 0
    private var lastShown = Date.distantPast
    private(set) var records = 0
    private(set) var bytes = 0

    init(label: String) { self.label = label }

    func advance(records: Int, bytes: Int) {
        self.records += records
        self.bytes += bytes
        guard interactive, Date().timeIntervalSince(lastShown) > 0.5 else { return }
        lastShown = Date()
        FileHandle.standardError.write(Data("\r\(label): \(self.records) records, \(summary)".utf8))
    }

    func finish() {
        if interactive { FileHandle.standardError.write(Data("\r".utf8)) }
        FileHandle.standardError.write(Data("\(label): \(records) records, \(summary)\n".utf8))
    }

    private var summary: String {
        let seconds = max(Date().timeIntervalSince(start), 1e-6)
        return String(format: "%.1f MB in %.2f s (%.1f MB/s, %.0f records/s)", Double(bytes) / 1_048_576, seconds,
                      Double(bytes) / 1_048_576 / seconds, Double(records) / seconds)
    }
}

/// JSON string quoting for hand-streamed JSON Lines.
enum JSONText {
    static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case let c where c.value < 0x20: result += String(format: "\\u%04x", c.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
