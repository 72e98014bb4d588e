#!/usr/bin/env bash
# Builds and runs Framing's libFuzzer targets (swiftc -sanitize=fuzzer,address).
#
#   Fuzz/run.sh TARGET SECONDS     build TARGET (csv, text, model, actors) and fuzz it for SECONDS
#   Fuzz/run.sh all SECONDS        every target in turn, SECONDS each
#   Fuzz/run.sh build [TARGET]     build only
#   Fuzz/run.sh repro TARGET FILE  run TARGET once on FILE (a saved crash) and show the trace
#   Fuzz/run.sh seeds              regenerate Seeds/model/tiny.safetensors with `train`
#
# The sources are compiled straight from Sources/ (no SwiftPM), FramingSupport, Features,
# Classifier and Labelling as modules, with -D FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION (the model loader then
# ignores a wrong checksum so that mutated files reach the checks behind it). Everything
# written goes to Fuzz/.build-fuzz (or $FUZZ_WORK): binaries, the growing corpus, crash
# inputs (crashes/TARGET/crash-*), and logs. Exit status: 0 when no target found anything.
# FUZZ_KEEP_GOING=1 keeps fuzzing after a finding (libFuzzer's -fork=1 -ignore_crashes=1);
# FUZZ_ARGS adds libFuzzer flags (e.g. FUZZ_ARGS=-len_control=0 to try long inputs at once).
set -euo pipefail

FUZZ=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$FUZZ")
WORK=${FUZZ_WORK:-$FUZZ/.build-fuzz}
TARGETS=(csv text model actors)

usage() {
  sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

# Per-target settings: Swift entry file, modules needed, longest input.
entry() { case $1 in csv) echo CSVTarget ;; text) echo TextTarget ;; model) echo ModelTarget ;; actors) echo ActorsTarget ;; esac; }
needs_classifier() { [[ $1 != text ]]; }
max_len() { case $1 in csv) echo 4096 ;; text) echo 8192 ;; model) echo 16384 ;; actors) echo 8192 ;; esac; }

known() {
  local t
  for t in "${TARGETS[@]}"; do [[ $1 == "$t" ]] && return 0; done
  echo "run.sh: unknown target '$1' (expected one of: ${TARGETS[*]}, all)" >&2
  exit 2
}

blas_cflags() {
  if pkg-config --exists openblas 2>/dev/null; then
    pkg-config --cflags openblas
  else
    echo "-I/usr/include/x86_64-linux-gnu/openblas-pthread"
  fi
}
blas_libs() {
  if pkg-config --exists openblas 2>/dev/null; then pkg-config --libs openblas; else echo "-lopenblas"; fi
}

SWIFTFLAGS=(-O -g -sanitize=fuzzer,address -D FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION
  -package-name framing -swift-version 6)

# lld when the toolchain has it (gold warns about every ASan symbol).
LINKER=()
if command -v ld.lld >/dev/null 2>&1; then LINKER=(-use-ld=lld); fi

# True when $1 is missing or older than any of the other arguments (files or folders).
stale() {
  local out=$1
  shift
  [[ ! -e $out ]] && return 0
  [[ -n $(find "$@" -newer "$out" -type f -print -quit) ]]
}

