import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../lib/context.ts';
import { sha256 } from '../../lib/secrets.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import type { UserActor } from '../../vocabulary/actor.ts';
import { auditLog } from '../audit/audit.schema.ts';
import { addComment, flagComment } from '../dialog/dialogues/commands/comments.ts';
import {
  addSeedStatement,
  castVote,
  proposeStatement,
} from '../dialog/dialogues/commands/take-part.ts';
import { actorOf, insertTestMatter } from '../dialog/dialogues/dialogues.fixtures.ts';
import { participantCount, voteCounts } from '../dialog/dialogues/dialogues.queries.ts';
import {
  commentFlags,
  dialogueComments,
  dialogueParticipants,
  dialogueStatements,
  dialogueVotes,
} from '../dialog/dialogues/dialogues.schema.ts';
import { loadOpenData } from '../dialog/dialogues/open-data.load.ts';
import { openDataFile, openDataFiles } from '../dialog/dialogues/open-data.ts';
import type { Voter } from '../dialog/dialogues/participants.ts';
import {
  matterFollows,
  notificationSettings,
  unsubscribeLinks,
} from '../dialog/following/following.schema.ts';
import { outboxMailTo } from '../mail/mail.queries.ts';
import { mailOutbox } from '../mail/mail.schema.ts';
import { deleteAccount, exportPersonalData } from './commands/personal-data.ts';
import { registerAndConfirm } from './identity.fixtures.ts';
import {
  findUserByEmail,
  insertExternalIdentity,
  insertGrant,
  insertUser,
} from './identity.queries.ts';
import { apiTokens, externalIdentities, roleGrants, sessions, users } from './identity.schema.ts';
import { hashPassword } from './passwords.ts';

let t: TestApp;
const m = 'SE-0127';
let clock = Date.parse('2027-03-10T12:00:00Z');
let ctx: CommandContext;
beforeAll(async () => {
  t = await createTestApp();
  ctx = { db: t.database.db, now: () => new Date(clock++) };
});
afterAll(async () => {
  await t?.close();
});

const PASSWORD = 'a long enough password';

/** A resident of Botkyrka with a password, or without one (an account made by an e-ID login). */
async function newAccount(email: string, withPassword = true): Promise<UserActor> {
  const user = await insertUser(t.database.db, {
    email,
    name: email.split('@')[0] ?? email,
    passwordHash: withPassword ? await hashPassword(PASSWORD) : null,
  });
  if (!user) throw new Error(`${email} exists`);
  await insertGrant(t.database.db, {
    userId: user.id,
    role: 'resident',
    municipalityId: m,
    departmentId: null,
    countyId: null,
    grantedBy: null,
  });
  return actorOf(t.database.db, email);
}

const asVoter = (a: UserActor): Voter => ({ kind: 'user', userId: a.userId });

/** The person follows the matter, mails weekly, and has had an unsubscribe link. */
async function follows(a: UserActor, matterId: string) {
  const db = t.database.db;
  await db.insert(matterFollows).values({ matterId, userId: a.userId });
  await db.insert(notificationSettings).values({ userId: a.userId, frequency: 'weekly' });
  await db.insert(unsubscribeLinks).values({ tokenHash: sha256(a.email), userId: a.userId });
}

const followingRowsOf = async (userId: string) => {
  const db = t.database.db;
  return [
    ...(await db.select().from(matterFollows).where(eq(matterFollows.userId, userId))),
    ...(await db
      .select()
      .from(notificationSettings)
      .where(eq(notificationSettings.userId, userId))),
    ...(await db.select().from(unsubscribeLinks).where(eq(unsubscribeLinks.userId, userId))),
  ];
};

/**
 * A dialogue where Anna and Bo, both signed in, and a visitor take part: Anna votes (changing one
 * vote), writes a statement and a comment, and flags Bo's comment; Bo votes, writes, replies to
 * Anna and flags her comment.
 */
