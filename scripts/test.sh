#!/usr/bin/env bash
# Every test Samskap has: lint, types, unit and integration tests on PGlite, the same
# integration tests on a throwaway PostgreSQL server, and browser tests in Chromium with axe.
set -euo pipefail
cd "$(dirname "$0")/.."
results_dir="$(mktemp -d)"
trap 'rm -rf "$results_dir"' EXIT

step() { printf '\n== %s\n' "$1"; }

step "Biome (lint and format)"
npx biome check .

step "TypeScript"
npx tsc --noEmit

step "Unit and integration tests on PGlite"
npx vitest run --reporter=default --reporter=json --outputFile.json="$results_dir/pglite.json"

step "Integration tests on PostgreSQL"
bash scripts/with-postgres.sh npx vitest run --config vitest.pg.config.ts \
  --reporter=default --reporter=json --outputFile.json="$results_dir/postgres.json"

step "Browser tests in Chromium"
bash scripts/ensure-chromium.sh
npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json="$results_dir/e2e.json"

step "Summary"
node scripts/summarize-results.mjs "$results_dir"/*.json
