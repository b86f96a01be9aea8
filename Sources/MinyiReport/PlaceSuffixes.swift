/// The word lists behind ``PlaceExtractor``: place suffixes by kind, words that end like a place but
/// are generic, and words that never belong to a name.
enum PlaceSuffixes {
    /// Suffixes, longest first within each ending so `有限公司` wins over `公司`.
    static let table: [(suffix: String, kind: Place.Kind)] = {
        let kinds: [(Place.Kind, [String])] = [
            (.community, ["小区", "花园", "家园", "社区", "公寓", "新村", "苑", "庄园", "宿舍", "宿舍楼", "家属院", "家属区", "家属楼", "新城",
                          "郡", "华庭", "公馆", "山庄", "府", "湾", "片区", "佳园", "嘉园", "雅居", "名邸", "府邸"]
                + resettlementSuffixes.sorted()),
            (.organization, ["有限公司", "公司", "集团", "学校", "小学", "中学", "大学", "学院", "职院", "幼儿园", "医院", "卫生院",
                             "银行", "超市", "夜市", "早市", "集市", "花市", "商场", "市场", "广场", "大厦", "酒店", "宾馆", "工厂", "工地", "加工厂", "化工厂", "水泥厂", "造纸厂", "养殖场", "搅拌站", "厂",
                             "会所", "健身房", "俱乐部", "工作室", "驾校", "公园", "景区", "风景区", "风景名胜区", "旅游区", "度假区",
                             "图书馆", "体育馆", "博物馆", "游泳馆", "文化馆", "科技馆", "美术馆", "纪念馆", "展览馆", "殡仪馆",
                             "数据中心", "体育中心", "购物中心", "会展中心", "物流中心", "加油站", "变电站", "电站", "水电站", "发电站", "派出所", "养老院", "敬老院",
                             "福利院", "棋牌室", "停车场", "养猪场", "屠宰场", "垃圾场", "填埋场", "水库", "码头", "陵园", "公墓",
                             "KTV", "酒吧", "网吧", "歌厅", "舞厅", "影城", "影院", "饭店", "酒楼", "餐厅",
                             "物流园", "产业园", "工业园", "科技园", "物流园区", "产业园区", "工业园区"]
                            + brandSuffixes.sorted() + appSuffixes.sorted()),
            (.village, ["村"]),
            (.road, ["路", "大道", "大街", "街", "巷", "胡同", "桥", "大桥", "立交桥", "隧道"]),
            (.river, ["河"]),
            (.district, ["区", "县"]),
            (.town, ["镇", "乡", "街道"]),
            (.city, ["市"]),
            (.province, ["省"]),
        ]
        return kinds.flatMap { kind, suffixes in suffixes.map { ($0, kind) } }.sorted { $0.suffix.count > $1.suffix.count }
    }()

    /// Suffixes of resettlement estates, named after the village or quarter whose people they house
    /// (`柳湾安置小区`, `柳湾还建房`, `龙塘安置区`): the estate is the name before them, not an area named
    /// `…安置区`. The suffix is also the matter's word (``FeedbackProfile/resettlementTerms(_:)``).
    static let resettlementSuffixes: Set<String> = ["安置小区", "安置区", "安置房", "还建房", "还建小区", "回迁房", "回迁小区"]

    /// Suffixes by their last character, longest first: most tokens end in none and are rejected by
    /// one lookup.
    private static let byLastCharacter: [Unicode.Scalar: [(scalars: [Unicode.Scalar], suffix: String, kind: Place.Kind)]] = {
        var index: [Unicode.Scalar: [(scalars: [Unicode.Scalar], suffix: String, kind: Place.Kind)]] = [:]
        for (suffix, kind) in table { index[suffix.unicodeScalars.last!, default: []].append((Array(suffix.unicodeScalars), suffix, kind)) }
        return index
    }()

    /// Multi-character suffixes by their first character, for suffixes glued to the word after them.
    private static let byFirstCharacter: [Unicode.Scalar: [(scalars: [Unicode.Scalar], suffix: String)]] = {
        var index: [Unicode.Scalar: [(scalars: [Unicode.Scalar], suffix: String)]] = [:]
        for (suffix, _) in table where suffix.unicodeScalars.count >= 2 {
            index[suffix.unicodeScalars.first!, default: []].append((Array(suffix.unicodeScalars), suffix))
        }
        return index
    }()

    private static let suffixSet = Set(table.map(\.suffix))

    /// The longest suffix `word` ends with, and its kind.
    static func suffix(of word: String) -> (String, Place.Kind)? {
        let scalars = word.unicodeScalars
        guard let last = scalars.last, let candidates = byLastCharacter[last] else { return nil }
        for candidate in candidates where scalars.reversed().starts(with: candidate.scalars.reversed())
            && (scalars.count == candidate.scalars.count || !unknownBrandSuffixes.contains(candidate.suffix)) {
            return (candidate.suffix, candidate.kind)
        }
        return nil
    }

    /// The multi-character suffix `word` begins with, when more follows it.
    static func leadingSuffix(of word: String) -> String? {
        let scalars = word.unicodeScalars
        guard let first = scalars.first, let candidates = byFirstCharacter[first] else { return nil }
        let count = scalars.count
        for candidate in candidates where count > candidate.scalars.count && scalars.starts(with: candidate.scalars) {
            return candidate.suffix
        }
        return nil
    }

    static func isSuffix(_ word: String) -> Bool { suffixSet.contains(word) }

