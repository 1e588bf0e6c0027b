#!/usr/bin/env bash
# Speed of the working tree against a git revision, measured in one JVM with alternating passes (AbThroughput):
# separate runs on a shared machine differ by more than most optimisations gain.
#
# Usage: pith-bench/ab.sh REV [--passes N] [--warmup-passes W] DIR...
#   e.g. pith-bench/ab.sh HEAD ../shared/bench/flat/wcxb-dev
# REV is built in a temporary git worktree (removed afterwards); the working tree's pith-bench.jar is built when it
# is missing or older than the sources. A = REV, B = the working tree; "B/A" above 1 means the working tree is faster.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[ $# -ge 2 ] || { echo "usage: pith-bench/ab.sh REV [--passes N] [--warmup-passes W] DIR..." >&2; exit 2; }
rev="$1"
shift
work="$(mktemp -d "${TMPDIR:-/tmp}/pith-ab.XXXXXX")"
cleanup() {
  git -C "$root" worktree remove --force "$work/rev" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
git -C "$root" worktree add --detach "$work/rev" "$rev" >/dev/null 2>&1
echo "building $rev..." >&2
(cd "$work/rev" && { mvn -q -B -o -DskipTests -pl pith-bench -am package >&2 || mvn -q -B -DskipTests -pl pith-bench -am package >&2; })
cp "$work/rev/pith-bench/target/pith-bench.jar" "$work/a.jar"
jar="$root/pith-bench/target/pith-bench.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$root" -path "$root/*/target" -prune -o \( -name '*.java' -o -name pom.xml \) -newer "$jar" -print -quit)" ]; then
  echo "building the working tree..." >&2
  (cd "$root" && { mvn -q -B -o -DskipTests -pl pith-bench -am package >&2 || mvn -q -B -DskipTests -pl pith-bench -am package >&2; })
fi
cp "$jar" "$work/b.jar"
java -Xms2g -Xmx2g -XX:+AlwaysPreTouch -cp "$work/b.jar" dev.pith.bench.AbThroughput "$work/a.jar" "$work/b.jar" "$@"
