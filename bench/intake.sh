#!/usr/bin/env bash
# Intake and whole-cycle benchmarks on PostgreSQL (issue #11, README "Benchmark"): a fresh database, the packaged
# app started on it (demo users, no demo data), then the load driver of src/bench against 127.0.0.1, then the app
# stopped. Figures are ratios against the engine's floor measured in the same run, with the load average.
#
#   ./mvnw -q package -DskipTests && bench/intake.sh                    # intake: 5 rounds of 600 + 600
#   BENCH=pl.wspolnie.bench.CycleBenchmark bench/intake.sh              # a whole cycle: 300 proposals, 300 comments
#   ARGS="n=300 rounds=2" JFR=1 bench/intake.sh                         # + a JFR profile, summarised by owner
#
# Environment: DB (wspolnie_ops_bench, dropped and created), PGHOST (127.0.0.1), PORT and SMTP (free ones the system
# picks),
# JAVA_OPTS (bench/jvm.options), ARGS (passed to the driver), JFR=1 (profile the app, see target/bench/*.jfr).
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${DB:-wspolnie_ops_bench}
PGHOST=${PGHOST:-127.0.0.1}
# ports of our own, picked free by the system unless PORT/SMTP are given: with a fixed default, a second session's
# script found the first one's app answering its readiness check and measured that app instead of its own
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
PORT=${PORT:-$(free_port)}
SMTP=${SMTP:-$(free_port)}
BENCH=${BENCH:-pl.wspolnie.bench.IntakeBenchmark}
ARGS=${ARGS:-}
JAR=${JAR:-$(ls target/wspolnie-*.jar | head -1)}
JAVA_OPTS=${JAVA_OPTS-$(grep -v '^#' bench/jvm.options | xargs)}
mkdir -p target/bench
name=$(echo "$BENCH" | sed 's/.*\.//')
jfr_opts=""
if [ "${JFR:-0}" = 1 ]; then jfr_opts="-XX:FlightRecorderOptions=stackdepth=256 -XX:StartFlightRecording=filename=target/bench/$name.jfr,settings=profile,dumponexit=true"; fi

psql -q -h "$PGHOST" -U postgres -c "drop database if exists $DB" -c "create database $DB" >/dev/null
SPRING_PROFILES_ACTIVE=demo,postgres DB_URL="jdbc:postgresql://$PGHOST:5432/$DB" DB_USER=postgres DB_PASSWORD= \
  DEMO_SMTP_PORT=$SMTP java $JAVA_OPTS $jfr_opts -jar "$JAR" --server.port="$PORT" --wspolnie.demo.seed=false \
  > "target/bench/$name-app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
echo "app $app starting on PostgreSQL database $DB (load $(cut -d' ' -f1-3 /proc/loadavg))"
for _ in $(seq 1 6000); do   # at most 10 minutes on a crowded machine
  # ready when our own app says it listens on the port (a port given and held by another app never gets there)
  if grep -q "Tomcat started on port $PORT " "target/bench/$name-app.log" \
    && curl -fs -o /dev/null "http://127.0.0.1:$PORT/actuator/health/readiness"; then break; fi
  kill -0 $app 2>/dev/null || { echo "the app stopped, see target/bench/$name-app.log"; exit 1; }
  sleep 0.1
done
echo "ready (load $(cut -d' ' -f1-3 /proc/loadavg))"
./mvnw -q -o -Pbench test-compile exec:exec -Dbench.main="$BENCH" \
  -Dbench.args="base=http://127.0.0.1:$PORT pid=$app $ARGS" | tee "target/bench/$name.txt"
kill $app; wait $app 2>/dev/null || true
if [ -n "$jfr_opts" ]; then
  # a whole cycle prints its measured window: the profile then covers the cycle alone, not start-up, warm-up or floor
  window=$(sed -n 's/^measured cycle from epoch ms \([0-9]*\), floor from \([0-9]*\)$/\1 \2/p' "target/bench/$name.txt")
  ./mvnw -q -o -Pbench exec:exec -Dbench.main=pl.wspolnie.bench.ProfileShares -Dbench.args="target/bench/$name.jfr $window" \
    | tee -a "target/bench/$name.txt"
fi
