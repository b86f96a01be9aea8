import MinyiSpeech
import Testing

/// Ranges, slash fractions, upper bounds, occasions (`项次`) and numeric names.
@Suite struct FigureRangeTests {
    /// Input sentence → the figures it holds.
    static let cases: [(String, [FigureRow])] = [
        // A range is one figure: the lower end, at least.
        ("预计每年削减氮氧化物3000-3500吨", [FigureRow("3000-3500吨", .measure, 3000, "吨", .atLeast)]),
        ("清扫率保持在90%—95%", [FigureRow("90%—95%", .percent, 90, "%", .atLeast)]),
        ("总投资8亿—10亿元", [FigureRow("8亿—10亿元", .money, 800_000_000, "元", .atLeast)]),
        ("每户出资1.5万—3万元", [FigureRow("1.5万—3万元", .money, 15000, "元", .atLeast)]),
        ("每户补贴3-5万元", [FigureRow("3-5万元", .money, 30000, "元", .atLeast)]),
        ("完成治理村庄150-200个", [FigureRow("150-200个", .count, 150, "个", .atLeast)]),
        ("用三至五年时间", [FigureRow("三至五年", .measure, 3, "年", .atLeast)]),
        ("整改期限1-2个月", [FigureRow("1-2个月", .measure, 1, "月", .atLeast)]),
        ("服务期3-5年", [FigureRow("3-5年", .measure, 3, "年", .atLeast)]),
        ("力争分担率提高1至2个百分点", [FigureRow("提高1至2个百分点", .points, 1, "个百分点", .atLeast, .up)]),
        ("2023—2025年行动计划", [FigureRow("2023—2025年", .period, nil, nil)]),
        ("1-11月受理诉求", [FigureRow("1-11月", .period, nil, nil)]),
        // Not ranges: a level reached, a phone number.
        ("用时由30个工作日缩短至12个工作日", [FigureRow("30个工作日", .measure, 30, "工作日"), FigureRow("12个工作日", .measure, 12, "工作日")]),
        ("占比提高到95%", [FigureRow("95%", .percent, 95, "%")]),
        ("咨询电话0533-3182345", []),
        // Fractions written with a slash, and suffixes after fractions.
        ("审批时限压缩至法定时限的1/2以内", [FigureRow("1/2", .percent, 50, "%")]),
        ("超标天数占全年的2/3以上", [FigureRow("全年", .period, nil, nil), FigureRow("2/3以上", .percent, 200.0 / 3, "%", .atLeast)]),
        ("四分之三以上的小区", [FigureRow("四分之三以上", .percent, 75, "%", .atLeast)]),
        ("12345/12319热线", []),
        ("24/7在线服务", []),
        // Upper bounds are not qualifiers.
        ("每人发言不超过3分钟", [FigureRow("3分钟", .measure, 3, "分钟")]),
        ("投资额未突破5亿元", [FigureRow("5亿元", .money, 500_000_000, "元")]),
        ("开工项目不少于150个", [FigureRow("不少于150个", .count, 150, "个", .atLeast)]),
        // A classifier with 次 counts occasions.
        ("开展水质监测2.3万余项次", [FigureRow("2.3万余项次", .count, 23000, "项次", .atLeast)]),
        ("惠及货车约42万辆次", [FigureRow("约42万辆次", .count, 420_000, "辆次", .about)]),
        ("检测设备800台次", [FigureRow("800台次", .count, 800, "台次")]),
        // 方面 is counted without a classifier; 一方面 means "on the one hand".
        ("主要有三方面原因", [FigureRow("三方面", .count, 3, "方面")]),
        ("一方面加强监管", []),
        // Fixed political formulas are names.
        ("严格执行中央八项规定精神", []),
        ("统筹推进“五位一体”总体布局", []),
        ("增强“四个意识”", []),
    ]

    @Test(arguments: cases)
    func reads(input: String, expected: [FigureRow]) throws {
        #expect(try SpeechFixtures.rows(input) == expected)
    }
}
