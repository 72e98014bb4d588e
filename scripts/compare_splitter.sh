#!/usr/bin/env bash
# Checks that a new build of `classify` splits text exactly as a reference build does: the
# same units with the same byte offsets and kinds (and so the same rows) on the benchmark
# articles, the example articles, the seed articles, the gold segmentation passages and
# generated adversarial text, in sentence mode and in --lines mode.
#
#   scripts/compare_splitter.sh REF_CLASSIFY [NEW_CLASSIFY]
#
# REF_CLASSIFY is a release build of `classify` from before the change, e.g.
#   swift build -c release --scratch-path .build-ref --product classify
#   cp .build-ref/release/classify /tmp/ref-classify
# NEW_CLASSIFY defaults to .build-split/release/classify. Environment: BENCH_ARTICLES (the
# synthetic articles, default /tmp/framing-bench/articles), SEEDS (default
# ../shared/seeds next to the package), BENCH_BYTES (bytes taken from each benchmark
# article file; default all). Prints one line per input and the totals; exits 1 on any
# difference.
set -euo pipefail

cd "$(dirname "$0")/.."
ref=${1:?usage: compare_splitter.sh REF_CLASSIFY [NEW_CLASSIFY]}
new=${2:-.build-split/release/classify}
bench=${BENCH_ARTICLES:-/tmp/framing-bench/articles}
seeds=${SEEDS:-../shared/seeds}
work=$(mktemp -d /tmp/compare-splitter.XXXXXX)
trap 'rm -rf "$work"' EXIT

# Adversarial text: non-ASCII letters and marks, curly quotes, CRLF and CR line ends,
# very long lines, lines of punctuation only, invalid UTF-8, empty and blank files, and
# many lines built from the furniture phrases in mixed case and brackets.
mkdir -p "$work/adversarial"
python3 - "$work/adversarial" <<'PY'
import random, sys
out = sys.argv[1]
rng = random.Random(20240611)
pieces = [
    "By", "BY", "by", "Photo:", "PHOTO:", "photo by", "Image copyright", "Reporting by",
    "Editing by", "reporter", "Correspondent", "from", "From", "our", "a", "an", "the",
    "Share", "share", "on", "Facebook", "Twitter", "Email", "Print", "Updated", "updated",
    "Published", "Advertisement", "ADVERTISEMENT", "July", "8,", "2017", "14:32", "GMT",
    "9:41", "a.m.", "ET", "HAMBURG,", "Germany", "(AP)", "—", "–", "-", ":", "N.Y.",
    "ALBANY,", "QUITO,", "Ecuador", "EU,", "UK", "©", "½", "²", "³", "¼", "Ÿ", "ÿ", "É",
    "é", "ß", "İ", "i̇", "e\u0301", "\u0301", "ǅ", "ᴬ", "µ", "ª", "º", "Straße", "ÉLYSÉE",
    "ZÜRICH,", "Zürich", "Ünïcödé", "\u00a0", "\u202f", "\u2009", "‘", "’", "“", "”", "…",
    "•", "‣", "◦", "«", "»", "Getty Images", "/AFP", "/Reuters", "your inbox",
    "min read", "Subscribe now", "cookie policy", "Mr.", "Dr.", "U.S.", "St.", "Corp.",
    "Inc.", "No.", "N°.", "Sept.", "1.", "2)", "a)", "(3)", "The", "He", "said", "asked",
    "Smith", "\"Why?\"", "“Why?”", "(Smith 55).", ". . .", ". . . .", "...", "?!", "!!",
    "Ελλάδα", "ΑΘΗΝΑ,", "Москва", "МОСКВА,", "東京", "👍", "👨\u200d👩\u200d👧", "🇺🇸",
    "\u200d", "\u200b", "\u202e", "\u00ad", "ǈ", "Ǉ", "K", "Å", "Ω", "ﬁ", "ŉ", "\t",
    "x", "X", "e", "mail", "ago", "hours", "3", "12", "2019", "Live", "updates",
]
ends = ["", "", ".", "?", "!", ":", " -", " —", "…", ".”", ")", "]", ".\"", ",", "-"]

