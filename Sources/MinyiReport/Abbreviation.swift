/// How Chinese shortens a word or a name: by dropping characters and keeping the rest in order
/// (`电动车` of `电动自行车`, `恒通客运` of `恒通汽车客运`).
enum Abbreviation {
    /// Whether the characters of `short` all stand in `long`, in the same order.
    static func keepsOrder(_ short: String, in long: String) -> Bool {
        var remaining = short[...]
        for character in long where character == remaining.first { remaining = remaining.dropFirst() }
        return remaining.isEmpty
    }
}
