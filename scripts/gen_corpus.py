#!/usr/bin/env python3
"""Synthetic 12345-style feedback for benchmarking `minyi report` at any size.

Writes JSON Lines with id, user, time, likes, title, text and concern (gold concern id, "" for
one-offs). Concerns are (matter, place) pairs with Zipf-like sizes; each text words its matter with
one of several phrasings, names its place in full or in part (with or without the district), and
adds petition formulas, details and sometimes a phone number. Decoys arise by construction: the
same matter at other places, and other matters at the same place. A few city-wide matters without a
place (`g…`) are concerns too.

    scripts/gen_corpus.py --texts 100000 --seed 1 > out/bench-100k.jsonl
"""
import argparse
import json
import random
import sys

DISTRICTS = ["张店区", "淄川区", "博山区", "周村区", "临淄区", "桓台县", "高青县", "沂源县"]
SYLLABLES = list("华泰银阳光明春和平安福康宁兴盛鑫源德祥瑞金玉锦绣东西南北新世纪嘉禾丰泽恒通达富贵龙凤翔云海天景城苑林")
COMMUNITY_SUFFIXES = ["小区", "花园", "家园", "苑", "社区", "新城"]
ROAD_SUFFIXES = ["路", "大道", "街"]
COMPANY_KINDS = ["建筑工程有限公司", "物业服务有限公司", "商贸有限公司", "机械制造有限公司", "餐饮管理有限公司"]
SCHOOL_KINDS = ["小学", "中学", "实验学校"]

# Matters: where they happen and how people word them. {p} is the place as written.
MATTERS = {
    "heating": ("community", [
        "{p}暖气不热，家里温度只有十四五度，老人孩子都冻感冒了",
        "{p}供暖温度一直不达标，屋里穿着棉袄还冷",
        "我们{p}今年冬天的暖气跟没开一样，热力公司说管道没问题",
        "{p}暖气片冰凉，交了取暖费却享受不到供热",
        "{p}室温太低，供热单位不作为，要求退还部分取暖费",
        "反映{p}集中供暖效果差，晚上家里冷得睡不着",
    ]),
    "parking": ("community", [
        "{p}物业乱收停车费，每月涨到三百元，没有经过业主大会",
        "{p}地面停车位收费不合理，物业强行涨价",
        "{p}的停车管理费说涨就涨，物业捆绑收取高额费用",
        "物业在{p}私自提高停车收费标准，业主不同意",
        "{p}停车费涨价没有公示，物业不给开发票",
    ]),
    "noise": ("site", [
        "{p}晚上十一点以后还在施工，噪音扰民，根本睡不着",
        "{p}夜间施工打桩声音很大，凌晨两点还在干活",
        "{p}每天夜里施工，机器轰隆隆影响休息",
        "投诉{p}违规夜间作业，噪声严重超标",
        "{p}施工噪音太大，半夜搅拌机一直响",
    ]),
    "wages": ("company", [
        "{p}拖欠农民工工资三个多月，多次讨要无果",
        "{p}欠我们工人的工资一直不发，老板联系不上",
        "在{p}干了半年活，工资至今没有结清",
        "{p}以各种理由克扣拖欠工资，请劳动监察部门介入",
        "{p}拖欠工人工资，年底了还拿不到钱",
    ]),
    "bus": ("route", [
        "{p}公交车经常不按时发车，等了四十分钟都不来",
        "{p}公交发车间隔太长，站台上一等就是半小时",
        "{p}公交车晚点严重，时刻表形同虚设",
        "坐{p}公交上班经常迟到，车总是不按点来",
    ]),
    "water": ("community", [
        "{p}经常停水，一停就是一整天，也不提前通知",
        "{p}三天两头停水，做饭洗衣都成问题",
        "{p}又停水了，自来水公司没有任何通知",
        "{p}停水已经两天，居民生活受到影响",
    ]),
    "water-quality": ("community", [
        "{p}自来水发黄有异味，不敢饮用",
        "{p}水质浑浊，烧开后有很多水垢",
        "{p}二次供水水箱多年没有清洗，水里有杂质",
    ]),
    "lights": ("road", [
        "{p}路灯不亮已经一个多月，晚上走路很危险",
        "{p}的路灯坏了好多盏，一直没人修",
        "{p}夜间一片漆黑，路灯常年不亮",
    ]),
    "potholes": ("road", [
        "{p}路面坑洼不平，下雨积水严重",
        "{p}路面破损多处塌陷，车辆通行困难",
        "{p}到处是坑，电动车经常摔倒",
    ]),
    "school-traffic": ("school", [
        "{p}门口上下学时段交通拥堵，孩子过马路不安全",
        "{p}放学时接孩子的车辆乱停，堵得水泄不通",
        "建议在{p}门口设置交通信号灯和减速带，保障学生安全",
    ]),
    "school-fees": ("school", [
        "{p}违规收取补课费，家长负担很重",
        "{p}强制学生参加收费辅导班",
        "{p}乱收费，每学期要交好几百元资料费",
    ]),
    "garbage": ("community", [
        "{p}垃圾清运不及时，垃圾桶满了好几天没人管",
        "{p}垃圾站臭气熏天，夏天苍蝇到处飞",
        "{p}楼下垃圾堆积如山，没人清理",
    ]),
    "elevator": ("community", [
        "{p}电梯经常出故障，坏了半个月没人修",
        "{p}电梯多次困人，物业维修不及时",
        "{p}的电梯老化严重，上下楼很不安全",
    ]),
    "fumes": ("community", [
        "{p}临街饭店油烟直排，家里窗户都不敢开",
        "{p}楼下烧烤店油烟熏人，衣服都没法晾",
        "{p}底商餐馆排油烟管道对着居民楼",
    ]),
}
OPENINGS = ["", "", "您好，", "尊敬的领导：", "市长您好，", "我是附近居民，", "我要反映一个问题，"]
CLOSINGS = ["", "希望相关部门尽快解决。", "请有关部门给予处理，谢谢！", "已经反映多次了，一直没有结果。",
            "恳请领导重视。", "希望尽快答复。", "请监管部门调查处理。"]
