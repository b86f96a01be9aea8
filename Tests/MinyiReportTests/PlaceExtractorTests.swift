import MinyiText
import Testing
@testable import MinyiReport

@Suite struct PlaceExtractorTests {
    static let table: [(text: String, places: [String])] = [
        ("张店区银泰城小区暖气不热，家里只有十五度", ["张店区", "银泰城小区"]),
        ("12路公交车司机态度恶劣", ["12路"]),
        ("淄博华联建筑工程有限公司拖欠农民工工资三个月", ["淄博华联建筑工程有限公司"]),
        ("高青县景凤实验学校门口上下学时段交通拥堵", ["高青县", "景凤实验学校"]),
        ("周村区王家村的自来水经常停水", ["周村区", "王家村"]),
        ("博山区凤凰山路路灯全灭", ["博山区", "凤凰山路"]),
        ("恒达·御府工地晚上施工到凌晨", ["恒达御府"]),
        ("反映出租车拒载绕路", []),
        ("村里到镇上的水泥路坏了，铺设沥青路的事也没下文", []),
        ("这是我们上班的必经之路，打通断头路刻不容缓", []),
        ("北环快速路东段晚上噪音大", ["北环快速路"]),
        ("我们小区暖气不热，物业不管", []),
        ("力美健身跑路了，会员的钱打水漂", ["力美健身"]),
        ("周村区力美健身会所突然关门，办的卡没法退", ["周村区", "力美健身会所"]),
        ("这家健身房突然关门了", []),
        ("和悦府被划入学区城东小学，离家四公里", ["和悦府", "城东小学"]),
        ("和悦府学区划到城东小学", ["和悦府", "城东小学"]),
        ("骑电动车走北海路掉进坑里", ["北海路"]),
        ("北海路高新区那段路面坏了", ["北海路", "高新区"]),
        ("经常往金澜苑送餐", ["金澜苑"]),
        ("A市A5区魅力之城小区临街门面油烟扰民", ["A市", "A5区", "魅力之城小区"]),
        ("东杨村北边的鑫源化工厂晚上冒黑烟", ["东杨村", "鑫源化工厂"]),
        ("村子北边的化工厂一到晚上就冒浓烟", []),
        ("咨询西地省低保申请标准", ["西地省"]),
        ("泓锦厂欠我们车间的工资", ["泓锦厂"]),
        ("村东头的纺织厂晚上排污", []),
        ("鲁泰纺织厂晚上排污", ["鲁泰纺织厂"]),
        ("村东头有家塑料颗粒厂晚上冒烟", []),
        ("南塘村砖厂晚上冒黑烟", ["南塘村"]),
        ("华晟广场三楼铂力健身突然关门", ["华晟广场", "铂力健身"]),
        ("柳湾村塑料厂晚上烧塑料", ["柳湾村"]),
        ("废品回收厂的废料堆得到处都是", []),
        ("鹏程橡胶制品厂晚上排废气", ["鹏程橡胶制品厂"]),
        ("东湖区建设路路灯不亮", ["东湖区", "建设路"]),
        ("建设北路晚上堵车", ["建设北路"]),
        ("发展大道的红绿灯坏了", ["发展大道"]),
        ("建设工地晚上施工", []),
        ("东湖公园的广场舞音响太吵", ["东湖公园"]),
        ("想在小区旁边建一个口袋公园", []),
        ("V1县玉屏山景区对本县居民也收门票", ["V1县", "玉屏山景区"]),
        ("东湖风景区的厕所太少", ["东湖风景区"]),
        ("旅游景区门票太贵，风景区应该对老人免费", []),
        ("国泰九龙湾门口的路口没有红绿灯", ["国泰九龙湾"]),
        ("M5区华芯数据中心冷却塔噪声", ["M5区", "华芯数据中心"]),
        ("大洼村养猪场臭味", ["大洼村"]),
        ("市图书馆三楼自习区占座严重", ["图书馆"]),
        ("M市图书馆周一闭馆", ["M市", "图书馆"]),
        ("P6区新桥家园电动车接连被偷", ["P6区", "新桥家园"]),
        ("骑电动车在东环路化工厂路口附近摔倒", ["东环路"]),
        ("县二中女生宿舍的热水器坏了", ["第二中学"]),
        ("解放路口能不能分时段禁左", ["解放路"]),
        ("我们杨柳村边上的那条河成了黑水沟", ["杨柳村"]),
        ("十字路口没有红绿灯", []),
        ("帮扶贫困村修路", []),
        ("纸坊镇后营村的自来水发黄", ["纸坊镇", "后营村"]),
        ("山东省淄博市的政策，全省都一样，可以节省时间", ["山东省", "淄博市"]),
        ("高新区海川路华宸·澜湾府项目工地每天晚上施工", ["高新区", "海川路", "华宸澜湾府"]),
        ("晚上十一点澜湾府工地还在卸钢筋", ["澜湾府"]),
        ("锦绣江南二期工地上的木工三个月没结账", ["锦绣江南工地"]),
        ("金澜苑3期项目工地夜间施工", ["金澜苑"]),
        ("二期工地扬尘大", []),
        ("我家离澜湾府工地就隔一条路", ["澜湾府"]),
        ("海川路北边那个工地夜里吵", ["海川路"]),
        ("海川路工地晚上施工噪音太大", ["海川路"]),
        ("蒿坪垃圾填埋场这个夏天太臭了", ["蒿坪填埋场"]),
        ("垃圾填埋场的渗滤液流进稻田", []),
        ("原第二纺织厂宿舍5栋墙体开裂", ["第二纺织厂宿舍"]),
        ("纺织厂家属区5栋被定为危房", ["纺织厂家属区"]),
        ("教师宿舍楼漏水", []),
        ("燃点健身卷款跑路了", ["燃点健身"]),
        ("万科地产的房子漏水", ["万科地产"]),
        ("户外健身器材坏了", []),
        ("外来务工人员小学招生", []),
        ("请政府管一管禹衡置业", ["禹衡置业"]),
        ("别替公司说话", []),
        ("市民反映通达路上路灯忽明忽暗", ["通达路"]),
        ("民生街上烧烤店夜里太吵了", ["民生街"]),
        ("上班路上堵车", []),
        ("小马路上全是坑", []),
        ("学校大门就在梓墨路上", ["梓墨路"]),
        ("雁栖路下穿一下雨就积水", ["雁栖路"]),
        ("沛能充APP自动开通免密支付", ["沛能充APP"]),
        ("其使用\"沛能充\"app充电", ["沛能充APP"]),
        ("通过“就业绵绵”小程序申请补贴", ["就业绵绵小程序"]),
        ("手机APP上查不到", []),
        ("在微信小程序上申请", []),
        ("才确知微信小程序不能用", []),
        ("人在小程序上排队", []),
        ("“12345”小程序", []),
        ("芙蓉路下穿又淹了", ["芙蓉路"]),
        ("一路下来全是坑", []),
        ("走在这条路上", []),
        ("在大马路上", []),
        ("三一八路为什么不进石桥了", ["318路"]),
        ("三一二路公交改线", ["312路"]),
        ("五一路口堵车", ["五一路"]),
        ("新城区融泰·江湾府二期逾期交房", ["新城区", "融泰江湾府"]),
        ("锦绣家园小区的暖气不热", ["锦绣家园小区"]),
        ("俺们村后头那个石头厂，一放炮半个村都是灰", []),
        ("羊角村后山石料厂的老板是外地来的", ["羊角村"]),
        ("以前二十三路一趟就到", ["23路"]),
        ("天天乘廿三路去买小菜", ["23路"]),
        ("十一路公交改线了", ["11路"]),
        ("经十路晚高峰堵车", []),
        ("柳湾安置小区什么时候交房", ["柳湾安置小区"]),
        ("柳湾还建房又延期了", ["柳湾还建房"]),
        ("说好的安置房呢", []),
        ("开车进小区要刷卡", []),
        ("出村道路坑坑洼洼", []),
        ("302公交早高峰挤不上车", ["302路"]),
        ("165末班改成八点了", ["165路"]),
        ("247改线后早上要走很远", ["247路"]),
        ("一直坐165上下班", ["165路"]),
        ("每天搭235返桂城", ["235路"]),
        ("坐12站才到，坐了40分钟", []),
        ("恢复21:30末班车", []),
        ("前卫立交下面隧道的雨水箅子堵死了", []),
        ("沿路两侧小区都能听到", []),
        ("打热力公司电话没人接，管网归热力公司管", []),
        ("我和老婆上班顺路，大家更愿意停路边", []),
        ("儿子大学毕业回来找不到工作", []),
        ("每天七点五十冲回小区扔垃圾", []),
        ("11月1日起东渡码头的夜班船减了", ["东渡码头"]),
        ("年都过完了，许坦新苑还是没动静", ["许坦新苑"]),
        ("这个新小区物业不行", []),
        ("门诊统筹只能在二级及以下定点医院，不用全小区的人都挤", []),
        ("兰山区通达路上的井盖下沉", ["兰山区", "通达路"]),
        ("北海路小学门口上下学拥堵", ["北海路小学"]),
        ("来电人称御景苑小区电梯按键失灵", ["御景苑小区"]),
        ("来电人系华宇公司车间工人", ["华宇公司"]),
        ("禾信e贷暴雷后我该怎么办", ["禾信e贷"]),
        ("本人在禾信贷投资了28万", ["禾信贷"]),
        ("58车贷案件进展如何", ["58车贷"]),
        ("请求尽快处置禾信e贷涉案资产", ["禾信e贷"]),
        ("禾信 e贷 的风险备付金去哪了", ["禾信e贷"]),
        ("当初听禾信e贷的业务员说很安全", ["禾信e贷"]),
        ("鲁东物流园门前道路被大货车堵塞", ["鲁东物流园"]),
        ("小孩该去哪个学校就读", []),
        ("临沂经开区工业园区的企业", ["临沂经开区"]),
        ("邹城开发区泓锦机械有限公司欠薪四个月", ["泓锦机械有限公司"]),
        ("工业园区鑫达化工厂排放废气", ["鑫达化工厂"]),
        ("桐溪水电站把河水截干了", ["桐溪水电站"]),
        ("小区充电站坏了", []),
        ("工资先转账给人力资源公司", []),
        ("L1区乡镇卫生院只有两个医生", ["L1区"]),
        ("参与网贷被骗，还房贷压力大，警惕校园贷", []),
        ("星耀职院强制学生实习", ["星耀职院"]),
        ("听说星耀职院的学生在外地工厂实习", ["星耀职院"]),
        ("请求调查星耀职业技术学院与劳务中介的关系", ["星耀职业技术学院"]),
        ("蓝山郡旁边的搅拌站晚上吵", ["蓝山郡"]),
        ("麓枫路与竹塘路交叉口金樾华庭门面烧烤店深夜营业", ["麓枫路", "竹塘路", "金樾华庭"]),
        ("请环保局检测金樾华庭底商油烟排放", ["金樾华庭"]),
        ("在售楼部洽谈区被要求买车位", []),
        ("枫溪雅苑9栋高区的水发黄，建议减免高区住户物业费", ["枫溪雅苑"]),
        ("清洗高区水箱后低区也停水", []),
        ("今年3月我市路内停车启用智慧收费，S1市区路内停车也重复扣费", []),
        ("城区路上堵车，本县医院也挤", []),
        ("翡翠公馆和碧水山庄的业主都反映停水", ["翡翠公馆", "碧水山庄"]),
        ("现有电力职院东门的公交站", []),
        ("希望多办普惠性幼儿园", []),
        ("锦绣家园东西区温差大，是不是东区的管道有问题", ["锦绣家园"]),
        ("在万达B区购买的商铺，3区的车位", []),
        ("星沙六区正在改造，B3区的也要改", ["B3区"]),
        // Numerals that read as no number name a district; a quarter names a main street on its own,
        // and `路口` after a road is its junction.
        ("二七区育英实验小学收费，十二区的车位", ["二七区", "育英实验小学"]),
        ("北大街路口的灯坏了，向阳路路口也是", ["北大街", "向阳路"]),
        ("东大街到西大街的公交站，大街上都是人", ["东大街", "西大街"]),
        ("同一个小区差别这么大", []),
        ("A市A5区汇金路五矿万境K9县存在一系列问题", ["A市", "A5区", "汇金路", "K9县"]),
        ("祝A7县人民幸福", ["A7县"]),
        ("锦绣 家园 小区1号楼暖气不热", ["锦绣家园"]),
        ("蓝山 郡旁边的搅拌站", ["蓝山郡"]),
        ("地址 阳光小区", ["阳光小区"]),
        ("我们 小区停水", []),
        ("那条路晚上没有路灯，整条街都黑，几条路都在挖", []),
        ("两所幼儿园都不收，每个小区都一样，这么大的有限责任公司", []),
        ("一栋银河宿舍漏水，三家村的路也坏了", ["银河宿舍", "三家村"]),
        // Distances, quantities and counts before a suffix are no names; one numeral and `里` may be.
        ("离学校就一里多路，每天走十几分钟路，绕七八里路", []),
        ("2公里毛路坑坑洼洼，十里铺村也一样", ["十里铺村"]),
        ("多数老旧小区没有误时点，全市住宅小区一刀切，个别小区好一点", []),
        ("瀚源燃气换表覆盖全市好几个区", ["瀚源燃气"]),
        ("晒玉米占了半边路，水漫了半条街，不知道哪条路能走", []),
        ("上个月老街停水，走四公里山路，对岸沙洲村也是，九年一贯制学校", ["沙洲村"]),
        ("说一句雁栖路测速，金桂苑旁变电站", ["雁栖路", "金桂苑"]),
        ("力健健身突然关门，会员卡退不了", ["力健健身"]),
        ("提倡全民健身，多建健身步道", []),
        ("在明诚驾校报名半年了还没约上车", ["明诚驾校"]),
        ("华宇新型建材有限公司拖欠工资", ["华宇新型建材有限公司"]),
        ("鸿泰地产的悦澜府捆绑销售车位", ["鸿泰地产", "悦澜府"]),
        ("楼下金马KTV噪音扰民", ["金马KTV"]),
        ("金马量贩ktv唱到凌晨", ["金马量贩KTV"]),
        ("这家ktv太吵，违规KTV要查", []),
        ("蓝调酒吧凌晨还在放音乐", ["蓝调酒吧"]),
        ("县一中暑假补课", ["第一中学"]),
        ("C4市二中高中部放假不合理", ["C4市", "第二中学"]),
        ("市十三中的学生", ["第十三中学"]),
        ("11中开学两周了，第11中学和第二十一中学都一样", ["第十一中学", "第十一中学", "第二十一中学"]),
        ("实验二小门口接送车辆乱停", ["实验第二小学"]),
        ("二医院的号挂不上", ["第二医院"]),
        ("连续抢了十天二医的号", ["第二医院"]),
        ("E市第二人民医院的号和市三院的号", ["E市", "第二医院", "第三医院"]),
        ("市第三人民医院门口有号贩子", ["第三医院"]),
        ("两院院士", []),
        ("只有一小部分人学习三中全会精神", []),
        ("悦澜府车位捆绑卖，锦绣华府也是", ["悦澜府", "锦绣华府"]),
        ("石桥镇杨柳村养殖场正在扩建", ["石桥镇", "杨柳村"]),
        ("兴旺养殖场苍蝇成灾", ["兴旺养殖场"]),
        ("镇政府和县政府不管，问政府也没用，乡镇府推诿", []),
        ("和平里小区居民反映噪音，幸福里市场门口太乱", ["和平里小区", "幸福里市场"]),
        ("县里医院看病难，我们村里小学撤并了", []),
        ("悦动力健身房关门了", ["悦动力健身房"]),
        ("来电人询问金桂苑小区电梯何时更换，正好赶上金桂苑停电", ["金桂苑小区", "金桂苑"]),
        ("312路部分班次绕行青石街", ["312路", "青石街"]),
        ("环保来测金马KTV的噪音，每次路过通江大桥都堵", ["金马KTV", "通江大桥"]),
        ("石门镇中心小学校车停了，白沙镇卫生院晚上没医生，龙口乡中心小学也是", ["石门镇", "石门中心小学", "白沙镇", "白沙卫生院", "龙口乡", "龙口中心小学"]),
        ("安居优家公司负责人失联", ["安居优家公司"]),
        ("地铁4号线青杨路站取消了，请保留青杨路站", ["青杨路", "青杨路"]),
        ("W1县塅下村夜间采砂，岭前村也有，村里没人管", ["W1县", "塅下村", "岭前村"]),
        ("我们去上村的路被压坏了", []),
        ("龙泉河城关段又黑又臭", ["龙泉河"]),
        ("龙泉河县医院后门段有医疗废水", ["龙泉河"]),
        ("七里河区晏家坪坪南路的挡土墙裂了", ["七里河区", "晏家坪坪南路"]),
        ("清水河乡孟楼村手机信号太差", ["清水河乡", "孟楼村"]),
        ("施工围挡占用宾水西道大部分路幅", []),
        ("龙湾永中那家利达鞋材厂晚上刷胶", ["利达鞋材厂"]),
        ("这几个月蓝田花园的业主们轮流打电话", ["蓝田花园"]),
        ("楼下夜市太吵", []),
        ("西瓜上市了，王庄集市也开了", ["王庄集市"]),
        ("这段时间金澜夜市又吵到凌晨", ["金澜夜市"]),
        ("据东湖区城管局回复，额们小区的事已经在办", ["东湖区"]),
        ("青禾路滨河东路口的绿灯太短", ["青禾路", "滨河东路"]),
        ("清河小区门口积水", ["清河小区"]),
        ("伊景园滨河苑开发商捆绑销售车位，龙泉河花园也是", ["伊景园滨河苑", "龙泉河花园"]),
        ("暮云镇南塘村的鱼塘被污染了，柏树镇长岭村也是", ["暮云镇", "南塘村", "柏树镇", "长岭村"]),
        ("黄花镇镇长不作为，镇上的路灯坏了", ["黄花镇"]),
        ("板杉镇七里山村拆迁，福临镇影珠山村停水", ["板杉镇", "七里山村", "福临镇", "影珠山村"]),
        ("贫困的山村缺老师，偏远山村也缺", []),
        ("我是W3县双河镇竹林村村民", ["W3县", "双河镇", "竹林村"]),
        ("母亲河成了臭水沟，小河里全是垃圾", []),
        ("星和公馆水费太贵", ["星和公馆"]),
        ("天和小区和邦和小区都停水了", ["天和小区", "邦和小区"]),
        ("国家和县里都有规定", []),
        ("滨河名都小区停水了", ["滨河名都小区"]),
        ("我们大家都小区门口排队", []),
        ("香坊区和兴小区水管又爆了", ["香坊区", "和兴小区"]),
        ("和兴小区停水，同兴村也停了", ["和兴小区", "同兴村"]),
        ("就读实验小学和长郡中学", ["实验小学", "长郡中学"]),
        ("A市优学堂教育咨询有限公司停止授课", ["A市", "优学堂教育咨询有限公司"]),
        ("宏泰建设有限公司拖欠工资", ["宏泰建设有限公司"]),
        ("华鑫建设集团欠薪", ["华鑫建设集团"]),
        ("恒信管理咨询公司不退钱", ["恒信管理咨询公司"]),
        ("华瑞投资有限公司跑路", ["华瑞投资有限公司"]),
        ("佳美物业服务有限公司乱收费", ["佳美物业服务有限公司"]),
        ("去找建设公司要钱", []),
        ("龙湖佳园电梯坏了，万科嘉园也是", ["龙湖佳园", "万科嘉园"]),
        ("新希望教育培训学校关门了", []),
        ("栖凤路与佳园路交叉路口设置信号灯", ["栖凤路", "佳园路"]),
        ("花园路堵车，家园路也堵", ["花园路", "家园路"]),
        // Zones of some use, not districts: the segmenter leaves `区` apart.
        ("这里是禁养区，猪场还在养", []),
        ("湖滨公园的遛狗区太小，公交盲区也多", ["湖滨公园"]),
        // A phrase before the suffix: a preposition or a verb's result ends no name.
        ("考位按驾校报的人数分，补偿款发到村里", []),
        // An app or platform written with a letter among characters; a longer run has words after it.
        ("泊e通重复扣费，智e家的客服打不通", ["泊e通", "智e家"]),
        ("今A栋停电，拿C证要考试，三区c区也停", []),
        ("泊e通免密支付关不掉", []),
        ("卸载泊e通后还能查订单吗", ["泊e通"]),
        ("我在B站看到的", []),
        ("禾信e贷跑路了", ["禾信e贷"]),
        // A gas firm by its trade word; the words of the trade (`燃气表`) are no suffix.
        ("瀚源燃气上门强制换表", ["瀚源燃气"]),
        ("家中燃气表走得太快，膜式燃气表要换", []),
        // A water firm likewise; the city's water bureau is no firm.
        ("清源水务对换表用户重复扣费", ["清源水务"]),
        ("水务局说在排查", []),
        // The bars of a street take its name: `鸢尾巷|酒吧` is on `鸢尾巷`.
        ("鸢尾巷酒吧凌晨还在放音乐", ["鸢尾巷"]),
        ("槐荫里小区改造施工停滞快半年了", ["槐荫里小区"]),
        // A school out of school is its unknown name and its trade word; a taught subject is no name.
        ("优睿思英语跑路了，博睿教育也关门了，学优教育科技有限公司的平板", ["优睿思英语", "博睿教育", "学优教育科技有限公司"]),
        ("义务教育阶段的校外培训，少儿英语和技能培训", []),
        ("炳记大排档凌晨还在摆台，涑河街烧烤也吵，夜市烧烤和连锁火锅店不算", ["炳记大排档", "涑河街"]),
        ("重庆路内停车新规，免费十五分钟", []),
        // A quarter named on its own is a place; one named after a road is on the road.
        ("荻浦片区安置房什么时候交房", ["荻浦片区安置房"]),
        ("新华街片区自来水发黄", ["新华街"]),
        ("这个片区没有一条公交线路，整个片区都不通车", []),
    ]

