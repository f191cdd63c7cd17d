#!/usr/bin/env python3
"""Writes a K-times AllSides corpus for FrameLab's scale benchmark (issue: compute once, bounded memory).

    python3 scripts/allsides-scale.py 10 /scratch/allsides-10x.jsonl.gz              # 362,540 articles, one gzip file
    python3 scripts/allsides-scale.py 10 /scratch/allsides-10x.jsonl                 # the same as plain JSON lines
    python3 scripts/allsides-scale.py 10 /scratch/allsides-10x.jsonl.gz --shards 8   # 8 files allsides-10x-0000N-of-00008.jsonl.gz

Reads ../shared/datasets/allsides/articles.jsonl.gz (Baly et al. 2020, Apache-2.0; see ../shared/README.md)
and writes K copies of every article: copy 0 keeps the original id, copy c > 0 gets the id "<id>~c".
Texts, titles and outlets are the originals, so outlets and labels keep their distribution; the output
is deterministic (same bytes for the same K and shards: gzip without a file name or time stamp). The
copies are for timing and memory only: texts repeat, so never evaluate a classifier on this corpus.

An output name ending in .gz is gzip-compressed, any other name is plain JSON lines. A single .gz file
cannot be split, so Spark reads it as one task; plain files, or --shards N files, are read in parallel.
With --shards N the articles go round-robin to N files (article i to shard i mod N) named
STEM-0000s-of-0000N.EXT beside OUT.
Standard library only; streams line by line (memory stays small whatever K is).
"""
import gzip
import json
import os
import sys

SOURCE = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "datasets", "allsides", "articles.jsonl.gz")
USAGE = "usage: allsides-scale.py K OUT.jsonl[.gz] [--shards N]   (K >= 1 copies of every AllSides article, N >= 1 files)"


def shard_names(out, shards):
    if shards == 1:
        return [out]
    d, name = os.path.split(out)
    stem, ext = name, ""
    for e in (".jsonl.gz", ".ndjson.gz", ".json.gz", ".jsonl", ".ndjson", ".json", ".gz"):
        if name.endswith(e):
            stem, ext = name[: -len(e)], e
            break
    return [os.path.join(d, f"{stem}-{s:05d}-of-{shards:05d}{ext}") for s in range(shards)]


def open_out(path):
    raw = open(path + ".tmp", "wb")
    if path.endswith(".gz"):
        return raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0)
    return raw, None


def main(argv):
    args = argv[1:]
    shards = 1
    if "--shards" in args:
        i = args.index("--shards")
        if i + 1 >= len(args) or not args[i + 1].isdigit() or int(args[i + 1]) < 1:
            sys.exit(USAGE)
        shards = int(args[i + 1])
        del args[i:i + 2]
    if len(args) != 2 or not args[0].isdigit() or int(args[0]) < 1:
        sys.exit(USAGE)
    k, out = int(args[0]), args[1]
    if not os.path.exists(SOURCE):
        sys.exit(f"{SOURCE}: not found (the shared AllSides corpus must sit beside the repository)")
    names = shard_names(out, shards)
    outs = [open_out(p) for p in names]
    n = 0
    try:
        for c in range(k):
            with gzip.open(SOURCE, "rt", encoding="utf-8") as src:
                for line in src:
                    if not line.strip():
                        continue
                    a = json.loads(line)
                    if c > 0:
                        a["id"] = f"{a['id']}~{c}"
                    raw, gz = outs[n % shards]
                    (gz or raw).write((json.dumps(a, ensure_ascii=False) + "\n").encode("utf-8"))
                    n += 1
    finally:
        for raw, gz in outs:
            if gz is not None:
                gz.close()
            raw.close()
    for p in names:
        os.replace(p + ".tmp", p)  # never a half-written corpus
    where = out if shards == 1 else f"{names[0]} ... {os.path.basename(names[-1])}"
    print(f"{where}: {n:,} articles ({k} x AllSides{'' if shards == 1 else f' in {shards} files'})")


if __name__ == "__main__":
    main(sys.argv)
