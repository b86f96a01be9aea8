import Foundation
import MinyiSpeech
import Testing

/// The real newspaper page from `../shared` and the project's own speeches, against their gold.
@Suite struct SharedPageTests {
    @Test(.enabled(if: SpeechFixtures.hasSharedPage, "needs ../shared/corpora/speeches"))
    func fourSpeechesWithSpeakersAndDepartments() throws {
        let text = try String(contentsOfFile: SpeechFixtures.sharedPage, encoding: .utf8)
        let speech = try SpeechAnalyzer(pack: try SpeechFixtures.pack()).analyze(text, file: "zibo-2020-npc-review.txt")
        #expect(speech.sections.map { $0.speaker?.name } == [nil, "申延军", "孙中华", "李勇", "王瑛"])
        #expect(speech.sections.map { $0.speaker?.department } == [nil, "police", "natural-resources", "hrss", "housing"])
        #expect(speech.sections[1].speaker?.position == "淄博市人民政府副市长,市公安局党委书记、局长")
        #expect(speech.sections[4].points.map(\.marker).prefix(4) == ["一、", "(一)", "(二)", "(三)"])
        #expect(speech.sections[3].points.map(\.marker) == ["一是", "二是", "三是", "四是", "一是", "二是", "三是", "四是"])
        #expect(speech.sections.allSatisfy { !$0.text.contains("下转") })
    }

    @Test(.enabled(if: SpeechFixtures.hasSharedPage, "needs ../shared/corpora/speeches"))
    func sharedPageAgainstGold() throws {
        let score = try Self.score(gold: "zibo-2020-npc-review.json", text: SpeechFixtures.sharedPage)
        #expect(score.speakersRight == 5 && score.departmentsRight == 5 && score.goldSections == score.predictedSections)
        #expect(score.recall >= 0.95 && score.precision >= 0.95, "P \(score.precision) R \(score.recall)")
        #expect(score.valuesRight == score.matchedFigures)
    }

    @Test(arguments: ["zibo-2026-government-work-report", "zibo-2026-press-conference"])
    func ownSpeechesAgainstGold(name: String) throws {
        let score = try Self.score(gold: "\(name).json", text: "\(SpeechFixtures.ownSpeeches)/\(name).txt")
        #expect(score.speakersRight == score.goldSections && score.departmentsRight == score.goldSections)
        #expect(score.predictedSections == score.goldSections)
        #expect(score.recall >= 0.95 && score.precision >= 0.95, "P \(score.precision) R \(score.recall)")
        #expect(score.valueAccuracy >= 0.99)
    }

    static func score(gold: String, text path: String) throws -> SpeechScore {
        let annotation = try SpeechGold.load(path: "\(SpeechFixtures.goldFolder)/\(gold)")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let speech = try SpeechAnalyzer(pack: try SpeechFixtures.pack()).analyze(text, file: annotation.file)
        return SpeechScore(speech: speech, text: text, gold: annotation)
    }
}
