#!/usr/bin/env python3
"""Builds datasets/demo/articles.jsonl from the hand-written article sources in this folder.

Each source file (one per topic, named <topic>.txt) holds articles in this plain format:

    ### L | 2024-01-09 | dockworkers-walk-out
    Headline on one line
    Body paragraphs ...

The outlet code is L, R, C or W (see OUTLETS). Articles are sorted by date (then outlet, then
headline) and numbered demo-001, demo-002, ... Run: python3 source/build.py  (from datasets/demo).
"""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "articles.jsonl")
OUTLETS = {
    "L": ("The Tessaro Clarion", "left", "tessaro-clarion.example"),
    "R": ("The Marenland Standard", "right", "marenland-standard.example"),
    "C": ("The Ardel Record", "center", "ardel-record.example"),
    "W": ("Lenn Wire Service", "center", "lennwire.example"),
}
TOPICS = ["port-strike", "hospital-funding", "mining-licence", "flood", "border-dispute", "election"]
HEADER = re.compile(r"^### ([LRCW]) \| (2024-\d\d-\d\d) \| ([a-z0-9-]+)\s*$")

def parse(topic):
    path = os.path.join(HERE, topic + ".txt")
    if not os.path.exists(path):
        return []
    arts, cur = [], None
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            m = HEADER.match(line)
            if m:
                cur = {"code": m[1], "date": m[2], "slug": m[3], "lines": [], "src": f"{path}:{n}"}
                arts.append(cur)
            elif line.startswith("###"):
                sys.exit(f"{path}:{n}: bad header: {line}")
            elif cur is not None:
                cur["lines"].append(line)
    result = []
    for a in arts:
        lines = a["lines"]
        while lines and not lines[0].strip():
            lines.pop(0)
        title = lines[0].strip()
        body = "\n".join(lines[1:]).strip()
        paras = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", body) if p.strip()]
        name, leaning, host = OUTLETS[a["code"]]
        y, mth, d = a["date"].split("-")
        result.append({"title": title, "text": "\n\n".join(paras), "outlet": name, "leaning": leaning,
                       "date": a["date"], "topic": topic,
                       "url": f"https://{host}/{y}/{mth}/{d}/{a['slug']}", "_src": a["src"]})
    return result

def main():
    arts = [a for t in TOPICS for a in parse(t)]
    order = {v[0]: i for i, v in enumerate(OUTLETS.values())}
    arts.sort(key=lambda a: (a["date"], order[a["outlet"]], a["title"]))
    problems = []
    seen_text, seen_url = set(), set()
    for a in arts:
        w = len(a["text"].split())
        if not 90 <= w <= 220:
            problems.append(f"{a['_src']}: {w} words")
        if a["text"] in seen_text: problems.append(f"{a['_src']}: duplicate text")
        if a["url"] in seen_url: problems.append(f"{a['_src']}: duplicate url")
        seen_text.add(a["text"]); seen_url.add(a["url"])
    for p in problems:
        print("PROBLEM", p)
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        for i, a in enumerate(arts, 1):
            rec = {"id": f"demo-{i:03d}"}
            rec.update({k: v for k, v in a.items() if not k.startswith("_")})
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    os.replace(tmp, OUT)
    # validate what was written
    ids, by_outlet, by_lean, by_topic, words = set(), collections.Counter(), collections.Counter(), collections.Counter(), []
    with open(OUT, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            assert r["id"] not in ids, r["id"]; ids.add(r["id"])
            by_outlet[r["outlet"]] += 1; by_lean[r["leaning"]] += 1; by_topic[r["topic"]] += 1
            words.append(len(r["text"].split()))
    print(len(ids), "articles;", "words min/mean/max", min(words), round(sum(words)/len(words)), max(words))
    print(dict(sorted(by_outlet.items()))); print(dict(sorted(by_lean.items()))); print(dict(sorted(by_topic.items())))
    ct = collections.Counter((r_t, r_o) for r_t, r_o in ((a["topic"], a["outlet"]) for a in arts))
    for t in TOPICS:
        print(t, [ct[(t, OUTLETS[c][0])] for c in "LRCW"])
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
