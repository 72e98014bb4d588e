#!/usr/bin/env bash
# Measures classify's peak memory (max RSS) when it streams JSON Lines articles from
# standard input: 10 MB versus 1 GB of input. The articles are built from the project's
# own held-out sentences (data/test.csv), so nothing is downloaded. Then the same for one
# text file of each size classified with --format jsonl --explain 5 (the rows of one file
# stream piece by piece, explanations included).
#
#   scripts/memory_check.sh            # 10 MB and 1 GB
#   scripts/memory_check.sh 10 100     # sizes in MB
set -euo pipefail
cd "$(dirname "$0")/.."
command -v /usr/bin/time >/dev/null || { echo "installing time" >&2; apt-get install -y -qq time >/dev/null; }
swift build -c release --product classify >/dev/null
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10 1024)

generate() {  # $1 = megabytes of JSON Lines on stdout
  python3 - "$1" <<'PY'
import csv, json, random, sys
limit = int(sys.argv[1]) << 20
texts = [r["text"] for r in csv.DictReader(open("data/test.csv", encoding="utf-8"))]
rng = random.Random(7)
out = sys.stdout
written = 0
i = 0
while written < limit:
    body = " ".join(rng.choice(texts) for _ in range(25))
    line = json.dumps({"id": f"a{i}", "outlet": f"outlet{i % 7}", "text": body}, ensure_ascii=False) + "\n"
    out.write(line)
    written += len(line.encode())
    i += 1
PY
}

printf '%-10s %14s %12s\n' "input" "peak RSS (MB)" "seconds"
for mb in "${sizes[@]}"; do
  log=$(mktemp)
  start=$(date +%s.%N)
  generate "$mb" | /usr/bin/time -v .build/release/classify --input jsonl --format jsonl - 2>"$log" >/dev/null
  end=$(date +%s.%N)
  rss=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$log")
  printf '%-10s %14.1f %12.1f\n' "${mb} MB" "$(echo "$rss / 1024" | bc -l)" "$(echo "$end - $start" | bc -l)"
  rm -f "$log"
done

printf '%-10s %14s %12s\n' "one file" "peak RSS (MB)" "seconds"
for mb in "${sizes[@]}"; do
  log=$(mktemp)
  text=$(mktemp)
  generate "$mb" | python3 -c 'import json,sys
for line in sys.stdin: sys.stdout.write(json.loads(line)["text"] + "\n\n")' >"$text"
  start=$(date +%s.%N)
  /usr/bin/time -v .build/release/classify --format jsonl --explain 5 "$text" 2>"$log" >/dev/null
  end=$(date +%s.%N)
  rss=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$log")
  printf '%-10s %14.1f %12.1f\n' "${mb} MB" "$(echo "$rss / 1024" | bc -l)" "$(echo "$end - $start" | bc -l)"
  rm -f "$log" "$text"
done