def line(n):
    words = [rng.choice(pieces) for _ in range(n)]
    seps = [rng.choice([" ", " ", " ", "  ", ", ", ". ", "; ", "\u00a0", "/", ""]) for _ in words]
    s = "".join(w + sep for w, sep in zip(words, seps)).strip(" ")
    s += rng.choice(ends)
    r = rng.random()
    if r < 0.1:
        s = "(" + s + ")"
    elif r < 0.15:
        s = "[" + s + "]"
    elif r < 0.2:
        s = s.upper()
    elif r < 0.25:
        s = s.lower()
    return s

def write(name, text, mode="w"):
    with open(f"{out}/{name}", mode) as f:
        f.write(text)

for part in range(4):
    rows = []
    for _ in range(6000):
        rows.append(line(rng.randint(1, 14)))
        if rng.random() < 0.3:
            rows.append("")
        if rng.random() < 0.05:
            rows.append(" ".join(line(rng.randint(5, 30)) for _ in range(rng.randint(2, 8))))
    newline = ["\n", "\r\n", "\r", "\n"][part]
    write(f"furniture-{part}.txt", newline.join(rows) + newline)
write("empty.txt", "")
write("blank.txt", " \n\t\r\n \n\u00a0\n")
write("punctuation.txt", "\n".join(
    "".join(rng.choice("!?.,;:-—–…“”‘’\"'()[]*•/·") for _ in range(rng.randint(1, 80)))
    for _ in range(3000)) + "\n")
long_line = " ".join(line(rng.randint(3, 20)) for _ in range(4000))
write("long-line.txt", long_line + "\n" + long_line.replace(". ", ".\r\n", 50) + "\n")
write("no-final-newline.txt", "HAMBURG, Germany (AP) —\nBy Ana Ruiz\nThe end. Photo: Jane Doe/AFP")
with open(f"{out}/invalid-utf8.txt", "wb") as f:
    f.write(b"Caf\xc3\xa9 owner said. \xff\xfe Bad bytes here.\nBy \xc3 Ruiz\n\xe2\x80 Share\n")
PY

# Gold passages as one file per passage would be slow; --input jsonl reads them all.
fail=0
files=0
units=0
compare() {  # name, then classify arguments
  local name=$1
  shift
  local ref_status=0 new_status=0
  "$ref" "$@" >"$work/ref.out" 2>"$work/ref.err" || ref_status=$?
  "$new" "$@" >"$work/new.out" 2>"$work/new.err" || new_status=$?
  local n
  n=$(wc -l <"$work/ref.out")
  if [[ $ref_status != "$new_status" ]] || ! cmp -s "$work/ref.out" "$work/new.out" \
    || ! cmp -s "$work/ref.err" "$work/new.err"; then
    echo "DIFFERENT  $name (exit $ref_status vs $new_status)"
    diff <(python3 -c '
import json, sys
for row in open(sys.argv[1], errors="replace"):
    r = json.loads(row); print(r["file"], r["start"], r["end"], r["kind"])' "$work/ref.out") \
      <(python3 -c '
import json, sys
for row in open(sys.argv[1], errors="replace"):
    r = json.loads(row); print(r["file"], r["start"], r["end"], r["kind"])' "$work/new.out") \
      | head -20 || true
    fail=1
  else
    printf 'same       %-60s %8d units\n' "$name" "$n"
  fi
  units=$((units + n))
  files=$((files + 1))
}

args=(--include-furniture --format jsonl)
for f in "$bench"/*.txt; do
  [[ -e $f ]] || continue
  if [[ -n ${BENCH_BYTES:-} ]]; then
    head -c "$BENCH_BYTES" "$f" >"$work/bench-$(basename "$f")"
    f="$work/bench-$(basename "$f")"
  fi
  compare "$f" "${args[@]}" "$f"
done
for f in examples/articles/*.txt "$seeds"/*.txt "$work"/adversarial/*.txt; do
  [[ -e $f ]] || continue
  compare "$f" "${args[@]}" "$f"
  compare "$f --lines" "${args[@]}" --lines "$f"
done
compare "data/segmentation/gold.jsonl" "${args[@]}" --input jsonl data/segmentation/gold.jsonl
compare "data/segmentation/gold.jsonl --lines" "${args[@]}" --lines --input jsonl \
  data/segmentation/gold.jsonl
first_bench=$(ls "$bench"/*.txt 2>/dev/null | head -1 || true)
if [[ -n $first_bench ]]; then
  compare "$first_bench --lines" "${args[@]}" --lines "$first_bench"
fi

echo "compared $files runs, $units units: $([[ $fail == 0 ]] && echo 0 || echo some) differences"
exit $fail
