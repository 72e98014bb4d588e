#!/usr/bin/env bash
# Measures Framing's `train` and `classify` (release builds) against scikit-learn,
# LIBLINEAR, fastText and Vowpal Wabbit on the same synthetic files, in one run, and prints
# the ratios against the performance targets of issues 7 and 18, one table per corpus.
#
#   scripts/bench_peers.sh [--quick] [--runs N] [--data DIR] [--peers LIST] [--corpus WHICH]
#                          [--c C] [--large-data DIR]
#
#   --quick      skip the 1M-row training runs (they take tens of minutes for scikit-learn)
#   --runs N     timed runs of each command (default 3; the 1M runs once, see RUNS_1M)
#   --data DIR   corpus folder (default /tmp/framing-bench; written by gen_corpus.py if empty)
#   --peers L    comma-separated subset of sklearn,liblinear,fasttext,vw (default all)
#   --corpus W   default, large or both (default both): the large corpus is gen_corpus.py
#                --vocabulary 400000 (over 200,000 terms at min-df 2 on 100k rows); it has
#                no 1M-row file, so its table never has the 1M rows
#   --c C        C of every tool's training (default 3, train's default)
#   --large-data DIR  the large corpus's folder (default /tmp/framing-bench-large)
#
# Works from a clean clone: builds with --scratch-path .build-bench, installs missing
# Python peers with pip (a peer that cannot be installed is reported and skipped),
# installs GNU time with apt-get when /usr/bin/time is missing, and writes the corpus.
# Numbers depend on the machine and on what else runs on it: the ratios come from runs made
# side by side, and every row shows the median and the spread (min-max) of its runs.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DATA=/tmp/framing-bench
RUNS=3
QUICK=0
PEERS=sklearn,liblinear,fasttext,vw
CORPUS=both
C=3
LARGE=/tmp/framing-bench-large
while [[ $# -gt 0 ]]; do
  case $1 in
    --quick) QUICK=1 ;;
    --runs) RUNS=$2; shift ;;
    --data) DATA=$2; shift ;;
    --peers) PEERS=$2; shift ;;
    --corpus) CORPUS=$2; shift ;;
    --c) C=$2; shift ;;
    --large-data) LARGE=$2; shift ;;
    -h|--help) sed -n '2,23p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench_peers.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done

say() { echo "bench_peers: $*" >&2; }

# GNU time for peak memory.
if [[ ! -x /usr/bin/time ]]; then
  say "installing GNU time (apt-get install time)"
  (apt-get update -qq && apt-get install -y -qq time) >&2 || { say "cannot install GNU time"; exit 1; }
fi

# Python peers: install what is missing, pinned to the versions checked with
# `pip index versions` when this script was written; a peer that fails is left out.
declare -A PIP=([sklearn]="scikit-learn==1.9.1" [liblinear]="scikit-learn==1.9.1" [fasttext]="fasttext==0.9.3" [vw]="vowpalwabbit==9.11.9")
declare -A MODULE=([sklearn]=sklearn [liblinear]=sklearn [fasttext]=fasttext [vw]=vowpalwabbit)
AVAILABLE=()
for peer in ${PEERS//,/ }; do
  module=${MODULE[$peer]:-}
  [[ -n $module ]] || { say "unknown peer '$peer'"; exit 2; }
  if ! python3 -c "import $module" 2>/dev/null; then
    say "installing ${PIP[$peer]} for $peer"
    pip install -q "${PIP[$peer]}" >&2 || true
  fi
  if python3 -c "import $module" 2>/dev/null; then
    AVAILABLE+=("$peer")
  else
    say "peer $peer cannot be installed here: left out"
  fi
done

# Release builds of our commands.
say "building train and classify (release, .build-bench)"
(cd "$ROOT" && swift build -c release --scratch-path .build-bench --product train >&2 \
  && swift build -c release --scratch-path .build-bench --product classify >&2)
BIN=$ROOT/.build-bench/release
say "building the stage timer (Benchmarks package, release)"
(cd "$ROOT/Benchmarks" && swift build -c release --scratch-path .build --product stages >&2)
STAGES=$ROOT/Benchmarks/.build/release/stages

case $CORPUS in
  default|large|both) ;;
  *) say "--corpus takes default, large or both, not '$CORPUS'"; exit 2 ;;
esac
peers=$(IFS=,; echo "${AVAILABLE[*]-}")

# The default corpus, then the large-vocabulary one; each prints its own table.
if [[ $CORPUS != large ]]; then
  if [[ ! -f $DATA/train_1m.csv || ! -f $DATA/test.csv || ! -d $DATA/articles ]]; then
    say "writing the synthetic corpus to $DATA"
    python3 "$ROOT/scripts/gen_corpus.py" "$DATA" >&2
  fi
  python3 "$ROOT/scripts/bench_peers.py" --bin "$BIN" --stages "$STAGES" --root "$ROOT" --data "$DATA" \
    --runs "$RUNS" --quick "$QUICK" --peers "$peers" --c "$C" --title "default corpus ($DATA)"
fi
if [[ $CORPUS != default ]]; then
  if [[ ! -f $LARGE/train_100k.csv || ! -f $LARGE/test.csv || ! -d $LARGE/articles ]]; then
    say "writing the large-vocabulary corpus to $LARGE"
    python3 "$ROOT/scripts/gen_corpus.py" "$LARGE" --sizes 10k,100k --vocabulary 400000 >&2
  fi
  python3 "$ROOT/scripts/bench_peers.py" --bin "$BIN" --stages "$STAGES" --root "$ROOT" --data "$LARGE" \
    --runs "$RUNS" --quick 1 --peers "$peers" --c "$C" --cold "$([[ $CORPUS == large ]] && echo 1 || echo 0)" \
    --title "large-vocabulary corpus ($LARGE, gen_corpus.py --vocabulary 400000)"
fi
