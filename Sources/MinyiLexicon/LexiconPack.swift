import Dispatch
import Foundation
import MinyiIO
import MinyiText

/// A lexicon pack: departments with their topics and weighted keywords, extra segmentation terms and
/// negation cues, read from `pack.yaml` + `departments/<id>.yaml` and compiled once for analysis.
public struct LexiconPack: Sendable {
    /// Highest allowed keyword weight or exclude penalty.
    public static let maximumWeight = 10.0

    public let name: String
    public let description: String
    public let version: String
    /// Extra segmentation terms (normalized).
    public let terms: [String]
    /// Negation cues (normalized): a keyword right after one does not count.
    public let negations: [String]
    /// Departments, sorted by id.
    public let departments: [Department]
    /// Warnings found while loading (the pack loads despite them).
    public let warnings: [LexiconProblem]
    /// The segmentation dictionary holding `segmentationTerms`, so that keywords come out whole.
    public let dictionary: SegmentationDictionary

    /// Builds a pack from parts (already normalized); used by the learner and by tests.
    public init(name: String, description: String = "", version: String = "", terms: [String] = [], negations: [String] = [],
                departments: [Department], warnings: [LexiconProblem] = [], normalizer: TextNormalizer) {
        self.name = name
        self.description = description
        self.version = version
        self.terms = terms
        self.negations = negations
        self.departments = departments.sorted { $0.id < $1.id }
        self.warnings = warnings
        dictionary = SegmentationDictionary(lexiconTerms: Self.allTerms(terms: terms, departments: departments), normalizer: normalizer)
        nameIndex = Self.nameIndex(self.departments, normalize: { String(decoding: normalizer.normalize($0).units.filter { $0 != 0x20 }, as: UTF16.self) })
    }

    /// All terms the segmenter must keep whole: extra terms, keywords, exclude terms, combo terms and aliases.
    public var segmentationTerms: [String] {
        var seen = Set<String>()
        return Self.allTerms(terms: terms, departments: departments).filter { seen.insert($0).inserted }
    }

    /// The segmentation terms with repetitions (the dictionary keeps one entry per term).
    private static func allTerms(terms: [String], departments: [Department]) -> [String] {
        var all = terms
        for department in departments {
            all += department.aliases + department.keywords.map(\.term) + department.exclude.map(\.term)
            for topic in department.topics { all += topic.keywords.map(\.term) + topic.combos.flatMap(\.terms) }
        }
        return all
    }

    /// Loads and compiles the pack in `directory`; throws `LexiconError` with every error found.
    public static func load(directory: String) throws -> LexiconPack {
        let (pack, problems) = read(directory: directory)
        let errors = problems.filter { $0.severity == .error }
        guard let pack, errors.isEmpty else { throw LexiconError(problems: errors) }
        return pack
    }

    /// All problems (errors and warnings) of the pack in `directory`, in file and line order.
    public static func check(directory: String) -> [LexiconProblem] {
        read(directory: directory).problems
    }

    private static func read(directory: String) -> (pack: LexiconPack?, problems: [LexiconProblem]) {
        let normalizer: TextNormalizer
        do { normalizer = try TextNormalizer() } catch {
            return (nil, [LexiconProblem(.error, SourceLocation(file: directory, line: 0), "\(error)")])
        }
        let parser = PackParser(normalizer: normalizer)
        let root = URL(fileURLWithPath: directory)
        let headerFile = root.appendingPathComponent("pack.yaml").path
        guard FileManager.default.fileExists(atPath: headerFile) else {
            return (nil, [LexiconProblem(.error, SourceLocation(file: headerFile, line: 0), "missing pack.yaml")])
        }
        var (header, problems) = parser.parseHeader(file: headerFile)
        let departmentFolder = root.appendingPathComponent("departments")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: departmentFolder.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        if files.isEmpty {
            problems.append(LexiconProblem(.error, SourceLocation(file: departmentFolder.path, line: 0), "no department files (departments/<id>.yaml)"))
        }
        var departments: [Department] = []
        var seenIDs: [String: SourceLocation] = [:]
        for (department, fileProblems) in parseDepartments(files.map { departmentFolder.appendingPathComponent($0).path }) {
            problems += fileProblems
            guard let department else { continue }
            if let first = seenIDs[department.id] {
                problems.append(LexiconProblem(.error, department.location, "duplicate department id \"\(department.id)\" (also \(first.file))"))
                continue
            }
            seenIDs[department.id] = department.location
            departments.append(department)
        }
        problems += LexiconChecker().check(departments)
        problems.sort()
        guard let header, !problems.contains(where: { $0.severity == .error }) else { return (nil, problems) }
        let pack = LexiconPack(name: header.name, description: header.description, version: header.version,
                               terms: header.terms, negations: header.negations, departments: departments,
                               warnings: problems, normalizer: normalizer)
        return (pack, problems)
    }

    /// Parses department files on all cores (each worker with its own normalizer), results in file order.
    private static func parseDepartments(_ paths: [String]) -> [(Department?, [LexiconProblem])] {
        final class Results: @unchecked Sendable {
            let lock = NSLock()
            var parsed: [(Department?, [LexiconProblem])]
            init(count: Int) { parsed = Array(repeating: (nil, []), count: count) }
        }
        let results = Results(count: paths.count)
        let workers = max(1, min(paths.count, ProcessInfo.processInfo.activeProcessorCount))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let normalizer: TextNormalizer
            do { normalizer = try TextNormalizer() } catch {
                results.lock.withLock { results.parsed[worker] = (nil, [LexiconProblem(.error, SourceLocation(file: paths[worker], line: 0), "\(error)")]) }
                return
            }
            let parser = PackParser(normalizer: normalizer)
            for index in stride(from: worker, to: paths.count, by: workers) {
                let stem = (URL(fileURLWithPath: paths[index]).lastPathComponent as NSString).deletingPathExtension
                let result = parser.parseDepartment(file: paths[index], expectedID: stem)
                results.lock.withLock { results.parsed[index] = result }
            }
        }
        return results.parsed
    }

    // MARK: Names

    private let nameIndex: [(name: String, department: Int)]

    /// The department an official name, short name, alias or id refers to (`淄博市住房城乡建设局` →
    /// housing): an exact match, else the longest name contained in `text`; ties go to the smaller id.
    public func department(named text: String) -> Department? {
        if let exact = departments.first(where: { $0.id == text }) { return exact }
        guard let normalizer = try? TextNormalizer() else { return nil }
        let normalized = String(decoding: normalizer.normalize(text).units.filter { $0 != 0x20 }, as: UTF16.self)
        if let exact = nameIndex.first(where: { $0.name == normalized }) { return departments[exact.department] }
        return nameIndex.first { normalized.contains($0.name) }.map { departments[$0.department] }
    }

    /// Names longest first, then by department id.
    private static func nameIndex(_ departments: [Department], normalize: (String) -> String) -> [(name: String, department: Int)] {
        var index: [(name: String, department: Int)] = []
        for (position, department) in departments.enumerated() {
            for name in Set([department.name, department.short].map(normalize) + department.aliases + [department.id]) where !name.isEmpty {
                index.append((name, position))
            }
        }
        return index.sorted { ($1.name.count, departments[$0.department].id) < ($0.name.count, departments[$1.department].id) }
    }
}
