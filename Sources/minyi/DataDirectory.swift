import Foundation

/// Finds minyi's data folder (`lexicons/`): `$MINYI_HOME`, else the current directory, else the
/// folders above the executable (so a built binary finds the checkout it was built in).
enum DataDirectory {
    static func locate(_ relativePath: String) -> String? {
        let fileManager = FileManager.default
        var candidates: [URL] = []
        if let home = ProcessInfo.processInfo.environment["MINYI_HOME"] { candidates.append(URL(fileURLWithPath: home)) }
        candidates.append(URL(fileURLWithPath: fileManager.currentDirectoryPath))
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(folder)
            folder = folder.deletingLastPathComponent()
        }
        for candidate in candidates {
            let path = candidate.appendingPathComponent(relativePath).path
            if fileManager.fileExists(atPath: path) { return path }
        }
        return nil
    }
}