async function dialogueWith(anna: UserActor, bo: UserActor) {
  const { matterId, dialogueId } = await insertTestMatter(t.database.db, m, new Date(clock));
  const where = { municipalityId: m, matterId };
  const staff = await actorOf(t.database.db, 'staff@botkyrka.example');
  const seed = async (text: string) => {
    const r = await addSeedStatement(ctx, staff, where, { text, meta: false });
    if (!r.ok) throw new Error(r.reason);
    return r.value.id;
  };
  const s1 = await seed('Kameror ska bara användas om den som får hjälp vill det');
  const s2 = await seed('Nattbesök ger trygghet');
  const ok = <T>(r: { ok: true; value: T } | { ok: false; reason: string }): T => {
    if (!r.ok) throw new Error(r.reason);
    return r.value;
  };
  ok(await castVote(ctx, asVoter(anna), where, { statementId: s1, vote: 'agree' }));
  ok(await castVote(ctx, asVoter(anna), where, { statementId: s1, vote: 'disagree' }));
  ok(await castVote(ctx, asVoter(anna), where, { statementId: s2, vote: 'pass' }));
  ok(await castVote(ctx, asVoter(bo), where, { statementId: s1, vote: 'agree' }));
  ok(await castVote(ctx, asVoter(bo), where, { statementId: s2, vote: 'disagree' }));
  const annaStatement = 'Anna skriver: fråga de anhöriga först';
  const bosStatement = 'Bo skriver: kameran får aldrig ersätta besöket';
  const a3 = ok(
    await proposeStatement(ctx, asVoter(anna), anna, where, { text: annaStatement, meta: false }),
  ).id;
  ok(await proposeStatement(ctx, asVoter(bo), bo, where, { text: bosStatement, meta: false }));
  ok(await castVote(ctx, asVoter(bo), where, { statementId: a3, vote: 'agree' }));
  const annaComment = 'Annas kommentar om natten';
  const bosComment = 'Bos kommentar om dagen';
  const ac = ok(
    await addComment(ctx, asVoter(anna), anna, where, { comment: annaComment, parentId: null }),
  ).id;
  const bc = ok(
    await addComment(ctx, asVoter(bo), bo, where, { comment: bosComment, parentId: null }),
  ).id;
  const bosReply = 'Bos svar till Anna';
  const reply = ok(
    await addComment(ctx, asVoter(bo), bo, where, { comment: bosReply, parentId: ac }),
  ).id;
  ok(await flagComment(ctx, anna, where, bc, 'spam'));
  ok(await flagComment(ctx, bo, where, ac, 'offTopic'));
  const visitor: Voter = { kind: 'visitor', keyHash: sha256('a visitor') };
  ok(await castVote(ctx, visitor, where, { statementId: s2, vote: 'agree' }));
  return {
    matterId,
    dialogueId,
    where,
    s1,
    s2,
    a3,
    ac,
    bc,
    reply,
    texts: { annaStatement, bosStatement, annaComment, bosComment, bosReply },
  };
}

async function openData(matterId: string) {
  const data = await loadOpenData(t.database.db, m, matterId);
  if (!data) throw new Error('no open data');
  const about = { topic: data.dialogue.question, url: 'https://x', description: '' };
  return openDataFiles.map((f) =>
    openDataFile(f, { about, statements: data.statements, votes: data.votes }),
  );
}

// The download as a client reads it: dates as text, and any field reachable for the assertions.
// biome-ignore lint/suspicious/noExplicitAny: a parsed JSON document, checked by the assertions
const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as Record<string, any>;

