/// The router's tunable constants. Defaults are documented in docs/routing.md.
public struct RouterOptions: Sendable, Hashable {
    /// Weight of a term seen in the title relative to the body (only when a title exists).
    public var titleWeight = 1.5
    /// Weight of an alias (`派出所`) as evidence for its department.
    public var aliasWeight = 3.0
    /// A keyword starting at most this many characters after a negation cue does not count.
    public var negationWindow = 4
    /// Softmax temperature in weight units: confidence = e^(s/T) / (1 + Σ e^(sᵢ/T)) over departments with evidence.
    public var temperature = 2.0
    /// Below this confidence the decision is `manual`.
    public var threshold = 0.5
    /// When the runner-up's score is within this margin of the top score, the decision is `manual`.
    public var margin = 0.5
    /// Texts longer than this many terms have their scores divided by √(terms / reference) (0 disables).
    public var referenceLength = 0.0
    /// How many runners-up to report.
    public var runnersUp = 3

    public init() {}
}
