import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { startServer } from '../server.ts';

/** `samskap serve [--no-demo]`: runs the server until SIGTERM or SIGINT, then closes it cleanly. */
export async function runServeCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { 'no-demo': { type: 'boolean' } } });
  const config = loadConfig();
  const started = performance.now();
  const server = await startServer(config, { demo: values['no-demo'] ? false : undefined });
  const lines = [
    `Samskap is running at ${server.url} (ready in ${Math.round(performance.now() - started)} ms)`,
  ];
  lines.push(
    config.databaseUrl
      ? 'Database: PostgreSQL (DATABASE_URL)'
      : `Database: embedded PostgreSQL in ${config.dataDir}`,
    config.decisionSigningKey
      ? 'Decision checkpoints: signed with DECISION_SIGNING_KEY'
      : 'Decision checkpoints: signed with a key kept in the database (set DECISION_SIGNING_KEY in production)',
  );
  if (server.prepared.demo) {
    lines.push('', `Demo logins (password for all: ${server.prepared.demo.password}):`);
    for (const a of server.prepared.demo.accounts)
      lines.push(`  ${a.email.padEnd(36)} ${a.role} (${a.municipality})`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
  await new Promise<void>((resolve) => {
    const stop = async (signal: string) => {
      process.stdout.write(`Received ${signal}: finishing requests and closing the database...\n`);
      await server.close();
      resolve();
    };
    process.once('SIGTERM', () => void stop('SIGTERM'));
    process.once('SIGINT', () => void stop('SIGINT'));
  });
  return 0;
}
