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
  renewClaim,
  saveMap,
  votesAfter,
} from './dialogues.queries.ts';
import { HeldLog } from './held-log.ts';
import { MapThread } from './off-thread.ts';
import { computeMap, type DialogueMap } from './opinion-map.ts';

/** The channel a vote notifies at commit (migration 0018). */
export const VOTES_CHANNEL = 'samskap_votes';
/** How long a claim holds: longer than the largest map takes to compute, renewed every round. */
const CLAIM_MS = 60_000;
/** Looks for new votes this often without being told, in case a notification was missed. */
const POLL_MS = 10_000;
/** Rests at least this long after computing, and as long as computing took. */
const REST_MS = 1_000;
/** Rests this long after a round that computed nothing, so a stream of votes is not a stream of rounds. */
const IDLE_REST_MS = 250;
/** A held log is read in full again this often, as a check on what the reads since gathered. */
const RELOAD_MS = 10 * 60_000;

type Compute = (conversation: Conversation) => Promise<DialogueMap> | DialogueMap;
type Held = { claim: Date; log: HeldLog; loadedAt: number; computedSize: number };

/**
 * Computes the map of every dialogue that has votes its stored map lacks, and stores it for every
 * process to serve. A dialogue another process is computing (an unexpired claim) is left to it.
 * Always a full analysis of the whole log, in the engine's reproducible mode, so the stored map is
 * the one anyone computes from the open data.
 *
 * A refresher that `keeps` its claims holds each dialogue it computed for as long as it runs, and
 * keeps its vote log in memory: the next round reads only the votes cast since (see held-log.ts).
 * One that does not (a single refresh, as the demo and the benchmark use) reads the whole log and
 * lets the claim go.
 */
export class MapRefresher {
  private readonly held = new Map<string, Held>();

  constructor(
    private readonly db: Db,
    private readonly compute: Compute = computeMap,
    private readonly keep = false,
  ) {}

  /** One round. @returns how many maps were computed, and the milliseconds spent on them */
  async refresh(now: () => Date = () => new Date()): Promise<{ computed: number; ms: number }> {
    const candidates = new Set(this.held.keys());
    for (const { dialogueId } of await dialoguesWithNewVotes(this.db)) candidates.add(dialogueId);
    let computed = 0;
    let ms = 0;
    for (const dialogueId of candidates) {
      const until = new Date(now().getTime() + CLAIM_MS);
      const mine = this.held.get(dialogueId);
      const claimed = mine
        ? await renewClaim(this.db, dialogueId, mine.claim, until)
        : await claimMap(this.db, dialogueId, until, now());
      if (!claimed) {
        this.held.delete(dialogueId);
        continue;
      }
      const nowMs = now().getTime();
      const held =
        mine && nowMs - mine.loadedAt < RELOAD_MS
          ? mine
          : { claim: until, log: new HeldLog(), loadedAt: nowMs, computedSize: -1 };
      held.claim = until;
      this.held.set(dialogueId, held);
      try {
        const started = performance.now();
        const stored = await this.refreshOne(dialogueId, held, now);
        if (stored) {
          computed++;
          ms += performance.now() - started;
        }
      } catch (error) {
        this.held.delete(dialogueId);
        await releaseMap(this.db, dialogueId, held.claim);
        throw error;
      }
      if (!this.keep) this.held.delete(dialogueId);
    }
    return { computed, ms };
  }

  /** Lets every claim held go, e.g. when the server stops. */
  async release(): Promise<void> {
    for (const [dialogueId, held] of this.held) await releaseMap(this.db, dialogueId, held.claim);
    this.held.clear();
  }

  /** Reads the new votes, and computes and stores the map when there are any. */
  private async refreshOne(dialogueId: string, held: Held, now: () => Date): Promise<boolean> {
    const read = await votesAfter(this.db, dialogueId, held.log.readAfter(now().getTime()));
    held.log.add(read, now().getTime());
    const keepUntil = this.keep ? held.claim : null;
    if (held.log.size === held.computedSize) {
      if (!this.keep) await releaseMap(this.db, dialogueId, held.claim);
      return false;
    }
    const statements = await publishedStatements(this.db, dialogueId);
    const published = new Set(statements.map((s) => s.number));
    const counted = held.log.all().filter((v) => published.has(v.statement));
    const map = await this.compute(conversationOf(statements, counted));
    const saved = await saveMap(
      this.db,
      dialogueId,
      { held: held.claim, keepUntil },
      held.log.lastId,
      map,
      now(),
    );
    if (!saved) {
      this.held.delete(dialogueId);
      return false;
    }
    held.computedSize = held.log.size;
    return true;
  }
}

/**
 * Computes the map of every dialogue that has votes its stored map lacks, once, from the whole
 * log, and lets the claims go (see {@link MapRefresher}).
 * @returns how many maps were computed
 */
export async function refreshMaps(
  db: Db,
  now: () => Date = () => new Date(),
  compute: Compute = computeMap,
): Promise<number> {
  return (await new MapRefresher(db, compute).refresh(now)).computed;
}

export type MapWorker = { wake(): void; stop(): Promise<void> };

/**
 * Keeps the maps current while the server runs: woken at once by a vote (NOTIFY, from any
 * process), and every 10 seconds in any case. After a round that computed, it rests as long as
 * computing took (at least a second), so under a stream of votes the maps take at most about half
 * of one core and the requests the rest.
 */
export function startMapWorker(deps: { database: Database; logger: Logger }): MapWorker {
  const logger = deps.logger.child({ component: 'opinion-map' });
  const thread = new MapThread();
  const refresher = new MapRefresher(
    deps.database.db,
    (conversation) => thread.compute(conversation),
    true,
  );
  // The rest ends early when the server stops, so stopping does not wait for it.
  let endRest = () => {};
  let stopping = false;
  const worker = startWokenWorker({
    database: deps.database,
    channel: VOTES_CHANNEL,
    pollMs: POLL_MS,
    notListening: (err) =>
      logger.warn({ err }, 'not listening for votes: looking every 10 seconds'),
    async round() {
      let rest = IDLE_REST_MS;
      try {
        const { computed, ms } = await refresher.refresh();
        if (computed > 0) {
          logger.debug({ computed, ms: Math.round(ms) }, 'maps computed');
          rest = Math.max(REST_MS, ms);
        }
      } catch (err) {
        logger.warn({ err }, 'computing the opinion maps failed');
      }
      if (stopping) return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, rest);
        endRest = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    },
  });
  return {
    wake: worker.wake,
    async stop() {
      stopping = true;
      const stopped = worker.stop();
      endRest();
      await stopped;
      await refresher.release().catch(() => {});
      await thread.stop();
    },
  };
}
