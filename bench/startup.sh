#!/usr/bin/env bash
# Start-up time and idle memory of one demo instance on H2 (issue #11): starts the packaged jar with the JVM flags
# below, waits until Tasklist answers, lets it idle, prints the seconds to Tasklist and the resident memory (RSS),
# each next to the machine's load average. Not a test: figures depend on the machine and what else runs on it.
#
#   ./mvnw -q package -DskipTests && bench/startup.sh            # fresh data dir: first start seeds the demo
#   RUNS=3 IDLE=30 bench/startup.sh                              # three starts on the same data dir, 30 s idle each
#   JAVA_OPTS="" bench/startup.sh                                # the JVM's defaults, for comparison
#
# Environment: JAR (target/wspolnie-*.jar), PORT (18085), SMTP (13085), RUNS (2: the seeding start and a restart),
# IDLE (seconds idle after readiness, i.e. after the demo seeding, before RSS is read, 30), DATA (data dir, a fresh
# one under target/startup-bench), JAVA_OPTS (default: the flags of bench/jvm.options), MALLOC_ARENA_MAX (2; empty:
# glibc's default), CDS=1 (use or make the class data sharing archive, see below), EXTRA (more arguments for the
# app), NMT=1 (native memory tracking: the JVM's own account of the RSS after the idle period, and the heap after a
# full collection, into the run's log directory),
# JFR=1 (a profile of the start-up until Tasklist answered, target/startup-bench-run.*/run-N.jfr; summarise with
# ProfileShares as in intake.sh).
#
# Besides the table, each run prints where the CPU until Tasklist went by thread ("java" = the main thread: the Spring
# context, the engine, the runners; C1/C2 = the JIT compilers; GC Thread, G1 Conc, VM Thread = the collector) and when
# the demo was seeded (readiness UP: the application runners, the demo cycle among them, have finished).
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${JAR:-$(ls target/wspolnie-*.jar | head -1)}
PORT=${PORT:-18085}
SMTP=${SMTP:-13085}
RUNS=${RUNS:-2}
IDLE=${IDLE:-30}
DATA=${DATA:-target/startup-bench/data-$(date +%s%N)}
JAVA_OPTS=${JAVA_OPTS-$(grep -v '^#' bench/jvm.options | xargs)}
CDS=${CDS:-1}
URL="http://127.0.0.1:$PORT/camunda/app/tasklist/"
# glibc's malloc: two arenas instead of up to 8 per core (the Dockerfile and the pom's spring-boot:run set the same);
# MALLOC_ARENA_MAX= (empty) for glibc's default
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX-2}
if [ -z "$MALLOC_ARENA_MAX" ]; then unset MALLOC_ARENA_MAX; fi

load() { cut -d' ' -f1-3 /proc/loadavg; }

