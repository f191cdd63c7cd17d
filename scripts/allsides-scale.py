#!/usr/bin/env python3
"""Writes a K-times AllSides corpus for FrameLab's scale benchmark (issue: compute once, bounded memory).

    python3 scripts/allsides-scale.py 10 /scratch/allsides-10x.jsonl.gz   # 362,540 articles

Reads ../shared/datasets/allsides/articles.jsonl.gz (Baly et al. 2020, Apache-2.0; see ../shared/README.md)
and writes K copies of every article: copy 0 keeps the original id, copy c > 0 gets the id "<id>~c".
Texts, titles and outlets are the originals, so outlets and labels keep their distribution; the output
is deterministic (same bytes for the same K: gzip without a file name or time stamp). The copies are
for timing and memory only: texts repeat, so never evaluate a classifier on this corpus.
Standard library only; streams line by line (memory stays small whatever K is).
"""
import gzip
import json
import os
import sys

SOURCE = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "datasets", "allsides", "articles.jsonl.gz")


def main(argv):
    if len(argv) != 3 or not argv[1].isdigit() or int(argv[1]) < 1:
        sys.exit("usage: allsides-scale.py K OUT.jsonl.gz   (K >= 1 copies of every AllSides article)")
    k, out = int(argv[1]), argv[2]
    if not os.path.exists(SOURCE):
        sys.exit(f"{SOURCE}: not found (the shared AllSides corpus must sit beside the repository)")
    tmp = out + ".tmp"
    n = 0
    with open(tmp, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz:
        for c in range(k):
            with gzip.open(SOURCE, "rt", encoding="utf-8") as src:
                for line in src:
                    if not line.strip():
                        continue
                    a = json.loads(line)
                    if c > 0:
                        a["id"] = f"{a['id']}~{c}"
                    gz.write((json.dumps(a, ensure_ascii=False) + "\n").encode("utf-8"))
                    n += 1
    os.replace(tmp, out)  # never a half-written corpus
    print(f"{out}: {n:,} articles ({k} x AllSides)")


if __name__ == "__main__":
    main(sys.argv)
