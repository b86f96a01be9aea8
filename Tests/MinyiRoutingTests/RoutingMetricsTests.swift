import Testing
@testable import MinyiRouting

@Suite struct RoutingMetricsTests {
    /// Six items, three labels, hand-computed:
    /// gold  a a a b b c;  predicted  a a b b nil c;  item 4 (b→a? no: b→b) abstained, item 5 no evidence.
    /// a: P 2/2, R 2/3, F1 0.8;  b: P 1/2, R 1/2, F1 0.5;  c: P 1/1, R 1/1, F1 1.
    @Test func handComputedExample() {
        let metrics = RoutingMetrics(gold: ["a", "a", "a", "b", "b", "c"],
                                     predicted: ["a", "a", "b", "b", nil, "c"],
                                     abstained: [false, false, false, true, true, false])
        #expect(metrics.labels == ["a", "b", "c"])
        #expect(metrics.columns == ["a", "b", "c", RoutingMetrics.noPrediction])
        #expect(metrics.confusion == [[2, 1, 0, 0], [0, 1, 0, 1], [0, 0, 1, 0]])
        #expect(abs(metrics.accuracy - 4.0 / 6) < 1e-12)
        #expect(metrics.perLabel.map(\.precision) == [1, 0.5, 1])
        #expect(abs(metrics.perLabel[0].recall - 2.0 / 3) < 1e-12)
        #expect(abs(metrics.perLabel[0].f1 - 0.8) < 1e-12)
        #expect(metrics.perLabel.map(\.support) == [3, 2, 1])
        #expect(abs(metrics.macroF1 - (0.8 + 0.5 + 1) / 3) < 1e-12)
        #expect(abs(metrics.abstentionRate - 2.0 / 6) < 1e-12)
        // Routed items: a→a, a→a, a→b, c→c.
        #expect(metrics.routedAccuracy == 0.75)
    }

    @Test func labelNeverPredictedHasZeroPrecisionNotADivisionByZero() {
        let metrics = RoutingMetrics(gold: ["a", "b"], predicted: ["a", "a"], abstained: [false, false])
        #expect(metrics.perLabel[1].precision == 0 && metrics.perLabel[1].f1 == 0)
        #expect(abs(metrics.perLabel[0].f1 - 2.0 / 3) < 1e-12)
        #expect(abs(metrics.macroF1 - 1.0 / 3) < 1e-12)
    }
}
