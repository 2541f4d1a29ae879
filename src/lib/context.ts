import type { KeyObject } from 'node:crypto';
import type { Db } from '../db/client.ts';

/** What a command needs from the outside world. */
export type CommandContext = {
  db: Db;
  /** The request id, carried into audit entries. */
  requestId?: string | undefined;
  now: () => Date;
  /**
   * The instance's Ed25519 key for signing decision checkpoints, from the configuration
   * (DECISION_SIGNING_KEY). Left out, the key kept in the database signs (docs/decisions/0009).
   */
  decisionSigningKey?: KeyObject | undefined;
};
