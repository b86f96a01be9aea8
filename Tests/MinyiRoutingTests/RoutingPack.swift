import Foundation
import MinyiLexicon
import MinyiRouting
import MinyiText

/// A small pack with the departments whose boundaries are hard (noise, vendors, traffic, heating,
/// property management, wages), written to a temporary folder and loaded like any pack.
enum RoutingPack {
    static let files: [String: String] = [
        "police": """
            id: police
            name: 淄博市公安局
            short: 市公安局
            aliases: [公安局, 派出所, 交警]
            keywords: {报警: 3, 广场舞: 4, 噪音: 2, 扰民: 2}
            exclude: {建筑工地: 3, 施工: 2}
            topics:
              - id: noise
                name: 社会生活噪声
                keywords: {音响: 3}
                combos: [{terms: [夜间, 噪音], weight: 1}]
              - id: traffic-violation
                name: 交通违法
                keywords: {闯红灯: 4, 违停: 3, 罚单: 3}
            """,
        "housing": """
            id: housing
            name: 淄博市住房和城乡建设局
            short: 市住建局
            aliases: [住建局]
            keywords: {物业: 3, 建筑工地: 4, 施工: 3}
            topics:
              - id: property
                name: 物业管理
                keywords: {物业费: 3, 业委会: 3}
              - id: construction-noise
                name: 施工扰民
                keywords: {夜间施工: 4}
            """,
        "urban-management": """
            id: urban-management
            name: 淄博市城市管理局
            short: 市城管局
            aliases: [城管]
            keywords: {摊贩: 4, 占道经营: 4, 暖气: 4, 供暖: 4}
            topics:
              - id: heating
                name: 供热
                keywords: {暖气不热: 5}
              - id: vendors
                name: 占道经营
                keywords: {流动摊贩: 4}
            """,
        "transport": """
            id: transport
            name: 淄博市交通运输局
            short: 市交通运输局
            keywords: {公交: 4, 公交车: 4, 线路: 2}
            exclude: {罚单: 3}
            topics:
              - id: bus
                name: 公交服务
                keywords: {晚点: 3, 班次: 3}
            """,
        "hrss": """
            id: hrss
            name: 淄博市人力资源和社会保障局
            short: 市人社局
            aliases: [人社局]
            keywords: {拖欠工资: 6, 欠薪: 6, 工资: 3}
            topics:
              - id: wages
                name: 欠薪
                keywords: {农民工: 3}
            """,
    ]

    static func load() throws -> LexiconPack {
        try LexiconPack.load(directory: write())
    }

    /// Writes the pack into a new temporary folder and returns the folder.
    static func write() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("minyi-routing-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory + "/departments", withIntermediateDirectories: true)
        try "name: test\nnegations: [不是, 并非, 没有, 无关, 不属于]\n".write(toFile: directory + "/pack.yaml", atomically: true, encoding: .utf8)
        for (id, yaml) in files {
            try yaml.write(toFile: "\(directory)/departments/\(id).yaml", atomically: true, encoding: .utf8)
        }
        return directory
    }
}
