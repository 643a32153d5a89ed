#!/usr/bin/env bash
# Suite wall time (issue 11): the whole catalogue in memory (every report, and --format none) and against the mock on
# a loopback port, each case run BENCH_RUNS times, the cases and builds taking turns so all see the machine's drift.
# Prints medians of the process wall time, the runner's own figure and the runner process's CPU time (user + sys; the
# loopback mock's CPU is not in it).
# Usage: bash bench/suite.sh [runner build dir to compare, e.g. /tmp/before/src/ConformanceRunner/bin/Release/net10.0]
# Env: BENCH_RUNS (6), MOCK_PORT (8092).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
runs=${BENCH_RUNS:-6} port=${MOCK_PORT:-8092}
work=$(mktemp -d) pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

dotnet build src/ConformanceRunner -c Release -v q -nologo >/dev/null
builds=(src/ConformanceRunner/bin/Release/net10.0 "$@")

# shellcheck source=bench/mock.sh
. bench/mock.sh
control="bench-$RANDOM$RANDOM"
start_mock src/MockWireServer/bin/Release/net10.0 "$port" --MockWire:ControlToken="$control"
mock_token "$port" >/dev/null

loopback="--mock-url http://127.0.0.1:$port --control-token $control"
cases=("in memory, every report|" "in memory, --format none|--format none" "loopback, every report|$loopback" "loopback, --format none|$loopback --format none")
TIMEFORMAT='%R %U %S'
for _ in $(seq "$runs"); do
  for build in "${builds[@]}"; do
    for spec in "${cases[@]}"; do
      IFS='|' read -r name args <<<"$spec"
      # A failing scenario makes the run exit 1; its time still counts, and the summary line says what failed.
      # shellcheck disable=SC2086 # args holds several options
      { time dotnet "$build/ConformanceRunner.dll" run --report-dir "$work/reports" $args >"$work/out" 2>&1 || true; } 2>"$work/time"
      read -r real user sys <"$work/time"
      runner=$(sed -n 's/.* in \([0-9.]*\) s$/\1/p' "$work/out" | tail -1)
      summary=$(grep -E '^[0-9]+ scenarios: ' "$work/out" | tail -1 | sed 's/ in [0-9.]* s$//')
      echo "$build|$name|$real|$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')|${runner:-?}|$summary" >>"$work/results"
    done
  done
done

median() { sort -n | awk '{ v[NR] = $1 } END { printf "%.2f\n", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "load: $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min) on $(nproc) cores; $runs runs per case and build, medians"
printf '%-48s | %-26s | %8s | %8s | %8s | %s\n' build case "wall s" "runner s" "CPU s" "last summary"
for build in "${builds[@]}"; do
  for spec in "${cases[@]}"; do
    name=${spec%%|*}
    rows=$(awk -F'|' -v b="$build" -v n="$name" '$1 == b && $2 == n' "$work/results")
    printf '%-48s | %-26s | %8s | %8s | %8s | %s\n' "$build" "$name" \
      "$(cut -d'|' -f3 <<<"$rows" | median)" "$(cut -d'|' -f5 <<<"$rows" | grep -v '?' | median)" \
      "$(cut -d'|' -f4 <<<"$rows" | median)" "$(tail -1 <<<"$rows" | cut -d'|' -f6)"
  done
done