    /// The suffix a letters token is, in either case (`KTV`, `ktv`), if any.
    static func letterSuffix(_ letters: String) -> String? {
        let upper = letters.uppercased()
        return suffixSet.contains(upper) ? upper : nil
    }

    /// The position word `word` ends with, when something comes before it.
    static func trailingPosition(of word: String) -> String? {
        let scalars = word.unicodeScalars
        guard let last = scalars.last, positionEndings.contains(last) else { return nil }
        let count = scalars.count
        return positionWords.first { count > $0.unicodeScalars.count && endsWith(word, $0) }
    }

    /// `hasSuffix` by scalars: the same on normalized text, without its grapheme walk.
    static func endsWith(_ word: String, _ ending: String) -> Bool {
        word.unicodeScalars.reversed().starts(with: ending.unicodeScalars.reversed())
    }

    private static let positionEndings = Set(positionWords.map { $0.unicodeScalars.last! })

    /// Characters no place's name ends in: prepositions (`按`, `于`, `在`, `给`), the determiner `该`, aspect
    /// particles (`了`, `着`, `过`), the result `到`, and the classifier `个` (`一放炮半个|村` counts the village).
    static let nonNameEndings = Set("按该于在给过了着到个".unicodeScalars)

    /// Where a works stands as its neighbours say it (`后山|石料厂`, `村边|砖厂`): no part of its name.
    static let worksPositions: Set<String> = ["后山", "前山", "山上", "山后", "山里", "村后", "村前", "村边", "村口", "村头", "村里",
                                              "河边", "路边", "对面", "隔壁", "附近", "旁边"]

    /// Function words that also end names before their suffix, after a character of the name (`天和`, `名都`,
    /// `许坦新|苑`).
    static let nameEndingFunctionWords: Set<String> = ["和", "都", "新"]

    /// A firm's trades that are also verbs (`建设`, `咨询`): part of its name right before its suffix
    /// (`宏泰|建设|有限公司`, `优学堂|教育|咨询|有限公司`), after the rest of the name.
    static let firmTradeVerbs: Set<String> = ["建设", "咨询", "开发", "发展"]

    /// Function words that also begin names, before one character of the name (`和兴`, `同兴`): a name
    /// of one character is none, so the segmenter's `和|兴|小区` is the estate `和兴小区`.
    static let nameBeginningFunctionWords: Set<String> = ["和", "同"]

    /// Dots inside brand-style names (`恒达·御府`): part of the name, not of its core.
    static let nameJoiners: Set<String> = ["·", "•", "・", "‧"]

    /// Position words that the segmenter may glue to a suffix: `学校门口`, `小区内`, `解放|路口`,
    /// `杨柳|村边`.
    static let positionWords = ["门口", "附近", "旁边", "对面", "周边", "周围", "东侧", "西侧", "南侧", "北侧", "门前", "楼下", "里面", "边上", "内", "里", "边", "口"]

    /// Words that end in a suffix but name no particular place.
    static let genericWords: Set<String> = [
        "地区", "城区", "市区", "园区", "景区", "风景区", "旅游区", "度假区", "旅游景区", "风景名胜区", "郊区", "辖区", "校区", "学区", "社区", "小区", "街区", "山区", "灾区", "老区", "新区",
        "该区", "本区", "我区", "全区", "各区", "此区", "住宅区", "生活区", "居民区", "商业区", "开发区", "示范区", "城乡",
        // parts of a site, not districts: `售楼部洽谈区`, `高速服务区`, a tower's upper and lower supply
        // zones (`9栋高区`, `减免高区住户`)
        "高区", "低区", "自习区", "阅览区", "报刊区", "就餐区", "儿童区", "活动区", "娱乐区", "商铺区",
        "洽谈区", "休息区", "等候区", "候车区", "候诊区", "办事区", "服务区", "功能区", "停车区", "吸烟区", "展示区", "样板区",
        "签约区", "办公区", "施工区", "作业区", "绿化区", "游乐区", "健身区", "教学区", "宿舍区", "家属区", "厂区", "库区", "矿区", "营区",
        "全县", "本县", "各县", "该县", "城市", "本市", "全市", "我市", "该市", "各市", "城镇", "乡镇", "集镇", "城中村",
        // words ending in `市` that name no city: `西瓜|上市`, `引导|入市`, `改成|门市`
        "上市", "入市", "收市", "门市", "地级市", "县级市", "海绵城市",
        "道路", "马路", "公路", "铁路", "线路", "电路", "思路", "出路", "一路", "沿路", "走路", "修路", "过路", "十字路", "丁字路", "上路", "让路", "门路", "绕路", "绕道", "带路", "问路", "找路", "近路", "远路", "回家路", "跑路", "卷款跑路", "走投无路", "无路",
        "顺路", "活路", "后路", "退路", "套路", "半路", "迷路", "岔路", "来路", "去路", "弯路", "生路", "死路",
        "农村", "乡村", "山村", "全村", "本村", "我村", "该村", "各村", "邻村", "村村",
        "贫困村", "示范村", "行政村", "自然村", "空心村", "移民村", "重点村", "试点村",
        "街道", "大街", "上街", "逛街", "沿街", "临街", "满街", "当街",
        "公司", "本公司", "该公司", "分公司", "总公司", "子公司", "物业公司", "注册公司", "定点医院", "定点药店", "学校", "该校", "医院", "超市", "夜市", "早市", "集市", "花市", "市场", "广场", "台湾", "海湾", "港湾", "河湾",
        "工地", "施工工地", "建筑工地", "电站", "水电站", "发电站", "充电站", "宿舍", "集团", "银行", "酒店", "大桥", "桥", "过街天桥", "天桥", "高架桥", "立交桥", "隧道",
        "会所", "健身房", "俱乐部", "工作室", "物流园", "产业园", "工业园", "科技园", "物流园区", "产业园区", "工业园区",
        "小河", "大河", "江河", "山河", "运河", "内河", "冰河", "银河", "天河", "黄河", "过河", "沿河", "跨河", "拔河", "渡河", "小溪河", "母亲河", "先河", "大小河",
        "政府", "市府", "县府", "省府", "区府", "镇府", "乡府", "首府", "官府", "知府", "王府", "天府", "幕府", "城府", "高等学府",
    ]

