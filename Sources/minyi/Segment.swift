import ArgumentParser
import MinyiText

struct Segment: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Segment Chinese text into words.")
    func run() async throws {}
}
