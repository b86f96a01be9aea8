/// The words of the figure grammar: units and classifiers, qualifiers and change verbs.
enum FigureVocabulary {
    struct Unit {
        let kind: Figure.Kind
        /// The unit as reported (`个月` → `月`).
        let name: String
    }

    /// Units and classifiers after a number, matched longest first.
    static let units: [String: Unit] = {
        var table: [String: Unit] = [:]
        for classifier in [
            "人次", "家次", "场次", "台套", "户次", "架次", "批次", "车次", "件次", "部门", "区县", "方面",
            "个", "名", "人", "条", "件", "家", "项", "类", "处", "篇", "期", "份", "支", "次", "场", "户",
            "所", "辆", "台", "张", "位", "批", "种", "座", "套", "间", "栋", "幢", "册", "本", "组", "队",
            "只", "头", "棵", "株", "例", "起", "宗", "笔", "块", "部", "艘", "架", "列", "趟", "根", "颗", "枚", "轮",
            "盏", "口",
        ] {
            table[classifier] = Unit(kind: .count, name: classifier)
        }
        for measure in [
            "平方公里", "平方千米", "平方米", "立方米", "微克/立方米", "毫克/立方米", "公里", "千米", "厘米",
            "毫米", "米", "公顷", "亩", "吨", "公斤", "千克", "克", "千瓦时", "千瓦", "兆瓦", "毫升", "升",
            "周岁", "岁", "年", "工作日", "小时", "分钟", "秒钟", "秒", "天", "周", "星期",
            "兆帕", "千帕", "分贝", "千伏", "毫克", "微克", "℃",
        ] {
            table[measure] = Unit(kind: .measure, name: measure)
        }
        table["°C"] = Unit(kind: .measure, name: "℃")  // `℃` after NFKC
        for (written, name) in [("个工作日", "工作日"), ("个小时", "小时"), ("个月", "月"), ("个星期", "星期"), ("个季度", "季度")] {
            table[written] = Unit(kind: .measure, name: name)
        }
        table["元"] = Unit(kind: .money, name: "元")
        table["美元"] = Unit(kind: .money, name: "美元")
        table["%"] = Unit(kind: .percent, name: "%")
        table["个百分点"] = Unit(kind: .points, name: "个百分点")
        table["百分点"] = Unit(kind: .points, name: "百分点")
        return table
    }()
    static let longestUnit = units.keys.map(\.count).max() ?? 1

    /// Lengths of time: with the numeral 一 they are still measures (`一周`), unlike counts.
    static let timeUnits: Set<String> = ["周", "天", "小时", "分钟", "月", "星期", "季度", "工作日"]

    /// Magnitudes after Arabic digits, longest first.
    static let magnitudes: [(String, Double)] = [("万亿", 1e12), ("千万", 1e7), ("百万", 1e6), ("亿", 1e8), ("万", 1e4), ("千", 1e3)]

    /// Qualifiers in front of the number, longest first.
    static let prefixQualifiers: [(String, Figure.Qualifier)] = [
        ("不少于", .atLeast), ("不低于", .atLeast), ("超过", .atLeast), ("突破", .atLeast), ("至少", .atLeast),
        ("将近", .about), ("大约", .about), ("约", .about), ("近", .about),
    ]
    /// Words that end in 约 or 近 without meaning "about" (`预约`, `附近`).
    static let falseQualifierHeads: Set<Character> = ["预", "节", "制", "签", "公", "条", "邀", "附", "最", "接", "靠", "临", "就"]
    /// Words before a qualifier that turn it into an upper bound (`不超过3分钟`): no qualifier then.
    static let negations: Set<Character> = ["不", "未", "没"]
    /// Qualifiers after the unit.
    static let suffixQualifiers: [(String, Figure.Qualifier)] = [("以上", .atLeast), ("之多", .atLeast), ("左右", .about)]

    /// Verbs that make the figure the size of a change.
    static let changeVerbs: [(String, Figure.Change)] = [
        ("增长", .up), ("增加", .up), ("提升", .up), ("提高", .up), ("上升", .up), ("上涨", .up), ("回升", .up),
        ("下降", .down), ("减少", .down), ("降低", .down), ("回落", .down), ("下滑", .down),
    ]
    /// Comparison words that may stand right before a change verb and belong to the figure.
    static let comparisons = ["同比", "环比"]

    /// Conjunctions across which a change verb carries over (`分别增长4.9%和6.3%`).
    static let listJoiners: Set<String> = ["和", "、", "与", "及", "以及"]

    /// Second characters of words that start with 成 (`成为`, `成立`, `成果`): after them `三成` is not "30 %".
    static let wordsAfterCheng: Set<Character> = ["为", "立", "本", "果", "绩", "就", "熟", "员", "功", "交", "长", "效", "品", "型", "都", "套", "批"]

    /// Marks between the two ends of a range (`3000-3500吨`, `三至五年`).
    static let rangeJoiners: Set<Character> = ["-", "–", "—", "~", "～", "至", "到"]
    /// Kinds of figures that have a value, so they can end a range.
    static let quantities: Set<Figure.Kind> = [.count, .money, .percent, .points, .measure]

    /// Fixed political formulas that hold a numeral but are names, not figures (`八项规定`, `五位一体`).
    static let names = ["八项规定", "四个意识", "四个自信", "四个全面", "两个维护", "两个确立", "五位一体"]

    /// Periods named without a numeral.
    static let periodWords = ["上半年", "下半年", "全年"]
    /// Suffixes after `N月` that keep it a date (`4月底`).
    static let monthParts = ["上旬", "中旬", "下旬", "底", "初", "末"]
}
