/// Token filter that writes Chinese person names as one word (`游|景|玉` → `游景玉`) when the user
/// dictionary's standard does so.
///
/// Names are the commonest words no dictionary holds: the lattice leaves them as single characters.
/// Standards differ: PKU splits surname and given name (`江 泽民`), MSR writes the whole name. The
/// filter is learned from the user words (`learn(from:isGeneralWord:)`): it is on only when they hold
/// many surname-initial three-character words that are no general word, and those names give the
/// characters that occur in given names. A single-character surname token followed by one or two
/// single-character tokens of given-name characters then becomes one word.
struct PersonNameMerger: Sendable {
    /// Characters seen in given names of the user words.
    let givenNameCharacters: Set<UInt16>

    /// The 200 or so commonest single-character surnames, less those that are common function words (`于`, `和`, `向`).
    static let surnames: Set<UInt16> = Set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤温康施牛樊葛邢齐乔伍庞颜倪庄聂鲁岳翟殷詹申欧耿焦俞左柳祝舒阮柯梅凌裴霍涂苗翁冉骆蓝游辛靳柴蒙鲍喻祁蒲滕饶牟艾尤穆卓吉缪娄窦戚岑晏瞿佟闵苟邬卞姬仇栾隋刁荣寇桑郎甄丛虞敖巩佘邝".utf16)

    /// The merger the user words call for, or nil when their standard splits names.
    /// `isGeneralWord` tells words of the general dictionary, which are no names (`金属漆`).
    static func learn(from userWords: [[UInt16]], isGeneralWord: ([UInt16]) -> Bool,
                      minimumShare: Double = 0.02, minimumCount: Int = 200) -> PersonNameMerger? {
        var characterCounts: [UInt16: Int] = [:]
        var names = 0
        for word in userWords where word.count == 3 && surnames.contains(word[0]) && word.allSatisfy(Unicode.Scalar.isHan) && !isGeneralWord(word) {
            names += 1
            characterCounts[word[1], default: 0] += 1
            characterCounts[word[2], default: 0] += 1
        }
        guard names >= minimumCount, Double(names) >= minimumShare * Double(userWords.count) else { return nil }
        return PersonNameMerger(givenNameCharacters: Set(characterCounts.filter { $0.value >= 2 }.keys))
    }

    func merge(_ segments: inout [Segment], text: UnsafeBufferPointer<UInt16>) {
        // Most texts hold no name: leave them untouched.
        guard let first = segments.indices.first(where: { nameLength(at: $0, segments, text) > 1 }) else { return }
        var output = Array(segments[..<first])
        output.reserveCapacity(segments.count)
        var index = first
        while index < segments.count {
            let length = nameLength(at: index, segments, text)
            if length > 1 {
                output.append(Segment(start: segments[index].start, end: segments[index + length - 1].end, kind: .word))
            } else {
                output.append(segments[index])
            }
            index += max(1, length)
        }
        segments = output
    }

    /// Number of tokens (2 or 3) forming a name at `index`, or 0.
    private func nameLength(at index: Int, _ segments: [Segment], _ text: UnsafeBufferPointer<UInt16>) -> Int {
        guard let surname = singleHan(segments, index, text), Self.surnames.contains(surname) else { return 0 }
        guard let first = singleHan(segments, index + 1, text), givenNameCharacters.contains(first) else { return 0 }
        if let second = singleHan(segments, index + 2, text), givenNameCharacters.contains(second) { return 3 }
        return 2
    }

    /// The character of a one-character Han word token at `index`.
    @inline(__always)
    private func singleHan(_ segments: [Segment], _ index: Int, _ text: UnsafeBufferPointer<UInt16>) -> UInt16? {
        guard index < segments.count else { return nil }
        let segment = segments[index]
        guard segment.kind == .word, segment.end - segment.start == 1, Unicode.Scalar.isHan(text[segment.start]) else { return nil }
        return text[segment.start]
    }
}
