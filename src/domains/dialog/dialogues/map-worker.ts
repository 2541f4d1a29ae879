import type { Logger } from 'pino';
import type { Database, Db } from '../../../db/client.ts';
import { startWokenWorker } from '../../../db/woken-worker.ts';
import type { Conversation } from '../../../engines/opinion/types.ts';
import { conversationOf } from './conversation.ts';
import {
  claimMap,
  dialoguesWithNewVotes,
  openDialoguesWithMaps,
  publishedStatements,
  releaseMap,
  renewClaim,
  saveMap,
  storedMap,
  votesAfter,
} from './dialogues.queries.ts';
import { HeldLog, type LoggedVote } from './held-log.ts';
import { MapThread } from './off-thread.ts';
import { computeMap, type DialogueMap, withCounts } from './opinion-map.ts';

/** How long a claim holds: longer than the largest map takes to compute, renewed every round. */
const CLAIM_MS = 60_000;
/**
 * Looks for new votes this often. A vote wakes nobody: a NOTIFY at every vote's commit queued the
 * votes of every process behind one lock (migration 0034), and a look costs one indexed query.
 */
export const MAP_POLL_MS = 1_000;
/**
 * An analysis rests at least this long after the last, and as long as that one took; a round that
 * stored a map rests this long too, so a stream of votes writes the map about once a second.
 */
const REST_MS = 1_000;
/** A round that stored nothing rests this long, so a stream of votes is not a stream of rounds. */
const IDLE_REST_MS = 250;
/**
 * Votes read per query: on PGlite a slice holds the only connection, so every vote waits for it;
 * on a server each slice waits its turn in the pool behind the votes, so fewer, larger ones read
 * a large log sooner (205,000 votes: 41 slices in 11 s under 200 voters, 5 in about 2 s).
 */
const READ_SLICE = { pglite: 5_000, postgres: 50_000 } as const;
/** A held log is read in full again this often, as a check on what the reads since gathered. */
const RELOAD_MS = 10 * 60_000;

type Compute = (conversation: Conversation) => Promise<DialogueMap> | DialogueMap;
/**
 * An analysis: its map, the last vote and how many votes of the log it includes (−1 for a stored
 * map while the log is not read yet); `whole` for a stored map that is a full analysis.
 */
type Analysed = { map: DialogueMap; through: number; size: number; whole?: boolean };
type Running = Analysed & { done: boolean; error?: unknown; ms: number };
type Held = {
  claim: Date;
  log: HeldLog;
  loadedAt: number;
  /** The latest analysis, and when the next may start (it rests as long as the last took). */
  analysed?: Analysed;
  restUntil: number;
  running?: Running;
  /** What the stored map is made of: the analysis's last vote and the votes counted. */
  stored?: { through: number; size: number };
};

export type RefresherOptions = {
  /** Hold the claims and the logs from round to round (the server's worker). */
  keep?: boolean;
  /** The least rest between two analyses of a dialogue. */
  minRestMs?: number;
  /** Votes read per query (`READ_SLICE.pglite`). */
  readSlice?: number;
  /** Told when an analysis that was not waited for ends, so a round stores it. */
  analysed?: () => void;
};

/**
 * Computes the map of every dialogue that has votes its stored map lacks, and stores it for every
 * process to serve. A dialogue another process is computing (an unexpired claim) is left to it.
 * Always a full analysis of the whole log, in the engine's reproducible mode, so the map is the
 * one anyone computes from the open data.
 *
 * A refresher that `keep`s its claims holds each dialogue it computed for as long as it runs and
 * keeps its vote log in memory: a round reads only the votes cast since the last (held-log.ts).
 * The next analysis starts once the last has rested as long as it took, and runs while rounds go
 * on; meanwhile each round stores the last analysis with every statement's counts brought up to
 * the latest vote (`analysedThrough`), so a vote is on the map within a round. One that does not
 * keep (a single refresh, as the demo and the benchmark use) reads the whole log, waits for the
 * analysis and lets the claim go.
 */
export class MapRefresher {
  private readonly held = new Map<string, Held>();
  private started = false;

  constructor(
    private readonly db: Db,
    private readonly compute: Compute = computeMap,
    private readonly options: RefresherOptions = {},
  ) {}

