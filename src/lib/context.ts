import type { Db } from '../db/client.ts';

/** What a command needs from the outside world. */
export type CommandContext = {
  db: Db;
  /** The request id, carried into audit entries. */
  requestId?: string | undefined;
  now: () => Date;
};
