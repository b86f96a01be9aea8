/// Consistency checks across the entries of a pack: a term written twice in one file (an error), the
/// same keyword in two departments with the same top weight (ambiguous: a warning), an alias claimed
/// by two departments (a warning), duplicate topic ids.
struct LexiconChecker {
    func check(_ departments: [Department]) -> [LexiconProblem] {
        var problems: [LexiconProblem] = []
        for department in departments {
            problems += duplicatesWithinFile(department)
            var topicIDs: [String: SourceLocation] = [:]
            for topic in department.topics {
                if let first = topicIDs[topic.id] {
                    problems.append(LexiconProblem(.error, topic.location, "duplicate topic id \"\(topic.id)\" (first at line \(first.line))"))
                } else {
                    topicIDs[topic.id] = topic.location
                }
            }
        }
        problems += ambiguousKeywords(departments)
        problems += sharedAliases(departments)
        return problems
    }

    /// Every keyword, exclude term and alias of one department file appears once.
    private func duplicatesWithinFile(_ department: Department) -> [LexiconProblem] {
        var seen: [String: SourceLocation] = [:]
        var problems: [LexiconProblem] = []
        let entries = department.keywords + department.exclude + department.topics.flatMap(\.keywords)
        for entry in entries.sorted(by: { $0.location < $1.location }) {
            if let first = seen[entry.term] {
                problems.append(LexiconProblem(.error, entry.location, "duplicate keyword \"\(entry.term)\" in one file (first at line \(first.line))"))
            } else {
                seen[entry.term] = entry.location
            }
        }
        for alias in Set(department.aliases) where seen[alias] != nil {
            problems.append(LexiconProblem(.error, seen[alias]!, "\"\(alias)\" is both an alias and a keyword of \(department.id)"))
        }
        return problems
    }

    /// A keyword whose highest weight is the same in two departments does not say which one owns it.
    private func ambiguousKeywords(_ departments: [Department]) -> [LexiconProblem] {
        var owners: [String: [(department: String, weight: Double, location: SourceLocation)]] = [:]
        for department in departments {
            var top: [String: WeightedTerm] = [:]
            for entry in department.keywords + department.topics.flatMap(\.keywords) where entry.weight > (top[entry.term]?.weight ?? 0) {
                top[entry.term] = entry
            }
            for (term, entry) in top { owners[term, default: []].append((department.id, entry.weight, entry.location)) }
        }
        var problems: [LexiconProblem] = []
        for (term, claims) in owners where claims.count > 1 {
            let best = claims.map(\.weight).max()!
            let tied = claims.filter { $0.weight == best }.sorted { $0.location < $1.location }
            guard tied.count > 1 else { continue }
            for claim in tied.dropFirst() {
                let others = tied.filter { $0.department != claim.department }.map { "\($0.department) (\($0.location))" }
                problems.append(LexiconProblem(.warning, claim.location,
                    "ambiguous keyword \"\(term)\": same top weight \(formatWeight(best)) in \(claim.department) and \(others.joined(separator: ", "))"))
            }
        }
        return problems
    }

    private func sharedAliases(_ departments: [Department]) -> [LexiconProblem] {
        var owners: [String: [Department]] = [:]
        for department in departments {
            for alias in Set(department.aliases) { owners[alias, default: []].append(department) }
        }
        return owners.filter { $0.value.count > 1 }.map { alias, claimants in
            let ids = claimants.map(\.id).sorted()
            return LexiconProblem(.warning, claimants.sorted { $0.id < $1.id }[1].location, "alias \"\(alias)\" is claimed by \(ids.joined(separator: ", "))")
        }
    }
}

func formatWeight(_ weight: Double) -> String {
    weight == weight.rounded() ? String(Int(weight)) : String(weight)
}
