import Foundation

/// A gold annotation of a speech file (`corpora/speeches/gold/*.json`): its sections and every
/// figure in page order.
public struct SpeechGold: Sendable, Decodable {
    public struct Section: Sendable, Decodable, Equatable {
        public var title: String?
        public var speaker: String?
        public var position: String?
        public var department: String?
    }

    public struct Figure: Sendable, Decodable {
        public var text: String
        public var kind: MinyiSpeech.Figure.Kind
        public var value: Double?
        public var unit: String?
        public var qualifier: MinyiSpeech.Figure.Qualifier?
        public var change: MinyiSpeech.Figure.Change?
    }

    public var file: String
    public var sections: [Section]
    public var figures: [Figure]

    /// Reads a gold file; errors name the file and the offending key.
    public static func load(path: String) throws -> SpeechGold {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw SpeechError(file: path, message: "cannot read gold file: \(error.localizedDescription)")
        }
        do { return try JSONDecoder().decode(SpeechGold.self, from: data) } catch {
            throw SpeechError(file: path, message: "not a speech gold file: \(SpeechError.describe(error))")
        }
    }
}
