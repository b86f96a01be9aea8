/// The router's tunable constants. Defaults are documented in docs/routing.md.
public struct RouterOptions: Sendable, Hashable {
    /// Weight of a term seen in the title relative to one seen only in the body.
    public var titleWeight = 1.5
    /// α in `1 + α ln n` for a term seen n times: 1 is the usual sublinear term frequency, 0 counts
    /// each distinct term once.
    public var frequencyDamping = 1.0
    /// Weight of an alias (`派出所`) as evidence for its department.
    public var aliasWeight = 3.0
    /// A keyword starting at most this many characters after a negation cue does not count; an alias
    /// as close after a request cue is the addressee.
    public var cueWindow = 4
    /// Cues before the department a citizen asks to act (`建议交警…`, `请城管…`).
    public var requestCues = ["建议", "希望", "请", "要求", "恳请", "呼吁", "麻烦"]
    /// An addressed alias weighs this many times an alias.
    public var addresseeBoost = 2.0
    /// Softmax temperature in weight units: confidence = e^(s/T) / (1 + Σ e^(sᵢ/T)) over departments with evidence.
    public var temperature = 2.0
    /// Below this confidence the decision is `manual`. 0.7 needs, without a competitor, a score of
    /// T·ln(0.7/0.3) ≈ 1.7: a lone weak hint (weight 1, "only breaks ties" in the pack format) goes to
    /// a person, one typical keyword (2–4) is routed.
    public var threshold = 0.7
    /// When the runner-up's score is within this margin of the top score, the decision is `manual`.
    public var margin = 0.5
    /// Texts longer than this many terms have their scores divided by √(terms / reference) (0 disables).
    public var referenceLength = 0.0
    /// How many runners-up to report.
    public var runnersUp = 3

    public init() {}
}
