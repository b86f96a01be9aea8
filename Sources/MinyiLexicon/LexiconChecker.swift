import MinyiIO

/// Consistency checks across the entries of a pack: a term written twice in one file (an error), the
/// same keyword in two departments with the same top weight (ambiguous: a warning), an alias claimed
/// by two departments (a warning), duplicate topic ids.
struct LexiconChecker {
    func check(_ departments: [Department]) -> [LexiconProblem] {
        var problems: [LexiconProblem] = []
        // Per term: the highest weight seen, its first department, and whether another one ties it.
        var owners: [String: (weight: Double, department: Int, tied: Bool)] = [:]
        owners.reserveCapacity(departments.reduce(0) { $0 + $1.keywords.count + $1.topics.reduce(0) { $0 + $1.keywords.count } })
        for (index, department) in departments.enumerated() {
            let keywords = department.keywords + department.topics.flatMap(\.keywords)
            problems += duplicatesWithinFile(department, keywords: keywords)
            for entry in keywords {
                if let current = owners[entry.term] {
                    if entry.weight > current.weight {
                        owners[entry.term] = (entry.weight, index, false)
                    } else if entry.weight == current.weight && current.department != index {
                        owners[entry.term]!.tied = true
                    }
                } else {
                    owners[entry.term] = (entry.weight, index, false)
                }
            }
            var topicIDs: [String: SourceLocation] = [:]
            for topic in department.topics {
                if let first = topicIDs[topic.id] {
                    problems.append(LexiconProblem(.error, topic.location, "duplicate topic id \"\(topic.id)\" (first at line \(first.line))"))
                } else {
                    topicIDs[topic.id] = topic.location
                }
            }
        }
        for (term, owner) in owners where owner.tied {
            let claimants = departments.filter { department in
                (department.keywords + department.topics.flatMap(\.keywords)).contains { $0.term == term && $0.weight == owner.weight }
            }
            problems += ambiguity(term, weight: owner.weight, departments: claimants)
        }
        problems += sharedAliases(departments)
        return problems
    }

    /// Every keyword, exclude term and alias of one department file appears once.
    private func duplicatesWithinFile(_ department: Department, keywords: [WeightedTerm]) -> [LexiconProblem] {
        var seen: [String: Int] = [:]
        var problems: [LexiconProblem] = []
        for entry in (keywords + department.exclude).sorted(by: { $0.location.line < $1.location.line }) {
            if let first = seen.updateValue(entry.location.line, forKey: entry.term) {
                seen[entry.term] = first
                problems.append(LexiconProblem(.error, entry.location, "duplicate keyword \"\(entry.term)\" in one file (first at line \(first))"))
            }
        }
        for alias in Set(department.aliases) {
            if let line = seen[alias] {
                problems.append(LexiconProblem(.error, SourceLocation(file: department.location.file, line: line), "\"\(alias)\" is both an alias and a keyword of \(department.id)"))
            }
        }
        return problems
    }

    /// A keyword whose highest weight is the same in two departments does not say which one owns it:
    /// one warning at each claim after the first (in file order).
    private func ambiguity(_ term: String, weight: Double, departments: [Department]) -> [LexiconProblem] {
        let claims = departments.map { department in
            (department.id, (department.keywords + department.topics.flatMap(\.keywords)).first { $0.term == term && $0.weight == weight }!.location)
        }.sorted { $0.1 < $1.1 }
        return claims.dropFirst().map { claim in
            let others = claims.filter { $0.0 != claim.0 }.map { "\($0.0) (\($0.1))" }
            return LexiconProblem(.warning, claim.1,
                "ambiguous keyword \"\(term)\": same top weight \(formatWeight(weight)) in \(claim.0) and \(others.joined(separator: ", "))")
        }
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