describe('downloading my data', () => {
  it("holds the person's account, roles, dialogue activity and audit entries, and nobody else's", async () => {
    const anna = await newAccount('anna.export@example.org');
    const bo = await newAccount('bo.export@example.org');
    const d = await dialogueWith(anna, bo);
    await follows(anna, d.matterId);
    await follows(bo, d.matterId);
    const data = json(await exportPersonalData(ctx, anna));

    expect(data.identity.account).toMatchObject({
      id: anna.userId,
      email: 'anna.export@example.org',
      name: 'anna.export',
      logsInWithPassword: true,
    });
    expect(data.identity.roles).toEqual([
      expect.objectContaining({ role: 'resident', municipality: 'Botkyrka', revokedAt: null }),
    ]);
    expect(data.identity.eidLogins).toEqual([]);

    const dlg = data.dialogues;
    expect(dlg.participations).toEqual([
      expect.objectContaining({ matterId: d.matterId, participantNumber: 0 }),
    ]);
    // Every vote Anna cast, the changed one too, in order; none of Bo's or the visitor's.
    expect(
      dlg.votes.map((v: Record<string, unknown>) => [v.matterId, v.statement, v.value]),
    ).toEqual([
      [d.matterId, 'Kameror ska bara användas om den som får hjälp vill det', 'agree'],
      [d.matterId, 'Kameror ska bara användas om den som får hjälp vill det', 'disagree'],
      [d.matterId, 'Nattbesök ger trygghet', 'pass'],
    ]);
    expect(dlg.statements.map((s: Record<string, unknown>) => [s.text, s.status])).toEqual([
      [d.texts.annaStatement, 'accepted'],
    ]);
    expect(dlg.comments.map((c: Record<string, unknown>) => [c.id, c.text, c.parentId])).toEqual([
      [d.ac, d.texts.annaComment, null],
    ]);
    expect(dlg.flags.map((f: Record<string, unknown>) => [f.commentId, f.reason])).toEqual([
      [d.bc, 'spam'],
    ]);
    expect(data.following.follows).toEqual([
      expect.objectContaining({ matterId: d.matterId, following: true }),
    ]);
    expect(data.following.notificationSettings).toMatchObject({ frequency: 'weekly' });
    expect(data.audit.entries.map((e: Record<string, unknown>) => e.action).sort()).toEqual([
      'comment.add',
      'comment.flag',
      'statement.propose',
    ]);

    const text = JSON.stringify(data);
    for (const other of [
      bo.email,
      bo.userId,
      d.texts.bosStatement,
      d.texts.bosComment,
      d.texts.bosReply,
    ])
      expect(text).not.toContain(other);
  });

  it('names a linked login service but never the subject', async () => {
    const cecilia = await newAccount('cecilia.export@example.org', false);
    await insertExternalIdentity(t.database.db, {
      userId: cecilia.userId,
      municipalityId: m,
      issuer: 'https://broker.example',
      subject: '197001011234',
    });
    const data = json(await exportPersonalData(ctx, cecilia));
    expect(data.identity.account.logsInWithPassword).toBe(false);
    expect(data.identity.eidLogins).toEqual([
      { municipality: 'Botkyrka', issuer: 'https://broker.example', linkedAt: expect.any(String) },
    ]);
    expect(JSON.stringify(data)).not.toContain('197001011234');
  });
});

/** What a refused deletion must leave as it was. */
async function rowsOf(userId: string) {
  const db = t.database.db;
  return {
    user: await db.select().from(users).where(eq(users.id, userId)),
    grants: await db.select().from(roleGrants).where(eq(roleGrants.userId, userId)),
    participants: await db
      .select()
      .from(dialogueParticipants)
      .where(eq(dialogueParticipants.userId, userId)),
    comments: await db.select().from(dialogueComments).orderBy(dialogueComments.id),
    flags: await db.select().from(commentFlags).where(eq(commentFlags.userId, userId)),
    identities: await db
      .select()
      .from(externalIdentities)
      .where(eq(externalIdentities.userId, userId)),
  };
}

