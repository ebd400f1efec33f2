#!/usr/bin/env bash
# Link quality (P/R/F1 per language pair, false conflicts) and latency of the packaged align service.
# Reads the development data from ../shared/data at run time; nothing of it is copied here.
#   services/align/bench/benchmark.sh [port]      (build first: ./mvnw -B -o -pl services/align package)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
shared="${PARALLAX_SHARED:-$root/../shared}"
port="${1:-18083}"
jar="$root/services/align/target/quarkus-app/quarkus-run.jar"
[ -f "$jar" ] || { echo "no $jar: build with ./mvnw -B -o -pl services/align package" >&2; exit 1; }

java -Dquarkus.http.port="$port" -jar "$jar" >"${TMPDIR:-/tmp}/align-bench-$port.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true' EXIT INT TERM
for _ in $(seq 1 60); do
  curl -sf "http://localhost:$port/q/health/ready" >/dev/null && break
  sleep 1
done

for pair in da:nb da:nn nb:nn; do
  printf '%s ' "$pair"
  python3 "$shared/eval/align_eval.py" --url "http://localhost:$port" --ntrex "$shared/data/ntrex-dev" --pair "$pair"
done
python3 "$here/timing.py" --url "http://localhost:$port" --ntrex "$shared/data/ntrex-dev"