    /// Words for a whole city, district or county, which end no place's name before a suffix of their
    /// own (`我市|路`, `S1|市区|路`, `本县|医院`).
    static let wholeAreaWords: Set<String> = [
        "我市", "本市", "全市", "该市", "各市", "市区", "城区", "我区", "本区", "全区", "该区", "各区", "我县", "本县", "全县", "该县", "各县",
    ]

    /// Whether `word` is, or ends in, a generic word longer than its suffix: `马路`, `公交线路`, `高速公路`.
    static func endsInGenericWord(_ word: String) -> Bool {
        if genericWords.contains(word) { return true }
        let scalars = word.unicodeScalars
        for length in 2..<max(2, min(scalars.count, 5)) where genericWords.contains(String(scalars.suffix(length))) {
            return (suffix(of: word)?.0.unicodeScalars.count ?? 0) < length
        }
        return false
    }

    /// Provinces written as one word with their suffix (`山东省`); other words ending in `省` (`节省`,
    /// `全省`) are no provinces.
    static let provinces: Set<String> = [
        "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南",
        "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾",
    ]

    /// The quarters of a town, which name its main streets on their own (`东大街`, `北大街`).
    static let quarters: Set<String> = ["东", "西", "南", "北"]

    /// Position words that begin many village and street names (`后营村`, `东关街`), though alone they
    /// end a name (`门口|前`).
    static let namePrefixes: Set<String> = ["前", "后", "上", "下", "中", "东", "西", "南", "北", "大", "小", "新", "老"]

    /// Position characters that end many village names (`塅下村`, `岭前村`, `河东村`): the name prefixes
    /// that are no size or age.
    static let villageNameEndings = namePrefixes.subtracting(["大", "小", "新", "老"])

    /// Suffixes that a dictionary word may end in as a trade (`纺织厂`, `机械厂`): such a word names a
    /// place only after a name of its own (`鲁泰|纺织厂`, `泓锦|厂`).
    static let tradeSuffixes: Set<String> = ["厂"]

    /// Generic words that the segmenter also makes of a village name's last character and `村`
    /// (`七里|山村` is `七里山村`); a name right after a town or district is read with them.
    static let nameEndingVillageWords: Set<String> = ["山村"]

    /// Whether `word` is an estate's suffix and nothing more (`苑`, `花园`, `小区`).
    static func isEstateSuffix(_ word: String) -> Bool { suffix(of: word).map { $0 == (word, .community) } ?? false }

    /// Whether `word` ends in a river's suffix (`滨河`, `河`): a river is named on its own, and `河` is
    /// read inside other names (`滨河东路`, `双|河|镇`).
    static func endsInRiver(_ word: String) -> Bool { suffix(of: word)?.1 == .river }

    /// Whether an organization with this suffix is a firm, works or yard (`…公司`, `…健身`, `…厂`,
    /// `…养殖场`), whose name may hold a verb of its trade (`起重`, `丰收`).
    static func mayHoldTrade(_ suffix: String) -> Bool {
        firmSuffixes.contains(suffix) || brandSuffixes.contains(suffix) || endsWith(suffix, "厂") || endsWith(suffix, "场")
    }

    /// Suffixes of brands the segmenter does not know: lending platforms (`禾|信|e|贷`, `58|车|贷`) and
    /// the trade words people name a firm by without `公司` (`力|健|健身`, `鸿|泰|地产`). The name before
    /// them is made of single characters, letters and digits only, since a word before them is a
    /// phrase (`参与|网|贷`, `全民|健身`). `物业` and `热力` are left out: the firm that manages or
    /// heats an estate would stand beside the estate in every text about it. `燃气` and `水务` are in:
    /// texts name a gas or water firm for its own doings across the city (`瀚|源|燃气` swapping meters,
    /// `清|源|水务` billing twice), an estate's supply by the generic `燃气公司`.
    static let brandSuffixes = Set(["贷", "地产", "置业", "健身", "建材", "劳务", "汽修", "家政", "燃气", "水务"]).union(unknownBrandSuffixes)

    /// Trade words of schools out of school (`优|睿|思|英语`, `博|睿|教育`) and of eateries (`炳|记|大排档`,
    /// `老|灶|火锅`): brand suffixes written as a word of their own after a name the segmenter did not
    /// know only, since a word before them, or in the same word, is what is taught or served
    /// (`少儿|英语`, `义务教育`, `技能|培训`, `夜市|烧烤`, `连锁|火锅店`).
    static let unknownBrandSuffixes: Set<String> = ["英语", "教育", "培训", "火锅", "火锅店", "烧烤", "烧烤店", "大排档"]

    /// Words after an app's name (`沛|能|充|APP`, `“就业绵绵”小程序`): the name is single characters,
    /// letters and digits, or quoted, since a word before them says what kind (`手机|APP`, `微信|小程序`).
    static let appSuffixes: Set<String> = ["APP", "小程序"]

