#!/usr/bin/env bash
# Runs two classify binaries with the same options on the same inputs and checks that
# stdout, stderr and exit codes are byte for byte the same, with FRAMING_THREADS=1 and 2.
#
#   scripts/compare_classify.sh OLD NEW [MODEL]
#
# Inputs: /tmp/framing-bench/articles/* (python3 scripts/gen_corpus.py; whole files for csv
# and jsonl, the first 1.5 MB of each for the other options), variants of one of them made
# here (CRLF, lone CR, byte-order mark, white-space blank lines, no blank lines),
# examples/articles with examples/outlets.csv, /work/shared/seeds/*.txt when present (the
# tools run on them; nothing is copied), a JSON Lines file, and error cases (missing file,
# binary file, bad UTF-8, folder). Prints one line per difference; exits 1 if any.
set -uo pipefail
cd "$(dirname "$0")/.."
old=${1:?usage: compare_classify.sh OLD NEW [MODEL]}
new=${2:?usage: compare_classify.sh OLD NEW [MODEL]}
model=${3:-models/framing.safetensors}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
runs=0

# compare NAME ARGS...: both binaries, one and two threads, stdout + stderr + exit code;
# standard input from the file $STDIN (default: none).
compare() {
  local name=$1
  shift
  local threads
  for threads in 1 2; do
    local tag=$name.t$threads
    (cd "$work/cwd" && FRAMING_THREADS=$threads "$old" --model "$model" "$@" \
      <"${STDIN:-/dev/null}" >"$work/old.out" 2>"$work/old.err")
    echo $? >"$work/old.rc"
    (cd "$work/cwd" && FRAMING_THREADS=$threads "$new" --model "$model" "$@" \
      <"${STDIN:-/dev/null}" >"$work/new.out" 2>"$work/new.err")
    echo $? >"$work/new.rc"
    runs=$((runs + 1))
    local part
    for part in out err rc; do
      if ! cmp -s "$work/old.$part" "$work/new.$part"; then
        echo "DIFF $tag: std$part differs ($*)"
        failures=$((failures + 1))
      fi
    done
    # The report, when one was asked for.
    if [ -f "$work/cwd/report.html" ]; then
      mv "$work/cwd/report.html" "$work/new.html"
      (cd "$work/cwd" && FRAMING_THREADS=$threads "$old" --model "$model" "$@" \
        <"${STDIN:-/dev/null}" >/dev/null 2>&1)
      if ! cmp -s "$work/cwd/report.html" "$work/new.html"; then
        echo "DIFF $tag: report differs ($*)"
        failures=$((failures + 1))
      fi
      rm -f "$work/cwd/report.html" "$work/new.html"
    fi
  done
}

mkdir -p "$work/cwd" "$work/in"
model=$(realpath "$model")
old=$(realpath "$old")
new=$(realpath "$new")
root=$(pwd)

