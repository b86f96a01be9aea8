/// Token filter that keeps a doubled dash or ellipsis whole (`——`, `……`): Chinese typesetting
/// writes each as two characters. Runs of ASCII `-` or `.` stay separate.
struct PunctuationMerger {
    func merge(_ segments: inout [Segment], text: UnsafeBufferPointer<UInt16>) {
        guard segments.contains(where: { $0.kind == .punctuation && Self.isRepeatable(text[$0.start]) }) else { return }
        var output: [Segment] = []
        output.reserveCapacity(segments.count)
        for segment in segments {
            if segment.kind == .punctuation, let last = output.last, last.kind == .punctuation,
               last.end == segment.start, segment.end - segment.start == 1, text[last.start] == text[segment.start],
               Self.isRepeatable(text[segment.start]) {
                output[output.count - 1].end = segment.end
            } else {
                output.append(segment)
            }
        }
        segments = output
    }

    /// `—` and `…`.
    @inline(__always)
    private static func isRepeatable(_ unit: UInt16) -> Bool { unit == 0x2014 || unit == 0x2026 }
}
