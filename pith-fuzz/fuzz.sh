#!/usr/bin/env bash
# Long fuzz runs, one target at a time, through Jazzer's command line driver.
#
#   pith-fuzz/fuzz.sh TARGET [SECONDS]     TARGET: extract | text | repair | warc (default 600 s)
#
# The corpus grows in pith-fuzz/target/fuzz/corpus/TARGET (kept between runs until `mvn clean`); a crash, hang
# (an input over 20 s) or out-of-memory stops the run and leaves its input in pith-fuzz/target/fuzz/findings/TARGET.
# Copy it to pith-core/src/test/resources/crashes/TARGET/, where CrashCorpusTest replays it, and fix the bug.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: pith-fuzz/fuzz.sh extract|text|repair|warc [seconds]}
seconds=${2:-600}
case "$target" in
  extract) class=ExtractFuzzTest ;;
  text) class=TextFuzzTest ;;
  repair) class=RepairFuzzTest ;;
  warc) class=WarcFuzzTest ;;
  *) echo "unknown target $target (extract, text, repair or warc)" >&2; exit 2 ;;
esac
mvn -q -B -pl pith-fuzz -am test-compile -DskipTests
mvn -q -B -pl pith-fuzz dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/fuzz.classpath
cp="pith-fuzz/target/test-classes:pith-core/target/test-classes:pith-core/target/classes:pith-cli/target/classes"
cp="$cp:$(cat pith-fuzz/target/fuzz.classpath)"
out=pith-fuzz/target/fuzz
mkdir -p "$out/corpus/$target" "$out/findings/$target"
seeds=pith-fuzz/target/test-classes/dev/pith/fuzz/${class}Inputs/$target
# Seed folders may nest (one folder per test page): libFuzzer reads flat folders, so flatten a copy.
flat="$out/seeds/$target"
rm -rf "$flat" && mkdir -p "$flat"
crashes=pith-core/src/test/resources/crashes/$target
dirs=("$seeds"); [ -d "$crashes" ] && dirs+=("$crashes")
find "${dirs[@]}" -type f | while read -r f; do
  cp "$f" "$flat/$(echo "$f" | sha1sum | cut -c1-16)"
done
echo "fuzzing $target for $seconds s; corpus $out/corpus/$target, findings $out/findings/$target"
exec java -Xmx2g -cp "$cp" com.code_intelligence.jazzer.Jazzer \
  --target_class="dev.pith.fuzz.$class" \
  --instrumentation_includes='dev.pith.**:org.jsoup.**:org.netpreserve.**' \
  -max_total_time="$seconds" -timeout=20 -rss_limit_mb=3072 -max_len=262144 \
  -artifact_prefix="$out/findings/$target/" \
  "$out/corpus/$target" "$flat"