    /// Apps that other apps live in, which the segmenter may split (`微|信|小程序`): no app's own name.
    static let appHosts: Set<String> = ["微信", "支付宝", "抖音", "快手", "百度", "淘宝", "钉钉"]

    /// Trade words that begin the words of their trade (`燃气表`, `燃气费`, `燃气灶`; `教育局`, `培训费`,
    /// `火锅店`): suffixes only when written whole.
    static let wholeOnlySuffixes = Set(["燃气"]).union(unknownBrandSuffixes)

    /// Words before a trade word that say what kind of trade, not whose: `全民|健身`, `户外|健身`,
    /// `装饰|建材`, `小额|贷`.
    static let brandModifiers: Set<String> = [
        "全民", "户外", "室内", "室外", "科学", "运动", "散步", "跑步", "晨练", "锻炼", "最佳", "旗下",
        "大众", "群众", "居民", "日常", "免费", "家庭", "老年", "老人", "健康", "专业",
        "中老年", "青少年", "儿童", "女子", "男子", "智能", "自助", "共享", "正规", "高端", "平价", "全国", "全省", "连锁",
        "房产", "商业", "住宅", "装饰", "五金", "钢材", "家居", "绿色", "环保", "汽车", "二手", "新型",
        "小额", "信用", "消费", "网络", "助学", "抵押", "校园", "民间", "互联网", "房屋", "个人",
    ]

    /// Whether `place` is a firm (``isFirm(_:)``) or a developer named by its trade word (`禹衡置业`,
    /// `鸿泰地产`), whose name stands for its estate (``ConcernGrouper/placingDevelopers(_:_:)``).
    static func isFirmOrDeveloper(_ place: Place) -> Bool {
        isFirm(place) || (place.kind == .organization && suffix(of: place.name).map { developerSuffixes.contains($0.0) } == true)
    }

    private static let developerSuffixes: Set<String> = ["地产", "置业"]

    /// Suffixes that are part of the name and stay in its core: `御府` and `恒达御府` are one estate,
    /// `华府` another.
    static let nameSuffixes: Set<String> = ["府"]

    /// Suffixes of organizations that people from every district write about: companies, lending
    /// platforms, apps, colleges. Hospitals, schools, markets and sites stand in one district, and each
    /// county has its own `人民医院` and `实验小学`.
    private static let citywideSuffixes: Set<String> = Set(["有限公司", "公司", "集团", "贷", "大学", "学院", "职院"]).union(appSuffixes)

    /// Whether `place` is an institution known by its number only (`第二中学`, `第一人民医院`): each city
    /// and county has one.
    static func isNumbered(_ place: Place) -> Bool {
        place.kind == .organization && place.core.hasPrefix("第")
    }

    /// Whether `place` is a firm: `…公司`, `…有限公司`, `…集团`.
    static func isFirm(_ place: Place) -> Bool {
        place.kind == .organization && suffix(of: place.name).map { firmSuffixes.contains($0.0) } == true
    }

    private static let firmSuffixes: Set<String> = ["有限公司", "公司", "集团"]

    /// Whether `place` is an organization that texts from any district may name.
    static func isCitywide(_ place: Place) -> Bool {
        place.kind == .organization && suffix(of: place.name).map { citywideSuffixes.contains($0.0) } == true
    }

    /// Things that stand at a place and take its name: `金桥花园|工地` is a site in `金桥花园`; so are a
    /// street's bars (`鸢尾巷|酒吧`) and night market (`小河路|夜市`), and a quarter named after its road (`新华街|片区`).
    static let siteWords: Set<String> = ["工地", "施工工地", "建筑工地", "夜市", "早市", "搅拌站", "养殖场", "养猪场", "屠宰场", "垃圾场", "填埋场", "停车场", "加油站", "变电站", "棋牌室", "公墓", "陵园", "酒吧", "片区"]

    /// Whether `place` is a site named after the place it stands at, by its suffix.
    static func isSite(_ place: Place) -> Bool {
        place.kind == .organization && siteWords.contains { place.name.hasSuffix($0) }
    }

    /// What is named after the road it stands on, before a site word: a metro station's works (`凤浦站|工地`
    /// on `凤浦路`), a development's (`星港中心|工地` on `星港路`).
    static let roadsideNames = ["站", "中心"]

    /// Words of a market, longest first: one named by its street stands for the street (`桷子街|市场`).
    static let marketWords = ["农贸市场", "菜市场", "市场", "菜场"]

    /// Estates named by the works or office whose staff they house: `纺织厂|宿舍`, `第二纺织厂|家属区`.
    static let staffHousingSuffixes: Set<String> = ["宿舍", "宿舍楼", "家属院", "家属区", "家属楼"]

    /// Words between a name and a site word that belong to neither: `澜湾府项目|工地`, `XX二期工程|工地`,
    /// `蒿坪垃圾|填埋场`.
    static let siteQualifiers = ["建设项目", "项目", "工程", "垃圾"]

    /// How many characters of `core` are the phase of building it ends in (`锦绣江南二期`, `金澜苑3期`,
    /// `二期`), if any.
    static func phaseLength(_ core: String) -> Int? {
        guard core.hasSuffix("期") else { return nil }
        let numerals = core.dropLast().reversed().prefix { phaseNumerals.contains($0) }.count
        return (1...2).contains(numerals) ? numerals + 1 : nil
    }

    private static let phaseNumerals = Set("一二三四五六七八九十0123456789")

