#!/usr/bin/env bash
# Every test Samskap has: lint, types, unit and integration tests on PGlite, the same
# integration tests on a throwaway PostgreSQL server, and browser tests in Chromium with axe.
# Every phase runs even when an earlier one failed, so one run shows every failure; the last line
# is always the summary ("N passed, N failed"), and the exit code is non-zero if any phase failed.
set -uo pipefail
cd "$(dirname "$0")/.."
results_dir="$(mktemp -d)"
trap 'rm -rf "$results_dir"' EXIT

run_start=$SECONDS
outcomes=()
timings=()

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
  timings+=("$(printf '%-40s %5ss  %s' "$name" "$took" "$([[ $code -eq 0 ]] && echo ok || echo "exit $code")")")
  outcomes+=("$key=$code${report:+:$report}")
}

vitest_json() { echo --reporter=default --reporter=json --outputFile.json="$results_dir/$1.json"; }

phase biome "Biome (lint and format)" "" npx biome check .
phase typescript "TypeScript" "" npx tsc --noEmit
# shellcheck disable=SC2046
phase pglite "Unit and integration tests on PGlite" "$results_dir/pglite.json" \
  npx vitest run $(vitest_json pglite)
# shellcheck disable=SC2046
phase postgres "Integration tests on PostgreSQL" "$results_dir/postgres.json" \
  bash scripts/with-postgres.sh npx vitest run --config vitest.pg.config.ts $(vitest_json postgres)
# shellcheck disable=SC2046
phase e2e "Browser tests in Chromium" "$results_dir/e2e.json" \
  bash -c 'bash scripts/ensure-chromium.sh && exec "$@"' - \
  npx vitest run --config vitest.e2e.config.ts $(vitest_json e2e)

printf '\n== Summary\n'
printf '%s\n' "${timings[@]}"
printf '%-40s %5ss\n' "Total" "$((SECONDS - run_start))"
node scripts/summarize-results.mjs "${outcomes[@]}"
