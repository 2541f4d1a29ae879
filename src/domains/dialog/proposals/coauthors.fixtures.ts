import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { linkIn } from '../../../testing/smtp-server.ts';
import type { TestApp, TestClient } from '../../../testing/test-app.ts';
import { outboxMailTo } from '../../mail/mail.queries.ts';
import { proposalCoauthors } from './coauthors.schema.ts';
import { proposalIdIn, proposalsBase, testProposal } from './proposals.fixtures.ts';

/** The invitations queued to `email`, oldest first. */
export async function invitationMailsTo(t: TestApp, email: string) {
  return (await outboxMailTo(t.database.db, email)).filter(
    (m) => m.kind === 'proposals.coauthor-invitation',
  );
}

/** The path of the link in the latest invitation mailed to `email`. */
export async function invitationLinkFor(t: TestApp, email: string): Promise<string> {
  const latest = (await invitationMailsTo(t, email)).at(-1);
  if (!latest) throw new Error(`no invitation to ${email}`);
  return new URL(linkIn(latest.bodyText, '/invitation/')).pathname;
}

/** A draft written through the form by `author` (Botkyrka's demo resident by default); its id. */
export async function draftBy(author: TestClient, title = testProposal.title): Promise<string> {
  const res = await author.postForm(`${proposalsBase()}/new`, {
    ...testProposal,
    title,
    intent: 'draft',
  });
  expect(res.status).toBe(303);
  return proposalIdIn(res.headers.get('location'));
}

/** Invites `email` to the proposal through its page's form, as its proposer. */
export function invite(author: TestClient, proposalId: string, email: string) {
  return author.postForm(`${proposalsBase()}/${proposalId}/coauthors`, { email });
}

/** The proposal's co-author rows, by address. */
export async function coauthorRows(t: TestApp, proposalId: string) {
  return t.database.db
    .select()
    .from(proposalCoauthors)
    .where(eq(proposalCoauthors.proposalId, proposalId))
    .orderBy(proposalCoauthors.email);
}
