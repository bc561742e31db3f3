#!/usr/bin/env bash
# Scores the extractor on test/fixtures with the shared scorer: each case's input is copied to
# <case>.<ext> and its expected.gold.json to <case>.gold.json in a temp dir.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
for d in test/fixtures/*/; do
  c=$(basename "$d")
  [ -f "$d/expected.gold.json" ] || continue
  in=$(ls "$d"/input.* | head -1)
  cp "$in" "$tmp/$c.${in##*.}"
  cp "$d/expected.gold.json" "$tmp/$c.gold.json"
done
node bin/sidelines.js extract --json "$tmp"/*.txt "$tmp"/*.html > "$tmp/out.json" 2>/dev/null || true
node ../shared/eval/score.mjs --gold "$tmp" --pred "$tmp/out.json" "$@"
rm -rf "$tmp"