  /** One round. @returns how many maps were stored, and the milliseconds spent on them */
  async refresh(now: () => Date = () => new Date()): Promise<{ computed: number; ms: number }> {
    const candidates = new Set(this.held.keys());
    for (const { dialogueId } of await dialoguesWithNewVotes(this.db)) candidates.add(dialogueId);
    // A server that starts holds the open dialogues at once, so their first new vote does not
    // wait for the whole log to be read.
    if (this.options.keep && !this.started) {
      this.started = true;
      for (const id of await openDialoguesWithMaps(this.db, now())) candidates.add(id);
    }
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
      const held: Held =
        mine && performance.now() - mine.loadedAt < RELOAD_MS
          ? mine
          : {
              claim: until,
              log: new HeldLog(),
              loadedAt: performance.now(),
              restUntil: 0,
              analysed: mine?.analysed ?? (await this.lastStored(dialogueId)),
            };
      held.claim = until;
      this.held.set(dialogueId, held);
      try {
        const started = performance.now();
        if (await this.refreshOne(dialogueId, held, now)) {
          computed++;
          ms += performance.now() - started;
        }
      } catch (error) {
        this.held.delete(dialogueId);
        await releaseMap(this.db, dialogueId, held.claim);
        throw error;
      }
      if (!this.options.keep) this.held.delete(dialogueId);
    }
    return { computed, ms };
  }

  /** Lets every claim held go, e.g. when the server stops. */
  async release(): Promise<void> {
    for (const [dialogueId, held] of this.held) await releaseMap(this.db, dialogueId, held.claim);
    this.held.clear();
  }

  /** Reads the new votes; analyses and stores as they call for. True when a map was stored. */
  private async refreshOne(dialogueId: string, held: Held, now: () => Date): Promise<boolean> {
    held.log.add(
      await this.newVotes(dialogueId, held.log.readAfter(now().getTime())),
      now().getTime(),
    );
    // A stored full analysis of exactly the log read: nothing to analyse or store again.
    const kept = held.analysed;
    if (kept?.size === -1 && kept.whole && kept.through === held.log.lastId) {
      kept.size = held.log.size;
      held.stored = { through: kept.through, size: kept.size };
    }
    const ended = held.running;
    if (ended?.done) {
      held.running = undefined;
      if (ended.error !== undefined) throw ended.error;
      held.analysed = ended;
      held.restUntil = performance.now() + Math.max(this.options.minRestMs ?? REST_MS, ended.ms);
    }
    const behind = held.analysed?.size !== held.log.size;
    if (behind && !held.running && performance.now() >= held.restUntil) {
      const running = await this.analyse(dialogueId, held);
      // Nothing to show before the first analysis, or without a process to keep it: wait for it.
      if (!held.analysed || !this.options.keep) {
        await running.finished;
        return this.refreshOne(dialogueId, held, now);
      }
    }
    const analysed = held.analysed;
    if (!analysed) return false;
    const stored = held.stored;
    if (stored?.through === analysed.through && stored.size === held.log.size) {
      if (!this.options.keep) await releaseMap(this.db, dialogueId, held.claim);
      return false;
    }
    const exact = analysed.size === held.log.size;
    const map = exact
      ? analysed.map
      : withCounts(analysed.map, analysed.through, (s) => held.log.countsOf(s));
    const claim = { held: held.claim, keepUntil: this.options.keep ? held.claim : null };
    if (!(await saveMap(this.db, dialogueId, claim, held.log.lastId, map, now()))) {
      this.held.delete(dialogueId);
      return false;
    }
    held.stored = { through: analysed.through, size: held.log.size };
    return true;
  }

  /**
   * The map stored by whichever process computed it last, as the analysis to show new counts on
   * until this process's first analysis ends; none when there is none yet.
   */
  private async lastStored(dialogueId: string): Promise<Analysed | undefined> {
    if (!this.options.keep) return undefined;
    const row = await storedMap(this.db, dialogueId);
    const map = row?.map as DialogueMap | null | undefined;
    if (!row || !map) return undefined;
    const whole = map.analysedThrough === undefined;
    return { map, through: map.analysedThrough ?? row.votesSeen, size: -1, whole };
  }

  /**
   * The votes after `afterId`, read a slice at a time: on PGlite one query over the whole log of a
   * large dialogue would hold the only connection for seconds, and every vote would wait for it.
   */
  private async newVotes(dialogueId: string, afterId: number) {
    const read: LoggedVote[] = [];
    for (let after = afterId; ; ) {
      const size = this.options.readSlice ?? READ_SLICE.pglite;
      const slice = await votesAfter(this.db, dialogueId, after, size);
      for (const v of slice) read.push(v);
      if (slice.length < size) return read;
      after = slice[slice.length - 1]?.id ?? after;
    }
  }

  /** Starts the full analysis of the log held: not waited for, a later round stores it. */
  private async analyse(dialogueId: string, held: Held) {
    const statements = await publishedStatements(this.db, dialogueId);
    const published = new Set(statements.map((s) => s.number));
    const counted = held.log.all().filter((v) => published.has(v.statement));
    const started = performance.now();
    const running: Running = {
      map: undefined as unknown as DialogueMap,
      through: held.log.lastId,
      size: held.log.size,
      done: false,
      ms: 0,
    };
    held.running = running;
    const finished = Promise.resolve()
      .then(() => this.compute(conversationOf(statements, counted)))
      .then(
        (map) => {
          running.map = map;
        },
        (error: unknown) => {
          running.error = error ?? new Error('the analysis failed');
        },
      )
      .finally(() => {
        running.ms = performance.now() - started;
        running.done = true;
        this.options.analysed?.();
      });
    return { finished };
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
 * Keeps the maps current while the server runs: it looks for new votes from any process every
 * second (`MAP_POLL_MS`). The analyses run in a thread of their own, each
 * resting as long as the last took (see {@link MapRefresher}), so under a stream of votes the maps
 * take at most about half of one core and the requests the rest.
 */
export function startMapWorker(deps: { database: Database; logger: Logger }): MapWorker {
  const logger = deps.logger.child({ component: 'opinion-map' });
  const thread = new MapThread();
  let wake = () => {};
  const refresher = new MapRefresher(
    deps.database.db,
    (conversation) => thread.compute(conversation),
    { keep: true, analysed: () => wake(), readSlice: READ_SLICE[deps.database.kind] },
  );
  // The rest ends early when the server stops, so stopping does not wait for it.
  let endRest = () => {};
  let stopping = false;
  const worker = startWokenWorker({
    database: deps.database,
    pollMs: MAP_POLL_MS,
    async round() {
      let rest = IDLE_REST_MS;
      try {
        const { computed, ms } = await refresher.refresh();
        if (computed > 0) {
          logger.debug({ computed, ms: Math.round(ms) }, 'maps stored');
          rest = REST_MS;
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
  wake = worker.wake;
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
