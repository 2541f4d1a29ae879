import { z } from 'zod';
import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok, type Result } from '../../../../lib/result.ts';
import { inTransaction } from '../../../../lib/transaction.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { audit } from '../../../audit/record.ts';
import { type DecisionInput, recordDecision } from '../../../decisions/commands/record-decision.ts';
import {
  getVersion,
  insertVersion,
  latestVersion,
  lockVersion,
  lockVersions,
  markAdopted,
  updateDraft,
} from '../future-story.queries.ts';
import { canAdoptStrategy, canEditFutureStory } from '../strategy.policy.ts';

/** Longest future story accepted, in characters: a vision of some pages, not an archive. */
export const MAX_STORY_LENGTH = 50_000;

export const storyInput = z.object({
  title: z
    .string({ error: 'error.required' })
    .trim()
    .min(1, 'error.required')
    .max(200, 'error.tooLong'),
  body: z
    .string({ error: 'error.required' })
    .trim()
    .min(1, 'error.required')
    .max(MAX_STORY_LENGTH, 'strategy.error.storyTooLong'),
});
export type StoryInput = z.infer<typeof storyInput>;

const frozen = { _: 'strategy.error.adoptedFrozen' };

/**
 * An admin starts a new draft: the next version number, with the text of the latest version (or
 * empty placeholders for the first one), so an edit always starts from what was there.
 */
export async function createDraft(
  ctx: CommandContext,
  actor: Actor,
  municipalityId: string,
  firstTitle: string,
): Promise<Result<{ id: string; version: number }, 'forbidden'>> {
  if (actor.kind !== 'user' || !canEditFutureStory(actor, municipalityId)) return fail('forbidden');
  return inTransaction(ctx, async (tx) => {
    await lockVersions(tx.db, municipalityId);
    const latest = await latestVersion(tx.db, municipalityId);
    const row = await insertVersion(tx.db, {
      municipalityId,
      version: (latest?.version ?? 0) + 1,
      title: latest?.title ?? firstTitle,
      body: latest?.body ?? '',
      createdBy: actor.userId,
      createdAt: ctx.now(),
      updatedAt: ctx.now(),
    });
    await audit(tx, actor, {
      municipalityId,
      action: 'future-story.draft',
      target: `future-story-version:${row.id}`,
      details: { version: row.version, from: latest?.version ?? null },
    });
    return ok({ id: row.id, version: row.version });
  });
}

/** An admin edits a draft. An adopted version is refused: it never changes. */
export async function editDraft(
  ctx: CommandContext,
  actor: Actor,
  municipalityId: string,
  versionId: string,
  input: StoryInput,
): Promise<Result<{ id: string }, 'forbidden' | 'not-found' | 'adopted'>> {
  if (!canEditFutureStory(actor, municipalityId)) return fail('forbidden');
  return inTransaction(ctx, async (tx) => {
    const version = await getVersion(tx.db, municipalityId, versionId);
    if (!version) return fail('not-found');
    if (version.status !== 'draft') return fail('adopted', frozen);
    const row = await updateDraft(tx.db, version.id, { ...input, updatedAt: ctx.now() });
    if (!row) return fail('adopted', frozen);
    await audit(tx, actor, {
      municipalityId,
      action: 'future-story.edit',
      target: `future-story-version:${row.id}`,
      details: { version: row.version, length: input.body.length },
    });
    return ok({ id: row.id });
  });
}

/**
 * A politician or admin adopts a draft by a recorded decision. The decision (at the end of the
 * hash chain) and the version's change to adopted are written in one transaction — the decision's
 * own transaction nests as a savepoint — so there is never a decision without its adoption, nor an
 * adopted version without its decision.
 */
export async function adoptVersion(
  ctx: CommandContext,
  actor: Actor,
  municipalityId: string,
  versionId: string,
  input: DecisionInput,
): Promise<
  Result<
    { decisionId: string; sequence: number },
    'forbidden' | 'not-found' | 'adopted' | 'invalid'
  >
> {
  if (!canAdoptStrategy(actor, municipalityId)) return fail('forbidden');
  return inTransaction(ctx, async (tx) => {
    const found = await getVersion(tx.db, municipalityId, versionId);
    if (!found) return fail('not-found');
    const version = await lockVersion(tx.db, found.id);
    if (version?.status !== 'draft') return fail('adopted', frozen);
    if (version.body.trim() === '') return fail('invalid', { _: 'strategy.error.emptyDraft' });
    const decision = await recordDecision(tx, actor, municipalityId, input, [
      { kind: 'future-story-version', id: version.id },
    ]);
    if (!decision.ok) return decision;
    const adopted = await markAdopted(tx.db, version.id, decision.value.id, ctx.now());
    // The row is locked, so it is still a draft; a miss here would be a bug, and throwing rolls
    // the decision back with it.
    if (!adopted) throw new Error('a locked draft could not be marked adopted');
    await audit(tx, actor, {
      municipalityId,
      action: 'future-story.adopt',
      target: `future-story-version:${version.id}`,
      details: { version: version.version, decision: decision.value.id },
    });
    return ok({ decisionId: decision.value.id, sequence: decision.value.sequence });
  });
}
