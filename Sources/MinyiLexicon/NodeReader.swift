import Foundation
import MinyiIO
import Yams

/// Reads one YAML file of a pack through Yams' node API, so that every value keeps its line, and
/// collects the problems it meets instead of stopping at the first.
final class NodeReader {
    let file: String
    private(set) var problems: [LexiconProblem] = []

    init(file: String) {
        self.file = file
    }

    /// The file's root node, or nil (with a problem) when it cannot be read or parsed.
    func compose() -> Node? {
        guard let data = FileManager.default.contents(atPath: file) else {
            error(line: 0, "cannot read the file")
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            error(line: 0, "not valid UTF-8")
            return nil
        }
        do {
            // The basic resolver leaves scalars untyped (weights are parsed here): regex tag resolution
            // of every scalar would dominate the load time of large packs.
            guard let root = try Yams.compose(yaml: text, .basic) else {
                error(line: 1, "the file is empty")
                return nil
            }
            return root
        } catch let yamlError as YamlError {
            report(yamlError)
            return nil
        } catch {
            self.error(line: 0, "\(error)")
            return nil
        }
    }

    private func report(_ yamlError: YamlError) {
        switch yamlError {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            error(line: mark.line, "YAML syntax error: \(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            error(line: context.mark.line, "duplicate key \(duplicates.map { "\"\($0)\"" }.joined(separator: ", ")) in one mapping")
        case let .reader(problem, _, _, _):
            error(line: 0, "YAML reader error: \(problem)")
        default:
            error(line: 0, "YAML error: \(yamlError)")
        }
    }

    func location(_ node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 0)
    }

    func error(line: Int, _ message: String) {
        problems.append(LexiconProblem(.error, SourceLocation(file: file, line: line), message))
    }

    func error(_ node: Node, _ message: String) {
        problems.append(LexiconProblem(.error, location(node), message))
    }

    /// The keys of a mapping node, reporting keys outside `allowed` and missing `required` ones.
    func mapping(_ node: Node, what: String, allowed: [String], required: [String] = []) -> [String: Node]? {
        guard let mapping = node.mapping else {
            error(node, "\(what) must be a mapping")
            return nil
        }
        var fields: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.string, allowed.contains(name) else {
                error(key, "unknown key \"\(key.string ?? "?")\" in \(what) (allowed: \(allowed.joined(separator: ", ")))")
                continue
            }
            fields[name] = value
        }
        for name in required where fields[name] == nil {
            error(node, "\(what) has no \"\(name)\"")
        }
        return fields
    }

    /// A non-empty scalar string.
    func string(_ node: Node?, what: String) -> String? {
        guard let node else { return nil }
        // Plain scalars come trimmed from the parser; only quoted ones can be blank.
        guard case let .scalar(scalar) = node, scalar.string.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            error(node, "\(what) must be a non-empty string")
            return nil
        }
        return scalar.string
    }

    /// A sequence of non-empty strings with their nodes.
    func strings(_ node: Node?, what: String) -> [(String, Node)] {
        guard let node else { return [] }
        guard let sequence = node.sequence else {
            error(node, "\(what) must be a list")
            return []
        }
        return sequence.compactMap { item in string(item, what: "an entry of \(what)").map { ($0, item) } }
    }

    /// A weight in `0 < w <= 10`.
    func weight(_ node: Node, what: String) -> Double? {
        guard case let .scalar(scalar) = node, let value = Double(scalar.string), value.isFinite else {
            error(node, "\(what) must be a number")
            return nil
        }
        guard value > 0, value <= LexiconPack.maximumWeight else {
            error(node, "\(what) \(scalar.string) is out of range (0 < weight <= \(Int(LexiconPack.maximumWeight)))")
            return nil
        }
        return value
    }

    /// A mapping of term → weight (`{报警: 3}`), in file order.
    func weightedTerms(_ node: Node?, what: String) -> [(String, Double, Node)] {
        guard let node else { return [] }
        guard let mapping = node.mapping else {
            error(node, "\(what) must be a mapping of term: weight")
            return []
        }
        var terms: [(String, Double, Node)] = []
        for (key, value) in mapping {
            guard let term = string(key, what: "a term in \(what)") else { continue }
            guard let weight = weight(value, what: "the weight of \"\(term)\"") else { continue }
            terms.append((term, weight, key))
        }
        return terms
    }
}