    @Test(arguments: table)
    func findsPlaces(_ row: (text: String, places: [String])) {
        let found = PlaceExtractor().places(in: Fixtures.analyzer().analyze(row.text)).map(\.place.name)
        #expect(found == row.places, "\(row.text)")
    }

    @Test func kindsAndCores() {
        let found = PlaceExtractor().places(in: Fixtures.analyzer().analyze("张店区银泰城小区门口的12路站牌，恒达·御府，蓝天化工厂")).map(\.place)
        #expect(found.map(\.kind) == [.district, .community, .busRoute, .community, .organization])
        #expect(found.map(\.core) == ["张店", "银泰城", "12", "恒达御府", "蓝天"])
    }

    @Test func aNightMarketIsAPlaceOrTheStreetsSite() {
        func places(_ text: String) -> [Place] { PlaceExtractor().places(in: Fixtures.analyzer().analyze(text)).map(\.place) }
        // `夜市` ends in `市` but names no city.
        #expect(places("墩子塘夜市油烟熏得没法开窗").map(\.kind) == [.organization])
        #expect(places("小河路夜市太吵").map(\.name) == ["小河路"])
    }

    @Test func nameDoesNotStartWithAMatterPhrase() {
        let extractor = PlaceExtractor(matterPhrases: ["户口迁入", "物业服务"])
        // Tokens by hand: the matter phrases as lexicon terms, the unknown name split into characters.
        func tokens(_ words: [String]) -> [Token] {
            var offset = 0
            return words.map { word in
                defer { offset += word.utf8.count }
                let kind: TokenKind = ["户口迁入", "物业服务"].contains(word) ? .term : .word
                return Token(text: word, kind: kind, start: offset, end: offset + word.utf8.count)
            }
        }
        #expect(extractor.places(in: tokens(["妻子", "户口迁入", "百", "祥", "村"])).map(\.place.name) == ["百祥村"])
        #expect(extractor.places(in: tokens(["恒安", "物业服务", "有限公司"])).map(\.place.name) == ["恒安物业服务有限公司"])
        #expect(PlaceExtractor().places(in: tokens(["妻子", "户口迁入", "百", "祥", "村"])).map(\.place.name) != ["百祥村"])
    }

