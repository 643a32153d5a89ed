#!/usr/bin/env bash
# A/B of two builds of the mock under the same load, taking turns in short rounds so both see the machine's drift
# (this machine's speed wanders by tens of percent from minute to minute; only a comparison in one run holds).
# Usage: bash bench/ab.sh <build dir A> <build dir B> [operation: get|filter|post|put|patch] [rounds]
#   e.g. git worktree add /tmp/before HEAD~1 && (cd /tmp/before && dotnet build src/MockWireServer -c Release)
#        bash bench/ab.sh /tmp/before/src/MockWireServer/bin/Release/net10.0 src/MockWireServer/bin/Release/net10.0 filter
# Env: AB_ROUND (seconds per round, default 5), AB_WARMUP (seconds of unmeasured load per build first, default 10),
#      AB_PREPOST (seconds of POST load per build before, so the store holds users; default 0).
set -euo pipefail
cd "$(dirname "$0")/.."
dir_a=$(realpath "$1") dir_b=$(realpath "$2") op=${3:-get} rounds=${4:-6}
round=${AB_ROUND:-5} warmup=${AB_WARMUP:-10} prepost=${AB_PREPOST:-0}
work=$(mktemp -d) pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

# shellcheck source=bench/mock.sh
. bench/mock.sh
start_mock "$dir_a" 8101
start_mock "$dir_b" 8102
token_a=$(mock_token 8101) token_b=$(mock_token 8102)
declare -A tokens=([8101]=$token_a [8102]=$token_b)

seed() { # port -> id of the user GET/filter/PUT/PATCH address
  create_user "$1" "${tokens[$1]}" abseed | sed -n 's/.*"id":"\([^"]*\)".*/\1/p'
}
declare -A ids=([8101]=$(seed 8101) [8102]=$(seed 8102))
load() { # port, script, seconds -> "rps p99_us"
  TOKEN=${tokens[$1]} USER_ID=${ids[$1]} USER_NAME=abseed LUA_DIR="$PWD/bench/lua" RUN="ab$RANDOM$RANDOM" BENCH_OUT="$work/out" \
    wrk -t2 -c32 -d"$3s" --latency -s "bench/lua/$2.lua" "http://127.0.0.1:$1" \
    | sed -n 's/^RESULT rps=\([0-9]*\) p50_us=[0-9]* p99_us=\([0-9]*\).*/\1 \2/p'
}
for port in 8101 8102; do
  [ "$prepost" -gt 0 ] && load "$port" post "$prepost" >/dev/null
  [ "$warmup" -gt 0 ] && load "$port" "$op" "$warmup" >/dev/null
done

echo "$op: $rounds rounds of ${round} s each, A = $dir_a, B = $dir_b"
for _ in $(seq "$rounds"); do
  echo "A $(load 8101 "$op" "$round")"
  echo "B $(load 8102 "$op" "$round")"
done | awk '{ n[$1]++; rps[$1] += $2; p99[$1] += $3; print }
  END { for (k in n) printf "%s mean %.0f req/s, mean p99 %.2f ms\n", k, rps[k] / n[k], p99[k] / n[k] / 1000
        if (n["A"] && n["B"]) printf "B/A %.1f %%\n", 100 * (rps["B"] / n["B"]) / (rps["A"] / n["A"]) }'
