import Foundation

/// A pack written file by file into a fresh temporary folder.
struct TemporaryPack {
    let directory: String

    init(pack: String = "name: test\nnegations: [不是]\n", departments: [String: String]) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("minyi-pack-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory + "/departments", withIntermediateDirectories: true)
        try pack.write(toFile: directory + "/pack.yaml", atomically: true, encoding: .utf8)
        for (id, text) in departments {
            try text.write(toFile: "\(directory)/departments/\(id).yaml", atomically: true, encoding: .utf8)
        }
    }

    func path(_ department: String) -> String { "\(directory)/departments/\(department).yaml" }
}