describe('deleting my account', () => {
  it('is refused for a wrong password or address, and for a demo account, changing nothing', async () => {
    const anna = await newAccount('anna.refused@example.org');
    const bo = await newAccount('bo.refused@example.org');
    await dialogueWith(anna, bo);
    const before = await rowsOf(anna.userId);
    expect(await deleteAccount(ctx, anna, { confirmation: 'not the password' })).toEqual({
      ok: false,
      reason: 'wrongPassword',
      fields: { confirmation: 'identity.delete.wrongPassword' },
    });
    // An account with a password is confirmed by the password, not by its address.
    expect(await deleteAccount(ctx, anna, { confirmation: anna.email })).toMatchObject({
      ok: false,
      reason: 'wrongPassword',
    });
    expect(await rowsOf(anna.userId)).toEqual(before);

    const cecilia = await newAccount('cecilia.refused@example.org', false);
    expect(await deleteAccount(ctx, cecilia, { confirmation: 'someone.else@example.org' })).toEqual(
      {
        ok: false,
        reason: 'wrongEmail',
        fields: { confirmation: 'identity.delete.wrongEmail' },
      },
    );
    expect((await rowsOf(cecilia.userId)).user[0]?.deletedAt).toBeNull();

    const demo = await actorOf(t.database.db, 'resident@botkyrka.example');
    const demoBefore = await rowsOf(demo.userId);
    expect(
      await deleteAccount(ctx, demo, { confirmation: 'correct horse battery staple' }),
    ).toEqual({ ok: false, reason: 'demo' });
    expect(await rowsOf(demo.userId)).toEqual(demoBefore);
  });

  it('unlinks the votes and statements, removes the comments, and anonymises the account', async () => {
    const db = t.database.db;
    const email = 'anna.deleted@example.org';
    const anna = await newAccount(email);
    const bo = await newAccount('bo.deleted@example.org');
    const d = await dialogueWith(anna, bo);
    await follows(anna, d.matterId);
    await follows(bo, d.matterId);
    const bosFollowing = await followingRowsOf(bo.userId);
    const browser = t.client();
    await browser.login(email, PASSWORD);
    await db.insert(apiTokens).values({
      userId: anna.userId,
      municipalityId: m,
      name: 'mitt skript',
      tokenHash: sha256('annas token'),
      expiresAt: new Date(clock + 86_400_000),
    });
    const mail = (to: string) => ({
      kind: 'test',
      toAddress: to,
      lang: 'sv',
      subject: 'Hej',
      bodyText: `Hej ${to}`,
    });
    await db.insert(mailOutbox).values([mail(email), mail(bo.email)]);
    const [annasParticipant] = await db
      .select()
      .from(dialogueParticipants)
      .where(eq(dialogueParticipants.userId, anna.userId));
    const countsBefore = await voteCounts(db, d.dialogueId);
    const participantsBefore = await participantCount(db, d.dialogueId);
    const votesBefore = await db
      .select()
      .from(dialogueVotes)
      .where(eq(dialogueVotes.dialogueId, d.dialogueId));
    const openDataBefore = await openData(d.matterId);
    const lastAuditBefore = (await db.select({ id: auditLog.id }).from(auditLog)).length;

    expect(await deleteAccount(ctx, anna, { confirmation: PASSWORD })).toEqual({
      ok: true,
      value: true,
    });

    // The dialogue's record is whole: same participants, votes, counts and open data.
    expect(await participantCount(db, d.dialogueId)).toBe(participantsBefore);
    expect(await voteCounts(db, d.dialogueId)).toEqual(countsBefore);
    expect(
      await db.select().from(dialogueVotes).where(eq(dialogueVotes.dialogueId, d.dialogueId)),
    ).toEqual(votesBefore);
    expect(await openData(d.matterId)).toEqual(openDataBefore);
    // Anna's participant is nobody's now, with no key anyone could claim it by.
    const [unlinked] = await db
      .select()
      .from(dialogueParticipants)
      .where(eq(dialogueParticipants.id, annasParticipant?.id ?? ''));
    expect(unlinked).toMatchObject({
      number: annasParticipant?.number,
      userId: null,
      keyHash: null,
    });
    // Her statement stays, as the participant's; her comment's words are gone, Bo's reply stays.
    const [statement] = await db
      .select()
      .from(dialogueStatements)
      .where(eq(dialogueStatements.id, d.a3));
    expect(statement).toMatchObject({ text: d.texts.annaStatement, participantId: unlinked?.id });
    const comments = await db
      .select({
        id: dialogueComments.id,
        text: dialogueComments.text,
        status: dialogueComments.status,
      })
      .from(dialogueComments)
      .where(eq(dialogueComments.dialogueId, d.dialogueId));
    expect(comments.find((c) => c.id === d.ac)).toEqual({ id: d.ac, text: '–', status: 'removed' });
    expect(comments.find((c) => c.id === d.reply)?.text).toBe(d.texts.bosReply);
    expect(comments.find((c) => c.id === d.bc)?.status).toBe('shown');
    // Her flag is gone; Bo's flag stays.
    const flags = await db.select().from(commentFlags);
    expect(flags.filter((f) => f.userId === anna.userId)).toEqual([]);
    expect(flags.filter((f) => f.userId === bo.userId).map((f) => f.commentId)).toEqual([d.ac]);

    // What she followed and how she wanted mails are gone; Bo's are as they were.
    expect(await followingRowsOf(anna.userId)).toEqual([]);
    expect(await followingRowsOf(bo.userId)).toEqual(bosFollowing);
    // Mails to her address are gone, Bo's stay.
    expect(await outboxMailTo(db, email)).toEqual([]);
    expect(await outboxMailTo(db, bo.email)).toHaveLength(1);

    // The account: anonymised in place, nothing left to act with.
    const [row] = await db.select().from(users).where(eq(users.id, anna.userId));
    expect(row).toMatchObject({
      email: `deleted-${anna.userId}@deleted.invalid`,
      name: '–',
      passwordHash: null,
      deletedAt: expect.any(Date),
    });
    expect(await db.select().from(sessions).where(eq(sessions.userId, anna.userId))).toEqual([]);
    expect(
      await db
        .select()
        .from(roleGrants)
        .where(and(eq(roleGrants.userId, anna.userId), isNull(roleGrants.revokedAt))),
    ).toEqual([]);
    expect(
      await db
        .select()
        .from(apiTokens)
        .where(and(eq(apiTokens.userId, anna.userId), isNull(apiTokens.revokedAt))),
    ).toEqual([]);

    // One audit entry per log, without her address anywhere in what was written.
    const written = (await db.select().from(auditLog).orderBy(auditLog.id)).slice(lastAuditBefore);
    expect(written.map((e) => [e.action, e.target, e.municipalityId, e.actorUserId])).toEqual([
      ['user.delete', `user:${anna.userId}`, m, anna.userId],
    ]);
    expect(JSON.stringify(written)).not.toContain(email);

    // Signed out, cannot log in again, and the address is free for a new account.
    expect((await browser.get('/en/account')).status).toBe(303);
    expect((await t.client().postForm('/en/login', { email, password: PASSWORD })).status).toBe(
      401,
    );
    expect(await deleteAccount(ctx, anna, { confirmation: PASSWORD })).toEqual({
      ok: false,
      reason: 'notFound',
    });
    const again = await registerAndConfirm(t, t.client(), {
      name: 'Anna igen',
      email,
      password: PASSWORD,
      municipalityId: m,
    });
    expect(again.status).toBe(303);
    const renewed = await findUserByEmail(db, email);
    expect(renewed?.id).toBeDefined();
    expect(renewed?.id).not.toBe(anna.userId);
    expect(json(await exportPersonalData(ctx, await actorOf(db, email))).dialogues.votes).toEqual(
      [],
    );
  });

  it('is confirmed by the address, in any case, for an account without a password', async () => {
    const db = t.database.db;
    const cecilia = await newAccount('cecilia.deleted@example.org', false);
    await insertExternalIdentity(db, {
      userId: cecilia.userId,
      municipalityId: m,
      issuer: 'https://broker.example',
      subject: '198112189876',
    });
    expect(
      await deleteAccount(ctx, cecilia, { confirmation: '  Cecilia.Deleted@Example.org ' }),
    ).toEqual({ ok: true, value: true });
    expect(
      await db
        .select()
        .from(externalIdentities)
        .where(eq(externalIdentities.userId, cecilia.userId)),
    ).toEqual([]);
  });
});
