#!/usr/bin/env bash
# Runs the pith Spark job in this JVM (local[*], every core of this machine), with Spark's own jars: no cluster and
# no Spark installation needed. Builds the module first when it is missing or older than the sources (quietly,
# once). Usage: pith-spark/pith-spark.sh --output DIR INPUT...   (--help lists the options)
# On a cluster, use spark-submit with pith-spark/target/pith-spark.jar instead (see pith-spark/README.md).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
target="$here/target"

stale() {
  [ -f "$target/pith-spark.jar" ] && [ -f "$target/spark-classpath.txt" ] && [ -f "$target/spark-jvm-options.txt" ] \
    || return 0
  # any source or pom of pith-core or pith-spark newer than the jar means a rebuild
  [ -n "$(find "$root/pom.xml" "$root/pith-core" "$here" -path '*/target' -prune -o \
    \( -name '*.java' -o -name 'pom.xml' \) -newer "$target/pith-spark.jar" -print -quit 2>/dev/null)" ]
}

if stale; then
  echo "pith spark: building (once; the first build downloads Spark, about 200 MB)..." >&2
  log="$(mktemp)"
  if ! (cd "$root" && mvn -q -B -DskipTests -pl pith-spark -am package) >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "pith spark: the build failed (see above)" >&2
    exit 2
  fi
  rm -f "$log"
fi

# One machine: Spark binds to the loopback address (and does not warn about the host name).
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"

# Spark on Java 17 needs its --add-opens flags (the list is kept in pith-spark/pom.xml, spark.jvm.options).
# shellcheck disable=SC2046
exec java $(cat "$target/spark-jvm-options.txt") \
  -Dlog4j2.configurationFile="$here/log4j2-local.properties" \
  ${PITH_JAVA_OPTS:-} \
  -cp "$target/pith-spark.jar:$(cat "$target/spark-classpath.txt")" \
  dev.pith.spark.PithSpark "$@"
