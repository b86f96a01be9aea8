/// How many tickets the store holds, in all and per department, by status.
public struct TicketCounts: Sendable, Hashable, Codable {
    public let all: StatusCounts
    /// Sorted by department id; tickets without a department last.
    public let departments: [DepartmentCounts]
}

/// One department's tickets: the person's choice for corrected tickets, the router's otherwise (nil
/// for tickets without evidence).
public struct DepartmentCounts: Sendable, Hashable, Codable {
    public let department: String?
    public let tickets: StatusCounts
}

/// Ticket counts by status.
public struct StatusCounts: Sendable, Hashable, Codable {
    public let routed: Int
    public let manual: Int
    public let corrected: Int
    public let total: Int

    init(_ counts: [TicketStatus: Int]) {
        routed = counts[.routed, default: 0]
        manual = counts[.manual, default: 0]
        corrected = counts[.corrected, default: 0]
        total = routed + manual + corrected
    }
}