    /// Chinese numerals followed by a unit of time or amount (`十一点`, `三十元`): they come before a
    /// name (`晚上十一点|澜湾府工地`) but are never part of one.
    static func isTimeOrAmount(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 2, let last = scalars.last, amountUnits.contains(last) else { return false }
        return scalars.dropLast().allSatisfy { chineseNumerals.contains($0) }
    }

    /// Whether a numeral and the word after it are a floor (`三|楼`, `3|层`).
    static func isFloor(_ numeral: String, _ unit: String) -> Bool {
        (unit == "楼" || unit == "层") && !numeral.isEmpty
            && numeral.unicodeScalars.allSatisfy { chineseNumerals.contains($0) || ("0"..."9").contains($0) }
    }

    private static let chineseNumerals = Set("〇零一二三四五六七八九十百千万两半几".unicodeScalars)
    private static let amountUnits = Set("点时分秒天年月岁元块米层楼号".unicodeScalars)

    /// Length of the count a name read before a suffix begins with: a numeral and a classifier
    /// (`两所`, `三条`, `一栋`, `好几个`, `半条`, `哪条`), a quantifier (`每个`, `有些`, `多数`, `全市`) or a
    /// distance (`一里多`, `七八里`, `十几分钟`, `3公里`: `走一里多路` walks, names no road); 0 when there is
    /// none. `家`, `户` and `间` count firms and shops but name villages (`三家村`, `五间房村`); one numeral
    /// and `里` name places too (`十里铺村`, `五里路`).
    static func countLength(_ core: String, kind: Place.Kind) -> Int {
        if let quantifier = quantifiers.first(where: { core.unicodeScalars.starts(with: $0.unicodeScalars) }) { return quantifier.count }
        let characters = Array(core.unicodeScalars)
        var numerals = 0
        while numerals < min(3, characters.count), isNumeral(characters[numerals]) { numerals += 1 }
        guard numerals > 0, numerals < characters.count else { return 0 }
        let classifier = characters[numerals]
        if isClassifier(classifier, kind: kind) { return numerals + 1 }
        return distanceLength(characters, numerals: numerals)
    }

    /// Whether `core` ends in a distance (`绕七八里`, `走了3公里`): what comes before the suffix is a
    /// walk, not a name.
    static func endsInDistance(_ core: String) -> Bool {
        let characters = Array(core.unicodeScalars)
        return characters.indices.contains { start in
            guard start == 0 || !isNumeral(characters[start - 1]) else { return false }
            let numerals = characters[start...].prefix(while: isNumeral).count
            return numerals > 0 && start + numerals < characters.count
                && distanceLength(Array(characters[start...]), numerals: numerals) == characters.count - start
        }
    }

    private static func isNumeral(_ character: Unicode.Scalar) -> Bool { countNumerals.contains(character) || ("0"..."9").contains(character) }

    /// Length of a distance after `numerals` numerals (``countLength(_:kind:)``): a unit, then `多` or
    /// `来` if they follow. `里` alone after one numeral is a name's (`十里铺`), unless `多` follows.
    private static func distanceLength(_ characters: [Unicode.Scalar], numerals: Int) -> Int {
        let rest = characters[numerals...]
        guard let unit = distanceUnits.first(where: { rest.starts(with: $0.unicodeScalars) }) else { return 0 }
        var length = numerals + unit.unicodeScalars.count
        let approximate = length < characters.count && "多来".unicodeScalars.contains(characters[length])
        if approximate { length += 1 }
        let numeral = characters[..<numerals]
        let vague = numerals >= 2 || numeral.contains { "几多半两".unicodeScalars.contains($0) || ("0"..."9").contains($0) }
        return unit == "里" && !vague && !approximate ? 0 : length
    }

    private static let quantifiers = ["好几个", "好几", "好多", "很多", "许多", "每个", "各个", "某个", "某某", "有些", "一些", "这些", "那些", "其它", "其他",
                                      "大多数", "多数", "少数", "个别", "部分", "所有", "全部", "不少", "整个", "全市", "我市", "本市", "全县", "全区"]

    /// Whether `word` is one classifier that counts places of `kind` (`所`, `条`; `家` but for villages).
    static func isClassifier(_ word: String, kind: Place.Kind) -> Bool {
        guard word.unicodeScalars.count == 1, let character = word.unicodeScalars.first else { return false }
        return isClassifier(character, kind: kind)
    }

    private static func isClassifier(_ character: Unicode.Scalar, kind: Place.Kind) -> Bool {
        classifiers.contains(character) || (kind != .village && villageClassifiers.contains(character))
    }

    /// Words that point before a classifier (`那|家`, `这|所`, `每|条`).
    static let pointingWords: Set<String> = ["这", "那", "哪", "某", "每", "各", "该", "此"]

    private static let countNumerals = Set("一二两三四五六七八九十几多数百半整哪".unicodeScalars)
    private static let classifiers = Set("个所条段座栋幢名辆站位处片些张次边".unicodeScalars)
    private static let villageClassifiers = Set("家户间".unicodeScalars)
    private static let distanceUnits = ["公里", "分钟", "小时", "里地", "里", "米"]

    /// Institutions a city or county has one of, known by the word alone: `M市图书馆`, `市图书馆` and
    /// `图书馆` are one place (two districts' libraries stay apart by their districts).
    static let landmarkSuffixes: Set<String> = ["图书馆", "体育馆", "博物馆", "科技馆", "美术馆", "文化馆", "纪念馆", "展览馆",
                                                "殡仪馆", "会展中心", "体育中心"]

