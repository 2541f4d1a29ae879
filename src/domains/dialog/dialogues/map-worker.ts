import type { Logger } from 'pino';
import type { Database, Db } from '../../../db/client.ts';
import { startWokenWorker } from '../../../db/woken-worker.ts';
import type { Conversation } from '../../../engines/opinion/types.ts';
import { conversationOf } from './conversation.ts';
import {
  claimMap,
  dialoguesWithNewVotes,
  publishedStatements,
  releaseMap,
  saveMap,
  voteLog,
} from './dialogues.queries.ts';
import { MapThread } from './off-thread.ts';
import { computeMap, type DialogueMap } from './opinion-map.ts';

/** The channel a vote notifies at commit (migration 0018). */
export const VOTES_CHANNEL = 'samskap_votes';
/** How long a claim holds: longer than the largest map takes to compute. */
const CLAIM_MS = 60_000;
/** Looks for new votes this often without being told, in case a notification was missed. */
const POLL_MS = 10_000;
/** Rests this long after computing, so a stream of votes leaves time for the requests. */
const REST_MS = 1_000;

/**
 * Computes the map of every dialogue that has votes its stored map lacks, and stores it for every
 * process to serve. A dialogue another process is computing (an unexpired claim) is left to it.
 * The votes are read without holding a transaction open, so nothing waits while the engine works.
 * @returns how many maps were computed
 */
export async function refreshMaps(
  db: Db,
  now: () => Date = () => new Date(),
  compute: (conversation: Conversation) => Promise<DialogueMap> | DialogueMap = computeMap,
): Promise<number> {
  let computed = 0;
  for (const { dialogueId } of await dialoguesWithNewVotes(db)) {
    if (!(await claimMap(db, dialogueId, new Date(now().getTime() + CLAIM_MS), now()))) continue;
    try {
      const statements = await publishedStatements(db, dialogueId);
      const votes = await voteLog(db, dialogueId);
      const published = new Set(statements.map((s) => s.number));
      const counted = votes.filter((v) => published.has(v.statement));
      const latest = votes.reduce((m, v) => Math.max(m, v.id), 0);
      const map = await compute(conversationOf(statements, counted));
      await saveMap(db, dialogueId, latest, map, now());
      computed++;
    } catch (error) {
      await releaseMap(db, dialogueId);
      throw error;
    }
  }
  return computed;
}

export type MapWorker = { wake(): void; stop(): Promise<void> };

/**
 * Keeps the maps current while the server runs: woken at once by a vote (NOTIFY, from any
 * process), and every 10 seconds in any case; after a round that computed, it rests a second.
 */
export function startMapWorker(deps: { database: Database; logger: Logger }): MapWorker {
  const logger = deps.logger.child({ component: 'opinion-map' });
  const thread = new MapThread();
  const worker = startWokenWorker({
    database: deps.database,
    channel: VOTES_CHANNEL,
    pollMs: POLL_MS,
    notListening: (err) =>
      logger.warn({ err }, 'not listening for votes: looking every 10 seconds'),
    async round() {
      try {
        const started = performance.now();
        const computed = await refreshMaps(deps.database.db, undefined, (conversation) =>
          thread.compute(conversation),
        );
        if (computed > 0) {
          logger.debug({ computed, ms: Math.round(performance.now() - started) }, 'maps computed');
          await new Promise((r) => setTimeout(r, REST_MS));
        }
      } catch (err) {
        logger.warn({ err }, 'computing the opinion maps failed');
      }
    },
  });
  return {
    wake: worker.wake,
    async stop() {
      await worker.stop();
      await thread.stop();
    },
  };
}
