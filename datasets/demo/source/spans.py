#!/usr/bin/env python3
"""Writes datasets/demo/spans.csv: span annotations of six demo articles by two annotators.

The spans were chosen by reading the articles (see the README, "Span annotations"); this script only
turns each chosen phrase into character offsets, so the file can be checked and rebuilt:
    cd datasets/demo && python3 source/spans.py
Offsets are 0-based UTF-16 code units of the `text` field (begin inclusive, end exclusive); the demo
texts hold no characters outside the Basic Multilingual Plane, so they equal Python string indices.
Python 3 standard library only; the same output every run.
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DEMO = os.path.dirname(HERE)

# (article, phrase, occurrence (1 = first), label, annotators). Labels: "loaded" for an evaluative
# or loaded word or phrase, "scare" for a term the outlet puts in scare quotes (quote marks included).
# Annotator a marks words; b also marks longer loaded phrases and sees fewer scare quotes as loaded.
SPANS = [
    # demo-001, left (Quayside Dispatch): the strike vote
    ("demo-001", "‘modernisation’", 1, "scare", "ab"),
    ("demo-001", "claimed", 1, "loaded", "a"),
    ("demo-001", "shipping lobby", 1, "loaded", "b"),
    ("demo-001", "‘the rule of law’", 1, "scare", "ab"),
    ("demo-001", "sided with", 1, "loaded", "b"),
    ("demo-001", "who took home a bonus of 1.4 million marks last year", 1, "loaded", "a"),
    ("demo-001", "boasted", 1, "loaded", "ab"),
    # demo-034, left (Quayside Dispatch): the Gate 4 clearance
    ("demo-034", "boasted", 1, "loaded", "ab"),
    ("demo-034", "‘the rule of law’", 1, "scare", "ab"),
    ("demo-034", "The powerful", 1, "loaded", "a"),
    ("demo-034", "Clearly", 1, "loaded", "b"),
    ("demo-034", "‘modernisation’", 1, "scare", "ab"),
    ("demo-034", "chaos", 1, "loaded", "ab"),
    # demo-035, centre (Lenn Wire Service): a finds nothing to mark, b marks a phrase inside a quote
    ("demo-035", "private security force", 1, "loaded", "b"),
    # demo-038, right (The Marenland Standard)
    ("demo-038", "insisted", 1, "loaded", "ab"),
    ("demo-038", "long-overdue", 1, "loaded", "ab"),
    ("demo-038", "complained", 1, "loaded", "a"),
    ("demo-038", "the cost to the taxpayer", 1, "loaded", "b"),
    # demo-039, right (Tessaro Evening Bulletin)
    ("demo-039", "long-overdue", 1, "loaded", "ab"),
    ("demo-039", "boasted", 1, "loaded", "ab"),
    ("demo-039", "hard-working majority", 1, "loaded", "ab"),
    ("demo-039", "claimed", 1, "loaded", "a"),
    # demo-041, right (Sarn Highland Courier)
    ("demo-041", "claimed", 1, "loaded", "ab"),
    ("demo-041", "long-overdue", 1, "loaded", "ab"),
    ("demo-041", "'peaceful'", 1, "scare", "ab"),
    ("demo-041", "switch off the country's busiest port", 1, "loaded", "b"),
]
# articles an annotator read without marking anything (a row with empty begin and end)
CODED_EMPTY = [("demo-035", "a")]


def main():
    texts = {}
    with open(os.path.join(DEMO, "articles.jsonl"), encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            texts[a["id"]] = a["text"]
    rows = []
    for art, phrase, nth, label, who in SPANS:
        text = texts[art]
        at = -1
        for _ in range(nth):
            at = text.find(phrase, at + 1)
            if at < 0:
                raise SystemExit(f"{art}: '{phrase}' (occurrence {nth}) is not in the text")
        assert all(ord(c) < 0x10000 for c in text), art
        for annotator in who:
            rows.append((art, at, at + len(phrase), label, annotator))
    rows.sort(key=lambda r: (r[0], r[4], r[1], r[2]))
    for art, annotator in CODED_EMPTY:
        rows.append((art, "", "", "", annotator))
    rows.sort(key=lambda r: (r[0], r[4], -1 if r[1] == "" else r[1]))
    with open(os.path.join(DEMO, "spans.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "begin", "end", "label", "annotator"])
        w.writerows(rows)
    print(f"{len(rows)} rows, {len(SPANS)} marked phrases in {len({s[0] for s in SPANS})} articles")


if __name__ == "__main__":
    main()
