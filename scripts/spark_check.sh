#!/usr/bin/env bash
# Runs the README's PySpark example for real and checks it against one process:
#
#   scripts/spark_check.sh [ARTICLES]      (default 5000 articles)
#
# Installs what it needs when missing (pyspark from PyPI, a headless Java runtime from
# Debian), builds classify in release, writes a JSON Lines archive of ARTICLES articles
# made from the project's own pages (data/articles, cut and recombined by paragraph), runs
# the README's `pipe` example on Spark in local mode with two cores, and checks that the
# union of its rows equals the rows of one `classify --input jsonl --format jsonl` run (as
# sets: Spark's order may differ). Prints both times. Exit 1 when the rows differ.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-5000}
if ! command -v java >/dev/null 2>&1; then
  echo "spark_check: installing a Java runtime" >&2
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq default-jre-headless >/dev/null
fi
if ! python3 -c "import pyspark" 2>/dev/null; then
  echo "spark_check: installing pyspark" >&2
  python3 -m pip install -q pyspark
fi
swift build -c release --product classify >&2
bin=$(swift build -c release --show-bin-path)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$count" "$work/articles.jsonl" <<'PY'
import glob, json, sys
count, out = int(sys.argv[1]), sys.argv[2]
pages = []
for path in sorted(glob.glob("data/articles/*/*/*.txt")):
    paragraphs = [p for p in open(path, encoding="utf-8").read().split("\n\n") if p.strip()]
    pages.append((path.split("/")[-2], paragraphs))
with open(out, "w", encoding="utf-8") as f:
    for i in range(count):
        writer, paragraphs = pages[i % len(pages)]
        turn = i // len(pages)
        # Each pass over the pages rotates and shortens them, so that every article differs.
        body = paragraphs[turn % len(paragraphs):] + paragraphs[: turn % len(paragraphs)]
        body = body[: max(3, len(body) - turn)]
        f.write(json.dumps({"id": f"a{i:05d}", "outlet": writer, "text": "\n\n".join(body)}) + "\n")
PY

model=$(pwd)/models/framing.safetensors
start=$(date +%s.%N)
"$bin/classify" --model "$model" --input jsonl --format jsonl - <"$work/articles.jsonl" >"$work/single.jsonl"
single=$(echo "$(date +%s.%N) - $start" | bc -l)

# The README's example, with the paths of this run.
cat >"$work/pipe.py" <<PY
import sys
from pyspark.sql import SparkSession
spark = SparkSession.builder.master("local[2]").appName("framing").getOrCreate()
spark.sparkContext.setLogLevel("ERROR")
# PySpark: every executor needs the classify binary and the model file.
rows = (spark.sparkContext.textFile("file://$work/articles.jsonl", minPartitions=4)
        .pipe("$bin/classify --model $model --input jsonl --format jsonl -"))
rows.saveAsTextFile("file://$work/spark")
spark.stop()
PY
start=$(date +%s.%N)
python3 "$work/pipe.py" 2> "$work/spark.log" || { cat "$work/spark.log" >&2; exit 1; }
spark=$(echo "$(date +%s.%N) - $start" | bc -l)

python3 - "$work/single.jsonl" "$work/spark" <<'PY'
import glob, sys
single = open(sys.argv[1], encoding="utf-8").read().splitlines()
spark = []
for part in sorted(glob.glob(sys.argv[2] + "/part-*")):
    spark += open(part, encoding="utf-8").read().splitlines()
a, b = sorted(single), sorted(spark)
print(f"rows: one process {len(single)}, Spark {len(spark)}; equal as sets: {a == b}")
sys.exit(0 if a == b else 1)
PY
printf 'one process: %.1f s; Spark local[2] (with its start-up): %.1f s\n' "$single" "$spark"
