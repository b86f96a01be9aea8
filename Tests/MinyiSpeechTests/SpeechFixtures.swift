import Foundation
import MinyiIO
import MinyiLexicon
import MinyiSpeech
import MinyiText

/// Shared test material: a small lexicon pack, the shared newspaper page and the gold files.
enum SpeechFixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let sharedPage = packageRoot.appendingPathComponent("../shared/corpora/speeches/zibo-2020-npc-review.txt").standardizedFileURL.path
    static let goldFolder = packageRoot.appendingPathComponent("corpora/speeches/gold").path
    static let ownSpeeches = packageRoot.appendingPathComponent("corpora/speeches").path
    static var hasSharedPage: Bool { FileManager.default.fileExists(atPath: sharedPage) }

    /// Departments with the names and a few keywords and topics, as in the default pack.
    static func pack() throws -> LexiconPack {
        let location = SourceLocation(file: "test", line: 0)
        func terms(_ weighted: [String: Double]) -> [WeightedTerm] {
            weighted.sorted { $0.key < $1.key }.map { WeightedTerm(term: $0.key, weight: $0.value, location: location) }
        }
        func department(_ id: String, _ name: String, _ short: String, _ aliases: [String], _ keywords: [String: Double],
                        topics: [(String, String, [String: Double])] = []) -> Department {
            Department(id: id, name: name, short: short, aliases: aliases, keywords: terms(keywords), exclude: [],
                       topics: topics.map { Topic(id: $0.0, name: $0.1, keywords: terms($0.2), combos: [], location: location) },
                       location: location)
        }
        return LexiconPack(name: "test", departments: [
            department("police", "淄博市公安局", "市公安局", ["公安局", "公安机关", "民警"], ["报警": 3, "治安": 3],
                       topics: [("traffic-accident", "交通事故", ["交通事故": 4])]),
            department("natural-resources", "淄博市自然资源局", "市自然资源局", ["自然资源局", "自然资源和规划局"], ["自然资源": 4],
                       topics: [("wildlife", "野生动物保护", ["野生动物": 4])]),
            department("hrss", "淄博市人力资源和社会保障局", "市人社局", ["人社局", "人力资源和社会保障局"], ["社保": 4, "就业": 3]),
            department("housing", "淄博市住房和城乡建设局", "市住建局", ["住建局", "住房城乡建设局", "住房和城乡建设局"], ["物业": 3]),
            department("transport", "淄博市交通运输局", "市交通运输局", ["交通运输局"], ["公交": 3]),
            department("urban-management", "淄博市城市管理局", "市城市管理局", ["城市管理局", "城管"], ["占道经营": 4]),
            department("medical-insurance", "淄博市医疗保障局", "市医保局", ["医疗保障局", "医保局"], ["医保": 5]),
        ], normalizer: try TextNormalizer())
    }

    /// The figures of `text` as (text, kind, value, unit, qualifier, change) rows.
    static func rows(_ text: String) throws -> [FigureRow] {
        try FigureExtractor().figures(in: text).map(FigureRow.init)
    }
}

/// A figure without offsets, for table tests.
struct FigureRow: Equatable, CustomStringConvertible {
    var text: String
    var kind: Figure.Kind
    var value: Double?
    var unit: String?
    var qualifier: Figure.Qualifier? = nil
    var change: Figure.Change? = nil

    init(_ text: String, _ kind: Figure.Kind, _ value: Double?, _ unit: String?, _ qualifier: Figure.Qualifier? = nil, _ change: Figure.Change? = nil) {
        self.text = text
        self.kind = kind
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.change = change
    }

    init(_ figure: Figure) {
        self.init(figure.text, figure.kind, figure.value, figure.unit, figure.qualifier, figure.change)
    }

    var description: String {
        "\(text) \(kind) \(value.map { "\($0)" } ?? "nil") \(unit ?? "nil") \(qualifier.map { "\($0)" } ?? "") \(change.map { "\($0)" } ?? "")"
    }
}
