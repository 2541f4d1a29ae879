import type { CommandContext } from '../../../lib/context.ts';
import { fail, ok, type Result } from '../../../lib/result.ts';
import { inTransaction } from '../../../lib/transaction.ts';
import type { Grant, UserActor } from '../../../vocabulary/actor.ts';
import { personalDataParts } from '../../../web/personal-data.ts';
import { audit } from '../../audit/record.ts';
import type { DeleteAccountInput } from '../identity.inputs.ts';
import { findUserById, grantsOf } from '../identity.queries.ts';
import { passwordResetsOf } from '../password-reset.queries.ts';
import { verifyPassword } from '../passwords.ts';
import {
  allGrantsOf,
  allTokensOf,
  anonymiseUser,
  deleteRegistrationsOf,
  disableAccount,
  eidLinksOf,
  lockUser,
  sessionsOf,
} from '../personal-data.queries.ts';
import { forgetLoginFailures } from './log-in.ts';

/**
 * Everything Samskap holds about the signed-in person, as one JSON document (GDPR articles 15
 * and 20): their account, roles, linked login services (which service, never the subject), API
 * tokens, sessions and password reset links (when asked for and used, never the token), then
 * each domain's part under its id (`dialogues`, `audit`, …). A part with nothing to say is left
 * out.
 */
export async function exportPersonalData(
  ctx: CommandContext,
  actor: UserActor,
): Promise<Record<string, unknown>> {
  const user = await findUserById(ctx.db, actor.userId);
  if (!user) throw new Error('a signed-in user without an account row');
  const person = { userId: user.id, email: user.email };
  const data: Record<string, unknown> = {
    exportedAt: ctx.now(),
    identity: {
      account: {
        id: user.id,
        email: user.email,
        name: user.name,
        createdAt: user.createdAt,
        logsInWithPassword: user.passwordHash !== null,
      },
      roles: await allGrantsOf(ctx.db, user.id),
      eidLogins: await eidLinksOf(ctx.db, user.id),
      apiTokens: await allTokensOf(ctx.db, user.id),
      sessions: await sessionsOf(ctx.db, user.id),
      passwordResets: await passwordResetsOf(ctx.db, user.id),
    },
  };
  for (const [owner, part] of personalDataParts()) {
    const exported = await part.export(ctx, person);
    if (Object.keys(exported).length > 0) data[owner] = exported;
  }
  return data;
}

export type DeleteAccountRefusal =
  /** Demo accounts are shared by everyone trying the demo. */
  | 'demo'
  /** The password (for accounts that have one) or the e-mail address typed did not match. */
  | 'wrongPassword'
  | 'wrongEmail'
  /** The account is already deleted. */
  | 'notFound';

/** The address a deleted account is given: cannot receive mail, cannot clash with another. */
export const deletedAddress = (userId: string) => `deleted-${userId}@deleted.invalid`;

/**
 * Deletes the signed-in person's account (GDPR article 17), confirmed by their password, or by
 * typing their e-mail address when the account has no password. In one transaction: every
 * domain forgets them (`personalData.forget`: votes stay without their voter, comments are removed
 * as their writer removes one, follows and notices go), then the account itself: sessions, links to
 * login services and logins under way are deleted, roles and API tokens revoked, and the row
 * anonymised rather than deleted, because the append-only audit log refers to it. The deletion's
 * own audit entry names the account by its new address, never the old one. Statements the person
 * wrote stay, under the participant's number only.
 */
export async function deleteAccount(
  ctx: CommandContext,
  actor: UserActor,
  input: DeleteAccountInput,
): Promise<Result<true, DeleteAccountRefusal>> {
  const user = await findUserById(ctx.db, actor.userId);
  if (!user || user.deletedAt) return fail('notFound');
  if (user.isDemo) return fail('demo');
  if (user.passwordHash) {
    if (!(await verifyPassword(user.passwordHash, input.confirmation)))
      return fail('wrongPassword', { confirmation: 'identity.delete.wrongPassword' });
  } else if (input.confirmation.trim().toLowerCase() !== user.email) {
    return fail('wrongEmail', { confirmation: 'identity.delete.wrongEmail' });
  }
  return inTransaction(ctx, async (tx) => {
    const locked = await lockUser(tx.db, user.id);
    if (!locked || locked.deletedAt) return fail('notFound');
    const person = { userId: locked.id, email: locked.email };
    const grants = await grantsOf(tx.db, locked.id);
    for (const [, part] of personalDataParts()) await part.forget(tx, person);
    const now = tx.now();
    await disableAccount(tx.db, locked.id, now);
    await deleteRegistrationsOf(tx.db, locked.email);
    await forgetLoginFailures(tx, locked.email);
    const anonymous = deletedAddress(locked.id);
    await anonymiseUser(tx.db, locked.id, anonymous, now);
    for (const municipalityId of logsOf(grants))
      await audit(
        tx,
        { ...actor, email: anonymous, name: '–' },
        {
          municipalityId,
          action: 'user.delete',
          target: `user:${locked.id}`,
        },
      );
    return ok(true);
  });
}

/** The logs a deletion is written to: each municipality the account had a role in, else the network's. */
function logsOf(grants: readonly Grant[]): (string | null)[] {
  const ids = new Set<string | null>();
  for (const g of grants) ids.add(g.role === 'coordinator' ? null : g.municipalityId);
  return ids.size > 0 ? [...ids] : [null];
}
