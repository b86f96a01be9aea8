import Testing
@testable import MinyiText

@Suite struct TermTrieTests {
    private func matches(_ trie: TermTrie, in text: String, from start: Int) -> [[Int]] {
        let units = Array(text.utf16)
        var found: [[Int]] = []
        units.withUnsafeBufferPointer { buffer in
            trie.forEachMatch(in: buffer, from: start, limit: buffer.count) { end, entry in found.append([end, entry]) }
        }
        return found
    }

    @Test func findsEveryEntryStartingAtAPositionShortestFirst() {
        var trie = TermTrie()
        let bureau = trie.insert(Array("人社局".utf16))
        let person = trie.insert(Array("人".utf16))
        // Added after a longer word: its step must now say that an entry ends there.
        let prefix = trie.insert(Array("人社".utf16))
        // Extends what was a leaf: the walk must now go on past `人社局`.
        let chief = trie.insert(Array("人社局长".utf16))
        #expect(trie.count == 4)
        #expect(matches(trie, in: "人社局长说", from: 0) == [[1, person], [2, prefix], [3, bureau], [4, chief]])
        #expect(matches(trie, in: "人社局", from: 0) == [[1, person], [2, prefix], [3, bureau]])
        #expect(matches(trie, in: "社局", from: 0).isEmpty)
        #expect(trie.insert(Array("人社".utf16)) == prefix)
        #expect(trie.entry(Array("人社局".utf16)) == bureau)
        #expect(trie.entry(Array("人社局长说".utf16)) == nil)
    }

    @Test func walksStopAtTheLimit() {
        var trie = TermTrie()
        trie.insert(Array("公交".utf16))
        let units = Array("公交车".utf16)
        var ends: [Int] = []
        units.withUnsafeBufferPointer { buffer in trie.forEachMatch(in: buffer, from: 0, limit: 1) { end, _ in ends.append(end) } }
        #expect(ends.isEmpty)
    }

    @Test func keepsEveryWordOfALargeDictionaryAfterGrowing() {
        var trie = TermTrie(capacity: 4)
        let words = (0..<5000).map { index in Array("词\(index)号".utf16) }
        let entries = words.map { trie.insert($0) }
        #expect(Set(entries).count == words.count)
        for (word, entry) in zip(words, entries) { #expect(trie.entry(word) == entry) }
    }
}