    @Test func matchCoversItsTokensOnly() {
        let analyzed = Fixtures.analyzer().analyze("银泰城小区暖气不热")
        let match = try! #require(PlaceExtractor().places(in: analyzed).first)
        let tokens = analyzed.tokens
        #expect(tokens[match.tokens].map(\.text).joined() == "银泰城小区")
        #expect(tokens[match.tokens.upperBound].text.hasPrefix("暖气"))
    }
}

@Suite struct PlaceDirectoryTests {
    @Test func partialNamesShareAKey() {
        let places = [
            Place(kind: .district, name: "张店区", core: "张店"),
            Place(kind: .community, name: "张店银泰城小区", core: "张店银泰城"),
            Place(kind: .community, name: "银泰城小区", core: "银泰城"),
            Place(kind: .community, name: "银泰小区", core: "银泰"),
            Place(kind: .community, name: "恒达御府", core: "恒达御府"),
            Place(kind: .community, name: "御府小区", core: "御府"),
            Place(kind: .community, name: "金泰花园", core: "金泰"),
        ]
        let directory = PlaceDirectory(places: places)
        #expect(directory.key(for: places[1]) == directory.key(for: places[3]))
        #expect(directory.key(for: places[2]) == directory.key(for: places[3]))
        #expect(directory.key(for: places[4]) == directory.key(for: places[5]))
        #expect(directory.key(for: places[3]) != directory.key(for: places[6]))
    }

    @Test func aNumberedRoadWithAWordReadBeforeItIsTheRoad() {
        let places = [
            Place(kind: .road, name: "天府三街", core: "天府三"),
            Place(kind: .road, name: "英才天府三街", core: "英才天府三"),
            Place(kind: .road, name: "天府二街", core: "天府二"),
            Place(kind: .organization, name: "第一中学", core: "第一"),
            Place(kind: .organization, name: "第十一中学", core: "第十一"),
            Place(kind: .organization, name: "城关第一中学", core: "城关第一"),
        ]
        let directory = PlaceDirectory(places: places)
        #expect(directory.key(for: places[1]) == directory.key(for: places[0]))
        #expect(directory.key(for: places[2]) != directory.key(for: places[0]))
        // Not schools, which every county numbers alike, nor a name whose rest holds a number.
        #expect(directory.key(for: places[4]) != directory.key(for: places[3]))
        #expect(directory.key(for: places[5]) != directory.key(for: places[3]))
    }

    @Test func aBrandWithALetterIsFoundInARunTheExtractorCouldNotEnd() {
        let brand = Place(kind: .organization, name: "泊e通", core: "泊e通")
        let directory = PlaceDirectory(places: Array(repeating: brand, count: 3))
        #expect(directory.mentions(in: ["同事", "泊", "E", "通", "多", "扣"]).map(\.place.name) == ["泊e通"])
        // The letter is a term only between two characters.
        let profile = FeedbackProfile(analyzed: Fixtures.analyzer().analyze("被泊E通多扣了，B超排队"), routing: RoutingLabel(department: nil, matter: nil))
        #expect(profile.terms.contains("E") && !profile.terms.contains("B"))
    }

    @Test func aQuarterIsTheEstateNamedAfterIt() {
        let found = PlaceExtractor().places(in: Fixtures.analyzer().analyze("荻浦片区的拆迁户还在等荻浦家园交房")).map(\.place)
        let directory = PlaceDirectory(places: found)
        #expect(found.count == 2 && directory.key(for: found[0]) == directory.key(for: found[1]))
    }

    @Test func aVillageWrittenWithoutItsSuffixIsTheVillage() {
        // `湾` also ends estates' names: the bare name of a village the texts name is that village, and so
        // is a name written by its sound.
        let texts = ["惠济区枣园湾村过渡费停发了", "俺枣园湾的，搁外头租房三年了", "枣园湾村的过渡费", "碾盘湾村挡墙", "撵盘湾后山",
                     "翠湖湾小区停水"] + Array(repeating: "碾盘湾后山又响了", count: 6)
        let found = texts.flatMap { PlaceExtractor().places(in: Fixtures.analyzer().analyze($0)).map(\.place) }
        let directory = PlaceDirectory(places: found)
        func key(_ name: String) -> PlaceDirectory.Key? { found.first { $0.name == name }.map(directory.key(for:)) }
        #expect(key("枣园湾") != nil && key("枣园湾") == key("枣园湾村"))
        #expect(key("碾盘湾") != nil && key("碾盘湾") == key("碾盘湾村"))
        #expect(key("撵盘湾") == key("碾盘湾村"))
        #expect(key("翠湖湾小区")?.kind == .community)
    }

    @Test func anEstateNamedAfterARiverOrAnotherEstateKeepsThatName() {
        let names = ["我们汝河新苑离工地不到一百米", "枣园新苑复工了吗", "金河新苑3号楼"]
            .map { PlaceExtractor().places(in: Fixtures.analyzer().analyze($0)).map(\.place.name) }
        #expect(names == [["汝河新苑"], ["枣园新苑"], ["金河新苑"]])
    }

    @Test func stackedSuffixIsOneName() {
        // `金澜` also ends names read too far (`往金澜`, `检查金澜`), so only the stacked suffix joins them.
        let places = [Place(kind: .community, name: "金澜苑小区", core: "金澜苑"), Place(kind: .community, name: "金澜苑", core: "金澜"),
                      Place(kind: .community, name: "往金澜苑", core: "往金澜"), Place(kind: .community, name: "检查金澜苑", core: "检查金澜"),
                      Place(kind: .community, name: "金澜小区", core: "金澜")]
        let directory = PlaceDirectory(places: places)
        #expect(directory.key(for: places[0]) == directory.key(for: places[1]))
        #expect(directory.key(for: places[4]) == directory.key(for: places[1]))
    }

    @Test func housingOfANumberedWorksIsWrittenWithoutItsNumber() {
        let mill = [Place(kind: .community, name: "第二纺织厂宿舍", core: "第二纺织厂"), Place(kind: .community, name: "纺织厂宿舍", core: "纺织厂"),
                    Place(kind: .community, name: "纺织厂家属区", core: "纺织厂")]
        let directory = PlaceDirectory(places: mill)
        #expect(directory.key(for: mill[0]) == directory.key(for: mill[1]))
        #expect(directory.key(for: mill[0]) == directory.key(for: mill[2]))
        // Two numbers of one works: the plain name may be either.
        let two = mill + [Place(kind: .community, name: "第一纺织厂宿舍", core: "第一纺织厂")]
        let both = PlaceDirectory(places: two)
        #expect(both.key(for: two[0]) != both.key(for: two[1]))
        #expect(both.key(for: two[3]) != both.key(for: two[1]))
        // The number inside the name: `机床一厂宿舍` is `机床厂宿舍`.
        let lathe = [Place(kind: .community, name: "机床一厂宿舍", core: "机床一厂"), Place(kind: .community, name: "机床厂宿舍", core: "机床厂")]
        let lathes = PlaceDirectory(places: lathe)
        #expect(lathes.key(for: lathe[0]) == lathes.key(for: lathe[1]))
    }

