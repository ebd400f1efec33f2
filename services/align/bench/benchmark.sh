#!/usr/bin/env bash
# Side by side: the align build of this checkout and the one of a baseline commit (by default the last release
# before claims, f53f749), each started on its own port, measured by benchmark.py in one run.
#   services/align/bench/benchmark.sh [baseline-ref]
# Builds the baseline in a temporary git worktree (offline Maven, as ./parallax test leaves the repository);
# reads the development data from ../shared/data at run time; nothing of it is copied here.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
baseline="${1:-f53f749}"
work="$(mktemp -d)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  git -C "$root" worktree remove --force "$work/baseline" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

jar="$root/services/align/target/quarkus-app/quarkus-run.jar"
(cd "$root" && ./mvnw -B -q -o -pl services/align -am package -DskipTests)
git -C "$root" worktree add --detach "$work/baseline" "$baseline" >/dev/null
(cd "$work/baseline" && ./mvnw -B -q -o -pl services/align -am package -DskipTests)

start() { # jar port
  # private instances on loopback for the benchmark alone: no callers but this script, so no service secret
  java -Xmx256m -Dquarkus.http.port="$2" -Dparallax.auth.enabled=false -jar "$1" >"$work/align-$2.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 90); do
    curl -sf "http://localhost:$2/q/health/ready" >/dev/null && return 0
    sleep 1
  done
  echo "align on port $2 did not become ready; see $work/align-$2.log" >&2
  exit 1
}
start "$jar" 18184
start "$work/baseline/services/align/target/quarkus-app/quarkus-run.jar" 18183
python3 "$here/benchmark.py" --build "new=http://localhost:18184" --build "release=http://localhost:18183"
