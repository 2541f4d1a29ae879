import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { migrate } from '../db/migrate.ts';
import { openDatabase } from '../db/open.ts';
import { prepareDatabase } from '../seed/prepare.ts';

/** `samskap migrate` and `samskap seed [--no-demo]`. */
export async function runDatabaseCommand(
  command: 'migrate' | 'seed',
  args: string[],
): Promise<number> {
  const { values } = parseArgs({ args, options: { 'no-demo': { type: 'boolean' } } });
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    if (command === 'migrate') {
      await migrate(database);
      process.stdout.write('Migrations applied.\n');
      return 0;
    }
    const prepared = await prepareDatabase(database, {
      demo: !values['no-demo'],
      demoPassword: config.demoPassword,
      decisionSigningKey: config.decisionSigningKey,
    });
    process.stdout.write('Municipalities and counties loaded.\n');
    if (prepared.demo) {
      process.stdout.write(
        `Demo content ready; password for all demo accounts: ${prepared.demo.password}\n`,
      );
    } else {
      process.stdout.write('No demo content (turned off for this database).\n');
    }
    return 0;
  } finally {
    await database.close();
  }
}