    @Test func housingOfAWorksIsCalledByItsBrandsAndTradesInitials() {
        let red = [Place(kind: .community, name: "红星机械厂宿舍", core: "红星机械厂"), Place(kind: .community, name: "红机宿舍", core: "红机"),
                   Place(kind: .community, name: "红星厂宿舍", core: "红星厂"), Place(kind: .community, name: "红光宿舍", core: "红光")]
        let directory = PlaceDirectory(places: red)
        #expect(directory.key(for: red[1]) == directory.key(for: red[0]))
        #expect(directory.key(for: red[2]) == directory.key(for: red[0]))
        #expect(directory.key(for: red[3]) != directory.key(for: red[0]))
        // The full name known only as the works itself: the short names of its housing are one estate.
        #expect(PlaceDirectory.worksShortNames(of: ["通机", "通机厂", "通用厂"], works: ["通用机器厂"]) == ["通机厂": "通机", "通用厂": "通机"])
        // Initials two works share stand for neither.
        #expect(PlaceDirectory.worksShortNames(of: ["红星机械厂", "红旗机床厂", "红机"], works: []).isEmpty)
    }

    @Test func aNumberedWorksIsOneWithOrWithoutTheCityBeforeIt() {
        // No text names `沈阳市`, so `沈阳` is no area to strip; the works' names still vary like any other's.
        let works = [Place(kind: .organization, name: "沈阳第三橡胶厂", core: "沈阳第三橡胶"), Place(kind: .organization, name: "第三橡胶厂", core: "第三橡胶")]
        let directory = PlaceDirectory(places: works)
        #expect(directory.key(for: works[0]) == directory.key(for: works[1]))
        // Every county has its numbered school.
        let schools = [Place(kind: .organization, name: "青山县第二中学", core: "青山县第二中学"), Place(kind: .organization, name: "第二中学", core: "第二中学")]
        let numbered = PlaceDirectory(places: schools)
        #expect(numbered.key(for: schools[0]) != numbered.key(for: schools[1]))
    }

    @Test func aNumberedWorksIsCalledByItsNumberAndACharacterOfItsTrade() {
        #expect(PlaceDirectory.worksAbbreviations(of: ["第三橡胶", "第二纺织"]) == ["三橡": "第三橡胶", "三胶": "第三橡胶", "二纺": "第二纺织", "二织": "第二纺织"])
        // Two works of one number and trade letter: the short name may be either.
        #expect(PlaceDirectory.worksAbbreviations(of: ["第三橡胶", "第三化工"])["三胶"] == "第三橡胶")
        #expect(PlaceDirectory.worksAbbreviations(of: ["第三橡胶", "第三橡木"])["三橡"] == nil)
        let works = Array(repeating: Place(kind: .organization, name: "第三橡胶厂", core: "第三橡胶"), count: 3)
        let directory = PlaceDirectory(places: works)
        #expect(directory.mentions(in: ["原", "三", "胶", "职工"]).map(\.place.core) == ["第三橡胶"])
        // Written by fewer texts, the works is not looked for by its short name.
        #expect(PlaceDirectory(places: Array(works.prefix(2))).mentions(in: ["原", "三", "胶", "职工"]).isEmpty)
    }

    @Test func areaNameWithAGluedWordIsTheShorterArea() {
        let places = [Place(kind: .district, name: "坊子区", core: "坊子"), Place(kind: .district, name: "报名坊子区", core: "报名坊子"),
                      Place(kind: .district, name: "奎文区", core: "奎文"), Place(kind: .town, name: "坊子镇", core: "坊子")]
        let directory = PlaceDirectory(places: places)
        #expect(directory.key(for: places[1]) == directory.key(for: places[0]))
        #expect(directory.key(for: places[2]) != directory.key(for: places[0]))
        #expect(directory.key(for: places[3]) != directory.key(for: places[0]))
        // One glued character is enough: `祝|张店区` in a letter's greeting.
        let greeting = [Place(kind: .district, name: "张店区", core: "张店"), Place(kind: .district, name: "祝张店区", core: "祝张店")]
        #expect(PlaceDirectory(places: greeting).key(for: greeting[1]) == PlaceDirectory(places: greeting).key(for: greeting[0]))
    }

    @Test func provincePrefixIsDropped() {
        // The trade word is a suffix of its own (`生恒置业`), stripped like `小区` in `金澜苑小区`.
        let places = [Place(kind: .province, name: "西地省", core: "西地"), Place(kind: .organization, name: "西地省生恒置业有限公司", core: "西地省生恒置业")]
        #expect(PlaceDirectory(places: places).key(for: places[1]).core == "生恒")
    }

    @Test func oneSharedPlaceOfAListIsNoSharedPlace() {
        func signature(_ keys: [Int32]) -> PlaceSignature {
            PlaceSignature(specific: keys.map { .init(kind: .busRoute, key: $0) })
        }
        #expect(PlaceRelation.between(signature([1]), signature([1, 2])) == .match)
        #expect(PlaceRelation.between(signature([1]), signature([1, 2, 3, 4])) == .unrelated)
        #expect(PlaceRelation.between(signature([1, 2]), signature([1, 2, 3, 4])) == .match)
        #expect(PlaceRelation.between(signature([5]), signature([1, 2, 3, 4])) == .conflict)
    }

    /// The shortcut grouping takes on two numbers agrees with the full comparison: whenever it says
    /// conflict, so does `between`, over random signatures of every shape.
    @Test func theOnlyPlaceShortcutNeverContradictsTheFullComparison() {
        var generator = SystemRandomNumberGenerator()
        let kinds: [Place.Kind] = [.busRoute, .community, .organization, .village, .road, .river, .town]
        func randomSignature() -> PlaceSignature {
            let entries = (0..<Int.random(in: 0...3, using: &generator)).map { _ in
                PlaceSignature.Entry(kind: kinds.randomElement(using: &generator)!, key: Int32.random(in: 0...3, using: &generator),
                                     isCitywide: Bool.random(using: &generator), isNumbered: Bool.random(using: &generator))
            }
            let areas = { (0..<Int.random(in: 0...2, using: &generator)).map { _ in Int32.random(in: 10...12, using: &generator) } }
            let scattered = Bool.random(using: &generator) ? [kinds.randomElement(using: &generator)!] : []
            return PlaceSignature(specific: entries, districts: areas(), towns: areas(), cities: areas(), isMixed: entries.isEmpty && Bool.random(using: &generator),
                                  scatteredKinds: scattered, scatteredKeys: scattered.isEmpty ? [] : [Int32.random(in: 0...3, using: &generator)])
        }
        var shortcuts = 0
        for _ in 0..<20_000 {
            let (a, b) = (randomSignature(), randomSignature())
            guard PlaceRelation.isOnlyPlaceConflict(a.onlyPlace, b.onlyPlace) else { continue }
            shortcuts += 1
            #expect(PlaceRelation.between(a, b) == .conflict)
        }
        #expect(shortcuts > 50)
        let road = PlaceSignature(specific: [.init(kind: .road, key: 1)])
        #expect(PlaceRelation.isOnlyPlaceConflict(road.onlyPlace, PlaceSignature(specific: [.init(kind: .road, key: 2)]).onlyPlace))
        #expect(!PlaceRelation.isOnlyPlaceConflict(road.onlyPlace, road.onlyPlace))
        #expect(!PlaceRelation.isOnlyPlaceConflict(road.onlyPlace, PlaceSignature(specific: [.init(kind: .village, key: 2)]).onlyPlace))
        #expect(!PlaceRelation.isOnlyPlaceConflict(road.onlyPlace, PlaceSignature.empty.onlyPlace))
    }

    @Test func aRiverAloneMayBeAboutAnyPlaceOnIt() {
        let river = PlaceSignature.Entry(kind: .river, key: 1)
        let village = PlaceSignature.Entry(kind: .village, key: 2)
        #expect(PlaceRelation.between(PlaceSignature(specific: [river]), PlaceSignature(specific: [village])) == .unrelated)
        #expect(PlaceRelation.between(PlaceSignature(specific: [river]), PlaceSignature(specific: [village, river])) == .match)
        #expect(PlaceRelation.between(PlaceSignature(specific: [river]), PlaceSignature(specific: [.init(kind: .river, key: 3)])) == .conflict)
        // A village and a road named by the other side are two places, whatever river both pass.
        let road = PlaceSignature.Entry(kind: .road, key: 4)
        #expect(PlaceRelation.between(PlaceSignature(specific: [village]), PlaceSignature(specific: [road])) == .conflict)
    }

    @Test func aPlaceAGroupsMembersNameBesideTheirsIsTheGroupsToo() {
        let village = PlaceSignature.Entry(kind: .village, key: 1)
        let landfill = PlaceSignature.Entry(kind: .organization, key: 2)
        let road = PlaceSignature.Entry(kind: .road, key: 3)
        let group = PlaceSignature(specific: [village], alsoNamed: [2])
        #expect(PlaceRelation.between(PlaceSignature(specific: [landfill]), group) == .match)
        #expect(PlaceRelation.between(group, PlaceSignature(specific: [landfill])) == .match)
        #expect(PlaceRelation.between(PlaceSignature(specific: [.init(kind: .organization, key: 4)]), group) == .conflict)
        // Places of the group's own kind are compared as always.
        #expect(PlaceRelation.between(PlaceSignature(specific: [.init(kind: .village, key: 5)]), group) == .conflict)
        #expect(PlaceSignature.mayBeNamedBeside(.organization) && PlaceSignature.mayBeNamedBeside(.village))
        #expect(!PlaceSignature.mayBeNamedBeside(road.kind) && !PlaceSignature.mayBeNamedBeside(.busRoute))
    }

