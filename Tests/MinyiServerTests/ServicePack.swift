import Foundation
import MinyiLexicon

/// A small pack written to a temporary folder and loaded like any pack.
enum ServicePack {
    static let files: [String: String] = [
        "police": """
            id: police
            name: 淄博市公安局
            short: 市公安局
            aliases: [派出所, 交警]
            keywords: {报警: 3, 噪音: 2, 扰民: 2}
            topics:
              - id: noise
                name: 社会生活噪声
                keywords: {广场舞: 4, 音响: 3}
            """,
        "housing": """
            id: housing
            name: 淄博市住房和城乡建设局
            short: 市住建局
            aliases: [住建局]
            keywords: {物业: 3, 施工: 3}
            topics:
              - id: property
                name: 物业管理
                keywords: {物业费: 3, 业委会: 3}
            """,
        "transport": """
            id: transport
            name: 淄博市交通运输局
            short: 市交通运输局
            keywords: {公交: 4, 公交车: 4}
            topics:
              - id: bus
                name: 公交服务
                keywords: {晚点: 3, 班次: 3}
            """,
    ]

    static func load() throws -> LexiconPack {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("minyi-serve-pack-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory + "/departments", withIntermediateDirectories: true)
        try "name: serve-test\nnegations: [不是, 没有]\n".write(toFile: directory + "/pack.yaml", atomically: true, encoding: .utf8)
        for (id, yaml) in files {
            try yaml.write(toFile: "\(directory)/departments/\(id).yaml", atomically: true, encoding: .utf8)
        }
        return try LexiconPack.load(directory: directory)
    }
}
