#!/usr/bin/env bash
# Every test Samskap has: lint, types, unit and integration tests on PGlite, the same
# integration tests on a throwaway PostgreSQL server, and browser tests in Chromium with axe.
# Every phase runs even when an earlier one failed, so one run shows every failure; the last line
# is always the summary ("N passed, N failed"), and the exit code is non-zero if any phase failed.
#
# The phases run in two lanes at once: the database phases, and TypeScript then the browser tests.
# Each lane leaves the cores idle at times (a phase's start and global setup, its last file on one
# worker, a journey waiting on its server), which the other lane fills. On a quiet 2-core machine
# the whole run took 848–885 s against 845–909 s one phase after the other, with about 90
# more tests. The browser lane's output is kept and printed when the database lane is done, so
# the lanes' lines never interleave.
set -uo pipefail
cd "$(dirname "$0")/.."
results_dir="$(mktemp -d)"
trap 'rm -rf "$results_dir"' EXIT

run_start=$SECONDS

# phase KEY NAME REPORT COMMAND...: runs the command, keeps its exit code and wall time. REPORT is the
# JSON file the command writes (empty for phases without one); the summary counts a missing
# report as a failure, so a phase that crashed before writing it is never silently passed over.
phase() {
  local key="$1" name="$2" report="$3"
  shift 3
  printf '\n== %s\n' "$name"
  local start=$SECONDS code=0
  "$@" || code=$?
  local took=$((SECONDS - start))
  printf -- '-- %s: %ss, exit %s\n' "$name" "$took" "$code"
  printf '%-40s %5ss  %s\n' "$name" "$took" "$([[ $code -eq 0 ]] && echo ok || echo "exit $code")" \
    >"$results_dir/$key.timing"
  echo "$key=$code${report:+:$report}" >"$results_dir/$key.outcome"
}

vitest_json() { echo --reporter=default --reporter=json --outputFile.json="$results_dir/$1.json"; }

phase biome "Biome (lint and format)" "" npx biome check .

browser_lane() {
  phase typescript "TypeScript" "" npx tsc --noEmit
  # shellcheck disable=SC2046
  phase e2e "Browser tests in Chromium" "$results_dir/e2e.json" \
    bash -c 'bash scripts/ensure-chromium.sh && exec "$@"' - \
    npx vitest run --config vitest.e2e.config.ts $(vitest_json e2e)
}
browser_lane >"$results_dir/browser-lane.log" 2>&1 &
browser_pid=$!

# shellcheck disable=SC2046
phase pglite "Unit and integration tests on PGlite" "$results_dir/pglite.json" \
  npx vitest run $(vitest_json pglite)
# shellcheck disable=SC2046
phase postgres "Integration tests on PostgreSQL" "$results_dir/postgres.json" \
  bash scripts/with-postgres.sh npx vitest run --config vitest.pg.config.ts $(vitest_json postgres)

wait "$browser_pid"
cat "$results_dir/browser-lane.log"

printf '\n== Summary\n'
keys=(biome typescript pglite postgres e2e)
for key in "${keys[@]}"; do cat "$results_dir/$key.timing" 2>/dev/null; done
printf '%-40s %5ss\n' "Total" "$((SECONDS - run_start))"
outcomes=()
for key in "${keys[@]}"; do
  # A lane that died before a phase recorded anything still counts that phase as failed.
  if [[ -f "$results_dir/$key.outcome" ]]; then outcomes+=("$(cat "$results_dir/$key.outcome")")
  else outcomes+=("$key=1"); fi
done
node scripts/summarize-results.mjs "${outcomes[@]}"
