#!/usr/bin/env python3
"""Runs the README's notebook block ("In a notebook") on the example articles and checks
its results against the tools' own: the pandas shares of the counted rows equal the JSON
profiles' shares, the `flags` column is read as a column, and the top n-grams read with
safetensors are the n-grams `classify --model-info` lists, in its order.

  scripts/notebook_check.py        (needs pandas, numpy, safetensors; builds nothing:
                                    uses .build/release/classify, or CLASSIFY=path)
"""
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLASSIFY = os.environ.get("CLASSIFY", os.path.join(ROOT, ".build", "release", "classify"))


def readme_block():
    text = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    section = text[text.index("#### In a notebook"):]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def main():
    os.chdir(ROOT)
    articles = sorted(os.path.join("examples", "articles", f) for f in os.listdir("examples/articles"))
    work = tempfile.mkdtemp()
    rows = subprocess.run([CLASSIFY, "--format", "jsonl", "--min-confidence", "0.6", *articles],
                          check=True, capture_output=True, text=True).stdout
    profiles = subprocess.run([CLASSIFY, "--format", "json", *articles],
                              check=True, capture_output=True, text=True).stdout
    info = subprocess.run([CLASSIFY, "--model-info"], check=True, capture_output=True, text=True).stdout
    open(os.path.join(work, "rows.jsonl"), "w").write(rows)
    open(os.path.join(work, "profiles.json"), "w").write(profiles)
    block = readme_block().replace('"rows.jsonl"', repr(os.path.join(work, "rows.jsonl")))
    block = block.replace('"profiles.json"', repr(os.path.join(work, "profiles.json")))
    scope = {}
    exec(compile(block, "README.md (In a notebook)", "exec"), scope)
    failures = []
    shares, outlets = scope["shares"], scope["outlets"]
    for outlet in outlets.index:
        for label in outlets.columns:
            mine = float(shares.loc[outlet].get(label, 0.0)) if outlet in shares.index else 0.0
            if abs(mine - outlets.loc[outlet, label]) > 1e-9:
                failures.append(f"{outlet} {label}: pandas {mine}, profile {outlets.loc[outlet, label]}")
    if len(scope["uncertain"]) == 0:
        failures.append("no row flagged uncertain at --min-confidence 0.6: the flags column was not read")
    expected = {}
    section = info[info.index("top features per label"):].splitlines()[1:]
    for line in section:
        m = re.match(r"  (\w+): (.*)", line)
        if not m:
            break
        terms = [t.rsplit(" (", 1)[0] for t in m.group(2).split("), ")]
        expected[m.group(1)] = [t for t in terms if not t.startswith("lexicon:")]
    for label, terms in expected.items():
        n = min(len(terms), len(scope["top"][label]))
        mine = scope["top"][label][:n]
        terms = terms[:n]
        if mine != terms:
            failures.append(f"top n-grams of {label}: notebook {mine}, --model-info {terms}")
    for f in failures:
        print("FAIL", f)
    print(f"notebook block: {len(outlets)} outlets, {len(scope['rows'])} rows, "
          f"{len(scope['uncertain'])} uncertain; {'ok' if not failures else str(len(failures)) + ' failures'}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
