import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/open.ts';
import { checkGenerateInput, generateDemoContent } from '../seed/generate.ts';
import { prepareDatabase } from '../seed/prepare.ts';

/** Where the command writes, and what it runs on; the process's own by default. */
export type GenerateIo = {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Whether stderr is a terminal: a bar redrawn in place, else a line every tenth. */
  isTTY: boolean;
  env: Record<string, string | undefined>;
};

const usage =
  'Usage: samskap generate --municipality ID --scale N [--seed N] [--data-dir DIR]\n' +
  '  Fills one municipality with N times the demo’s steering content (N from 1 to 10000).\n';

/** A progress bar on a terminal; plain lines (every tenth, and the end) otherwise. */
export function progressPrinter(io: Pick<GenerateIo, 'stderr' | 'isTTY'>, started: number) {
  let shownTenth = -1;
  return (done: number, total: number) => {
    if (total === 0) return;
    const share = done / total;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (io.isTTY) {
      const width = 30;
      const filled = Math.round(share * width);
      const bar = `${'#'.repeat(filled)}${'.'.repeat(width - filled)}`;
      io.stderr(
        `\r[${bar}] ${String(Math.round(share * 100)).padStart(3)} % ${done}/${total} copies ${seconds} s`,
      );
      if (done === total) io.stderr('\n');
      return;
    }
    const tenth = Math.floor(share * 10);
    if (tenth === shownTenth) return;
    shownTenth = tenth;
    io.stderr(`generate: ${done}/${total} copies (${Math.round(share * 100)} %), ${seconds} s\n`);
  };
}

/** `samskap generate`: demo-like steering content at a scale, for load tests and benchmarks. */
export async function runGenerateCommand(
  args: string[],
  io: GenerateIo = {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: process.stderr.isTTY === true,
    env: process.env,
  },
): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      municipality: { type: 'string' },
      scale: { type: 'string' },
      seed: { type: 'string' },
      'data-dir': { type: 'string' },
    },
  });
  // Everything that needs no database is checked before one is opened, so a mistake changes nothing.
  const input = checkGenerateInput(values);
  if (!input.ok) {
    io.stderr(`${'message' in input ? input.message : input.reason}\n\n${usage}`);
    return 2;
  }
  const dataDir = values['data-dir'];
  const config = loadConfig(dataDir ? { ...io.env, SAMSKAP_DATA_DIR: dataDir } : io.env);
  const database = await openDatabase(config);
  try {
    const started = Date.now();
    const ctx = {
      db: database.db,
      now: () => new Date(),
      decisionSigningKey: config.decisionSigningKey,
    };
    await prepareDatabase(database, {
      demoPassword: config.demoPassword,
      decisionSigningKey: config.decisionSigningKey,
    });
    const result = await generateDemoContent(ctx, input.value, progressPrinter(io, started));
    if (!result.ok) {
      io.stderr(`${'message' in result ? result.message : result.reason}\n`);
      return 1;
    }
    const { municipality, scale, added } = result.value;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    io.stdout(
      `${municipality.name} (${municipality.id}) has ${scale} × the demo’s steering content ` +
        `(seed ${input.value.seed}): ${added.initiatives ?? 0} initiatives, ${added.decisions ?? 0} decisions, ` +
        `${added.benefitMeasurements ?? 0} benefit measurements added in ${seconds} s.\n`,
    );
    return 0;
  } finally {
    await database.close();
  }
}
