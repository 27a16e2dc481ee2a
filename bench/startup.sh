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
# IDLE (seconds idle before RSS is read, 30), DATA (data dir, a fresh one under target/startup-bench), JAVA_OPTS
# (default: the flags of bench/jvm.options), CDS=1 (use or make the class data sharing archive, see below), EXTRA
# (more arguments for the app).
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

load() { cut -d' ' -f1-3 /proc/loadavg; }

workdir=$(mktemp -d target/startup-bench-run.XXXX 2>/dev/null || { mkdir -p target; mktemp -d target/startup-bench-run.XXXX; })
mkdir -p "$DATA"
cds_opts=""
if [ "$CDS" = 1 ]; then
  # Spring Boot's class data sharing: the jar extracted once, a training run that stops after the context is
  # refreshed writes the archive, later starts map the classes from it instead of parsing them again.
  cds_dir=target/cds
  if [ ! -f "$cds_dir/app.jsa" ] || [ "$JAR" -nt "$cds_dir/app.jsa" ]; then
    rm -rf "$cds_dir" && java -Djarmode=tools -jar "$JAR" extract --destination "$cds_dir" >/dev/null
    echo "CDS training run (load $(load)) ..."
    (cd "$cds_dir" && java $JAVA_OPTS -XX:ArchiveClassesAtExit=app.jsa -Dspring.context.exit=onRefresh \
        -jar "$(basename "$JAR")" --server.port=0 --spring.datasource.url=jdbc:h2:mem:cds \
        --wspolnie.demo.seed=false --wspolnie.demo.mail-sink=false --camunda.bpm.job-execution.enabled=false \
        > ../cds-training.log 2>&1) || { echo "training run failed, see target/cds-training.log"; exit 1; }
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
  start=$(date +%s.%N)
  DEMO_SMTP_PORT=$SMTP java $JAVA_OPTS $cds_opts -jar "$JAR" --server.port="$PORT" \
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
  sleep "$IDLE"
  rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/$pid/status)
  printf '%-4s %-10s %-10s %-9s %-18s %-9s %-18s\n' "$run" "$(date -u -d @"${start%.*}" +%H:%M:%S)Z" \
      "$(echo "$ready - $start" | bc | xargs printf '%.1f')" "$cpu" "$load_ready" "$rss" "$(load)"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
echo "logs in $workdir"