DETAILS = ["", "", "这种情况已经持续很久了。", "周围邻居都有意见。", "打电话一直没人接。", "上次反映后好了几天又这样。",
           "家里有老人和孩子。", "多户居民联名反映。"]
GENERIC = [
    "咨询一下公积金提取需要哪些材料", "请问新生儿医保怎么办理", "建议增加城区公共自行车站点",
    "反映网上办事大厅经常登录不上", "咨询退休人员养老金调整时间", "建议在公园增加健身器材",
    "请问异地就医备案怎么办理", "反映出租车拒载绕路", "咨询不动产证办理进度", "建议夜市规范管理",
]


def name(rng, parts=2):
    return "".join(rng.choice(SYLLABLES) for _ in range(parts))


class Places:
    """Distinct names per kind, each with its district; names grow longer as short ones run out."""

    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def unique(self, make):
        for attempt in range(200):
            value = make(2 + attempt // 20)
            if value not in self.used:
                self.used.add(value)
                return value
        return None

    def make(self, kind):
        rng = self.rng
        district = rng.choice(DISTRICTS)
        if kind == "route":
            core = self.unique(lambda extra: rng.choice(["", "", "K", "B"]) + str(rng.randint(1, 100 * extra)))
            return core and {"district": None, "core": core, "suffix": "路"}
        core = self.unique(lambda length: name(rng, length))
        suffixes = {
            "community": COMMUNITY_SUFFIXES,
            "site": ["项目工地", "小区工地", "广场工地"],
            "company": COMPANY_KINDS,
            "road": ROAD_SUFFIXES,
            "school": SCHOOL_KINDS,
        }[kind]
        return core and {"district": district, "core": core, "suffix": rng.choice(suffixes)}


def written(rng, place):
    """The place as one submitter writes it: with or without district, sometimes shortened."""
    core, suffix = place["core"], place["suffix"]
    if suffix.endswith("有限公司") and rng.random() < 0.4:
        suffix = "公司"
    form = core + suffix
    if place["district"] and rng.random() < 0.4:
        form = place["district"] + form
    return form


def text_for(rng, matter, place):
    phrasing = rng.choice(MATTERS[matter][1]).format(p=written(rng, place))
    body = rng.choice(OPENINGS) + phrasing + "。" + rng.choice(DETAILS) + rng.choice(CLOSINGS)
    if rng.random() < 0.05:
        body += "联系电话1%d%09d" % (rng.choice([3, 5, 8]), rng.randint(0, 999_999_999))
    return body


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--texts", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--one-off-share", type=float, default=0.35, help="share of texts that raise a matter nobody else raises")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    places = Places(rng)
    concern_texts = int(args.texts * (1 - args.one_off_share))
    # Zipf-like sizes: the k-th concern has about top/k^1.1 texts, down to 2.
    top = max(2, int(concern_texts * 0.03))
    sizes = []
    total = 0
    while total < concern_texts:
        sizes.append(max(2, int(top / (len(sizes) + 1) ** 1.1)))
        total += sizes[-1]
    concerns = []
    shared = []  # places reused by a second matter (same place, different matter)
    for index, size in enumerate(sizes):
        matter = rng.choice(list(MATTERS))
        kind = MATTERS[matter][0]
        # Another matter at a place that already has one (never the same matter twice at a place).
        reusable = [p for p in (rng.choice(shared) for _ in range(8 if shared else 0)) if p[0] == kind and matter not in p[2]]
        if reusable and rng.random() < 0.2:
            entry = reusable[0]
            entry[2].add(matter)
            place = entry[1]
        else:
            place = places.make(kind)
            if place is None:
                continue
            shared.append((kind, place, {matter}))
        concerns.append(("c%d" % (index + 1), matter, place, size))
    records = []
    for concern, matter, place, size in concerns:
        start = rng.randint(0, 300)
        for _ in range(size):
            records.append((concern, text_for(rng, matter, place), start + int(rng.expovariate(1 / 10))))
    while len(records) < args.texts:
        if rng.random() < 0.05:
            # City-wide matters without a place: each one concern of its own.
            matter = rng.randrange(len(GENERIC))
            records.append(("g%d" % matter, rng.choice(OPENINGS) + GENERIC[matter] + "。" + rng.choice(CLOSINGS), rng.randint(0, 330)))
        else:
            matter = rng.choice(list(MATTERS))
            place = places.make(MATTERS[matter][0])
            if place is not None:
                records.append(("", text_for(rng, matter, place), rng.randint(0, 330)))
    rng.shuffle(records)
    out = sys.stdout
    for number, (concern, text, day) in enumerate(records[: args.texts], 1):
        day = min(day, 332)
        month, mday = 1, day + 1
        for length in [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30]:
            if mday <= length:
                break
            mday -= length
            month += 1
        title = text.split("，")[0].split("。")[0][:24]
        record = {
            "id": "T%07d" % number,
            "user": "U%07d" % (rng.randint(1, 40) if rng.random() < 0.03 else number),
            "time": "2026-%02d-%02d %02d:%02d:00" % (month, mday, rng.randint(7, 22), rng.randint(0, 59)),
            "likes": int(rng.expovariate(1 / 3)),
            "title": title,
            "text": text,
            "concern": concern,
        }
        out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
