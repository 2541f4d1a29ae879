// Adds up the phases of a test run and prints one closing line: "N passed, N failed".
//
// Each argument is one phase, `NAME=EXIT` or `NAME=EXIT:REPORT` (REPORT: Vitest's JSON report).
// A phase without a report (Biome, TypeScript) counts as one check. A phase whose report is
// missing or unreadable crashed before it could write one and counts as one failure, and so does
// a phase that exited non-zero although its report lists no failing test (a file that did not
// load, an error outside any test): a run must never end with "0 failed" when something did.
import { readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;

function readReport(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

for (const arg of process.argv.slice(2)) {
  const match = /^([^=]+)=(\d+)(?::(.*))?$/.exec(arg);
  if (!match) throw new Error(`expected NAME=EXIT[:REPORT], got ${arg}`);
  const [, name, exitText, file] = match;
  const exit = Number(exitText);
  if (file === undefined) {
    if (exit === 0) passed += 1;
    else failed += 1;
    continue;
  }
  const report = readReport(file);
  if (!report) {
    failed += 1;
    console.log(`${name}: no report (exit ${exit}), counted as 1 failed`);
    continue;
  }
  let phaseFailed = report.numFailedTests ?? 0;
  const unexplained = phaseFailed === 0 && (exit !== 0 || report.success === false);
  if (unexplained) phaseFailed = 1;
  passed += report.numPassedTests ?? 0;
  failed += phaseFailed;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  const note = unexplained ? ` (exit ${exit} with no failing test, counted as 1 failed)` : '';
  console.log(`${name}: ${report.numPassedTests ?? 0} passed, ${phaseFailed} failed${note}`);
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
