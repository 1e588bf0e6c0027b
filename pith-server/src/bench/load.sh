#!/usr/bin/env bash
# Load benchmark for pith serve (not a test): a bounded run of wrk from a second process on loopback, POSTing a
# realistic 80 KB news page (news-page.html, made by make-page.py) to /v1/extract at 1, 2 and 8 concurrent
# clients. Reports requests/s, p50 and p99 latency, non-2xx answers, and memory (heap after a full GC, and RSS)
# before and after each run, with the machine's load average so that noisy figures can be recognised as such.
#
#   pith-server/src/bench/load.sh            # 20 s per level
#   DURATION=10s pith-server/src/bench/load.sh
#
# Needs Debian's wrk (installed when missing, as root) and the pith jar (built when missing).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
duration="${DURATION:-20s}"
warmup="${WARMUP:-10s}"
heap="${HEAP:-512m}"
export PITH_BENCH_PAGE="$here/news-page.html"

if ! command -v wrk >/dev/null; then
  echo "load.sh: installing Debian's wrk" >&2
  apt-get update -qq >/dev/null && apt-get install -y -qq wrk >/dev/null
fi
jar="$root/pith-cli/target/pith.jar"
if [ ! -f "$jar" ]; then
  (cd "$root" && mvn -q -B -DskipTests -pl pith-cli -am package)
fi

log="$(mktemp)"
java -Xms"$heap" -Xmx"$heap" -jar "$jar" serve --port 0 2>"$log" &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 100); do
  grep -q "listening on" "$log" && break
  sleep 0.2
done
base="$(grep -o 'http://[0-9.:]*/' "$log" | head -1)"
[ -n "$base" ] || { cat "$log" >&2; echo "load.sh: the server did not start" >&2; exit 1; }
url="${base}v1/extract"
curl -sf "${base}healthz" >/dev/null

memory() { # heap used after a full GC (KB), and resident set size (KB)
  jcmd "$pid" GC.run >/dev/null
  sleep 0.5
  local used rss
  used="$(jcmd "$pid" GC.heap_info | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+')"
  rss="$(awk '/VmRSS/ {print $2}' /proc/"$pid"/status)"
  echo "heap_after_gc=${used}K rss=${rss}K"
}

echo "pith serve load benchmark: $(nproc) cores, heap $heap, page $(wc -c <"$PITH_BENCH_PAGE") bytes, $duration per level"
echo "server: pid $pid at $base; $(grep 'extractions at once' "$log" | sed 's/^pith serve: //')"
echo "warm-up ($warmup, 2 clients)..."
wrk -t2 -c2 -d"$warmup" -s "$here/post.lua" "$url" >/dev/null
echo "memory after warm-up: $(memory)"
printf '%-8s %10s %10s %10s %8s %8s  %s\n' clients req/s p50 p99 non2xx load1 memory-after
for c in 1 2 8; do
  threads=$(( c < 2 ? c : 2 ))
  load="$(cut -d' ' -f1 /proc/loadavg)"
  out="$(wrk -t"$threads" -c"$c" -d"$duration" --latency -s "$here/post.lua" "$url")"
  rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  p50="$(awk '$1=="50%" {print $2}' <<<"$out")"
  p99="$(awk '$1=="99%" {print $2}' <<<"$out")"
  non2xx="$(awk '/Non-2xx/ {print $NF}' <<<"$out")"
  printf '%-8s %10s %10s %10s %8s %8s  %s\n' "$c" "$rps" "$p50" "$p99" "${non2xx:-0}" "$load" "$(memory)"
done
echo "errors and latency as the server counted them:"
curl -s "${base}metrics" | grep -E '^pith_(http_requests_total|extractions_total|http_errors_total)' || true
