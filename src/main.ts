import { parseArgs } from 'node:util';
import { runAdminCommand } from './cli/admin.ts';
import { runDatabaseCommand } from './cli/database.ts';
import { ConfigError, loadConfig } from './config.ts';
import { DatabaseBusyError } from './db/open.ts';
import { startServer } from './server.ts';

const usage = `Samskap: steering, dialogue and sharing for Nordic municipalities.

Usage: samskap <command> [options]

Commands:
  serve [--no-demo]          Start the web server (migrates and seeds on first start)
  migrate                    Apply database migrations
  seed [--no-demo]           Load all municipalities, and demo content unless --no-demo
  grant EMAIL ROLE --municipality ID [--department UUID]
                             Give an existing user a role (resident, staff, manager, politician, admin)
  grant EMAIL coordinator [--county ID]
                             Make a user coordinator of a county (e.g. SE-01) or of the whole network
  opinion analyze DIR [--json]
                             Opinion map of a Polis export folder
  help                       Show this text

Configuration comes from the environment: PORT, SAMSKAP_DATA_DIR, DATABASE_URL, PUBLIC_URL,
SAMSKAP_DEMO_PASSWORD, METRICS_TOKEN, LOG_LEVEL ... (see README.md).`;

async function serveCommand(args: string[]): Promise<number> {
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

async function opinionCommand(args: string[]): Promise<number> {
  const { runOpinionCommand } = await import('./cli/opinion.ts');
  return runOpinionCommand(args, {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
  });
}

/** Runs one CLI command and returns its exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'serve':
      return serveCommand(rest);
    case 'migrate':
    case 'seed':
      return runDatabaseCommand(command, rest);
    case 'grant':
      return runAdminCommand(rest);
    case 'opinion':
      return opinionCommand(rest);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(`${usage}\n`);
      return 0;
    default:
      process.stderr.write(`Unknown command: ${command}\n\n${usage}\n`);
      return 2;
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof ConfigError || error instanceof DatabaseBusyError) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  } else if (
    error instanceof TypeError &&
    (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
  ) {
    process.stderr.write(`${error.message}\n\n${usage}\n`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}
