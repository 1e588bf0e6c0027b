#!/usr/bin/env bash
# Whole-corpus throughput of pith: pages/s, MB/s, p50/p99 ms per page, peak heap (one thread unless -j N).
# Usage: pith-bench/throughput.sh [-j N] [--warmup N] [--limit N] [--out DIR] DIR...
#   e.g. pith-bench/throughput.sh ../shared/bench/data/trafilatura-eval
# Builds pith-bench/target/pith-bench.jar first when it is missing or older than the sources.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/pith-bench/target/pith-bench.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$root" -path "$root/*/target" -prune -o \( -name '*.java' -o -name pom.xml \) -newer "$jar" -print -quit)" ]; then
  echo "throughput: building pith-bench (once)..." >&2
  (cd "$root" && mvn -q -B -o -DskipTests -pl pith-bench -am package >&2) \
    || (cd "$root" && mvn -q -B -DskipTests -pl pith-bench -am package >&2)
fi
exec java ${PITH_BENCH_JAVA_OPTS:-} -cp "$jar" dev.pith.bench.CorpusThroughput "$@"
