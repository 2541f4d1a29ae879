import { and, asc, eq, inArray, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { users } from '../../identity/identity.schema.ts';
import { proposalCoauthors } from './coauthors.schema.ts';
import { type CoauthorState, placeTaking } from './coauthors.ts';
import { proposals } from './proposals.schema.ts';

export type CoauthorRow = typeof proposalCoauthors.$inferSelect & { state: CoauthorState };

/** The proposal's row for the address, if it was ever invited. */
export async function coauthorByAddress(db: Db, proposalId: string, email: string) {
  const [row] = await db
    .select()
    .from(proposalCoauthors)
    .where(and(eq(proposalCoauthors.proposalId, proposalId), eq(proposalCoauthors.email, email)));
  return row as CoauthorRow | undefined;
}

/** One row of the proposal by its id, locked for the change about to be made to it. */
export async function lockCoauthor(db: Db, proposalId: string, id: string) {
  const [row] = await db
    .select()
    .from(proposalCoauthors)
    .where(and(eq(proposalCoauthors.id, id), eq(proposalCoauthors.proposalId, proposalId)))
    .for('update');
  return row as CoauthorRow | undefined;
}

/** The accepted co-authorship of the account on the proposal, locked. */
export async function lockCoauthorship(db: Db, proposalId: string, userId: string) {
  const [row] = await db
    .select()
    .from(proposalCoauthors)
    .where(
      and(
        eq(proposalCoauthors.proposalId, proposalId),
        eq(proposalCoauthors.userId, userId),
        eq(proposalCoauthors.state, 'accepted'),
      ),
    )
    .for('update');
  return row as CoauthorRow | undefined;
}

/**
 * The invitation a link's token belongs to, with its proposal's municipality. `forUpdate` locks
 * the invitation until the transaction ends, so two answers to one link cannot both count.
 */
export async function invitationByToken(
  db: Db,
  tokenHash: string,
  opts: { forUpdate?: boolean } = {},
) {
  const query = db
    .select()
    .from(proposalCoauthors)
    .where(eq(proposalCoauthors.tokenHash, tokenHash));
  const [row] = await (opts.forUpdate ? query.for('update') : query);
  return row as CoauthorRow | undefined;
}

/** How many places of the proposal are taken: open invitations and co-authors. */
export async function placesTaken(db: Db, proposalId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(proposalCoauthors)
    .where(
      and(
        eq(proposalCoauthors.proposalId, proposalId),
        inArray(proposalCoauthors.state, [...placeTaking]),
      ),
    );
  return row?.n ?? 0;
}

export async function insertCoauthor(db: Db, row: typeof proposalCoauthors.$inferInsert) {
  await db.insert(proposalCoauthors).values(row);
}

export async function updateCoauthor(
  db: Db,
  id: string,
  set: Partial<typeof proposalCoauthors.$inferInsert>,
) {
  await db.update(proposalCoauthors).set(set).where(eq(proposalCoauthors.id, id));
}

/**
 * The proposal's co-authors by their display name, and its open invitations by address (for its
 * proposer's eyes only: the page shows them to nobody else). Those whose account was deleted are
 * gone with it.
 */
export async function coauthorsOf(db: Db, proposalId: string) {
  const rows = await db
    .select({
      id: proposalCoauthors.id,
      state: proposalCoauthors.state,
      email: proposalCoauthors.email,
      userId: proposalCoauthors.userId,
      name: users.name,
      expiresAt: proposalCoauthors.expiresAt,
    })
    .from(proposalCoauthors)
    .leftJoin(users, eq(users.id, proposalCoauthors.userId))
    .where(
      and(
        eq(proposalCoauthors.proposalId, proposalId),
        inArray(proposalCoauthors.state, [...placeTaking]),
      ),
    )
    .orderBy(asc(proposalCoauthors.invitedAt), asc(proposalCoauthors.id));
  return {
    accepted: rows
      .filter((r) => r.state === 'accepted' && r.userId)
      .map((r) => ({ id: r.id, userId: r.userId as string, name: r.name ?? '' })),
    invited: rows
      .filter((r) => r.state === 'invited')
      .map((r) => ({ id: r.id, email: r.email, expiresAt: r.expiresAt })),
  };
}

/** The addresses of the proposal's co-authors, told of its news as its supporters are. */
export async function coauthorAddresses(db: Db, proposalId: string): Promise<string[]> {
  const rows = await db
    .select({ email: users.email })
    .from(proposalCoauthors)
    .innerJoin(users, eq(users.id, proposalCoauthors.userId))
    .where(
      and(
        eq(proposalCoauthors.proposalId, proposalId),
        eq(proposalCoauthors.state, 'accepted'),
        isNull(users.deletedAt),
      ),
    )
    .orderBy(asc(users.email));
  return rows.map((r) => r.email);
}

/** The address of the proposal's author, unless their account is deleted. */
export async function authorAddress(db: Db, proposalId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ email: users.email })
    .from(proposals)
    .innerJoin(users, eq(users.id, proposals.authorId))
    .where(and(eq(proposals.id, proposalId), isNull(users.deletedAt)));
  return row?.email;
}