    /// Cores of institutions every town has one of (`中心小学`, `中心卫生院`): the town's name comes first.
    static let townInstitutionCores: Set<String> = ["中心"]

    /// Names that are no names: `项目工地`, `建筑公司`.
    static let genericCores: Set<String> = [
        "项目", "建筑", "施工", "在建", "新建", "工程", "建设", "物业", "开发", "房地产", "商业", "老旧", "住宅", "周边", "附近", "垃圾",
        // legal forms: `有限责任公司`
        "有限", "有限责任", "股份有限",
        "公办", "民办", "私立", "公立", "私人", "本地", "外地", "当地", "这么多", "很多", "临街", "沿街", "楼下", "隔壁",
        // kinds of school: `九年一贯制学校`
        "一贯制", "九年一贯制", "九年制", "十二年一贯制",
        // a city has one of each: the utility or trade, not a name
        "自来水", "供水", "燃气", "天然气", "公交", "热力", "供热", "供电", "电力", "电信", "移动", "联通", "物流", "快递",
        "出租车", "保安", "保洁", "家政", "装修", "劳务", "保险", "医药", "有线电视", "水务", "城投", "环卫", "开发商", "配套设施",
        "人力资源", "劳务派遣", "派遣", "专业技术", "置业", "地产", "房产",
        // every township has one: `乡镇卫生院`, `农村信用社`
        "乡镇", "乡村", "农村",
        // kinds of school: `职业学院`, `职业技术学院`, `普惠性幼儿园`, `配套幼儿园`, `教育培训学校`
        "职业", "职业技术", "普惠", "普惠性", "配套", "培训", "教育培训", "校外培训",
        // kinds of park: `口袋公园`, `湿地公园` (`松雅湖湿地公园` is a name)
        "口袋", "湿地", "森林", "儿童", "主题", "城市", "社区", "街心", "遗址", "体育", "郊野", "休闲",
        // who lives in a dormitory: `女生宿舍`, `员工宿舍` (`纺织厂宿舍` is an estate)
        "女生", "男生", "学生", "员工", "职工", "教师", "教职工", "集体", "单身",
        // kinds of car park and cemetery: `地下停车场`, `经营性公墓`
        "地下", "地面", "露天", "临时", "公共", "立体", "经营性", "公益性",
        // kinds of scenic area: `旅游景区`, `4A级景区`
        "旅游", "风景", "名胜", "4A", "5A", "4A级", "5A级", "A级",
    ]

    /// Whether a name ends in the people a place is for (`外来务工人员|小学`, `农民工子弟|学校`): it says
    /// whom, not which.
    static func endsInPeopleWord(_ core: String) -> Bool { peopleWords.contains { core.hasSuffix($0) } }

    private static let peopleWords = ["人员", "子女", "子弟", "群众", "居民", "职工", "员工", "农民工", "老人", "残疾人"]