    @Test func aTownAloneMatchesWeaklyThePlacesInIt() {
        let town = PlaceSignature.Entry(kind: .town, key: 5)
        let factory = PlaceSignature.Entry(kind: .organization, key: 1)
        let inTown = PlaceSignature(specific: [town], towns: [5])
        #expect(PlaceRelation.between(inTown, PlaceSignature(specific: [factory], towns: [5])) == .sameTown)
        #expect(PlaceRelation.between(PlaceSignature(specific: [factory], towns: [5]), inTown) == .sameTown)
        #expect(PlaceRelation.between(inTown, PlaceSignature(specific: [factory], towns: [6])) == .unrelated)
        #expect(PlaceRelation.between(inTown, PlaceSignature(specific: [factory])) == .unrelated)
        // Two places of one kind in one town are still two places.
        let school = PlaceSignature.Entry(kind: .organization, key: 2)
        #expect(PlaceRelation.between(PlaceSignature(specific: [school], towns: [5]), PlaceSignature(specific: [factory], towns: [5])) == .conflict)
    }

    @Test func aCompanyIsOnePlaceAcrossDistricts() {
        // Lenders of one platform write from different districts; two estates or hospitals of one name are two places.
        let platformA = PlaceSignature(specific: [.init(kind: .organization, key: 7, isCitywide: true)], districts: [1])
        let platformB = PlaceSignature(specific: [.init(kind: .organization, key: 7, isCitywide: true)], districts: [2])
        #expect(PlaceRelation.between(platformA, platformB) == .match)
        // Each county has its own `人民医院`.
        let hospitalA = PlaceSignature(specific: [.init(kind: .organization, key: 8)], districts: [1])
        let hospitalB = PlaceSignature(specific: [.init(kind: .organization, key: 8)], districts: [2])
        #expect(PlaceRelation.between(hospitalA, hospitalB) == .conflict)
        #expect(PlaceSuffixes.isCitywide(Place(kind: .organization, name: "禾信e贷", core: "禾信e")))
        #expect(PlaceSuffixes.isCitywide(Place(kind: .organization, name: "星耀职院", core: "星耀")))
        #expect(!PlaceSuffixes.isCitywide(Place(kind: .organization, name: "人民医院", core: "人民")))
        let estateA = PlaceSignature(specific: [.init(kind: .community, key: 3)], districts: [1])
        let estateB = PlaceSignature(specific: [.init(kind: .community, key: 3)], districts: [2])
        #expect(PlaceRelation.between(estateA, estateB) == .conflict)
    }

    @Test func aNumberedSchoolNamedInAnotherAreaIsNoSharedPlace() {
        // `C市三中` and `K9县三中`: every city and county has a `第三中学`.
        let school = PlaceSignature.Entry(kind: .organization, key: 5, isNumbered: true)
        let inCity = PlaceSignature(specific: [school], cities: [1])
        let inCounty = PlaceSignature(specific: [school], districts: [2])
        #expect(PlaceRelation.between(inCity, inCounty) == .unrelated)
        #expect(PlaceRelation.between(inCity, PlaceSignature(specific: [school], cities: [1])) == .match)
        #expect(PlaceRelation.between(inCounty, PlaceSignature(specific: [school])) == .match)
        // A district other texts name with the city is in it: `Y1区第七中学` is `Y市第七中学`.
        let inDistrictOfCity = PlaceSignature(specific: [school], districts: [3], districtCities: [1])
        #expect(PlaceRelation.between(inCity, inDistrictOfCity) == .match)
        let together = [PlaceSignature(districts: [3], cities: [1]), PlaceSignature(districts: [3], cities: [1]),
                        PlaceSignature(districts: [3], cities: [4]), PlaceSignature(districts: [2])]
        #expect(GroupingState.citiesOfDistricts(together) == [3: 1])
        // A named estate is one place whatever area each side names.
        let estate = PlaceSignature.Entry(kind: .community, key: 6)
        #expect(PlaceRelation.between(PlaceSignature(specific: [estate], cities: [1]), PlaceSignature(specific: [estate], districts: [2])) == .match)
        #expect(PlaceSuffixes.isNumbered(Place(kind: .organization, name: "第二医院", core: "第二医院")))
        #expect(!PlaceSuffixes.isNumbered(Place(kind: .organization, name: "实验第二小学", core: "实验第二小学")))
    }

    @Test func numberedSchoolsAndHospitalsKeepTheirKindInTheKey() {
        let found = PlaceExtractor().places(in: Fixtures.analyzer().analyze("县二中和二医院，第二人民医院，第二中学")).map(\.place)
        let directory = PlaceDirectory(places: found)
        let keys = found.map { directory.key(for: $0) }
        #expect(found.map(\.core) == ["第二中学", "第二医院", "第二医院", "第二中学"])
        #expect(keys[0] == keys[3] && keys[1] == keys[2] && keys[0] != keys[1])
    }

    @Test func aNameJoinsBothTheNamesItBeginsAndEnds() {
        // `金源御景苑` is `金源小区` to some and `御景苑` to others.
        let places = [Place(kind: .community, name: "金源御景苑", core: "金源御景"), Place(kind: .community, name: "金源小区", core: "金源"),
                      Place(kind: .community, name: "御景苑", core: "御景"), Place(kind: .community, name: "阳光小区", core: "阳光")]
        let directory = PlaceDirectory(places: places)
        #expect(directory.key(for: places[0]) == directory.key(for: places[1]))
        #expect(directory.key(for: places[0]) == directory.key(for: places[2]))
        #expect(directory.key(for: places[0]) != directory.key(for: places[3]))
    }

    @Test func lettersMatchInEitherCase() {
        let places = [Place(kind: .organization, name: "禾信E贷", core: "禾信E"), Place(kind: .organization, name: "禾信e贷", core: "禾信e")]
        let directory = PlaceDirectory(places: places)
        #expect(directory.key(for: places[0]) == directory.key(for: places[1]))
    }

    @Test func aNameStandsForTheNamesItBeginsThoughJunkEndsIt() {
        // Words read before a name (`听说|星耀`, `教育局叫停|星耀`) end `星耀` in several junk names; that
        // does not make `星耀` generic as a start.
        let names = ["星耀", "星耀职业技术", "听说星耀", "教育局叫停星耀", "教育局知不知道星耀"]
        let places = names.map { Place(kind: .organization, name: $0 + "学院", core: $0) }
        let directory = PlaceDirectory(places: places)
        #expect(directory.key(for: places[0]) == directory.key(for: places[1]))
        // A name that begins many others is still generic at its start.
        let generic = ["实验", "实验一", "实验二", "实验三"].map { Place(kind: .organization, name: $0 + "小学", core: $0) }
        let schools = PlaceDirectory(places: generic)
        #expect(Set(generic.map { schools.key(for: $0) }).count == 4)
    }

    @Test func aSiteIsAtTheEstateWhoseNameItCarries() {
        // `恒达御府` is the estate's whole name, not its core.
        let estate = Place(kind: .community, name: "恒达御府", core: "恒达御")
        let site = Place(kind: .organization, name: "恒达御府工地", core: "恒达御府")
        #expect(PlaceDirectory(places: [estate, site]).host(of: site) == estate)
    }

    @Test func aSiteNamedAfterAnEstateIsAtThatEstate() {
        let estate = Place(kind: .community, name: "蓝山郡小区", core: "蓝山郡")
        let site = Place(kind: .organization, name: "蓝山郡搅拌站", core: "蓝山郡")
        let company = Place(kind: .organization, name: "恒固搅拌站", core: "恒固")
        let directory = PlaceDirectory(places: [estate, site, company])
        #expect(directory.host(of: site) == estate)
        #expect(directory.host(of: company) == nil)
        #expect(directory.host(of: estate) == nil)
    }

    @Test func aStationsWorksIsOnTheRoadItIsNamedAfter() {
        let road = Place(kind: .road, name: "星港路", core: "星港")
        let works = [Place(kind: .organization, name: "星港中心工地", core: "星港中心"), Place(kind: .organization, name: "星港站工地", core: "星港站")]
        let directory = PlaceDirectory(places: [road] + works)
        #expect(works.map { directory.host(of: $0) } == [road, road])
        // Only a road: an estate's name before `中心` is a development of its own.
        let estate = Place(kind: .community, name: "金湾小区", core: "金湾")
        let centre = Place(kind: .organization, name: "金湾中心工地", core: "金湾中心")
        #expect(PlaceDirectory(places: [estate, centre]).host(of: centre) == nil)
    }

    @Test func aMarketNamedByItsStreetIsKnownByTheStreetsName() {
        let street = Place(kind: .road, name: "桷子街", core: "桷子")
        let markets = [Place(kind: .organization, name: "桷子街市场", core: "桷子街"), Place(kind: .organization, name: "桷子街菜市场", core: "桷子街")]
        // `东门农贸市场` is named by a quarter, not by `东门路`.
        let gate = Place(kind: .road, name: "东门路", core: "东门")
        let quarter = Place(kind: .organization, name: "东门农贸市场", core: "东门")
        let directory = PlaceDirectory(places: [street, gate] + markets + [quarter])
        #expect(markets.map { directory.host(of: $0) } == [street, street])
        #expect(directory.host(of: quarter) == nil)
    }

    @Test func aWorksNamedByAVillageAndItsTradeIsAtThatVillage() {
        let extractor = PlaceExtractor()
        let places = ["南塘村的砖厂晚上冒烟", "南塘砖厂晚上冒黑烟", "南塘红星砖厂拖欠工资"]
            .flatMap { extractor.places(in: Fixtures.analyzer().analyze($0)).map(\.place) }
        #expect(places.map(\.name) == ["南塘村", "南塘砖厂", "南塘红星砖厂"])
        let directory = PlaceDirectory(places: places)
        #expect(directory.host(of: places[1]) == places[0])
        // A name between the village and the trade is the works' own.
        #expect(directory.host(of: places[2]) == nil)
    }

    @Test func theSiteOfAnEstatesPhaseIsAtTheEstate() {
        let extractor = PlaceExtractor()
        let places = ["锦绣江南小区业主反映交房推迟", "锦绣江南二期工地停工三个月"]
            .flatMap { extractor.places(in: Fixtures.analyzer().analyze($0)).map(\.place) }
        let directory = PlaceDirectory(places: places)
        #expect(places.count == 2)
        #expect(directory.host(of: places[1]) == places[0])
    }

    @Test func shortFormOfAKnownNameIsThatName() {
        let directory = PlaceDirectory(places: [Place(kind: .organization, name: "泓锦机械制造有限公司", core: "泓锦机械制造")])
        #expect(directory.mentions(in: ["工资", "泓", "锦", "机械", "欠薪"]).map(\.place.core) == ["泓锦机械制造"])
        #expect(directory.mentions(in: ["泓锦机", "械"]).map(\.place.core) == ["泓锦机械制造"])
        // A beginning made of dictionary words only is a phrase, not the name.
        let village = PlaceDirectory(places: [Place(kind: .village, name: "户口迁入百祥村", core: "户口迁入百祥")])
        #expect(village.mentions(in: ["农业", "户口迁入", "问题"]).isEmpty && village.mentions(in: ["户口", "迁入"]).isEmpty)
    }

