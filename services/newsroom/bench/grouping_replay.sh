#!/usr/bin/env bash
# Replays the newsroom's grouping over newsroom_eval.py's articles in many arrival orders (GroupingReplay) and prints
# B-cubed per order, then the mean and the worst. No service runs: the matcher and the grouping keys are called
# in-process, so two builds compare on the same orders (CLASSES=other/checkout/services/newsroom/target/classes).
#
#   services/newsroom/bench/grouping_replay.sh [orders=20] [threshold=0.33] [window-days=3]
#   ERRORS=1 ...   also lists, for the evaluator's own order, the events that join gold stories and the stories split
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
SHARED=${SHARED:-$ROOT/../shared}
WORK=${TMPDIR:-/tmp}/parallax-grouping-replay
mkdir -p "$WORK"
cd "$ROOT"
./mvnw -B -q -o test-compile -pl services/newsroom
./mvnw -B -q -o dependency:build-classpath -pl services/newsroom -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt"
python3 services/newsroom/bench/grouping_articles.py --eval "$SHARED/eval" --seeds seeds \
  --ntrex "$SHARED/data/ntrex-dev" --langs da,nb,nn --corpus services/align/bench/corpus > "$WORK/articles.jsonl"
CLASSES=${CLASSES:-services/newsroom/target/classes}
java ${ERRORS:+-Derrors} -cp "services/newsroom/target/test-classes:$CLASSES:$(cat "$WORK/cp.txt")" \
  dev.parallax.newsroom.bench.GroupingReplay "$WORK/articles.jsonl" "${1:-20}" "${2:-0.33}" "${3:-3}"