    /// Words that end a name when read right to left: pronouns, prepositions, verbs of reporting,
    /// time and position words.
    static let nonNameWords: Set<String> = [
        "的", "地", "得", "了", "着", "过", "是", "在", "于", "与", "和", "及", "以及", "跟", "同", "对", "向", "从", "到", "给",
        "把", "被", "为", "由", "至", "或", "而", "但", "也", "都", "又", "就", "还", "很", "太", "将", "已", "再", "才", "并", "替", "别", "进", "出",
        "我", "你", "他", "她", "它", "我们", "你们", "他们", "她们", "咱们", "大家", "本人", "我家", "自己",
        // a dialect's pronouns, and how: `咱|锦苑华庭`, `额们|小区`, `这么|大`, `为此|小区`, `在校|中学`
        "咱", "俺", "俺们", "咱家", "俺家", "额", "额们", "这么", "那么", "怎么", "多么", "这样", "那样", "为此", "能否", "在校", "在读",
        "这", "那", "这个", "那个", "哪个", "哪家", "哪所", "哪些", "什么", "这里", "那里", "此", "该", "本", "其", "各", "每", "某", "个", "有", "无", "没有",
        "据", "位于", "地处", "住", "住在", "居住", "家住", "来自", "属于", "关于", "对于", "针对", "反映", "投诉", "举报", "咨询",
        "请问", "希望", "要求", "建议", "请", "请求", "恳请", "强烈", "购买", "买", "租", "去", "来", "进入", "经过", "前往",
        "附近", "旁边", "对面", "门口", "周边", "周围", "内", "里", "中", "上", "下", "前", "后", "东侧", "西侧", "南侧", "北侧",
        "今年", "去年", "现有", "最近", "近日", "近期", "目前", "现在", "每天", "晚上", "白天", "早上", "夜间", "凌晨", "一直", "经常",
        "段时间", "这段时间", "那段时间", "前年", "前天", "昨天", "今天", "明天", "上周", "上次", "上个月", "下个月", "这个月", "上半年", "下半年",
        // where one is from and which side: `外省|医院`, `老家|派出所`, `对岸|沙洲村`, `下游|小区`
        "外省", "外市", "外面", "老家", "两地", "对岸", "上游", "下游", "前方",
        // what lies where: `前卫立交|下面|隧道`, `两侧|人行道`
        "上面", "下面", "里面", "底下", "上边", "下边", "里边", "外边", "前面", "后面", "中间", "背后", "两边", "两侧", "两旁", "一侧",
        // joining words read before a name: `为了|长郡`, `为何|第一中学`, `对接|销路`
        "一起", "为了", "为何", "因为", "是因为", "且", "接纳", "对接",
        "问题", "情况", "一个", "一些", "所有", "整个", "全部", "部分", "大部分", "一部分", "小部分", "整", "新", "老", "原", "现", "市民", "居民", "业主",
        "所在", "所属", "管辖", "辖区内", "区域", "一带", "境内", "位置",
        // a zone a firm or site is in, no part of its name: `邹城|开发区|泓|锦|机械`
        "开发区", "示范区", "园区", "工业园区", "产业园区", "商业区", "住宅区", "生活区", "居民区",
        // verbs that come right before the place they act on
        "反对", "拆除", "拆", "拆迁", "建", "修", "修建", "兴建", "建设", "新建", "扩建", "改建", "改造", "整治", "取缔", "关闭",
        "搬迁", "开通", "增设", "设置", "恢复", "取消", "延长", "途经", "停靠", "沿", "靠近", "紧邻", "毗邻", "拒载", "占用", "占", "进出", "出入",
        "堵", "挖", "卖", "收", "交", "办", "叫", "让", "要", "想", "能", "会", "没", "不", "在建", "施工", "开发", "承建",
        "学区", "划入", "划到", "划片", "对口", "就读", "上学", "转学",
        "规划", "加上", "转", "经", "往前", "穿过", "沿着", "直达", "通往", "到达", "连接", "连通", "打通", "开往", "坐", "乘", "乘坐", "搭", "搭乘",
        "一家", "多个", "几个", "一条", "一座", "一所", "一处", "这家", "那家", "该家", "各个", "两个", "三个", "这条", "那条", "哪条", "整条", "几条", "每条", "一句",
        "开办", "举办", "建成", "移交", "申请", "提出", "放弃", "发展", "沦为", "饱受", "唯有", "只有", "表态", "宣传", "自从",
        "引起", "尽管", "任何", "成为", "变成", "改为", "作为", "接收", "接管", "办成", "宽宽", "号",
        // where and how one goes: `朱刘那边|化工厂`, `往|金澜苑`, `骑电动车走|北海路`, `检查|金澜苑`
        "那边", "这边", "那段", "这段", "往", "朝", "走", "骑", "送", "检查", "查", "查查",
        // what is asked of an authority about a place, and hearsay: `请求调查|星耀学院`, `责令|学院`, `听说|星耀职院`
        "调查", "核查", "彻查", "责令", "督促", "叫停", "约谈", "处罚", "查处", "检测", "监测", "听说", "据说", "听人说", "吐槽",
        // likeness, living and taking: `像|华芯数据中心`, `独居|塘湾村`, `取|青龙水库`
        "像", "好像", "独居", "取",
        // what one did with a platform or heard of it: `放|在`, `投|禾信e贷`, `听|禾信e贷`
        "投", "借", "存", "放", "听", "看", "找", "问",
        // where two roads meet: `竹塘路交叉口|金樾华庭`
        "交叉口", "路口", "十字路口", "丁字路口", "拐角", "转角",
        // the operator's words in a hotline ticket: `来电|人称|华宇建材`, `来电人|系|华宇公司`
        "称", "人称", "系", "说", "讲", "表示", "来电", "来电人", "留言", "网友", "诉求",
        // what callers ask and do about a place, and how they pass it: `人|询问|金桂苑小区`, `正好|赶上|金桂苑`,
        // `班次|绕行|青石街`, `每次|路过|通江大桥`, `记录|枫林湾小区`, `测|金马KTV`
        "询问", "赶上", "绕行", "绕回", "路过", "记录", "公开", "更换", "治理", "维修", "修复", "规范", "优化", "回应", "测", "设", "保留",
        // a line before its stop: `4号|线|青杨路站`, `地铁|青杨路`
        "线", "号线", "地铁", "轨道",
        // how far and which side: `离|澜湾府工地`, `北边|工地`
        "离", "距", "距离", "挨着", "旁", "东边", "西边", "南边", "北边", "东面", "西面", "南面", "北面", "前面", "后面", "里边", "外边",
        // moving one's household: `户口迁入|百祥村`
        "迁入", "迁出", "迁到", "迁往", "迁回", "落户", "户口",
        // questions and sameness: `是不是|东区`, `同一个|小区`; `东西|区` is both ends of an estate
        "是不是", "是否", "有没有", "同一个", "同一", "东西",
        // a caller's kin, whose school or work it is: `儿子|大学`
        "儿子", "女儿", "孩子", "小孩", "闺女", "老婆", "老公", "爱人", "父母", "爸妈", "孙子", "孙女", "老伴", "亲戚", "同事", "邻居", "朋友",
        // verbs of one character before what they act on, and degree and rank: `打|热力公司`, `归|热力公司`,
        // `冲|回|小区`, `停|路边`, `房租|比|县里`, `更|多|社区`, `不用|全|小区`, `二级及|以下|定点医院`, `问问|市里`
        "打", "归", "用", "比", "回", "停", "全", "更", "以下", "以上", "问问",
        // from a day on: `11月1日|起|第一码头`
        "起",
        // on what: `骑超标|车上|路`
        "车上", "网上", "马上", "身上",
        // kinds, numbers and neighbours of venues, and letting them be: `违规|KTV`, `几家|歌厅`, `楼下|金马KTV`
        "正规", "违规", "非法", "大型", "小型", "各式", "各类", "此类", "几家", "几十家", "多家", "新开", "开设", "任由", "只要", "阻止", "当晚", "楼下", "楼上", "隔壁",
    ]

