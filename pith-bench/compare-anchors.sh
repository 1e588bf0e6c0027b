#!/usr/bin/env bash
# Speed of pith against the boilerpipe anchor, same pages, same run, one thread each.
#
# Usage: pith-bench/compare-anchors.sh [--warmup N | --passes K] [PAGES_DIR]
#   PAGES_DIR  a folder of <id>.html / <id>.html.gz pages, or a dataset folder (its html/ is used);
#              default: ../shared/bench/data/trafilatura-eval (990 pages)
#
# The anchors in ../shared are read-only: they are copied to a temporary folder and the boilerpipe anchor is built
# there (Maven Central, once; see ../shared/anchors/README.md). Both tools time only the extraction, from bytes in
# memory to text (files are read and decompressed outside the timed part), after the same warm-up.
# --passes K measures both at the JIT's steady state: each first extracts every page K times untimed, then K times
# timed (the anchor harness warms up over one pass of its folder at most, so it is given a folder that links every
# page K times; accuracy is then not scored). A JIT-compiled extractor of this size needs several passes over a
# thousand pages before it runs at the speed a long batch sees; --warmup 20 measures a cold start.
# Issue 2's target: pith >= 3x boilerpipe's pages/s. Timings on a shared machine are noisy: the load average is
# printed before and after; run it twice when it matters.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${PITH_SHARED:-$root/../shared}"
warmup=20
passes=1
if [ "${1:-}" = "--warmup" ]; then warmup="$2"; shift 2; fi
if [ "${1:-}" = "--passes" ]; then passes="$2"; shift 2; fi
pages="${1:-$shared/bench/data/trafilatura-eval}"
[ -d "$pages/html" ] && pages="$pages/html"
[ -d "$pages" ] || { echo "compare-anchors: no such folder: $pages" >&2; exit 2; }
[ -d "$shared/anchors/boilerpipe" ] || { echo "compare-anchors: no anchors in $shared/anchors" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/pith-anchors.XXXXXX")"
echo "work folder: $work" >&2
cp -r "$shared/anchors" "$work/anchors"
chmod -R u+w "$work/anchors"
echo "building the boilerpipe anchor..." >&2
(cd "$work/anchors/boilerpipe" && { mvn -q -B -o package >/dev/null 2>&1 || mvn -q -B package >&2; })

jar="$root/pith-bench/target/pith-bench.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$root" -path "$root/*/target" -prune -o \( -name '*.java' -o -name pom.xml \) -newer "$jar" -print -quit)" ]; then
  echo "building pith-bench..." >&2
  (cd "$root" && { mvn -q -B -o -DskipTests -pl pith-bench -am package >&2 || mvn -q -B -DskipTests -pl pith-bench -am package >&2; })
fi

n="$(find "$pages" -maxdepth 1 \( -name '*.html' -o -name '*.html.gz' \) | wc -l)"
bp_pages="$pages"
if [ "$passes" -gt 1 ]; then
  warmup=$((passes * n))
  bp_pages="$work/pages-x$passes"
  mkdir -p "$bp_pages"
  for k in $(seq "$passes"); do
    find "$pages" -maxdepth 1 \( -name '*.html' -o -name '*.html.gz' \) -exec sh -c \
      'for f; do ln -s "$f" "$0/p'"$k"'_$(basename "$f")"; done' "$bp_pages" {} +
  done
fi
echo "pages: $n in $pages; $passes timed pass(es); warm-up $warmup pages; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
bp_line="$("$work/anchors/boilerpipe/run-boilerpipe" --warmup "$warmup" "$bp_pages" "$work/out/boilerpipe" 2>"$work/boilerpipe.err" | tail -1)"
echo "$bp_line"
pith_out="$(java -cp "$jar" dev.pith.bench.CorpusThroughput --warmup "$warmup" --passes "$passes" --out "$work/out/pith" "$pages")"
echo "$pith_out" | sed 's/^/  /'
pith_line="$(echo "$pith_out" | tail -1)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

rate() { echo "$1" | sed -n 's/.*docs_per_s=\([0-9.]*\).*/\1/p'; }
bp="$(rate "$bp_line")"
pith="$(rate "$pith_line")"
python3 - "$bp" "$pith" <<'PY'
import sys
bp, pith = float(sys.argv[1]), float(sys.argv[2])
print(f"boilerpipe {bp:.1f} pages/s, pith {pith:.1f} pages/s: pith/boilerpipe = {pith / bp:.2f}x "
      f"(target >= 3x: {'met' if pith >= 3 * bp else 'NOT met'})")
PY

# accuracy on the same pages, when they are a benchmark dataset's html/ folder with gold beside it
gold="$(dirname "$pages")/gold.jsonl"
if [ "$passes" -eq 1 ] && [ -f "$gold" ] && [ -f "$shared/bench/score.py" ]; then
  for tool in boilerpipe pith; do
    echo "-- $tool accuracy (score.py, text only):"
    python3 "$shared/bench/score.py" --gold "$gold" --pred "$work/out/$tool" --bootstrap 0 --metrics aeb,rouge,words,snippets 2>/dev/null | sed 's/^/  /'
  done
fi
echo "outputs kept in $work/out"