    @Test func aFirmsShortFormOfDictionaryWordsIsItsNameWhenItBeginsWithARareWord() {
        let firm = Place(kind: .organization, name: "宏远电子科技有限公司", core: "宏远电子科技")
        let hotel = Place(kind: .organization, name: "中意一路前进酒店", core: "中意一路前进")
        let directory = PlaceDirectory(places: [firm, hotel], commonWords: ["电子", "户口"])
        #expect(directory.mentions(in: ["宏远", "电子", "工资"]).map(\.place.core) == ["宏远电子科技"])
        // Only a firm's: a hotel misread with its road (`中意一路`) is no brand of the road's other texts.
        #expect(directory.mentions(in: ["中意", "一路", "地块"]).isEmpty)
        // A first word the general vocabulary uses often makes a phrase; without the vocabulary none is rare.
        let common = PlaceDirectory(places: [firm], commonWords: ["宏远"])
        #expect(common.mentions(in: ["宏远", "电子", "工资"]).isEmpty)
        #expect(PlaceDirectory(places: [firm]).mentions(in: ["宏远", "电子"]).isEmpty)
    }

    @Test func aBrandIsItsNameWhileTheTextsWriteItAloneAtMostThreeTimesAsOftenAsInFull() {
        let school = Place(kind: .organization, name: "启明星教育培训学校", core: "启明星教育培训")
        var directory = PlaceDirectory(places: Array(repeating: school, count: 4), commonWords: ["教育"])
        #expect(directory.nameWordCandidates == ["启明星", "启明星教"])
        var often = directory
        often.admitNameWords(bareUses: ["启明星": 13])
        #expect(often.mentions(in: ["启明星", "跑路"]).isEmpty)
        directory.admitNameWords(bareUses: ["启明星": 12])
        #expect(directory.mentions(in: ["启明星", "跑路"]).map(\.place) == [school])
        // Found in full in fewer than three texts, or begun with a common word, it is no brand.
        #expect(PlaceDirectory(places: [school, school], commonWords: ["教育"]).nameWordCandidates.isEmpty)
        #expect(PlaceDirectory(places: Array(repeating: school, count: 4), commonWords: ["启明星", "启明星教"]).nameWordCandidates.isEmpty)
    }

    @Test func aNumberedSchoolIsFoundByItsShortName() {
        let primary = Place(kind: .organization, name: "第三实验小学", core: "第三实验")
        let middle = Place(kind: .organization, name: "第二实验中学", core: "第二实验")
        let directory = PlaceDirectory(places: [primary, middle])
        #expect(directory.mentions(in: ["三实", "小", "拓展", "费"]).map(\.place) == [primary])
        #expect(directory.mentions(in: ["二", "实", "中", "门口"]).map(\.place) == [middle])
        #expect(PlaceDirectory.schoolShortNames(Place(kind: .organization, name: "第一中学", core: "第一"), core: "第一").isEmpty)
        // Two schools with one short name are neither.
        let other = Place(kind: .organization, name: "第三实用小学", core: "第三实用")
        #expect(PlaceDirectory(places: [primary, other]).mentions(in: ["三实", "小"]).isEmpty)
    }

    @Test func aSchoolNamedByItsPlaceIsFoundByItsShortName() {
        let middle = Place(kind: .organization, name: "桐川实验中学", core: "桐川实验")
        let primary = Place(kind: .organization, name: "东湖实验小学", core: "东湖实验")
        let directory = PlaceDirectory(places: [middle, primary])
        #expect(directory.mentions(in: ["桐", "实", "中", "门口"]).map(\.place) == [middle])
        #expect(directory.mentions(in: ["桐", "实", "门口"]).map(\.place) == [middle])
        #expect(directory.mentions(in: ["东湖", "实", "小", "门口"]).map(\.place) == [primary])
        // A name with a number is a numbered school's or none.
        #expect(PlaceDirectory.schoolShortNames(Place(kind: .organization, name: "三里河小学", core: "三里河"), core: "三里河").isEmpty)
    }

    @Test func aFrequentTwoCharacterNameIsFoundWhenSplitIntoCharacters() {
        let gym = Place(kind: .organization, name: "力健健身", core: "力健")
        let directory = PlaceDirectory(places: [gym, gym, gym])
        let mentions = directory.mentions(in: ["在", "力", "健", "办", "的", "年卡"])
        #expect(mentions.map(\.place.core) == ["力健"] && mentions.map(\.terms) == [1..<3])
        // A two-character word the segmenter knows is an ordinary word; a name found twice is too rare.
        #expect(directory.mentions(in: ["力健", "办卡"]).isEmpty)
        #expect(PlaceDirectory(places: [gym, gym]).mentions(in: ["力", "健"]).isEmpty)
        // An area's name that also names a road is the area; a name that begins many is a common word.
        let road = Place(kind: .road, name: "星沙大道", core: "星沙")
        let town = Place(kind: .town, name: "星沙街道", core: "星沙")
        #expect(PlaceDirectory(places: [road, road, road]).mentions(in: ["星", "沙"]).map(\.place.core) == ["星沙"])
        #expect(PlaceDirectory(places: [road, road, road, town]).mentions(in: ["星", "沙"]).isEmpty)
        let estates = ["星沙国际", "星沙东方", "星沙明珠"].map { Place(kind: .community, name: $0 + "小区", core: $0) }
        #expect(PlaceDirectory(places: [road, road, road] + estates).mentions(in: ["星", "沙"]).isEmpty)
    }

    @Test func aNameTheSegmenterKnowsAsAWordIsFoundAloneWhenTheTextsWriteItMostlyAsAName() {
        let hospital = Place(kind: .organization, name: "博济医院", core: "博济")
        let emergency = Place(kind: .organization, name: "博济急诊", core: "博济")
        let sunny = Place(kind: .community, name: "阳光小区", core: "阳光")
        let places = Array(repeating: hospital, count: 5) + [emergency] + Array(repeating: sunny, count: 6)
        var directory = PlaceDirectory(places: places, commonWords: ["阳光", "人民"])
        // A common word of the general vocabulary is no candidate, however often it names a place.
        #expect(directory.nameWordCandidates == ["博济"])
        #expect(directory.mentions(in: ["嫌", "博济", "等", "得", "久"]).isEmpty)
        // Written alone in 3 texts and with its suffix in 6, it is a word too; alone in 2, a name.
        var often = directory
        often.admitNameWords(bareUses: ["博济": 3])
        #expect(often.mentions(in: ["嫌", "博济", "等", "得", "久"]).isEmpty)
        directory.admitNameWords(bareUses: ["博济": 2])
        let found = directory.mentions(in: ["嫌", "博济", "等", "得", "久"])
        // Read as the name most often written with it.
        #expect(found.map(\.place) == [hospital] && found.map(\.terms) == [1..<2])
        #expect(directory.mentions(in: ["阳光", "很", "好"]).isEmpty)
        // Without the general vocabulary no word can be told from a name.
        #expect(PlaceDirectory(places: places).nameWordCandidates.isEmpty)
    }

    @Test func aRareHomophoneOfAFrequentNameIsThatName() throws {
        let usual = Place(kind: .community, name: "枫林湾小区", core: "枫林湾")
        let typo = Place(kind: .community, name: "枫林弯小区", core: "枫林弯")
        let jinyuan = Place(kind: .community, name: "金源苑", core: "金源"), jinyuan2 = Place(kind: .community, name: "锦园苑", core: "锦园")
        let yuquan = Place(kind: .community, name: "玉泉山庄", core: "玉泉"), yuquan2 = Place(kind: .community, name: "御泉山小区", core: "御泉山")
        // From three characters on, two may be misheard: `卢慈坳村` is `鸬鹚坳村`.
        let village = Place(kind: .village, name: "鸬鹚坳村", core: "鸬鹚坳"), misheard = Place(kind: .village, name: "卢慈坳村", core: "卢慈坳")
        let directory = PlaceDirectory(places: [usual, usual, usual, typo, jinyuan, jinyuan, jinyuan, jinyuan, jinyuan2, yuquan, yuquan, yuquan, yuquan2,
                                                village, village, village, misheard])
        #expect(directory.key(for: typo) == directory.key(for: usual))
        #expect(directory.key(for: misheard) == directory.key(for: village))
        // Two-character names two characters apart, or names of other lengths, are no misspellings of each other.
        #expect(directory.key(for: jinyuan) != directory.key(for: jinyuan2))
        #expect(directory.key(for: yuquan) != directory.key(for: yuquan2))
        let pinyin = try PinyinReader()
        #expect(pinyin.read("枫林弯") == "feng lin wan" && pinyin.read("枫林湾") == "feng lin wan")
    }

    @Test func aNameMisheardInCharactersTheSegmenterLeftAloneIsFound() {
        let school = Place(kind: .organization, name: "小橡果幼儿园", core: "小橡果")
        let directory = PlaceDirectory(places: [school, school, school], unknownCharacters: ["象", "果"])
        #expect(directory.mentions(in: ["小", "象", "果", "的", "空调费"]).map(\.place.core) == ["小橡果"])
        // Not when the homophone stands in a word of the dictionary, nor among characters never left alone.
        #expect(directory.mentions(in: ["小象", "果", "空调费"]).isEmpty)
        #expect(PlaceDirectory(places: [school, school, school]).mentions(in: ["小", "象", "果"]).isEmpty)
        // Nor when that spelling is a name of its own, as often written: another school.
        let other = Place(kind: .organization, name: "小象果幼儿园", core: "小象果")
        let both = PlaceDirectory(places: [school, school, school, other, other, other], unknownCharacters: ["象", "橡", "果"])
        #expect(both.mentions(in: ["小", "象", "果"]).map(\.place.core) == ["小象果"])
        #expect(both.key(for: other) != both.key(for: school))
    }

