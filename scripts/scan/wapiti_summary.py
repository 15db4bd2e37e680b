#!/usr/bin/env python3
"""Counts wapiti's JSON findings by level (0 info, 1 low, 2 medium, 3 high, 4 critical - counted as high) and
lists each one.
Prints `high=N` last. Usage: wapiti_summary.py REPORT_JSON"""
import json
import sys

report = json.load(open(sys.argv[1], encoding="utf-8"))
names = {0: "info", 1: "low", 2: "medium", 3: "high", 4: "high"}
counts = {"info": 0, "low": 0, "medium": 0, "high": 0}
rows = []
for section, kind in (("vulnerabilities", "vulnerability"), ("anomalies", "anomaly"), ("additionals", "additional")):
    for category, findings in (report.get(section) or {}).items():
        for f in findings:
            level = names.get(int(f.get("level") or 0), "high")
            counts[level] += 1
            where = f"{f.get('method', '')} {f.get('path', '')}".strip()
            rows.append((level, kind, category, where, f.get("parameter") or "", (f.get("info") or "").splitlines()[0][:110]))
for level, section, category, where, parameter, info in sorted(rows, key=lambda r: ("high", "medium", "low", "info").index(r[0])):
    print(f"  {level:6} {section:13} {category} | {where} {parameter} | {info}")
print(f"wapiti: {counts['high']} high, {counts['medium']} medium, {counts['low']} low, {counts['info']} info")
print(f"high={counts['high']}")
