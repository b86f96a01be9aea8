#!/usr/bin/env python3
"""Writes lexicons/base/name-stops.txt: words that end a place name read right to left.

Source: the dictionary of jieba 0.42.1 (`pip download jieba==0.42.1`, MIT License), the same one
`lexicons/base/words.txt` comes from. Kept: words of two or more Chinese characters with frequency
>= 5 whose part of speech is a verb (v), adverb (d, ad), preposition (p), conjunction (c), pronoun
(r), time word (t), idiom or set phrase (i, l), particle (u, y, e, o) -- `增加|营盘路`, `难道|财智小区`,
`为了|金帆路`, `其中|星月路`, `下半年|泉塘幼儿园` -- less the words of those classes that often name
roads, estates and schools themselves (`解放路`, `青年路`, `现代城`, `育才中学`).

    python3 scripts/name_stops.py jieba/dict.txt > lexicons/base/name-stops.txt
"""
import sys

CLASSES = {"v", "d", "ad", "p", "c", "r", "t", "i", "l", "u", "y", "e", "o"}
NAME_WORDS = set("""
解放 振兴 复兴 前进 跃进 胜利 建设 团结 发展 迎宾 创业 兴业 光明 富民 富强 发达 致远 育才 求是 求实 启明
利民 惠民 便民 为民 拥军 安居 安定 和平 永安 长安 太平 康乐 未来 现代 当代 青年 自然 联合 希望 涉外 崛起
奋进 飞跃 远航 启航 立新 进步 保障 跳马 顺天 包头
""".split())


def main(path):
    print("# word part-of-speech (jieba): words that end a place name read right to left; see scripts/name_stops.py")
    with open(path, encoding="utf-8") as dictionary:
        for line in dictionary:
            word, frequency, tag = line.split()
            if (tag in CLASSES and int(frequency) >= 5 and len(word) >= 2 and word not in NAME_WORDS
                    and all("\u4e00" <= ch <= "\u9fff" for ch in word)):
                print(word, tag)


if __name__ == "__main__":
    main(sys.argv[1])
