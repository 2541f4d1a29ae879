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

const HELP = `Usage: samskap opinion analyze DIR [--json]

Computes the opinion map of a Polis export folder: comments.csv plus votes.csv (or
participants-votes.csv when there is no votes.csv). Prints the groups with their sizes and
representative statements, the consensus, and the top bridging statements; with --json, the
whole result as JSON (ids as in the export).
`;

/**
 * `samskap opinion ...`: `analyze DIR [--json]` and `--help`.
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
  const json = rest.includes('--json');
  const unknown = rest.filter((a) => a.startsWith('-') && a !== '--json');
  const dirs = rest.filter((a) => !a.startsWith('-'));
  if (unknown.length > 0 || dirs.length !== 1) {
    io.stderr(
      `${unknown.length > 0 ? `Unknown option ${unknown[0]}.` : 'Give exactly one DIR.'}\n\n${HELP}`,
    );
    return 2;
  }
  try {
    const loaded = loadExport(dirs[0]!);
    const conv = loaded.conversation;
    const analysis = analyze(conv);
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