build_module() {  # NAME [extra swiftc flags...]
  local name=$1
  shift
  local obj=$WORK/obj/$name.o
  if stale "$obj" "$ROOT/Sources/$name" "$WORK/obj/FramingSupport.o" "$WORK/obj/Features.o" \
    "${BASH_SOURCE[0]}"; then
    echo "run.sh: compiling $name" >&2
    # shellcheck disable=SC2046
    swiftc "${SWIFTFLAGS[@]}" -module-name "$name" -parse-as-library -wmo \
      -emit-module -emit-module-path "$WORK/modules/$name.swiftmodule" \
      -c "$ROOT"/Sources/"$name"/*.swift -o "$obj" -I "$WORK/modules" "$@"
    touch "$obj"  # swiftc keeps an unchanged object's old time
  fi
}

build() {  # TARGET
  local t=$1 bin=$WORK/bin/fuzz-$1
  mkdir -p "$WORK/obj" "$WORK/modules" "$WORK/bin"
  local cblas=(-I "$ROOT/Sources/CBLAS")
  local flag
  for flag in $(blas_cflags); do cblas+=(-Xcc "$flag"); done
  build_module FramingSupport
  build_module Features
  local objects=("$WORK/obj/FramingSupport.o" "$WORK/obj/Features.o") libs=()
  if needs_classifier "$t"; then
    build_module Classifier "${cblas[@]}"
    build_module Labelling "${cblas[@]}"
    objects+=("$WORK/obj/Classifier.o" "$WORK/obj/Labelling.o")
    # shellcheck disable=SC2207
    libs=($(blas_libs))
  fi
  if stale "$bin" "${objects[@]}" "$FUZZ/Targets"; then
    echo "run.sh: linking fuzz-$t" >&2
    swiftc "${SWIFTFLAGS[@]}" -module-name "$(entry "$t")" -parse-as-library \
      "$FUZZ/Targets/Check.swift" "$FUZZ/Targets/$(entry "$t").swift" "${objects[@]}" \
      -I "$WORK/modules" "${cblas[@]}" "${libs[@]}" "${LINKER[@]}" -o "$bin"
    touch "$bin"
  fi
}

# One build at a time, so that two runs started together do not write the same objects.
build_locked() {  # TARGET
  mkdir -p "$WORK"
  if command -v flock >/dev/null 2>&1; then
    { flock 9; build "$1"; } 9>"$WORK/.build-lock"
  else
    build "$1"
  fi
}

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=0:handle_abort=1}

fuzz() {  # TARGET SECONDS
  local t=$1 seconds=$2
  build_locked "$t"
  mkdir -p "$WORK/corpus/$t" "$WORK/crashes/$t" "$WORK/logs"
  local log=$WORK/logs/$t-$(date +%Y%m%d-%H%M%S).log
  echo "run.sh: fuzzing $t for ${seconds}s (log $log)" >&2
  local status=0 keep_going=()
  # FUZZ_KEEP_GOING=1: a child process per run, so that a finding is saved and fuzzing
  # goes on (to collect several findings in one long run).
  if [[ ${FUZZ_KEEP_GOING:-0} == 1 ]]; then
    keep_going=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
  fi
  local marker=$WORK/logs/.start-$t
  touch "$marker"
  # The first folder collects new inputs; the committed seeds are only read.
  "$WORK/bin/fuzz-$t" "$WORK/corpus/$t" "$FUZZ/Seeds/$t" \
    -max_total_time="$seconds" -max_len="$(max_len "$t")" -timeout=10 \
    -rss_limit_mb=2048 -malloc_limit_mb=256 -use_value_profile=1 \
    -dict="$FUZZ/Dictionaries/$t.dict" -artifact_prefix="$WORK/crashes/$t/" \
    -print_final_stats=1 "${keep_going[@]}" ${FUZZ_ARGS:-} >"$log" 2>&1 || status=$?
  tail -n 12 "$log" >&2
  local found
  found=$(find "$WORK/crashes/$t" -type f -newer "$marker" | sort)
  if [[ -n $found || $status != 0 ]]; then
    echo "run.sh: $t FOUND A PROBLEM (exit $status); reproduce with" >&2
    local f
    for f in $found; do echo "  Fuzz/run.sh repro $t $f" >&2; done
    return 1
  fi
  echo "run.sh: $t ran ${seconds}s with no finding" >&2
}

seeds() {
  echo "run.sh: building train to write Seeds/model/tiny.safetensors" >&2
  (cd "$ROOT" && swift build --scratch-path "$WORK/spm" --product train >&2)
  "$WORK/spm/debug/train" --labels "$FUZZ/Seeds/csv/train.csv" \
    --out "$FUZZ/Seeds/model/tiny.safetensors" --cv 0 --min-df 1 --ngram 1-2 --quiet
}

(($# >= 1)) || usage
case $1 in
  all)
    (($# == 2)) || usage
    failed=0
    for t in "${TARGETS[@]}"; do fuzz "$t" "$2" || failed=1; done
    exit $failed
    ;;
  build)
    if (($# == 2)); then
      known "$2"
      build_locked "$2"
    else
      for t in "${TARGETS[@]}"; do build_locked "$t"; done
    fi
    ;;
  repro)
    (($# >= 3)) || usage
    known "$2"
    build_locked "$2"
    t=$2
    shift 2
    exec "$WORK/bin/fuzz-$t" "$@"
    ;;
  seeds) seeds ;;
  -h | --help | help) usage ;;
  *)
    (($# == 2)) || usage
    known "$1"
    [[ $2 =~ ^[0-9]+$ ]] || { echo "run.sh: SECONDS must be a whole number, not '$2'" >&2; exit 2; }
    fuzz "$1" "$2"
    ;;
esac
