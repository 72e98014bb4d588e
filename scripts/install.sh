#!/usr/bin/env bash
# Installs Framing's tools like any command-line tool:
#
#   scripts/install.sh [--prefix DIR] [--bin DIR] [--no-man]
#
# Builds in release and installs train, classify and tokenize into PREFIX/bin, the
# committed model into PREFIX/share/framing/ (where classify finds it without --model),
# shell completions for bash, zsh and fish, and man pages. PREFIX defaults to /usr/local
# as root, ~/.local otherwise. Installs OpenBLAS first when it is missing. --bin DIR
# installs tools already built in DIR instead of building (the tests do); --no-man skips
# the man pages (their plugin builds the package again).
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=""
prebuilt=""
man=1
while [ $# -gt 0 ]; do
  case $1 in
    --bin) prebuilt=${2:?--bin needs a folder}; shift 2 ;;
    --no-man) man=0; shift ;;
    --prefix) prefix=${2:?--prefix needs a folder}; shift 2 ;;
    --prefix=*) prefix=${1#--prefix=}; shift ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown option '$1' (expected --prefix DIR)" >&2; exit 2 ;;
  esac
done
if [ -z "$prefix" ]; then
  if [ "$(id -u)" -eq 0 ]; then prefix=/usr/local; else prefix="$HOME/.local"; fi
fi
if [ -n "$prebuilt" ]; then
  bin=$prebuilt
else
  scripts/install-deps.sh
  swift build -c release --product train >&2
  swift build -c release --product classify >&2
  swift build -c release --product tokenize >&2
  bin=$(swift build -c release --show-bin-path)
fi
mkdir -p "$prefix/bin" "$prefix/share/framing" "$prefix/share/man/man1" \
  "$prefix/share/bash-completion/completions" "$prefix/share/zsh/site-functions" \
  "$prefix/share/fish/vendor_completions.d"
for tool in train classify tokenize; do
  install -m 755 "$bin/$tool" "$prefix/bin/$tool"
  "$bin/$tool" --generate-completion-script bash >"$prefix/share/bash-completion/completions/$tool"
  "$bin/$tool" --generate-completion-script zsh >"$prefix/share/zsh/site-functions/_$tool"
  "$bin/$tool" --generate-completion-script fish >"$prefix/share/fish/vendor_completions.d/$tool.fish"
  # swift-argument-parser exits 0 even when it could not write: check what was written.
  for f in "$prefix/share/bash-completion/completions/$tool" "$prefix/share/zsh/site-functions/_$tool" \
    "$prefix/share/fish/vendor_completions.d/$tool.fish"; do
    [ -s "$f" ] || { echo "install.sh: could not write $f" >&2; exit 1; }
  done
done
install -m 644 models/framing.safetensors "$prefix/share/framing/framing.safetensors"
# Man pages from swift-argument-parser's manual plugin.
manual=$(mktemp -d)
trap 'rm -rf "$manual"' EXIT
if [ "$man" = 0 ]; then
  :
elif swift package --allow-writing-to-directory "$manual" generate-manual --multi-page \
  --output-directory "$manual" >/dev/null 2>&1; then
  find "$manual" -name '*.1' -exec install -m 644 {} "$prefix/share/man/man1/" \;
else
  echo "install.sh: the manual plugin did not run; man pages not installed" >&2
fi
echo "installed train, classify and tokenize into $prefix/bin and the model into $prefix/share/framing"
case ":$PATH:" in *":$prefix/bin:"*) ;; *) echo "add $prefix/bin to your PATH" ;; esac
