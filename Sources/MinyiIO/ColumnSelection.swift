/// The parts of a record that a column (or JSON key) can hold.
public enum ColumnRole: String, Sendable, CaseIterable {
    case text, id, title, time, user, likes, label
}

/// Which column (csv, tsv, xlsx) or key (jsonl) holds each part of a record. A role left nil is
/// detected by the common names in `commonNames`, compared without case and surrounding spaces.
public struct ColumnSelection: Sendable, Hashable {
    public var text: String?
    public var id: String?
    public var title: String?
    public var time: String?
    public var user: String?
    public var likes: String?
    public var label: String?

    public init(text: String? = nil, id: String? = nil, title: String? = nil, time: String? = nil,
                user: String? = nil, likes: String? = nil, label: String? = nil) {
        self.text = text
        self.id = id
        self.title = title
        self.time = time
        self.user = user
        self.likes = likes
        self.label = label
    }

    /// Names tried, first match first, for a role that is not given.
    public static let commonNames: [ColumnRole: [String]] = [
        .text: ["text", "content", "内容", "留言详情", "诉求内容", "留言内容", "正文", "建议内容", "问题描述"],
        .id: ["id", "编号", "工单编号", "留言编号", "序号"],
        .title: ["title", "标题", "留言主题", "主题"],
        .time: ["time", "时间", "留言时间", "日期", "受理时间"],
        .user: ["user", "用户", "留言用户", "来电人"],
        .likes: ["likes", "点赞数", "点赞"],
        .label: ["label", "类别", "一级分类", "部门"],
    ]

    public subscript(role: ColumnRole) -> String? {
        get {
            switch role {
            case .text: text
            case .id: id
            case .title: title
            case .time: time
            case .user: user
            case .likes: likes
            case .label: label
            }
        }
        set {
            switch role {
            case .text: text = newValue
            case .id: id = newValue
            case .title: title = newValue
            case .time: time = newValue
            case .user: user = newValue
            case .likes: likes = newValue
            case .label: label = newValue
            }
        }
    }

    /// The index in `names` of each role's column: the one given, else the first common name present
    /// that no given role takes. The text must be present, and so must a role given by name when
    /// `namedMustExist` is set.
    func indices(in names: [String], namedMustExist: Bool = true) throws(MissingColumn) -> [ColumnRole: Int] {
        let keys = names.map(Self.key)
        var indices: [ColumnRole: Int] = [:]
        for role in ColumnRole.allCases {
            guard let wanted = self[role] else { continue }
            if let index = keys.firstIndex(of: Self.key(wanted)) {
                indices[role] = index
            } else if namedMustExist || role == .text {
                throw MissingColumn(role: role, name: wanted)
            }
        }
        let taken = Set(indices.values)
        for role in ColumnRole.allCases where self[role] == nil {
            let found = Self.commonKeys[role]!.lazy.compactMap { key in
                keys.indices.first { keys[$0] == key && !taken.contains($0) }
            }.first
            if let found {
                indices[role] = found
            } else if role == .text {
                throw MissingColumn(role: .text, name: nil)
            }
        }
        return indices
    }

    private static let commonKeys = commonNames.mapValues { $0.map(key) }

    private static func key(_ name: String) -> String {
        name.trimmingNoise().lowercased()
    }
}

/// A role whose column is absent: the one named in the options, or the text when none is named.
struct MissingColumn: Error {
    let role: ColumnRole
    let name: String?

    /// The message naming what was looked for and what is there.
    func message(available: [String], noun: String) -> String {
        let list = available.isEmpty ? "none" : available.joined(separator: ", ")
        if let name {
            return "no \(noun) '\(name)' for the \(role.rawValue) (\(noun)s: \(list))"
        }
        let tried = ColumnSelection.commonNames[role]!.joined(separator: ", ")
        return "no text \(noun) (looked for \(tried); \(noun)s: \(list)); name one with --text-column"
    }
}
