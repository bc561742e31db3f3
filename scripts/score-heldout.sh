#!/usr/bin/env bash
# Scores the extractor on the held-out batches in test/heldout/<batch>/<case>/ with the shared
# scorer. These articles were written (in other outlets' styles) by people who had not seen the
# code; the README records each batch's first-run score. Usage: scripts/score-heldout.sh [batch] [--verbose]
set -euo pipefail
cd "$(dirname "$0")/.."
batches=${1:-"batch1 batch2 batch3 batch4 batch5 batch6 batch7 batch8 batch9 batch10 batch11"}
[[ "${1:-}" == --* ]] && batches="batch1 batch2 batch3 batch4 batch5 batch6 batch7 batch8 batch9 batch10 batch11"
for b in $batches; do
  tmp=$(mktemp -d)
  for d in test/heldout/$b/*/; do
    c=$(basename "$d")
    in=$(ls "$d"/input.* | head -1)
    cp "$in" "$tmp/$c.${in##*.}"
    cp "$d/expected.gold.json" "$tmp/$c.gold.json"
  done
  node bin/sidelines.js extract --json "$tmp"/*.txt $(ls "$tmp"/*.html 2>/dev/null) > "$tmp/out.json" 2>/dev/null || true
  echo "== $b"
  node ../shared/eval/score.mjs --gold "$tmp" --pred "$tmp/out.json" "${@:2}"
  rm -rf "$tmp"
done
