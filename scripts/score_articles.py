#!/usr/bin/env python3
"""Scores a model on labeled whole articles, as an analyst reads them.

  scripts/score_articles.py [--model M] [--set heldout] [--json FILE]

Runs `classify --format jsonl` on every article of data/articles/SET/*/ and joins its rows
to data/articles/annotations.csv by (file, start, end): the annotated units are classify's
own units, so every row has its gold label. Prints, over the units that are not page
furniture (the units the profiles count) and over all units:
  macro-F1, per-label precision/recall/F1, accuracy;
  per-article share error: for each article the total variation distance between the
  predicted and the gold label shares (half the sum over labels of |share difference|,
  in points: the share of units that would have to change label), mean and worst; and the
  same with the predicted shares taken as the units' mean probabilities.
"""
import argparse
import csv
import json
import os
import subprocess
import sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LABELS = ["critical", "neutral", "conciliatory"]


def f1_table(gold, pred):
    out = {}
    for lab in LABELS:
        tp = sum(1 for g, p in zip(gold, pred) if g == lab and p == lab)
        fp = sum(1 for g, p in zip(gold, pred) if g != lab and p == lab)
        fn = sum(1 for g, p in zip(gold, pred) if g == lab and p != lab)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        out[lab] = {"precision": prec, "recall": rec, "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
                    "support": tp + fn}
    return out


def score(rows):
    gold = [r["gold"] for r in rows]
    pred = [r["label"] for r in rows]
    table = f1_table(gold, pred)
    by_article = defaultdict(list)
    for r in rows:
        by_article[r["file"]].append(r)
    errors = []
    # The same distance with the predicted shares taken as mean probabilities (the
    # profiles' `mean_probabilities`), the other estimate the outputs give.
    mean_errors = []
    for units in by_article.values():
        n = len(units)
        g, p = Counter(u["gold"] for u in units), Counter(u["label"] for u in units)
        errors.append(50 * sum(abs(g[l] - p[l]) / n for l in LABELS))
        mean_errors.append(50 * sum(abs(g[l] / n - sum(u["p"][l] for u in units) / n) for l in LABELS))
    return {
        "units": len(rows), "articles": len(by_article),
        "macro_f1": sum(t["f1"] for t in table.values()) / len(LABELS),
        "accuracy": sum(g == p for g, p in zip(gold, pred)) / max(1, len(rows)),
        "per_label": table,
        "share_error_mean": sum(errors) / max(1, len(errors)), "share_error_worst": max(errors, default=0.0),
        "share_error_mean_probabilities": sum(mean_errors) / max(1, len(mean_errors)),
        "share_error_mean_probabilities_worst": max(mean_errors, default=0.0),
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default=os.path.join(ROOT, "models", "framing.safetensors"))
    ap.add_argument("--set", default="heldout")
    ap.add_argument("--classify", default=os.path.join(ROOT, ".build", "release", "classify"))
    ap.add_argument("--json", help="write the figures as JSON here")
    ap.add_argument("--quiet", action="store_true", help="print one line")
    args = ap.parse_args()
    base = os.path.join(ROOT, "data", "articles")
    gold = {}
    with open(os.path.join(base, "annotations.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["file"].startswith(args.set + "/") and r["label"]:
                gold[(r["file"], int(r["start"]), int(r["end"]))] = r["label"]
    files = sorted({k[0] for k in gold})
    if not files:
        sys.exit(f"no annotated article in data/articles/{args.set}")
    out = subprocess.run([args.classify, "--model", args.model, "--format", "jsonl", *[os.path.join(base, f) for f in files]],
                         check=True, capture_output=True, text=True).stdout
    rows, unmatched = [], 0
    for line in out.splitlines():
        r = json.loads(line)
        key = (os.path.relpath(r["file"], base), r["start"], r["end"])
        if key not in gold:
            unmatched += 1
            continue
        rows.append({"file": key[0], "kind": r["kind"], "label": r["label"], "gold": gold[key],
                     "p": r["probabilities"]})
    if unmatched:
        print(f"note: {unmatched} units of classify have no annotation (an article only partly annotated,"
              " or the splitter changed since the annotation)", file=sys.stderr)
    result = {"model": os.path.relpath(args.model, ROOT), "set": args.set,
              "prose": score([r for r in rows if r["kind"] != "furniture"]), "all": score(rows)}
    if args.json:
        with open(args.json, "w") as f:
            json.dump(result, f, indent=2)
    p, a = result["prose"], result["all"]
    if args.quiet:
        print(f"{args.set}: macro-F1 {p['macro_f1']:.3f} (all units {a['macro_f1']:.3f}), share error mean {p['share_error_mean']:.1f}"
              f" worst {p['share_error_worst']:.1f} points, {p['articles']} articles, {p['units']} units")
        return
    for name, s in (("units outside furniture", p), ("all units", a)):
        print(f"{args.set}, {name}: {s['units']} units in {s['articles']} articles")
        print("class              precision    recall        f1   support")
        for lab in LABELS:
            t = s["per_label"][lab]
            print(f"{lab:15s} {t['precision']:12.3f} {t['recall']:9.3f} {t['f1']:9.3f} {t['support']:9d}")
        print(f"macro-F1 {s['macro_f1']:.3f}   accuracy {s['accuracy']:.3f}")
        print(f"share error per article (points): mean {s['share_error_mean']:.1f}, worst {s['share_error_worst']:.1f};"
              f" from mean probabilities: mean {s['share_error_mean_probabilities']:.1f},"
              f" worst {s['share_error_mean_probabilities_worst']:.1f}\n")


if __name__ == "__main__":
    main()
