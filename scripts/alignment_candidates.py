#!/usr/bin/env python3
"""Candidate pairs for the alignment gold (data/alignment/gold.csv).

  scripts/alignment_candidates.py OUT.csv [--per-bin N] [--seed S]

Pairs of units (outside furniture) from two different whole pages (held-out and
training pages alike) about the same event, sampled in bins of plain word overlap (Jaccard of lower-case word sets), so that
the gold holds clear matches, near misses and unrelated pairs alike. The overlap is not
the measure being tested (that is the model's TF-IDF cosine), and the annotators label
each pair without seeing any score. Columns: pair, event, article_a, start_a, end_a,
text_a, article_b, start_b, end_b, text_b.
"""
import argparse, collections, csv, itertools, os, random, re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINS = [(0.5, 1.01), (0.3, 0.5), (0.2, 0.3), (0.12, 0.2), (0.05, 0.12)]


def words(text):
    return set(re.findall(r"[a-z0-9]+", text.lower()))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--per-bin", type=int, default=120)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rows = []
    for name in ("heldout.csv", "labels.csv"):
        with open(os.path.join(ROOT, "data", name), newline="", encoding="utf-8") as f:
            rows += [r for r in csv.DictReader(f)
                     if r["source"] == "pages" and r["kind"] != "furniture" and len(r["text"].split()) >= 5]
    by_event = collections.defaultdict(list)
    for r in rows:
        by_event[r["event"]].append(r)
    binned = collections.defaultdict(list)
    for event, units in sorted(by_event.items()):
        sets = [words(u["text"]) for u in units]
        for i, j in itertools.combinations(range(len(units)), 2):
            if units[i]["article"] == units[j]["article"]:
                continue
            a, b = sets[i], sets[j]
            jac = len(a & b) / len(a | b)
            for k, (lo, hi) in enumerate(BINS):
                if lo <= jac < hi:
                    binned[k].append((event, units[i], units[j]))
    rng = random.Random(args.seed)
    chosen = []
    for k in range(len(BINS)):
        pool = binned[k]
        rng.shuffle(pool)
        chosen += pool[: args.per_bin]
    rng.shuffle(chosen)
    with open(args.out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["pair", "event", "article_a", "start_a", "end_a", "text_a", "article_b", "start_b", "end_b", "text_b"])
        for n, (event, a, b) in enumerate(chosen, 1):
            w.writerow([n, event, a["article"], a["start"], a["end"], a["text"], b["article"], b["start"], b["end"], b["text"]])
    print({k: len(binned[k]) for k in binned}, len(chosen))


if __name__ == "__main__":
    main()
