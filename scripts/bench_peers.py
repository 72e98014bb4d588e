#!/usr/bin/env python3
"""The measuring half of scripts/bench_peers.sh (which builds, installs and then runs this).

Every command runs under /usr/bin/time -v (peak memory) and is timed here (wall clock);
each row reports the median and the spread (min-max) of its runs. Prints the raw
measurements, then the ratios against the targets of issues 7 and 18.
"""

import argparse
import csv
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

from peers import macro_f1  # the same score for every tool (scripts/peers.py)

LABELS = ["critical", "neutral", "conciliatory"]


def log(message):
    print(f"bench_peers: {message}", file=sys.stderr, flush=True)


def run_once(cmd, stdout=None, env=None):
    """Runs `cmd` under GNU time; returns (wall seconds, peak KB, stdout text or None)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as t:
        start = time.perf_counter()
        out = subprocess.run(["/usr/bin/time", "-v", "-o", t.name] + cmd,
                             stdout=stdout if stdout is not None else subprocess.PIPE,
                             stderr=subprocess.PIPE, env=env)
        wall = time.perf_counter() - start
        report = open(t.name).read()
    if out.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({out.returncode}): {out.stderr.decode()[-2000:]}")
    peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", report).group(1))
    text = out.stdout.decode() if stdout is None else None
    return wall, peak, text


class Series:
    """Runs of one command: median and spread of the wall time, largest peak memory."""

    def __init__(self, name, cmd, runs, stdout_path=None, env=None):
        self.name = name
        self.walls, self.peaks, self.outputs = [], [], []
        for i in range(runs):
            log(f"{name}: run {i + 1}/{runs}")
            if stdout_path:
                with open(stdout_path, "w") as f:
                    wall, peak, text = run_once(cmd, stdout=f, env=env)
            else:
                wall, peak, text = run_once(cmd, env=env)
            self.walls.append(wall)
            self.peaks.append(peak)
            self.outputs.append(text)

    @property
    def median(self):
        return statistics.median(self.walls)

    @property
    def spread(self):
        return f"{min(self.walls):.2f}-{max(self.walls):.2f}"

    @property
    def peak_mb(self):
        return max(self.peaks) / 1024

    def json(self):
        return json.loads(self.outputs[-1].strip().splitlines()[-1])


def read_test(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return [r["text"] for r in rows], [LABELS.index(r["label"]) for r in rows]


def our_f1(bin_dir, model, data, scratch):
    """Macro-F1 of our model on test.csv, through `classify --lines --format csv`."""
    texts, gold = read_test(os.path.join(data, "test.csv"))
    lines = os.path.join(scratch, "test_lines.txt")
    with open(lines, "w", encoding="utf-8") as f:
        f.writelines(t.replace("\n", " ") + "\n" for t in texts)
    out = subprocess.run([f"{bin_dir}/classify", "--model", model, "--lines", "--format", "csv", lines],
                         capture_output=True, check=True).stdout.decode()
    rows = list(csv.DictReader(out.splitlines()))
    if len(rows) != len(gold):
        log(f"classify gave {len(rows)} rows for {len(gold)} test lines: no F1")
        return float("nan")
    return macro_f1(gold, [LABELS.index(r["label"]) for r in rows])


def count_csv_rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return sum(1 for _ in csv.reader(f)) - 1


def cold_start(bin_dir, root, runs=21):
    model = os.path.join(root, "models", "framing.safetensors")
    folder = os.path.join(root, "examples", "articles")
    if not os.path.exists(model) or not os.path.isdir(folder):
        return None, None
    article = os.path.join(folder, sorted(os.listdir(folder))[0])
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([f"{bin_dir}/classify", "--model", model, article], stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return times, article


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--bin", required=True)
    p.add_argument("--stages", required=True)
    p.add_argument("--root", required=True)
    p.add_argument("--data", required=True)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--quick", type=int, default=0)
    p.add_argument("--peers", default="")
    p.add_argument("--c", type=float, default=3.0, help="C of every tool (train's default 3)")
    p.add_argument("--title", default="", help="the corpus, for the headings")
    p.add_argument("--cold", type=int, default=1, help="1: time the cold start too")
    a = p.parse_args()
    peers = [x for x in a.peers.split(",") if x]
    runs_1m = int(os.environ.get("RUNS_1M", "1"))
    scratch = tempfile.mkdtemp(prefix="framing-bench-run-")
    peers_py = os.path.join(a.root, "scripts", "peers.py")
    data = a.data
    train100 = os.path.join(data, "train_100k.csv")
    train1m = os.path.join(data, "train_1m.csv")
    articles = os.path.join(data, "articles")
    sentences = os.path.join(data, "sentences_100k.txt")
    test_csv = os.path.join(data, "test.csv")
    rows = []  # (name, series or None, extra)
    results = {}

    # Training on 100k rows, at the same C for every tool (train's default unless --c).
    common = ["--lexicon", "none", "--names", "none", "--c", str(a.c), "--quiet"]
    model100 = os.path.join(scratch, "ours-100k.safetensors")
    ours = Series("framing train 100k", [f"{a.bin}/train", "--labels", train100, "--cv", "0"] + common +
                  ["--out", model100], a.runs)
    results["ours100"] = ours
    results["ours100_f1"] = our_f1(a.bin, model100, data, scratch)
    rows.append((ours, f"macro-F1 {results['ours100_f1']:.4f}, C={a.c:g}"))
    # With train's defaults: 5-fold cross-validation, label quality, then the same final fit.
    ours_cv = Series("framing train 100k, defaults (5-fold CV)",
                     [f"{a.bin}/train", "--labels", train100] + common +
                     ["--out", os.path.join(scratch, "ours-100k-cv.safetensors")], a.runs)
    results["ours100cv"] = ours_cv
    rows.append((ours_cv, "CV + label quality + final fit"))
    model100t = os.path.join(scratch, "ours-100k-tol.safetensors")
    ours_t = Series("framing train 100k --tolerance 1e-6", [f"{a.bin}/train", "--labels", train100, "--cv", "0"] + common +
                    ["--tolerance", "1e-6", "--out", model100t], a.runs)
    results["ours100t"] = ours_t
    results["ours100t_f1"] = our_f1(a.bin, model100t, data, scratch)
    rows.append((ours_t, f"macro-F1 {results['ours100t_f1']:.4f}"))
    for peer in peers:
        folder = os.path.join(scratch, f"{peer}-100k")
        s = Series(f"{peer} train 100k", ["python3", peers_py, "train", peer, train100, folder, "--c", str(a.c)],
                   a.runs)
        f1 = json.loads(subprocess.run(["python3", peers_py, "score", peer, folder, test_csv],
                                       capture_output=True, check=True).stdout)["macro_f1"]
        results[f"{peer}100"] = s
        results[f"{peer}100_f1"] = f1
        rows.append((s, f"macro-F1 {f1:.4f}"))

    # Classifying.
    out_csv = os.path.join(scratch, "ours.csv")
    csv_run = Series("framing classify articles --format csv", [f"{a.bin}/classify", "--model", model100,
                                                                "--format", "csv", articles], a.runs, out_csv)
    units = count_csv_rows(out_csv)
    results["units"] = units
    results["ours_csv"] = csv_run
    # In process, per stage (Benchmarks/stages): splitting, tokenizing and predicting one
    # articles file, without writing anything.
    stages = subprocess.run([a.stages, "--data", data, "--runs", str(a.runs), "--only",
                             "split,vectorize-transform,predict,classify-file"],
                            capture_output=True, check=True).stdout.decode()
    for text in stages.splitlines():
        fields = text.split()
        if fields and fields[0] in ("split", "vectorize-transform", "predict", "classify-file"):
            median, low, high, items = float(fields[1]), float(fields[2]), float(fields[3]), int(fields[6].lstrip("("))
            results["stage-" + fields[0]] = (median, low, high, items)
    stage_lines = []
    for name, what in (("split", "split sentences (SentenceSplitter)"),
                       ("vectorize-transform", "tokenize + TF-IDF rows"),
                       ("predict", "probabilities"),
                       ("classify-file", "FramingModel.classify: all three")):
        if "stage-" + name in results:
            median, low, high, items = results["stage-" + name]
            stage_lines.append((f"in process: {what}", median, f"{low:.2f}-{high:.2f}", f"{items / median:,.0f} sentences/s ({items:,} units)"))
    results.setdefault("stage_lines", []).extend(stage_lines)
    files = len([f for f in os.listdir(articles) if f.endswith(".txt")])
    rows.append((csv_run, f"{units / csv_run.median:,.0f} sentences/s ({units:,} units, {files} files)"))
    committed = os.path.join(a.root, "models", "framing.safetensors")
    if os.path.exists(committed):
        s = Series("framing classify articles, committed model", [f"{a.bin}/classify", "--model", committed,
                                                                 "--format", "csv", articles], a.runs, out_csv)
        results["committed_csv"] = s
        rows.append((s, f"{units / s.median:,.0f} sentences/s (default model: lexicon, names)"))
    for peer in peers:
        folder = os.path.join(scratch, f"{peer}-100k")
        s = Series(f"{peer} classify 100k sentences", ["python3", peers_py, "classify", peer, folder, sentences,
                                                       os.path.join(scratch, f"{peer}.out")], a.runs)
        info = [json.loads(o.strip().splitlines()[-1]) for o in s.outputs]
        rate = statistics.median(i["sentences"] / i["predict_seconds"] for i in info)
        results[f"{peer}_rate"] = rate
        rows.append((s, f"{rate:,.0f} sentences/s in transform+predict, "
                        f"{info[0]['sentences'] / s.median:,.0f}/s whole process"))

    # Training in process (Benchmarks/stages): reading the CSV, fitting, writing the model,
    # without the reports `train` prints (label quality, top terms).
    for rows_label, runs in (("100k", a.runs),) + ((("1m", runs_1m),) if not a.quick else ()):
        log(f"in-process training stages on {rows_label} rows")
        out = subprocess.run([a.stages, "--data", data, "--rows", rows_label, "--runs", str(runs), "--only",
                              "train-csv-to-model,train-csv-to-model-tol-1e-6"],
                             capture_output=True, check=True).stdout.decode()
        for text in out.splitlines():
            fields = text.split()
            if fields and fields[0].startswith("train-csv-to-model"):
                tol = "1e-6" if "tol" in fields[0] else "default"
                median, low, high = float(fields[1]), float(fields[2]), float(fields[3])
                iterations = int(fields[-1].rstrip(")"))
                results[f"inproc-{rows_label}-{tol}"] = median
                results.setdefault("stage_lines", []).append(
                    (f"in process: CSV to model {rows_label}, tol. {tol}", median, f"{low:.2f}-{high:.2f}",
                     f"{iterations} iterations (no label-quality report)"))

    # Training on 1M rows.
    if not a.quick:
        model1m = os.path.join(scratch, "ours-1m.safetensors")
        s = Series("framing train 1M", [f"{a.bin}/train", "--labels", train1m, "--cv", "0"] + common +
                   ["--out", model1m], runs_1m)
        results["ours1m"] = s
        rows.append((s, ""))
        s = Series("framing train 1M --tolerance 1e-6", [f"{a.bin}/train", "--labels", train1m, "--cv", "0"] + common +
                   ["--tolerance", "1e-6", "--out", model1m], runs_1m)
        results["ours1mt"] = s
        rows.append((s, ""))
        if "sklearn" in peers:
            s = Series("sklearn train 1M", ["python3", peers_py, "train", "sklearn", train1m,
                                            os.path.join(scratch, "sklearn-1m"), "--c", str(a.c)], runs_1m)
            results["sklearn1m"] = s
            rows.append((s, f"{s.json().get('iterations', '?')} iterations"))

    # Cold start.
    times, article = cold_start(a.bin, a.root) if a.cold else (None, None)
    features = None
    with open(model100, "rb") as f:
        header = json.loads(f.read(int.from_bytes(f.read(8), "little")))
        features = header["idf"]["shape"][0]

    print()
    if a.title:
        print(f"== {a.title}: {features:,} terms kept at min-df 2 on 100k rows, C={a.c:g} ==")
    print(f"measurements ({a.runs} runs each, 1M rows {runs_1m}; wall seconds: median and min-max)")
    print(f"{'command':<46} {'median s':>9} {'min-max':>13} {'peak MB':>8}  notes")
    for s, extra in rows:
        print(f"{s.name:<46} {s.median:9.2f} {s.spread:>13} {s.peak_mb:8.0f}  {extra}")
    for name, median, spread, extra in results["stage_lines"]:
        print(f"{name:<46} {median:9.2f} {spread:>13} {'':>8}  {extra}")
    if times:
        print(f"{'framing classify ' + os.path.basename(article) + ' (cold)':<46} {statistics.median(times):9.3f} "
              f"{min(times):.3f}-{max(times):.3f}{'':>9}  {len(times)} runs, default model")

    # Ratios against the targets.
    print()
    print(f"{'target':<58} {'measured':>16} {'goal':>12}  status")

    def line(name, value, goal, ok, fmt="{:.2f}"):
        shown = fmt.format(value) if isinstance(value, (int, float)) and value == value else "n/a"
        status = "n/a" if ok is None else ("met" if ok else "missed")
        print(f"{name:<58} {shown:>16} {goal:>12}  {status}")

    def speed_rows(label, peer_key, ours_key):
        if peer_key in results:
            r = results[peer_key].median / results[ours_key].median
            line(label, r, ">= 20x", r >= 20, "{:.1f}x")

    speed_rows(f"train 100k: sklearn time / ours (default tol. 1e-4, C={a.c:g})", "sklearn100", "ours100")
    r = results["ours100cv"].median / results["ours100"].median
    line("train 100k with defaults / --cv 0 (time)", r, "<= 2.5x", r <= 2.5, "{:.2f}x")
    speed_rows("train 100k: sklearn time / ours (tolerance 1e-6)", "sklearn100", "ours100t")
    for tol in ("default", "1e-6"):
        if "sklearn100" in results and f"inproc-100k-{tol}" in results:
            r = results["sklearn100"].median / results[f"inproc-100k-{tol}"]
            line(f"  same, in process without the label-quality report ({tol})", r, ">= 20x", r >= 20, "{:.1f}x")
        if "vw100" in results and f"inproc-100k-{tol}" in results:
            r = results["vw100"].median / results[f"inproc-100k-{tol}"]
            line(f"  VW time / ours in process ({tol})", r, "> 1x", r > 1, "{:.2f}x")
    if "vw100" in results:
        r = results["vw100"].median / results["ours100"].median
        line("train 100k: VW time / ours (default tolerance)", r, "> 1x", r > 1, "{:.2f}x")
        r = results["vw100"].median / results["ours100t"].median
        line("train 100k: VW time / ours (tolerance 1e-6)", r, "> 1x", r > 1, "{:.2f}x")
    if "sklearn100_f1" in results:
        d = results["ours100_f1"] - results["sklearn100_f1"]
        line("macro-F1 100k: ours - sklearn, same C (default tolerance)", d, "|d| <= 0.005", abs(d) <= 0.005,
             "{:+.4f}")
        d = results["ours100t_f1"] - results["sklearn100_f1"]
        line("macro-F1 100k: ours - sklearn, same C (tolerance 1e-6)", d, "|d| <= 0.005", abs(d) <= 0.005,
             "{:+.4f}")
    if "ours1m" in results:
        speed_rows("train 1M: sklearn time / ours (default tolerance)", "sklearn1m", "ours1m")
        speed_rows("train 1M: sklearn time / ours (tolerance 1e-6)", "sklearn1m", "ours1mt")
        for tol in ("default", "1e-6"):
            if "sklearn1m" in results and f"inproc-1m-{tol}" in results:
                r = results["sklearn1m"].median / results[f"inproc-1m-{tol}"]
                line(f"  same, in process without the label-quality report ({tol})", r, ">= 20x", r >= 20,
                     "{:.1f}x")
        if "sklearn1m" in results:
            r = results["ours1m"].peak_mb / results["sklearn1m"].peak_mb
            line("train 1M: peak memory ours / sklearn", r, "<= 0.33", r <= 1 / 3)
        r = (results["ours1m"].median / results["ours100"].median) / 10
        line("train 1M vs 100k: time per row, 1M / 100k (default tol.)", r, "~1 (linear)", r <= 1.25)
        r = (results["ours1mt"].median / results["ours100t"].median) / 10
        line("train 1M vs 100k: time per row, 1M / 100k (tol. 1e-6)", r, "~1 (linear)", r <= 1.25)
    if "stage-classify-file" in results:
        median, _, _, items = results["stage-classify-file"]
        rate = items / median
        line("classify: sentences/s, split+tokenize+predict, 2 threads", rate, ">= 1,000,000", rate >= 1e6, "{:,.0f}")
        if "sklearn_rate" in results:
            r = rate / results["sklearn_rate"]
            line("classify: ours / sklearn transform+predict (in process)", r, ">= 30x", r >= 30, "{:.1f}x")
        median, _, _, items = results["stage-vectorize-transform"]
        p_median = results["stage-predict"][0]
        rate = items / (median + p_median)
        line("classify without splitting: tokenize+TF-IDF+predict, /s", rate, ">= 1,000,000", rate >= 1e6, "{:,.0f}")
    rate = results["units"] / results["ours_csv"].median
    line(f"classify end to end, CSV output, {features:,}-term model: /s", rate, ">= 500,000", rate >= 5e5,
         "{:,.0f}")
    if "committed_csv" in results:
        rate = results["units"] / results["committed_csv"].median
        line("classify end to end, CSV output, committed model: /s", rate, ">= 1,000,000", rate >= 1e6,
             "{:,.0f}")
    if times:
        ms = statistics.median(times) * 1000
        line("cold start: classify one short article, default model (ms)", ms, "<= 30", ms <= 30, "{:.1f}")
    elif a.cold:
        line("cold start: no models/framing.safetensors or examples/articles", float("nan"), "<= 30", None)
    left_out = [p for p in ("sklearn", "liblinear", "fasttext", "vw") if p not in peers]
    if left_out:
        print(f"peers left out (not installable or not asked for): {', '.join(left_out)}")


if __name__ == "__main__":
    main()