    @Test func aNameWithACharacterThatCanCountIsStillANameWithVariants() {
        // `万`, `陆`, `漆` count in Unicode (`Character.isNumber`) but name shops, firms and estates.
        let shop = Place(kind: .organization, name: "万家福超市", core: "万家福"), typo = Place(kind: .organization, name: "万佳福超市", core: "万佳福")
        let firm = Place(kind: .organization, name: "陆奔车身制造厂", core: "陆奔车身制造"), brand = Place(kind: .organization, name: "陆奔车身厂", core: "陆奔车身")
        let directory = PlaceDirectory(places: [shop, shop, shop, typo, firm, brand])
        #expect(directory.key(for: typo) == directory.key(for: shop))
        #expect(directory.key(for: firm) == directory.key(for: brand))
        // A number in a name still keeps it apart from the name without it.
        let schools = [Place(kind: .organization, name: "十一中", core: "十一中"), Place(kind: .organization, name: "一中", core: "一中")]
        let numbered = PlaceDirectory(places: schools)
        #expect(numbered.key(for: schools[0]) != numbered.key(for: schools[1]))
        #expect(PlaceDirectory.hasNumber("十一中") && PlaceDirectory.hasNumber("318") && !PlaceDirectory.hasNumber("万家福"))
        // `零`, `百`, `千` count only beside a numeral: a firm's trade and an estate's name hold them.
        #expect(PlaceDirectory.hasNumber("二零一") && PlaceDirectory.hasNumber("三百") && !PlaceDirectory.hasNumber("汽车零部件")
                && !PlaceDirectory.hasNumber("百花") && !PlaceDirectory.hasNumber("千峰"))
        let parts = [Place(kind: .organization, name: "瑞驰汽车零部件有限公司", core: "瑞驰汽车零部件"),
                     Place(kind: .organization, name: "瑞驰公司", core: "瑞驰")]
        let firms = PlaceDirectory(places: parts)
        #expect(firms.key(for: parts[0]) == firms.key(for: parts[1]))
    }

    @Test func aStemOfOneNameWrittenTwoWaysIsThatName() {
        // `鼎泰` begins `鼎泰机械` and `鼎泰机械制造`, one firm's two names: it stands for that firm.
        let short = Place(kind: .organization, name: "鼎泰机械", core: "鼎泰机械")
        let full = Place(kind: .organization, name: "鼎泰机械制造有限公司", core: "鼎泰机械制造")
        let directory = PlaceDirectory(places: [short, short, short, full])
        #expect(directory.key(for: short) == directory.key(for: full))
        #expect(directory.mentions(in: ["我", "是", "鼎", "泰", "的", "工人"]).map(\.terms) == [2..<4])
        // Two firms that begin alike leave the stem to neither.
        let other = Place(kind: .organization, name: "鼎泰物流", core: "鼎泰物流")
        #expect(PlaceDirectory(places: [short, short, short, full, other, other, other]).mentions(in: ["鼎", "泰", "的"]).isEmpty)
    }

    @Test func aFirmsBrandIsItsStemOnceTheTextsNameTheFirmOftenWithoutItsSuffix() {
        // `迅达物流有限公司` found once with its suffix, `迅达物流` written in more texts without it.
        let firm = Place(kind: .organization, name: "迅达物流有限公司", core: "迅达物流")
        let mention = Place(kind: .organization, name: "迅达物流", core: "迅达物流")
        var directory = PlaceDirectory(places: [firm], commonWords: ["物流"])
        let bare = ["迅", "达", "的", "工资"]
        #expect(directory.mentions(in: bare).isEmpty)
        var twice = directory
        #expect(twice.admitStems(naming: [[firm], [mention], []]).isEmpty)
        #expect(twice.mentions(in: bare).isEmpty)
        #expect(directory.admitStems(naming: [[firm], [mention], [mention, firm], []]) == ["迅达"])
        #expect(directory.mentions(in: bare).map(\.place.core) == ["迅达物流"])
        #expect(PlaceDirectory.splitsOne(of: ["迅达"], in: bare) && !PlaceDirectory.splitsOne(of: ["迅达"], in: ["迅达", "工资"]))
        // A name whose rest is no common word (a phrase read as a firm, `人车分流恒大`) has no brand.
        let phrase = Place(kind: .organization, name: "人车分流恒大公司", core: "人车分流恒大")
        var misread = PlaceDirectory(places: [phrase], commonWords: ["物流", "分流"])
        #expect(misread.admitStems(naming: Array(repeating: [phrase], count: 5)).isEmpty)
    }

    @Test func aTwoCharacterHomophoneIsANameOnlyWhenThatNameIsWrittenFarMoreOften() {
        let gym = Place(kind: .organization, name: "力健健身", core: "力健"), typo = Place(kind: .organization, name: "丽健健身", core: "丽健")
        let often = PlaceDirectory(places: Array(repeating: gym, count: 6) + [typo])
        #expect(often.key(for: typo) == often.key(for: gym))
        // Five texts are too few, and so is a ratio under five: two villages may share a sound.
        let fewer = PlaceDirectory(places: Array(repeating: gym, count: 5) + [typo])
        #expect(fewer.key(for: typo) != fewer.key(for: gym))
        let closer = PlaceDirectory(places: Array(repeating: gym, count: 9) + [typo, typo])
        #expect(closer.key(for: typo) != closer.key(for: gym))
    }

    @Test func aTownsInstitutionKeepsTheTownsName() {
        let towns = ["石门", "龙口"].map { Place(kind: .town, name: $0 + "镇", core: $0) }
        let schools = ["石门", "龙口"].map { Place(kind: .organization, name: $0 + "中心小学", core: $0 + "中心") }
        let directory = PlaceDirectory(places: towns + schools)
        #expect(directory.key(for: schools[0]) != directory.key(for: schools[1]))
        #expect(directory.key(for: schools[0]).core == "石门中心")
    }

    @Test func aKnownNameIsNotReadOnIntoALongerOneItBegins() {
        let directory = PlaceDirectory(places: [Place(kind: .community, name: "枫林居小区", core: "枫林居"),
                                                Place(kind: .organization, name: "枫林居电梯维保公司", core: "枫林居电梯维保")])
        let mentions = directory.mentions(in: ["枫", "林", "居", "电梯", "又", "坏", "了"])
        #expect(mentions.map(\.place.core) == ["枫林居"])
        #expect(mentions.map(\.terms) == [0..<3])
    }

    @Test func aNameWrittenBySoundIsTheNameOfThatSound() throws {
        let found = PlaceExtractor().places(in: Fixtures.analyzer().analyze("来电人反映杨六村（音）猪场臭味严重，杨柳村也是")).map(\.place)
        #expect(found.map(\.name) == ["杨六村", "杨柳村"] && found.map(\.isPhonetic) == [true, false])
        let stated = PlaceExtractor().places(in: Fixtures.analyzer().analyze("来电人称越动力健身房（来电人表述）关门")).map(\.place)
        #expect(stated.map(\.name) == ["越动力健身房"] && stated.map(\.isPhonetic) == [true])
        let usual = Place(kind: .village, name: "杨柳村", core: "杨柳")
        let heard = Place(kind: .village, name: "杨六村", core: "杨六", isPhonetic: true)
        #expect(PlaceDirectory(places: [usual, heard]).key(for: heard) == PlaceDirectory(places: [usual, heard]).key(for: usual))
        // Without the mark, two-character names that sound alike are different places.
        var unmarked = heard
        unmarked.isPhonetic = false
        #expect(PlaceDirectory(places: [usual, unmarked]).key(for: unmarked) != PlaceDirectory(places: [usual, unmarked]).key(for: usual))
    }

    @Test func aPlaceIsShownByTheSpellingOfItsKeyWrittenMostOften() {
        let district = Place(kind: .district, name: "张店区", core: "张店")
        let long = Place(kind: .community, name: "张店银泰城小区", core: "张店银泰城")
        let usual = Place(kind: .community, name: "银泰城小区", core: "银泰城")
        let other = Place(kind: .community, name: "金泰花园", core: "金泰")
        let profiles = [[district, long], [usual], [usual], [other]].map {
            FeedbackProfile(terms: [], places: $0, routing: RoutingLabel(department: nil, matter: nil))
        }
        let shown = ConcernGrouper.shownNames(profiles, PlaceDirectory(places: profiles.flatMap(\.places)))
        #expect(shown[long] == "银泰城小区" && shown[usual] == "银泰城小区" && shown[other] == "金泰花园")
        #expect(shown[district] == nil)
    }

    @Test func aBrandStandsForUpToThreeNamesItBegins() {
        let brand = Place(kind: .organization, name: "鸿达厂", core: "鸿达")
        let firms = ["鸿达服装", "鸿达服饰", "鸿达制衣"].map { Place(kind: .organization, name: $0 + "有限公司", core: $0) }
        let directory = PlaceDirectory(places: [brand] + firms)
        #expect(firms.allSatisfy { directory.key(for: $0) == directory.key(for: brand) })
        let generic = ["实验东", "实验西", "实验南", "实验北"].map { Place(kind: .organization, name: $0 + "学校", core: $0) }
        let schools = PlaceDirectory(places: [Place(kind: .organization, name: "实验公司", core: "实验")] + generic)
        #expect(generic.allSatisfy { schools.key(for: $0).core == $0.core })
    }

    @Test func genericPartsAndNumbersDoNotMerge() {
        let names = ["盛银商贸", "世安商贸", "玉恒商贸", "商贸"]
        let places = names.map { Place(kind: .organization, name: $0 + "有限公司", core: $0) }
            + [Place(kind: .busRoute, name: "12路", core: "12"), Place(kind: .busRoute, name: "123路", core: "123")]
        let directory = PlaceDirectory(places: places)
        #expect(Set(places.prefix(3).map { directory.key(for: $0) }).count == 3)
        #expect(directory.key(for: places[4]) != directory.key(for: places[5]))
    }

    @Test func gazetteerFindsNamesWithoutSuffix() {
        let directory = PlaceDirectory(places: [Place(kind: .organization, name: "润丰化工有限公司", core: "润丰化工")])
        let mentions = directory.mentions(in: ["臭味", "润丰", "化工", "味道"])
        #expect(mentions.map(\.place.core) == ["润丰化工"])
        #expect(mentions.map(\.terms) == [1..<3])
        #expect(directory.mentions(in: ["化工", "味道"]).isEmpty)
    }

    @Test func aNumberAloneIsABusLineTheTextsNameElsewhere() {
        let line = Place(kind: .busRoute, name: "327路", core: "327")
        let directory = PlaceDirectory(places: Array(repeating: line, count: 3) + [Place(kind: .busRoute, name: "218路", core: "218")])
        #expect(directory.busLine(numbered: "327") == line)
        // Named in fewer than three texts, a line is not known by its number alone.
        #expect(directory.busLine(numbered: "218") == nil)
        let alone = FeedbackProfile(analyzed: Fixtures.analyzer().analyze("今天327真的没了，等了快半小时"), routing: .manual)
        #expect(ConcernGrouper.addingMentions(alone, directory).places == [line])
        // Beside another place the number may be a house's: `美景花园327`.
        let placed = FeedbackProfile(analyzed: Fixtures.analyzer().analyze("美景花园327今天停水"), routing: .manual)
        #expect(!ConcernGrouper.addingMentions(placed, directory).places.contains(line))
    }

    @Test func aNameThatBeginsWithAStopWordIsFoundWhereTheSegmenterSplitIt() {
        let estate = Place(kind: .community, name: "和兴小区", core: "和兴")
        let directory = PlaceDirectory(places: Array(repeating: estate, count: 3))
        let text = FeedbackProfile(analyzed: Fixtures.analyzer().analyze("和兴这改造咋还停了呢，脚手架杵那一个多月了"), routing: .manual)
        #expect(text.stopLedPairs.contains("和兴"))
        #expect(ConcernGrouper.addingMentions(text, directory).places.map(\.core) == ["和兴"])
        // A pair the corpus names no place by is none.
        let other = FeedbackProfile(analyzed: Fixtures.analyzer().analyze("和兴这改造咋还停了呢"), routing: .manual)
        #expect(ConcernGrouper.addingMentions(other, PlaceDirectory(places: [estate])).places.isEmpty)
    }

    @Test func numbersThatCountMeasureOrDateNameNoLine() {
        func numbers(_ text: String) -> [String] {
            FeedbackProfile(analyzed: Fixtures.analyzer().analyze(text), routing: .manual).lineNumbers
        }
        #expect(numbers("以前坐327，今天327真的没了") == ["327"])
        #expect(numbers("房租327元，涨了120%，室温18℃，2024年8月16日，第125期，卫生间12，123-456").isEmpty)
    }

    @Test func anOrdinalWithoutItsMarkIsTheNumberedName() {
        let directory = PlaceDirectory(places: [Place(kind: .organization, name: "第三实验中学", core: "第三实验")])
        let mentions = directory.mentions(in: ["三", "实验", "的", "校服"])
        #expect(mentions.map(\.place.core) == ["第三实验"])
        #expect(mentions.map(\.terms) == [0..<2])
        #expect(directory.mentions(in: ["四", "实验", "的", "校服"]).isEmpty)
    }

    @Test func aVerbOrAdverbBeforeTwoCharactersOfANameEndsIt() {
        let extractor = PlaceExtractor(stops: Fixtures.nameStops)
        func places(_ text: String) -> [String] { extractor.places(in: Fixtures.analyzer().analyze(text)).map(\.place.name) }
        #expect(places("建议增加营盘路的公交班次") == ["营盘路"])
        // Nor are a dialect's pronouns, a likeness or a ride: `咱`, `像`, `坐`.
        #expect(places("咱金桂小区这暖气一点都不热") == ["金桂小区"])
        #expect(places("能不能像华芯数据中心那样装隔声罩") == ["华芯数据中心"])
        #expect(places("每天坐东环路的公交上班") == ["东环路"])
        // Coming and going is no name: `陌生人随意进出小区`.
        #expect(places("陌生人随意进出小区，门禁形同虚设") == [])
        #expect(places("难道财智小区的业主不是人吗") == ["财智小区"])
        // A verb that is the whole name stays (`解放路`), and a firm's name keeps its trade.
        #expect(places("解放西路的路灯坏了") == ["解放西路"])
        #expect(places("大汉起重科技有限公司拖欠工资") == ["大汉起重科技有限公司"])
        // A park's or market's name holds no trade: a verb before it ends it.
        #expect(places("请相关部门协调港北物流园开放北门") == ["港北物流园"])
        // A river's name is never a verb, even alone: `排入|河`.
        #expect(places("几家餐馆的污水直接排入河中，龙泉河越来越臭") == ["龙泉河"])
        #expect(PlaceExtractor().places(in: Fixtures.analyzer().analyze("建议增加营盘路的公交班次")).map(\.place.name) != ["营盘路"])
    }

    @Test func aWordThatNamesNothingBeforeASuffixWordIsNoName() {
        let extractor = PlaceExtractor(stops: Fixtures.nameStops)
        func places(_ text: String) -> [String] { extractor.places(in: Fixtures.analyzer().analyze(text)).map(\.place.name) }
        // A verb, pronoun or time word before `小区`, `医院`, `学校`: no estate or organization.
        #expect(places("为加强小区安全管理，物业封了北门") == [])
        #expect(places("每次小区一停电，楼道里漆黑一片") == [])
        #expect(places("别的医院晚上也不开儿科") == [])
        // An area after a verb, pronoun or time word: no district, and so no conflict with the real one.
        #expect(places("该项目已列入县殡葬设施规划") == [])
        #expect(places("今天上午县里派了送水车，别的区也有") == [])
        // A village after a pronoun or time word; a village named by a verb stays (`胜利村`).
        #expect(places("别的村都通了公交，当初村里说好的") == [])
        #expect(places("胜利村的路灯坏了") == ["胜利村"])
        // Whatever is read before that word: the suffix is the verb's object (`来电|人|怀疑|学校`); a
        // factory's trade may be a verb (`回收|厂`).
        #expect(places("来电人怀疑学校与校外机构合作违规收费") == [])
        #expect(places("东郊的金鑫回收厂晚上焚烧电线") == ["金鑫回收厂"])
        // An adverb may name an area (`高新区`), and an idiom a shop (`海阔天空KTV`).
        #expect(places("高新区的路灯坏了") == ["高新区"])
        #expect(places("海阔天空KTV半夜还在唱") == ["海阔天空KTV"])
        // A verb ending in its result or direction ends even a firm's name, which may hold its trade.
        #expect(places("请责成长丰投资公司退款") == ["长丰投资公司"])
        #expect(places("钱交给瀚源燃气了") == ["瀚源燃气"])
        #expect(places("大汉起重科技有限公司拖欠工资") == ["大汉起重科技有限公司"])
    }

    @Test func nameStopsNameTheBadLine() throws {
        let stops = try NameStops.parse("# comment\n增加 v\n难道 d\n海阔天空 i\n", file: "stops.txt")
        #expect(stops.ends(.road, at: "增加") && !stops.ends(.organization, at: "增加") && stops.ends(.organization, at: "难道"))
        #expect(stops.ends(.organization, at: "海阔天空") && !stops.namesNothing(.organization, "海阔天空"))
        #expect(stops.namesNothing(.community, "难道") && !stops.namesNothing(.district, "难道") && stops.namesNothing(.district, "增加"))
        #expect(!stops.namesNothing(.road, "增加"))
        #expect(throws: UserDictionaryError.self) { try NameStops.parse("增加 v\n难道\n", file: "stops.txt") }
        do {
            _ = try NameStops.parse("增加 v\n难道\n", file: "stops.txt")
        } catch let error as UserDictionaryError {
            #expect(error.description.hasPrefix("stops.txt:2:"))
        }
    }

    @Test func aTextOnItsOwnBusLineStaysOutOfAGroupOfManyLines() {
        // Members name one road and lines 1, 2 and 3, none often enough to be the group's.
        let group = PlaceSignature(specific: [.init(kind: .road, key: 10)], scatteredKinds: [.busRoute], scatteredKeys: [1, 2, 3])
        func text(_ keys: [(Place.Kind, Int32)]) -> PlaceSignature { PlaceSignature(specific: keys.map { .init(kind: $0.0, key: $0.1) }) }
        #expect(PlaceRelation.between(text([(.busRoute, 4), (.road, 10)]), group) == .conflict)
        #expect(PlaceRelation.between(text([(.busRoute, 2), (.road, 10)]), group) == .match)
        #expect(PlaceRelation.between(text([(.road, 10)]), group) == .match)
    }

    @Test func aNameIsFoundByItsFirstTwoCharacters() {
        let estate = Place(kind: .community, name: "禾嘉名苑", core: "禾嘉名")
        let directory = PlaceDirectory(places: Array(repeating: estate, count: 3))
        #expect(directory.mentions(in: ["禾", "嘉", "的", "花园", "没", "了"]).map(\.place.core) == ["禾嘉名"])
        // A word the segmenter knows is an ordinary word; a name written twice is too rare to shorten;
        // two names with one beginning leave it to neither.
        #expect(directory.mentions(in: ["禾嘉", "的", "花园"]).isEmpty)
        #expect(PlaceDirectory(places: [estate, estate]).mentions(in: ["禾", "嘉", "的", "花园"]).isEmpty)
        let other = Place(kind: .organization, name: "禾嘉物业公司", core: "禾嘉物业")
        #expect(PlaceDirectory(places: [estate, estate, estate, other]).mentions(in: ["禾", "嘉", "的", "花园"]).isEmpty)
        // From four characters on, the last two as well: `铭邸` is `溪岸铭邸`.
        let long = Place(kind: .community, name: "溪岸铭邸小区", core: "溪岸铭邸")
        #expect(PlaceDirectory(places: Array(repeating: long, count: 3)).mentions(in: ["铭", "邸", "停电"]).map(\.place.core) == ["溪岸铭邸"])
    }

    @Test func aFirmShortenedByDroppingAWordIsThatFirm() {
        let firms = ["恒通汽车客运", "恒通客运", "恒通汽运"].map { Place(kind: .organization, name: $0 + "有限公司", core: $0) }
        let directory = PlaceDirectory(places: firms)
        #expect(Set(firms.map { directory.key(for: $0) }).count == 1)
        // One character more is another brand, a number another school, and a school no firm.
        #expect(PlaceDirectory.abbreviations(of: ["祥玉商贸", "祥玉禾商贸"]).isEmpty)
        #expect(PlaceDirectory.abbreviations(of: ["第十中学", "第十三中学"]).isEmpty)
        let schools = ["长郡双语实验", "长郡实验"].map { Place(kind: .organization, name: $0 + "学校", core: $0) }
        let schoolDirectory = PlaceDirectory(places: schools)
        #expect(schoolDirectory.key(for: schools[0]) != schoolDirectory.key(for: schools[1]))
    }
}
