/// Bounds on what one request may ask of the service; requests over them get a 400 or 413.
public struct ServiceLimits: Sendable, Hashable {
    /// Longest ticket text, in UTF-8 bytes.
    public var textBytes = 100_000
    /// Longest title, in UTF-8 bytes.
    public var titleBytes = 2_000
    /// Longest ticket id, in UTF-8 bytes.
    public var idBytes = 200
    /// Most items in one `POST /route/batch`.
    public var batchItems = 1_000
    /// Largest `POST /route` body, in bytes.
    public var bodyBytes = 1 << 20
    /// Largest `POST /route/batch` body, in bytes.
    public var batchBodyBytes = 32 << 20
    /// Most tickets one page of the manual queue returns.
    public var pageSize = 500

    public init() {}
}