// A person's own rows, for their download and for deleting their account.

/** The proposals the person co-authors or was invited to co-author (by their account's address). */
export function coauthorshipsOf(db: Db, person: { userId: string; email: string }) {
  return db
    .select({
      proposalId: proposalCoauthors.proposalId,
      title: proposals.title,
      state: proposalCoauthors.state,
      invitedAddress: proposalCoauthors.email,
      invitedAt: proposalCoauthors.invitedAt,
      answeredAt: proposalCoauthors.answeredAt,
    })
    .from(proposalCoauthors)
    .innerJoin(proposals, eq(proposals.id, proposalCoauthors.proposalId))
    .where(
      or(
        eq(proposalCoauthors.userId, person.userId),
        eq(proposalCoauthors.email, person.email.toLowerCase()),
      ),
    )
    .orderBy(asc(proposalCoauthors.invitedAt));
}

/**
 * The invitations the person sent as proposer: when and how each stands, without the addresses,
 * which are the invited people's.
 */
export function invitationsSentBy(db: Db, userId: string) {
  return db
    .select({
      proposalId: proposalCoauthors.proposalId,
      state: proposalCoauthors.state,
      invitedAt: proposalCoauthors.invitedAt,
      answeredAt: proposalCoauthors.answeredAt,
    })
    .from(proposalCoauthors)
    .innerJoin(proposals, eq(proposals.id, proposalCoauthors.proposalId))
    .where(eq(proposals.authorId, userId))
    .orderBy(asc(proposalCoauthors.invitedAt));
}

/**
 * Forgets a person as co-author: their co-authorships and the invitations to their address go.
 * As proposer, their drafts' co-authors go with the drafts, and their other proposals' open
 * invitations (nobody is left to answer for them); the co-authors who accepted stay.
 * Runs before the proposals' own forgetting, while the person is still their proposer.
 */
export async function forgetCoauthorsOfUser(db: Db, person: { userId: string; email: string }) {
  await db
    .delete(proposalCoauthors)
    .where(
      or(
        eq(proposalCoauthors.userId, person.userId),
        eq(proposalCoauthors.email, person.email.toLowerCase()),
      ),
    );
  const own = db
    .select({ id: proposals.id })
    .from(proposals)
    .where(eq(proposals.authorId, person.userId));
  const drafts = db
    .select({ id: proposals.id })
    .from(proposals)
    .where(and(eq(proposals.authorId, person.userId), eq(proposals.state, 'draft')));
  await db.delete(proposalCoauthors).where(inArray(proposalCoauthors.proposalId, drafts));
  await db
    .delete(proposalCoauthors)
    .where(and(inArray(proposalCoauthors.proposalId, own), eq(proposalCoauthors.state, 'invited')));
}

/** Whether the account co-authors the proposal. */
export async function isCoauthor(db: Db, proposalId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: proposalCoauthors.id })
    .from(proposalCoauthors)
    .where(
      and(
        eq(proposalCoauthors.proposalId, proposalId),
        eq(proposalCoauthors.userId, userId),
        eq(proposalCoauthors.state, 'accepted'),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** How long an invitation nobody took up keeps its address: its link says "expired" until then. */
export const ENDED_INVITATIONS_KEPT_DAYS = 30;

/**
 * Deletes the invitations that made nobody a co-author (declined, withdrawn, expired unanswered,
 * or ended by leaving or removal) once ENDED_INVITATIONS_KEPT_DAYS have passed since: the address
 * of someone who never took part is not kept for good. Run by the housekeeping.
 * @returns how many were deleted
 */
export async function forgetEndedInvitations(db: Db, now: Date): Promise<number> {
  const before = new Date(now.getTime() - ENDED_INVITATIONS_KEPT_DAYS * 86_400_000);
  const deleted = await db
    .delete(proposalCoauthors)
    .where(
      and(
        ne(proposalCoauthors.state, 'accepted'),
        or(
          lt(proposalCoauthors.answeredAt, before),
          and(eq(proposalCoauthors.state, 'invited'), lt(proposalCoauthors.expiresAt, before)),
        ),
      ),
    )
    .returning({ id: proposalCoauthors.id });
  return deleted.length;
}
