#!/usr/bin/env bash
# Builds classify, writes the HTML report of the project's example articles (or of the
# seed articles, for a look at real input) to /tmp/report.html, opens it in headless
# Chromium, saves a screenshot and fails when the page logs an error or refers to anything
# outside itself.
#
# Usage: scripts/screenshot_report.sh            the examples -> docs/report.png
#        scripts/screenshot_report.sh SEEDS_DIR  the seeds    -> /tmp/report-seeds.png
#        (the seeds are third-party text: their report is never committed)
# Environment: MODEL (default models/framing.safetensors), SCRATCH_PATH (default .build),
#              REPORT (default /tmp/report.html), PDF=1 also prints the page to
#              /tmp/report.pdf with the print styles.
# Needs: chromium (Debian: apt-get install -y chromium).
set -euo pipefail
cd "$(dirname "$0")/.."

model=${MODEL:-models/framing.safetensors}
scratch=${SCRATCH_PATH:-.build}
report=${REPORT:-/tmp/report.html}
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "screenshot_report: chromium not found; install it with: apt-get install -y chromium" >&2
  exit 1
fi

swift build -c release --scratch-path "$scratch" --product classify >&2
classify="$scratch/release/classify"

work=$(mktemp -d /tmp/framing-report.XXXXXX)
trap 'rm -rf "$work"' EXIT

if [ $# -ge 1 ]; then
  seeds=$(cd "$1" && pwd)
  screenshot=/tmp/report-seeds.png
  # One outlet per seed file, named after the site when the article's text names it.
  cat >"$work/outlets.csv" <<EOF
file,outlet
$seeds/000_6d146059d4ad170a.txt,Outlet A
$seeds/001_747c2d872dd48fec.txt,Outlet B
$seeds/002_d7b7043834e8a56b.txt,Outlet C
$seeds/003_57a080b4ec5b2c1d.txt,AMN (Al-Masdar News)
$seeds/004_6869ca2961c2de1b.txt,Outlet D
EOF
  outlets="$work/outlets.csv"
  inputs=("$seeds"/*.txt)
else
  screenshot=docs/report.png
  outlets=examples/outlets.csv
  inputs=(examples/articles/*.txt)
fi

echo "classify: $model on ${inputs[*]} -> $report" >&2
"$classify" --model "$model" --outlets "$outlets" --explain 5 --min-confidence 0.5 --actor-min-units 3 \
  --report "$report" "${inputs[@]}" >"$work/table.txt"
cat "$work/table.txt" >&2

# The report must stand alone: no network, no external scripts, styles, fonts or images.
if grep -n -i -E 'https?://|<script[^>]*src|<link|<img|<iframe|@import|url\([^#]' "$report" >&2; then
  echo "screenshot_report: the report refers to something outside itself (lines above)" >&2
  exit 1
fi

mkdir -p "$(dirname "$screenshot")"
url="file://$report"
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --enable-logging=stderr --v=0 \
  --screenshot="$screenshot" --window-size=1200,${HEIGHT:-4600} "$url" 2>"$work/chromium.log" || {
  cat "$work/chromium.log" >&2
  echo "screenshot_report: chromium failed" >&2
  exit 1
}
if [ "${PDF:-0}" = 1 ]; then
  "$browser" --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=/tmp/report.pdf \
    --enable-logging=stderr --v=0 "$url" 2>>"$work/chromium.log"
  echo "printed /tmp/report.pdf" >&2
fi

# Console messages from the page (Chromium logs them as CONSOLE lines naming the source),
# uncaught exceptions, and refused or failed loads count as errors. Chromium's own noise
# in a container (D-Bus, GPU, sandbox) does not name the page and is only counted.
page_errors=$(grep -E 'CONSOLE|Uncaught|Failed to load|Refused to|net::ERR_' "$work/chromium.log" || true)
if [ -n "$page_errors" ]; then
  echo "$page_errors" >&2
  echo "screenshot_report: the page logged errors (above)" >&2
  exit 1
fi
[ -s "$screenshot" ] || { echo "screenshot_report: no screenshot written" >&2; exit 1; }
noise=$(grep -o 'ERROR:[^]:]*' "$work/chromium.log" | sort | uniq -c | tr -s ' ' | paste -sd, - || true)
echo "$screenshot written; the page logged nothing." >&2
echo "chromium's own ERROR lines (not from the page): ${noise:-none}" >&2
