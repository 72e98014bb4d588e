#!/usr/bin/env python3
"""The ablation table of the README: which features and which training data help on
held-out whole articles.

  scripts/ablation.py [--cv 5] [--markdown]

For each row it trains with the built `train` on a subset of data/labels.csv (all of it,
the page units only, or the invented sentences only) with the row's options, then
scores the model on the held-out articles (scripts/score_articles.py: macro-F1 over the
units outside furniture, mean and worst per-article share error) and on data/test.csv,
and (with --cv) reports the grouped cross-validation by event. Every figure comes from
this one run.
"""
import argparse
import csv
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TRAIN = os.path.join(ROOT, ".build", "release", "train")

ROWS = [
    ("sentences only, n-grams (the old model)", "sentences", ["--lexicon", "none", "--names", "none"]),
    ("sentences only, + lexicon + names", "sentences", []),
    ("pages only, n-grams", "pages", ["--lexicon", "none", "--names", "none"]),
    ("pages only, + lexicon + names", "pages", []),
    ("all, n-grams", "all", ["--lexicon", "none", "--names", "none"]),
    ("all, + lexicon", "all", ["--names", "none"]),
    ("all, + names", "all", ["--lexicon", "none"]),
    ("all, + lexicon + names (the previous default)", "all", ["--no-negation-marks", "--no-corpus-names", "--no-nb-scale"]),
    ("all, + lexicon + names + negation marks", "all", ["--no-corpus-names", "--no-nb-scale"]),
    ("all, + lexicon + names + the corpus's names", "all", ["--no-negation-marks", "--no-nb-scale"]),
    ("all, + lexicon + names + naive Bayes scaling", "all", ["--no-negation-marks", "--no-corpus-names", "--nb-scale"]),
    ("all, + lexicon + names + negation marks + the corpus's names", "all", ["--no-nb-scale"]),
    ("all, + lexicon + names + negation marks + the corpus's names + naive Bayes scaling", "all", ["--nb-scale"]),
    ("all, with the defaults", "all", []),
    ("all, + lexicon without its contrast columns + names", "all", ["--lexicon", "NOCONTRAST"]),
    ("all, + lexicon (weight 0.25) + names", "all", ["--lexicon-weight", "0.25"]),
    ("all, + lexicon (weight 1) + names", "all", ["--lexicon-weight", "1"]),
    ("all, + lexicon (weight 2) + names", "all", ["--lexicon-weight", "2"]),
]


def subset(rows, which):
    return rows if which == "all" else [r for r in rows if r["source"] == which]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cv", type=int, default=0, help="grouped folds (by event); 0 skips cross-validation")
    ap.add_argument("--rows", help="only the rows whose name contains this")
    args = ap.parse_args()
    with open(os.path.join(ROOT, "data", "labels.csv"), newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        fields = reader.fieldnames
        rows = list(reader)
    print("| training data and features | train rows | CV macro-F1 (by event) | held-out articles macro-F1 | share error mean / worst | test.csv macro-F1 |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        # The project's lexicon less its contrast class, for the row that leaves it out.
        nocontrast = os.path.join(tmp, "nocontrast.tsv")
        with open(os.path.join(ROOT, "data", "lexicon", "framing-lexicon.tsv"), encoding="utf-8") as f, \
                open(nocontrast, "w", encoding="utf-8") as out:
            out.writelines(line for line in f if not line.rstrip("\n").endswith("\tcontrast"))
        for name, which, options in ROWS:
            options = [nocontrast if o == "NOCONTRAST" else o for o in options]
            if args.rows and args.rows not in name:
                continue
            data = subset(rows, which)
            labels = os.path.join(tmp, "labels.csv")
            with open(labels, "w", newline="", encoding="utf-8") as f:
                w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
                w.writeheader()
                w.writerows(data)
            model = os.path.join(tmp, "model.safetensors")
            metrics = os.path.join(tmp, "metrics.json")
            cmd = [TRAIN, "--labels", labels, "--out", model, "--test", os.path.join(ROOT, "data", "test.csv"),
                   "--metrics-json", metrics, "--quiet", "--cv", str(args.cv)] + (["--group", "event"] if args.cv else []) + options
            subprocess.run(cmd, check=True, cwd=ROOT)
            m = json.load(open(metrics))
            cv = m.get("cross_validation", {}).get("pooled", {}).get("macro_f1")
            test = m["test"]["metrics"]["macro_f1"]
            scored = os.path.join(tmp, "scored.json")
            subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "score_articles.py"), "--model", model,
                            "--json", scored, "--quiet"], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
            s = json.load(open(scored))["prose"]
            cv_text = f"{cv:.3f}" if cv is not None else "–"
            print(f"| {name} | {len(data):,} | {cv_text} | {s['macro_f1']:.3f} | {s['share_error_mean']:.1f} / {s['share_error_worst']:.1f} | {test:.3f} |", flush=True)


if __name__ == "__main__":
    main()