# CPU seconds of the live threads of $1 by thread name (numbers dropped), largest first
threads() {
  for t in /proc/"$1"/task/*; do
    name=$(sed 's/[0-9#]*$//; s/-*$//; s/ *$//' "$t/comm")
    cpu=$(sed 's/^.*) //' "$t/stat" | awk '{print $12 + $13}')
    echo "$name|$cpu"
  done | awk -F'|' '{cpu[$1] += $2; n[$1]++} END {for (k in cpu) if (cpu[k] > 0) printf "%.1f %s (%d)\n", cpu[k] / 100, k, n[k]}' \
    | sort -rn | head -8 | paste -sd ',' | sed 's/,/, /g'
}

workdir=$(mktemp -d target/startup-bench-run.XXXX 2>/dev/null || { mkdir -p target; mktemp -d target/startup-bench-run.XXXX; })
mkdir -p "$DATA"
cds_opts=""
if [ "$CDS" = 1 ]; then
  # Spring Boot's class data sharing: the jar extracted once, a training run that stops after the context is
  # refreshed writes the archive, later starts map the classes from it instead of parsing them again.
  # One archive per set of flags (target/cds-<hash>), so runs of two flag sets can be made side by side, under the
  # same load.
  cds_dir=target/cds-$(echo "$JAVA_OPTS" | md5sum | cut -c1-8)
  if [ ! -f "$cds_dir/app.jsa" ] || [ "$JAR" -nt "$cds_dir/app.jsa" ]; then
    rm -rf "$cds_dir" && java -Djarmode=tools -jar "$JAR" extract --destination "$cds_dir" >/dev/null
    echo "CDS training run (load $(load)) ..."
    # the same jar path as the runs below: the archive records the class path as given and is refused (silently,
    # as a warning in the log) when a start names the jar differently
    java $JAVA_OPTS -XX:ArchiveClassesAtExit=$cds_dir/app.jsa -Dspring.context.exit=onRefresh \
        -jar "$cds_dir/$(basename "$JAR")" --server.port=0 --spring.datasource.url=jdbc:h2:mem:cds \
        --wspolnie.demo.seed=false --wspolnie.demo.mail-sink=false --camunda.bpm.job-execution.enabled=false \
        > target/cds-training.log 2>&1 || { echo "training run failed, see target/cds-training.log"; exit 1; }
  fi
  JAR="$cds_dir/$(basename "$JAR")"
  cds_opts="-XX:SharedArchiveFile=$cds_dir/app.jsa"
fi

echo "jar $JAR, data $DATA, JVM flags: ${JAVA_OPTS:-(defaults)} $cds_opts"
# "CPU (s)" is the app's user + system CPU until Tasklist answered: on a crowded machine the wall time is mostly
# waiting for a core, the CPU time is what the start-up itself costs (on two idle cores, wall ~ CPU / 1.5).
printf '%-4s %-10s %-10s %-9s %-18s %-9s %-18s\n' run start "ready (s)" "CPU (s)" "load at ready" "RSS (MB)" "load at RSS"
for run in $(seq 1 "$RUNS"); do
  log="$workdir/run-$run.log"
  if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then echo "port $PORT is taken (another app?): PORT=... bench/startup.sh"; exit 1; fi
  diag_opts=""
  if [ "${NMT:-0}" = 1 ]; then diag_opts="-XX:NativeMemoryTracking=summary"; fi
  if [ "${JFR:-0}" = 1 ]; then diag_opts="$diag_opts -XX:StartFlightRecording=filename=$workdir/run-$run.jfr,settings=profile"; fi
  start=$(date +%s.%N)
  DEMO_SMTP_PORT=$SMTP java $JAVA_OPTS $cds_opts $diag_opts -jar "$JAR" --server.port="$PORT" \
      --spring.datasource.url="jdbc:h2:file:$PWD/$DATA/wspolnie;DB_CLOSE_ON_EXIT=FALSE" ${EXTRA:-} > "$log" 2>&1 &
  pid=$!
  ready=""
  limit=$((SECONDS + ${LIMIT:-900}))   # a crowded machine has taken ten minutes
  while [ $SECONDS -lt $limit ]; do
    if curl -fs -o /dev/null "$URL"; then ready=$(date +%s.%N); break; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if [ -z "$ready" ]; then echo "run $run: Tasklist not ready within ${LIMIT:-900} s, see $log"; kill "$pid" 2>/dev/null; exit 1; fi
  load_ready=$(load)
  cpu=$(awk '{print ($14 + $15) / 100}' /proc/$pid/stat)
  by_thread=$(threads "$pid")
  if [ "${JFR:-0}" = 1 ]; then jcmd "$pid" JFR.stop name=1 filename="$PWD/$workdir/run-$run.jfr" >/dev/null; fi
  # idle means after the application runners (the demo seeding among them): wait for readiness, then IDLE seconds
  seeded=""
  while [ $SECONDS -lt $limit ]; do
    if curl -fs -o /dev/null "http://127.0.0.1:$PORT/actuator/health/readiness"; then
      seeded="$(echo "$(date +%s.%N) - $start" | bc | xargs printf '%.1f') s wall, $(awk '{print ($14 + $15) / 100}' /proc/$pid/stat) s CPU"
      break
    fi
    kill -0 "$pid" 2>/dev/null || { echo "run $run: the app stopped, see $log"; exit 1; }
    sleep 0.5
  done
  cpu_idle_start=$(awk '{print $14 + $15}' /proc/$pid/stat)
  sleep "$IDLE"
  idle_cpu=$(awk -v a="$cpu_idle_start" -v t="$IDLE" '{printf "%.1f", ($14 + $15 - a) / t}' /proc/$pid/stat)
  if [ "${NMT:-0}" = 1 ]; then
    jcmd "$pid" VM.native_memory summary > "$workdir/run-$run-nmt.txt"
    jcmd "$pid" GC.run >/dev/null; jcmd "$pid" GC.heap_info > "$workdir/run-$run-heap.txt"
  fi
  rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/$pid/status)
  rss_parts=$(awk '/RssAnon|RssFile|RssShmem/ {printf "%s %.0f ", $1, $2/1024}' /proc/$pid/status)
  printf '%-4s %-10s %-10s %-9s %-18s %-9s %-18s\n' "$run" "$(date -u -d @"${start%.*}" +%H:%M:%S)Z" \
      "$(echo "$ready - $start" | bc | xargs printf '%.1f')" "$cpu" "$load_ready" "$rss" "$(load)"
  if grep -q 'Unable to use shared archive' "$log"; then echo "     (the CDS archive was NOT used: $(grep -m1 'Unable to use shared archive' "$log"))"; fi
  echo "     RSS in MB: ${rss_parts}(RssFile: mostly the CDS archive and the jars, mapped files other JVMs share)"
  echo "     CPU until Tasklist by thread (s): $by_thread"
  echo "     ready for traffic (runners done, demo seeded): ${seeded:-not within the limit}; then idle at ${idle_cpu}% of a core"
  if [ "${NMT:-0}" = 1 ]; then
    echo "     native memory, committed MB: $(sed -nE 's/^(Total):.*committed=([0-9]+)KB.*/\1 \2/p; s/^- *([A-Za-z ]+[a-z]) *\(reserved=[0-9]+KB, committed=([0-9]+)KB.*/\1 \2/p' \
      "$workdir/run-$run-nmt.txt" | awk '$NF >= 2048 {v=$NF; $NF=""; printf "%s%.0f; ", $0, v/1024}')"
    echo "     heap after a full collection: $(grep -E 'used' "$workdir/run-$run-heap.txt" | head -2 | xargs)"
  fi
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
echo "logs in $workdir"
