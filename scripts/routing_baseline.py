#!/usr/bin/env python3
"""Baseline for `minyi evaluate routing`: jieba + TF-IDF + LinearSVC (scikit-learn), on the same folds.

Not part of minyi; it is the yardstick learned lexicons are compared with (docs/routing.md).
Requires `pip install scikit-learn jieba`.

    python3 scripts/routing_baseline.py cv GOLD.jsonl --folds 5 --seed 42
    python3 scripts/routing_baseline.py split TRAIN.jsonl TEST.jsonl

Folds: SplitMix64 seeded Fisher-Yates shuffle, fold = position mod k, exactly as minyi's
`FoldAssignment` (Sources/MinyiRouting/FoldAssignment.swift); the printed checksum matches minyi's.
Macro-F1 averages over the gold labels, as minyi's `RoutingMetrics`.
"""
import argparse
import json
import logging

MASK = (1 << 64) - 1


def splitmix64(seed):
    state = seed & MASK
    while True:
        state = (state + 0x9E3779B97F4A7C15) & MASK
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        yield z ^ (z >> 31)


def folds(count, k, seed):
    generator = splitmix64(seed)
    order = list(range(count))
    for index in range(count - 1, 0, -1):
        other = next(generator) % (index + 1)
        order[index], order[other] = order[other], order[index]
    assignment = [0] * count
    for position, item in enumerate(order):
        assignment[item] = position % k
    return assignment


def checksum(assignment):
    value = 0xCBF29CE484222325
    for fold in assignment:
        value ^= fold
        value = (value * 0x100000001B3) & MASK
    return format(value, "x")


def read(path, label_field, text_field, title_field):
    items = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                text = (record.get(title_field) or "") + " " + record[text_field]
                items.append((text, record[label_field]))
    return items


def macro_f1(gold, predicted):
    from sklearn.metrics import f1_score
    return f1_score(gold, predicted, labels=sorted(set(gold)), average="macro", zero_division=0)


def train_and_predict(train, test):
    import jieba
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.svm import LinearSVC
    jieba.setLogLevel(logging.WARNING)
    vectorizer = TfidfVectorizer(tokenizer=jieba.lcut, token_pattern=None, lowercase=False, sublinear_tf=True)
    features = vectorizer.fit_transform([text for text, _ in train])
    classifier = LinearSVC(C=1.0, random_state=0).fit(features, [label for _, label in train])
    return list(classifier.predict(vectorizer.transform([text for text, _ in test])))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="mode", required=True)
    cv = sub.add_parser("cv", help="k-fold cross-validation on one file")
    cv.add_argument("gold")
    cv.add_argument("--folds", type=int, default=5)
    cv.add_argument("--seed", type=int, default=42)
    split = sub.add_parser("split", help="train on one file, test on another")
    split.add_argument("train")
    split.add_argument("test")
    for command in (cv, split):
        command.add_argument("--label-field", default="label")
        command.add_argument("--text-field", default="text")
        command.add_argument("--title-field", default="title")
    args = parser.parse_args()

    if args.mode == "cv":
        items = read(args.gold, args.label_field, args.text_field, args.title_field)
        assignment = folds(len(items), args.folds, args.seed)
        scores, gold_all, predicted_all = [], [], []
        for fold in range(args.folds):
            train = [item for item, f in zip(items, assignment) if f != fold]
            test = [item for item, f in zip(items, assignment) if f == fold]
            predicted = train_and_predict(train, test)
            gold = [label for _, label in test]
            accuracy = sum(g == p for g, p in zip(gold, predicted)) / len(gold)
            scores.append(macro_f1(gold, predicted))
            gold_all += gold
            predicted_all += predicted
            print(f"fold {fold}: {len(test)} items, accuracy {accuracy:.4f}, macro-F1 {scores[-1]:.4f}")
        mean = sum(scores) / len(scores)
        deviation = (sum((s - mean) ** 2 for s in scores) / (len(scores) - 1)) ** 0.5
        print(f"{args.folds}-fold cross-validation (seed {args.seed}, fold checksum {checksum(assignment)}): "
              f"mean macro-F1 {mean:.4f} ± {deviation:.4f}")
        pooled = sum(g == p for g, p in zip(gold_all, predicted_all)) / len(gold_all)
        print(f"pooled: accuracy {pooled:.4f}  macro-F1 {macro_f1(gold_all, predicted_all):.4f}")
    else:
        train = read(args.train, args.label_field, args.text_field, args.title_field)
        test = read(args.test, args.label_field, args.text_field, args.title_field)
        predicted = train_and_predict(train, test)
        gold = [label for _, label in test]
        accuracy = sum(g == p for g, p in zip(gold, predicted)) / len(gold)
        print(f"train {len(train)} / test {len(test)}: accuracy {accuracy:.4f}  macro-F1 {macro_f1(gold, predicted):.4f}")


if __name__ == "__main__":
    main()
