#!/usr/bin/env python3
"""Writes a synthetic lexicon pack with N keywords (default 20,000) for the load-time measurement in
docs/routing.md: `python3 scripts/large_pack.py /tmp/pack20k && minyi lexicon check /tmp/pack20k`."""
import os
import sys

directory = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
departments = 10
os.makedirs(os.path.join(directory, "departments"), exist_ok=True)
with open(os.path.join(directory, "pack.yaml"), "w", encoding="utf-8") as pack:
    pack.write("name: large\nnegations: [不是, 并非, 没有]\n")
for department in range(departments):
    with open(os.path.join(directory, "departments", f"d{department}.yaml"), "w", encoding="utf-8") as out:
        out.write(f"id: d{department}\nname: 部门{department}\ntopics:\n")
        per_department = count // departments
        for topic in range(10):
            out.write(f"  - id: t{topic}\n    name: 主题{topic}\n    keywords:\n")
            for index in range(per_department // 10):
                n = (department * per_department) + topic * (per_department // 10) + index
                term = f"词{n}项"
                out.write(f"      {term}: {1 + n % 9}\n")
