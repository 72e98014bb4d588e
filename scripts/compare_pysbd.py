#!/usr/bin/env python3
"""Compare Framing's sentence splitter with pysbd, run by hand (not part of `swift test`).

Two measurements, printed side by side:

1. Boundary precision, recall and F1 on the project's gold set
   (data/segmentation/gold.jsonl). A boundary is the byte offset where a gold segment
   ends, for every segment but the last of a passage; a predicted boundary counts when it
   falls on the same byte (trailing white space is trimmed on both sides).
2. The share of pysbd's English golden rules (shipped in the pysbd wheel as
   benchmarks/english_golden_rules.py) on which each splitter returns exactly the
   expected segments, over all rules and over the rules about English prose (the rules
   left out of "prose" are listed in NOT_PROSE with the reason).

Framing's output comes from the package's `tokenize` executable, which prints one JSON
object per unit with byte offsets and kind. The golden rules never enter the Swift test
run: they are read from the installed pysbd package at run time.

Usage (from the package root):
    pip install pysbd
    swift build --scratch-path .build-seg --product tokenize
    python3 scripts/compare_pysbd.py --tokenize .build-seg/debug/tokenize [--show-failures]
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile

# Golden rules that are not about English prose, with the reason (1-based rule numbers).
NOT_PROSE = {
    31: "inline numbered list run together on one line (list markup, not prose)",
    32: "inline numbered list run together on one line (list markup, not prose)",
    33: "inline numbered list run together on one line (list markup, not prose)",
    34: "inline numbered list run together on one line (list markup, not prose)",
    35: "inline numbered list run together on one line (list markup, not prose)",
    36: "inline numbered list run together on one line (list markup, not prose)",
    37: "inline bulleted list run together on one line (list markup, not prose)",
    38: "inline hyphen-bullet list run together on one line (list markup, not prose)",
    39: "inline lettered list run together on one line (list markup, not prose)",
}


def load_golden_rules():
    try:
        from benchmarks.english_golden_rules import GOLDEN_EN_RULES
    except ImportError:
        sys.exit("compare_pysbd: pysbd's benchmarks/english_golden_rules.py is not importable; "
                 "run `pip install pysbd` (0.3.x ships it next to the pysbd package).")
    return GOLDEN_EN_RULES


def load_gold(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def gold_ranges(passage):
    """(start, end, kind) in bytes of each gold segment, found in order in the text."""
    data = passage["text"].encode("utf-8")
    position = 0
    ranges = []
    for segment in passage["segments"]:
        s = segment["text"].encode("utf-8")
        i = data.find(s, position)
        if i < 0:
            raise ValueError(f"{passage['id']}: segment not found in text: {segment['text']!r}")
        position = i + len(s)
        ranges.append((i, position, segment["kind"]))
    return ranges


def gold_boundaries(passage):
    """Byte offsets of the ends of all segments but the last."""
    return {end for _, end, _ in gold_ranges(passage)[:-1]}


def located_ends(text, pieces):
    """Byte offsets where each trimmed piece ends, locating pieces in order in `text`."""
    data = text.encode("utf-8")
    position = 0
    ends = []
    for piece in pieces:
        s = piece.strip().encode("utf-8")
        if not s:
            continue
        i = data.find(s, position)
        if i < 0:  # the splitter changed the text; fall back to its length
            i = position
        position = i + len(s)
        ends.append(position)
    return ends


def run_tokenize(binary, texts):
    """Units of each text from Framing's `tokenize`: lists of (start, end, kind, text)."""
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for i, text in enumerate(texts):
            path = os.path.join(folder, f"{i:05d}.txt")
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(text)
            paths.append(path)
        result = subprocess.run([binary, *paths], capture_output=True, check=True)
    units = {path: [] for path in paths}
    for line in result.stdout.decode("utf-8").splitlines():
        unit = json.loads(line)
        units[unit["file"]].append((unit["start"], unit["end"], unit["kind"], unit["text"]))
    return [units[path] for path in paths]