    /// Whether a road's core says what kind of road it is, not which: its surface (`水泥路`, `铺设沥青路`,
    /// `泥泞路`: nobody names a road so), a sense of its own (`必经之路`, `致富之路`), a kind of road
    /// alone (`断头路`, `快速路`; `北环快速路` is a name), the way to somewhere (`上班路`) or a crossing of
    /// two roads (`栖凤路与佳园|路|交叉路|口`).
    static func isKindOfRoad(core: String) -> Bool {
        roadKinds.contains(core) || endsWith(core, "之") || endsWith(core, "交叉") || roadSurfaces.contains { endsWith(core, $0) }
    }

    /// Whether `name` is made only of what works make or do (``factoryTrades``): `塑料颗粒`, `废品回收`,
    /// `造粒`, after a measure word the segmenter left alone (`有|家|塑料|颗粒|厂`). A works so named is no
    /// name: texts call one works by several trades (`塑料颗粒厂`, `塑料再生厂`), and every village may have one.
    static func isTradeOnly(_ name: String) -> Bool {
        let characters = Array(name.first.map { $0 == "家" || $0 == "个" } == true ? name.dropFirst() : name[...])
        guard !characters.isEmpty else { return false }
        var splits = [true] + [Bool](repeating: false, count: characters.count)
        for end in 1...characters.count {
            splits[end] = (max(0, end - longestTrade)..<end).contains { splits[$0] && factoryTrades.contains(String(characters[$0..<end])) }
        }
        return splits[characters.count]
    }

    private static let factoryTrades: Set<String> = [
        "塑料", "塑胶", "颗粒", "再生", "造粒", "橡胶", "制品", "饲料", "化工", "化肥", "农药", "建材", "水泥", "石料", "石材", "砂石",
        "混凝土", "沥青", "砖瓦", "石灰", "木材", "木业", "家具", "服装", "制衣", "纺织", "印染", "皮革", "食品", "印刷", "包装",
        "纸箱", "造纸", "电镀", "机械", "五金", "钢材", "钢铁", "铸造", "冶炼", "焦化", "玻璃", "陶瓷", "油漆", "涂料", "电子",
        "电机", "配件", "汽配", "加工", "回收", "废品", "废旧", "屠宰", "酿酒", "粮食", "面粉", "砖", "页岩", "石头",
    ]
    private static let longestTrade = factoryTrades.map(\.count).max()!

    /// Whether `word` is a village's, town's or district's suffix written as a word of its own: a works
    /// named after one (`柳湾|村|塑料厂`) is named by what follows.
    static func isLoneAreaSuffix(_ word: String) -> Bool {
        guard let (suffix, kind) = suffix(of: word), suffix == word else { return false }
        return kind == .village || kind == .town || kind == .district
    }

    /// Words that elsewhere name nothing (a verb before the place it acts on, a generic core of a park
    /// or firm: `建设|工地`, `体育|公园`) or are an estate's suffix (`花园`, `佳园`) but name roads in most
    /// cities: `建设路`, `建设|北路`, `发展|大道`, `体育路`, `花园路`, `佳园路`.
    static let roadNameWords: Set<String> = ["建设", "发展", "体育", "花园", "家园", "佳园", "嘉园"]

    private static let roadSurfaces = ["水泥", "沥青", "柏油", "泥巴", "石板", "泥泞", "烂泥", "泥沙", "泥砂", "泥土", "砂石", "石子", "碎石", "硬化"]
    private static let roadKinds: Set<String> = ["断头", "快速", "高速", "主干", "专用", "进户", "入户", "下坡", "上坡", "简易", "环形", "村道",
                                                 // the way to where (`上班路上`), the street (`小马路上`)
                                                 "回家", "上学", "放学", "归家", "上班", "下班", "出行", "通勤", "方便",
                                                 "小马", "大马", "老马", "走马"]

    /// Whether a district's core names a section of an estate or park (`万达B区`, `3区`, `星沙六区`),
    /// not a district: it ends in one letter, in digits or in a Chinese ordinal. Districts of
    /// anonymized data (`A1区`, `B3区`) end in a letter and digits. A core of numerals only that no
    /// one reads as a number, two digits side by side without `十` (`二七区`), is a name.
    static func isSection(districtCore core: String) -> Bool {
        let code = core.reversed().prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
        if !code.isEmpty { return code.count == 1 || code.allSatisfy(\.isNumber) }
        let scalars = Array(core.unicodeScalars)
        if scalars.count >= 2, scalars.allSatisfy(sectionOrdinals.contains),
           zip(scalars, scalars.dropFirst()).contains(where: { $0 != "十" && $1 != "十" }) { return false }
        return scalars.last.map(sectionOrdinals.contains) ?? false
    }

    private static let sectionOrdinals = Set("一二三四五六七八九十".unicodeScalars)

    /// Whether a district's core names a zone of some use, not a district: where people live, queue,
    /// wait or drop off (`居住区`, `排队区`, `候客区`, `落客区`), what is sold or banned there (`水产区`,
    /// `活禽区`, `禁养区`, `禁停区`), a blind spot (`公交盲区`) — the segmenter leaves `区` apart.
    static func isZone(districtCore core: String) -> Bool {
        zoneEndings.contains { endsWith(core, $0) }
    }

    private static let zoneEndings = ["居住", "仓储", "营业", "遛狗", "落客", "上下客", "候客", "候考", "候车", "帐篷", "排队", "待行", "待转",
                                      "评论", "汇水", "水产", "活禽", "农贸", "深水", "浅水", "禁养", "限养", "适养", "禁停", "禁钓", "禁烧",
                                      "禁燃", "禁放", "禁鸣", "禁行", "盲", "禁"]
}
