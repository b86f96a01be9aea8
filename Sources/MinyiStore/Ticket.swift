import Foundation
import MinyiRouting

/// A suggestion as the store keeps it: what was received, where the router sent it, and where a
/// person re-routed it.
public struct Ticket: Sendable, Hashable, Codable {
    public let id: String
    public let title: String?
    public let text: String
    public let receivedAt: Date
    /// The router's department (also for `manual` tickets, as a suggestion); nil without evidence.
    public let department: String?
    public let departmentName: String?
    /// The router's topic id within `department`.
    public let topic: String?
    public let confidence: Double
    public let status: TicketStatus
    /// The router's evidence, strongest first.
    public let evidence: [Evidence]
    /// The department a person chose (`status == .corrected`).
    public let correctedDepartment: String?
    public let correctedAt: Date?

    /// Where the ticket ends up: the person's choice, else the router's when it routed the ticket.
    public var finalDepartment: String? {
        switch status {
        case .corrected: correctedDepartment
        case .routed: department
        case .manual: nil
        }
    }
}

/// Where a ticket stands.
public enum TicketStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Sent to the router's department.
    case routed
    /// Waiting for a person.
    case manual
    /// A person chose the department.
    case corrected
}

/// A ticket as it arrives, before routing.
public struct IncomingTicket: Sendable, Hashable {
    public let id: String
    public let title: String?
    public let text: String
    public let receivedAt: Date

    public init(id: String, title: String? = nil, text: String, receivedAt: Date = Date()) {
        self.id = id
        self.title = title
        self.text = text
        self.receivedAt = receivedAt
    }
}