# Inputs.
bench=(/tmp/framing-bench/articles/*.txt)
heads=()
for f in "${bench[@]}"; do
  [ -f "$f" ] || continue
  head -c 1500000 "$f" >"$work/in/head-$(basename "$f")"
  heads+=("$work/in/head-$(basename "$f")")
done
if [ ${#heads[@]} -gt 0 ]; then
  src=${heads[0]}
  sed 's/$/\r/' "$src" >"$work/in/crlf.txt"
  tr '\n' '\r' <"$src" >"$work/in/cr.txt"
  { printf '\xef\xbb\xbf'; cat "$src"; } >"$work/in/bom.txt"
  sed 's/^$/ \t /' "$src" >"$work/in/spaces.txt"
  grep -v '^$' "$src" >"$work/in/noblank.txt"
  variants=("$work/in/crlf.txt" "$work/in/cr.txt" "$work/in/bom.txt" "$work/in/spaces.txt"
    "$work/in/noblank.txt")
else
  echo "no /tmp/framing-bench/articles (run python3 scripts/gen_corpus.py); skipping them" >&2
  variants=()
fi
examples=("$root"/examples/articles/*.txt)
seeds=(/work/shared/seeds/*.txt)
[ -f "${seeds[0]}" ] || seeds=()
python3 - "$work/in/articles.jsonl" "${examples[@]}" <<'PY'
import json, sys
out = open(sys.argv[1], "w", encoding="utf-8")
for i, path in enumerate(sys.argv[2:]):
    text = open(path, encoding="utf-8").read()
    out.write(json.dumps({"id": f"a{i}", "outlet": f"o{i % 2}", "text": text}) + "\n")
    out.write("\n")  # blank lines are skipped
out.write(json.dumps({"id": 7, "text": ""}) + "\n")  # no text
out.write("not json\n")
out.write(json.dumps({"id": "z", "text": "Line one.\u2028\"Two\"\\ \u0001 \ttabs"}) + "\n")
PY
printf 'A \xff B.\n' >"$work/in/bad-utf8.txt"
printf 'abc\0def\n' >"$work/in/binary.bin.txt"
: >"$work/in/empty.txt"
printf '\n  \n\t\n' >"$work/in/blank.txt"

# Whole files, streaming formats.
if [ ${#bench[@]} -gt 0 ] && [ -f "${bench[0]}" ]; then
  compare bench-csv --format csv "${bench[@]}"
  compare bench-jsonl --format jsonl "${bench[@]}"
fi

# Many options on the heads, the variants, the examples and the seeds.
sets=(heads variants examples seeds)
for set in "${sets[@]}"; do
  eval "files=(\"\${$set[@]}\")"
  [ ${#files[@]} -gt 0 ] || continue
  extra=()
  [ "$set" = examples ] && extra=(--outlets "$root/examples/outlets.csv")
  for format in csv jsonl table json; do
    compare "$set-$format" "${extra[@]}" --format "$format" "${files[@]}"
  done
  compare "$set-explain-csv" "${extra[@]}" --format csv --explain 3 "${files[@]}"
  compare "$set-explain-jsonl" "${extra[@]}" --format jsonl --explain 3 "${files[@]}"
  compare "$set-lines-csv" "${extra[@]}" --format csv --lines "${files[@]}"
  compare "$set-lines-table" "${extra[@]}" --lines "${files[@]}"
  compare "$set-furniture" "${extra[@]}" --format json --include-furniture "${files[@]}"
  compare "$set-confidence" "${extra[@]}" --format jsonl --min-confidence 0.6 "${files[@]}"
  compare "$set-confidence-table" "${extra[@]}" --min-confidence 0.6 "${files[@]}"
  compare "$set-evidence" "${extra[@]}" --format json --evidence 3 "${files[@]}"
  compare "$set-uncertain" "${extra[@]}" --uncertain 20 "${files[@]}"
  if [ "$set" != heads ]; then
    compare "$set-report" "${extra[@]}" --report report.html "${files[@]}"
    compare "$set-report-csv" "${extra[@]}" --format csv --report report.html "${files[@]}"
  fi
done
compare heads-report --report report.html "${heads[@]:0:2}"

# JSON Lines input, from a file and from standard input.
for format in csv jsonl table json; do
  compare "jsonl-$format" --input jsonl --format "$format" "$work/in/articles.jsonl"
done
compare jsonl-explain --input jsonl --format jsonl --explain 3 "$work/in/articles.jsonl"
STDIN="$work/in/articles.jsonl" compare jsonl-stdin --input jsonl --format csv -
STDIN="${examples[0]}" compare text-stdin --format csv -
STDIN="$work/in/articles.jsonl" compare jsonl-stdin-and-file --input jsonl --format jsonl - \
  "$work/in/articles.jsonl"

# Problems: missing file, binary file, bad UTF-8, empty and blank files, folders, no map entry.
compare missing --format csv "${examples[0]}" /nonexistent/file.txt "${examples[1]}"
compare bad-utf8 --format jsonl "$work/in/bad-utf8.txt" "${examples[0]}"
compare binary --format csv "$work/in/binary.bin.txt" "${examples[0]}"
compare empty --format csv "$work/in/empty.txt" "$work/in/blank.txt" "${examples[0]}"
compare empty-table "$work/in/empty.txt" "$work/in/blank.txt"
compare folder --format csv "$root/examples/articles" /nonexistent-folder
compare unmapped --format csv --outlets "$root/examples/outlets.csv" "${examples[0]}" \
  "$work/in/empty.txt"
compare missing-jsonl --input jsonl --format csv /nonexistent.jsonl "$work/in/articles.jsonl"

echo "$runs runs, $failures differences"
[ "$failures" -eq 0 ]
