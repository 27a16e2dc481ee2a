#!/usr/bin/env bash
# Every figure issue #11 asks for, in one run on this machine (README "Benchmark"): start-up and idle memory, the
# documents (JMH), intake and a whole cycle on PostgreSQL — each against its floor measured in the same run — then one
# summary of each figure next to its target, with the load average when it was measured. 7 minutes on a fast 2-core machine, 25 on a slow one; run it on
# a quiet machine (nothing else building), since the wall-clock figures measure the load as much as the code.
#
#   ./mvnw -q package -DskipTests && bench/all.sh
#
# Environment: as the scripts it runs (bench/startup.sh, bench/intake.sh); SKIP="startup documents intake cycle"
# leaves out the ones named. Each part's full output is in target/bench/all-<part>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/bench
skip=" ${SKIP:-} "
load() { cut -d' ' -f1-3 /proc/loadavg; }
summary=()

part() { # name, command...
  local name=$1
  shift
  if [[ "$skip" == *" $name "* ]]; then return; fi
  echo "== $name ($(date -u +%H:%M:%S)Z, load $(load))"
  "$@" 2>&1 | tee "target/bench/all-$name.txt"
}

part startup env IDLE="${IDLE:-60}" bench/startup.sh
part documents ./mvnw -q -Pbench test-compile exec:exec -Dbench.args="draft floor redline nomem"
part intake bench/intake.sh
part cycle env BENCH=pl.wspolnie.bench.CycleBenchmark bench/intake.sh

echo
echo "== Summary (issue #11 targets), $(date -u +%Y-%m-%d)"
if [ -f target/bench/all-startup.txt ] && [[ "$skip" != *" startup "* ]]; then
  echo "start-up and idle memory (targets: Tasklist ready <= 10 s, idle RSS <= 400 MB):"
  sed -n '/^run /,/^logs in/p' target/bench/all-startup.txt | grep -E '^(run|[0-9]+ )'
fi
if [[ "$skip" != *" documents "* ]]; then
  grep -E '^(draft|floor|redline) +[0-9]|^(draft / floor|redline / draft)' target/bench/all-documents.txt || true
fi
if [[ "$skip" != *" intake "* ]]; then
  grep -E '^medians:|^ratio engine/intake' target/bench/all-intake.txt || true
fi
if [[ "$skip" != *" cycle "* ]]; then
  grep -E '^cycle |^engine floor:|^ratio cycle/floor' target/bench/all-cycle.txt || true
fi
echo "load now $(load)"
