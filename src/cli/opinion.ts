import { analyze } from '../engines/opinion/analyze.ts';
import { toReport } from '../engines/opinion/report.ts';
import { InputError } from './opinion/csv.ts';
import { loadExport } from './opinion/load.ts';
import { formatSummary } from './opinion/summary.ts';

/** Output streams of a command. */
export interface CommandIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const HELP = `Usage: samskap opinion analyze DIR [--json] [--mode polis|stable]

Computes the opinion map of a Polis export folder: comments.csv plus votes.csv (or
participants-votes.csv when there is no votes.csv). Prints the groups with their sizes and
representative statements, the consensus, and the top bridging statements; with --json, the
whole result as JSON (ids as in the export).

--mode polis (the default) follows Polis's procedure, which depends on the order in which
participants joined; --mode stable computes the same model without that dependence.
`;

const modes = ['polis', 'stable'] as const;
type Mode = (typeof modes)[number];

/** The options after `analyze`: one folder, `--json`, `--mode M`; or what is wrong with them. */
function analyzeOptions(
  rest: readonly string[],
): { dir: string; json: boolean; mode: Mode } | { problem: string } {
  const dirs: string[] = [];
  let json = false;
  let mode: Mode = 'polis';
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--mode') {
      const value = rest[++i];
      if (!modes.includes(value as Mode)) {
        return { problem: `--mode takes polis or stable, not "${value ?? ''}".` };
      }
      mode = value as Mode;
    } else if (arg.startsWith('-')) return { problem: `Unknown option ${arg}.` };
    else dirs.push(arg);
  }
  if (dirs.length !== 1) return { problem: 'Give exactly one DIR.' };
  return { dir: dirs[0]!, json, mode };
}

/**
 * `samskap opinion ...`: `analyze DIR [--json] [--mode polis|stable]` and `--help`.
 * @returns the exit code: 0 on success, 1 on bad input, 2 on bad usage
 */
export async function runOpinionCommand(args: string[], io: CommandIo): Promise<number> {
  if (args.length === 0 || args.includes('--help') || args.includes('-h')) {
    (args.length === 0 ? io.stderr : io.stdout)(HELP);
    return args.length === 0 ? 2 : 0;
  }
  const [sub, ...rest] = args;
  if (sub !== 'analyze') {
    io.stderr(`Unknown opinion command "${sub}".\n\n${HELP}`);
    return 2;
  }
  const options = analyzeOptions(rest);
  if ('problem' in options) {
    io.stderr(`${options.problem}\n\n${HELP}`);
    return 2;
  }
  const { dir, json, mode } = options;
  try {
    const loaded = loadExport(dir);
    const conv = loaded.conversation;
    const analysis = analyze(conv, { mode });
    const ids = conv.statements.map((s) => s.id);
    const report = toReport(analysis, conv.participantIds, ids);
    io.stdout(
      json
        ? `${JSON.stringify(report, null, 2)}\n`
        : formatSummary(analysis, report, ids, loaded.texts),
    );
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr(`error: ${e.message}\n`);
      return 1;
    }
    if (e instanceof Error && 'code' in e && typeof e.code === 'string') {
      io.stderr(`error: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
