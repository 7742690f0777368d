#!/usr/bin/env bash
# Runs the JMH microbenchmarks of the linker's hot paths (transforms/src/test/java/.../jmh):
# name normalisation, blocking keys and pair scoring, in operations per second.
# Usage: scripts/jmh.sh [JMH options, e.g. -f 1 -wi 2 -i 3 or a benchmark name regex]
# Takes about 2 minutes with the defaults (3 warm-up and 5 measured iterations of 2 s each).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q -pl transforms test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/jmh.classpath -Dmdep.includeScope=test
exec java -cp "transforms/target/test-classes:transforms/target/classes:$(cat transforms/target/jmh.classpath)" \
  org.openjdk.jmh.Main "${@:-LinkingMicrobenchmarks}"