def score(gold, predicted_ends):
    tp = fp = fn = 0
    misses = []
    for passage, ends in zip(gold, predicted_ends):
        expected = gold_boundaries(passage)
        predicted = set(ends[:-1])
        t = len(predicted & expected)
        tp += t
        fp += len(predicted) - t
        fn += len(expected) - t
        if predicted != expected:
            misses.append(passage["id"])
    precision = tp / max(1, tp + fp)
    recall = tp / max(1, tp + fn)
    f1 = 2 * precision * recall / max(1e-12, precision + recall)
    return precision, recall, f1, misses


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tokenize", help="path of the built `tokenize` executable; "
                        "without it the script runs `swift build --product tokenize`")
    parser.add_argument("--scratch-path", default=".build",
                        help="scratch path for that build (default .build)")
    parser.add_argument("--gold", default="data/segmentation/gold.jsonl")
    parser.add_argument("--show-failures", action="store_true",
                        help="print the golden rules and gold passages each splitter gets wrong")
    args = parser.parse_args()

    import pysbd

    binary = args.tokenize
    if binary is None:
        subprocess.run(["swift", "build", "--scratch-path", args.scratch_path, "--product", "tokenize"],
                       check=True, stdout=sys.stderr)
        folder = subprocess.run(["swift", "build", "--scratch-path", args.scratch_path, "--show-bin-path"],
                                check=True, capture_output=True, text=True).stdout.strip()
        binary = os.path.join(folder, "tokenize")

    segmenter = pysbd.Segmenter(language="en", clean=False)
    rules = load_golden_rules()
    gold = load_gold(args.gold)

    ours_units = run_tokenize(binary, [p["text"] for p in gold] + [text for text, _ in rules])
    ours_gold, ours_rules = ours_units[:len(gold)], ours_units[len(gold):]

    # Gold set: boundaries.
    ours_ends = []
    for passage, units in zip(gold, ours_units):
        ours_ends.append([end for _, end, _, _ in units])
    pysbd_ends = [located_ends(p["text"], segmenter.segment(p["text"])) for p in gold]
    ours_score = score(gold, ours_ends)
    pysbd_score = score(gold, pysbd_ends)

    # Gold set: kinds (Framing only; pysbd has no kinds). A gold segment counts as right when
    # a unit covers exactly its bytes with the same kind, as in SegmentationGoldTests.
    kinds_right = kinds_total = 0
    for passage, units in zip(gold, ours_gold):
        kinds = {(start, end): kind for start, end, kind, _ in units}
        for start, end, kind in gold_ranges(passage):
            kinds_total += 1
            kinds_right += kinds.get((start, end)) == kind

    # Golden rules.
    ours_pass, pysbd_pass = [], []
    for (text, expected), units in zip(rules, ours_rules):
        want = [s.strip() for s in expected]
        ours_pass.append([u[3].strip() for u in units] == want)
        pysbd_pass.append([s.strip() for s in segmenter.segment(text) if s.strip()] == want)
    prose = [i for i in range(len(rules)) if i + 1 not in NOT_PROSE]

    def share(passes, indices):
        n = sum(passes[i] for i in indices)
        return f"{n}/{len(indices)} ({100 * n / len(indices):.1f}%)"

    everything = list(range(len(rules)))

    def row(label, ours, theirs):
        print(f"{label:<46}{ours:>18}{theirs:>18}")

    print(f"gold set: {len(gold)} passages, {kinds_total} segments; "
          f"golden rules: {len(rules)} English, {len(prose)} about prose")
    row("", "Framing", f"pysbd {pysbd.__version__}")
    for name, k in (("precision", 0), ("recall", 1), ("F1", 2)):
        row(f"gold set, boundary {name}", f"{ours_score[k]:.4f}", f"{pysbd_score[k]:.4f}")
    row("gold set, passages with a wrong boundary", len(ours_score[3]), len(pysbd_score[3]))
    row("gold set, kind accuracy", f"{kinds_right / max(1, kinds_total):.4f}", "n/a")
    row("golden rules (English), all", share(ours_pass, everything), share(pysbd_pass, everything))
    row("golden rules (English), prose", share(ours_pass, prose), share(pysbd_pass, prose))
    print(f"rules left out of prose: {', '.join(str(r) for r in sorted(NOT_PROSE))} "
          f"(lists run together on one line, not prose)")

    if args.show_failures:
        for name, passes in (("Framing", ours_pass), ("pysbd", pysbd_pass)):
            failed = [i + 1 for i, ok in enumerate(passes) if not ok]
            print(f"{name} fails golden rules: {failed}")
        for i, ok in enumerate(ours_pass):
            if not ok:
                print(f"  rule {i + 1}: {[u[3] for u in ours_rules[i]]}")
        print(f"Framing misses on gold: {' '.join(ours_score[3])}")
        print(f"pysbd misses on gold: {' '.join(pysbd_score[3])}")


if __name__ == "__main__":
    main()
