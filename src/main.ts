// Each command loads its own modules when it runs: `--help` or `opinion analyze` must not pay
// for the server, the database driver or the validation library.

const usage = `Samskap: steering, dialogue and sharing for Nordic municipalities.

Usage: samskap <command> [options]

Commands:
  serve [--no-demo]          Start the web server (migrates and seeds on first start)
  migrate                    Apply database migrations
  seed [--no-demo]           Load all municipalities, and demo content unless --no-demo
  generate --municipality ID --scale N [--seed N] [--data-dir DIR]
                             Fill a municipality with N times the demo's steering content
  grant EMAIL ROLE --municipality ID [--department UUID]
                             Give an existing user a role (resident, staff, manager, politician, admin)
  grant EMAIL coordinator [--county ID]
                             Make a user coordinator of a county (e.g. SE-01) or of the whole network
  opinion analyze DIR [--json] [--mode polis|stable]
                             Opinion map of a Polis export folder
  help                       Show this text

Configuration comes from the environment: PORT, SAMSKAP_DATA_DIR, DATABASE_URL, PUBLIC_URL,
SAMSKAP_DEMO_PASSWORD, METRICS_TOKEN, LOG_LEVEL ... (see README.md).`;

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
      return (await import('./cli/serve.ts')).runServeCommand(rest);
    case 'migrate':
    case 'seed':
      return (await import('./cli/database.ts')).runDatabaseCommand(command, rest);
    case 'generate':
      return (await import('./cli/generate.ts')).runGenerateCommand(rest);
    case 'grant':
      return (await import('./cli/admin.ts')).runAdminCommand(rest);
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
  const [{ ConfigError }, { DatabaseBusyError }] = await Promise.all([
    import('./config.ts'),
    import('./db/open.ts'),
  ]);
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
