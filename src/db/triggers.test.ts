import { randomUUID } from 'node:crypto';
import { getTableColumns, getTableName, is, type SQL, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as decisionsSchema from '../domains/decisions/decisions.schema.ts';
import * as casesSchema from '../domains/delning/cases/cases.schema.ts';
import * as catalogueSchema from '../domains/delning/catalogue/catalogue.schema.ts';
import * as spreadSchema from '../domains/delning/spread/spread.schema.ts';
import * as challengesSchema from '../domains/dialog/challenges/challenges.schema.ts';
import { insertTestMatter } from '../domains/dialog/dialogues/dialogues.fixtures.ts';
import * as dialoguesSchema from '../domains/dialog/dialogues/dialogues.schema.ts';
import * as coauthorsSchema from '../domains/dialog/proposals/coauthors.schema.ts';
import * as proposalsSchema from '../domains/dialog/proposals/proposals.schema.ts';
import * as surveysSchema from '../domains/dialog/surveys/surveys.schema.ts';
import * as benefitsSchema from '../domains/styrning/benefits/benefits.schema.ts';
import * as portfolioSchema from '../domains/styrning/portfolio/portfolio.schema.ts';
import * as prioritisationSchema from '../domains/styrning/prioritisation/prioritisation.schema.ts';
import * as steeringSchema from '../domains/styrning/steering/steering.schema.ts';
import * as strategySchema from '../domains/styrning/strategy/strategy.schema.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { testDatabaseKind } from '../testing/test-database.ts';

const styrningSchema = {
  ...benefitsSchema,
  ...portfolioSchema,
  ...prioritisationSchema,
  ...steeringSchema,
  ...strategySchema,
};

// Dialog's tables that change by the second: kept apart from the pages' read models.
const NOT_CONTENT = new Set([
  'dialogue_votes',
  'dialogue_participants',
  'dialogue_maps',
  'dialogue_comments',
  'comment_flags',
  'participant_backgrounds',
  'dialogue_settings',
  // A support changes its proposal's counts, which announces it as activity.
  'proposal_supports',
  // Written when staff first open a case; no page is built from it ahead of time.
  'case_looks',
  // A survey's answers arrive by the minute; the pages that show them are drawn afresh.
  'survey_responses',
  'survey_answers',
  'survey_participants',
  // Who joins a challenge, comments on its ideas and signs up for its workshops: activity.
  'challenge_participants',
  'idea_comments',
  'workshop_signups',
]);

// The tables the pages' read models are built from (src/db/read-models.ts): every table of the
// Styrning, decisions, Dialog and Delning schemas but votes and participants, and the municipalities' own rows.
const CONTENT_TABLES = [
  ...new Set([
    ...[
      ...Object.values(styrningSchema),
      ...Object.values(decisionsSchema),
      ...Object.values(dialoguesSchema),
      ...Object.values(proposalsSchema),
      ...Object.values(coauthorsSchema),
      ...Object.values(surveysSchema),
      ...Object.values(challengesSchema),
      ...Object.values(casesSchema),
      ...Object.values(catalogueSchema),
      ...Object.values(spreadSchema),
    ]
      .filter((v) => is(v, PgTable))
      .map((table) => getTableName(table as PgTable))
      .filter((name) => !NOT_CONTENT.has(name)),
    'departments',
    'municipalities',
    'municipality_branding',
    // A visitor's page offers login through it.
    'oidc_providers',
  ]),
].sort();

// A support writes only these columns of its proposal: announced as activity, not as content.
const SUPPORT_COUNTS = ['support_verified', 'support_unverified', 'support_paper'];

// Every column of a proposal but its counts and their generated total, in the schema's order: a
// column added later without the content trigger naming it fails the first test below.
const PROPOSAL_CONTENT_COLUMNS = Object.values(getTableColumns(proposalsSchema.proposals))
  .map((column) => column.name)
  .filter((name) => !SUPPORT_COUNTS.includes(name) && name !== 'support_total');

// Every trigger the migrations create, what it fires on, and the test that shows it does what it
// is for. A trigger added without a line here fails the first test, so none goes untested.
const TRIGGERS: Record<string, string> = {
  // src/web/tests/security.test.ts ('refuses UPDATE and DELETE in the database itself')
  audit_log_append_only: 'BEFORE DELETE OR UPDATE ON public.audit_log FOR EACH ROW',
  // src/db/append-only.test.ts
  benefit_measurements_append_only:
    'BEFORE DELETE OR UPDATE ON public.benefit_measurements FOR EACH ROW',
  decision_bodies_named_in_decisions: 'BEFORE UPDATE ON public.decision_bodies FOR EACH ROW',
  decision_checkpoints_append_only:
    'BEFORE DELETE OR UPDATE ON public.decision_checkpoints FOR EACH ROW',
  decisions_append_only: 'BEFORE DELETE OR UPDATE ON public.decisions FOR EACH ROW',
  future_story_adopted_frozen:
    'BEFORE DELETE OR UPDATE ON public.future_story_versions FOR EACH ROW',
  indicator_measurements_append_only:
    'BEFORE DELETE OR UPDATE ON public.indicator_measurements FOR EACH ROW',
  stage_transitions_append_only: 'BEFORE DELETE OR UPDATE ON public.stage_transitions FOR EACH ROW',
  dialogue_votes_append_only: 'BEFORE DELETE OR UPDATE ON public.dialogue_votes FOR EACH ROW',
  case_versions_append_only: 'BEFORE DELETE OR UPDATE ON public.case_versions FOR EACH ROW',
  // src/domains/delning/cases/case-search.test.ts (the search columns follow the case and its
  // municipality, and only a write to what they are made of fills them again)
  shared_cases_search_fill:
    'BEFORE INSERT OR UPDATE OF title, summary, need, solution, results, lessons, municipality_id, search_config, search_vector, search_title, search_body ON public.shared_cases FOR EACH ROW',
  municipalities_case_search_refill:
    'AFTER UPDATE OF name, country ON public.municipalities FOR EACH ROW WHEN (((old.name IS DISTINCT FROM new.name) OR (old.country IS DISTINCT FROM new.country)))',
  // src/domains/dialog/proposals/proposal-lists.test.ts (each in its municipality's language,
  // filled again only when what they are made of is written)
  proposals_search_fill:
    'BEFORE INSERT OR UPDATE OF title, body, district, municipality_id, search_config, search_vector, search_title, search_body ON public.proposals FOR EACH ROW',
  challenges_search_fill:
    'BEFORE INSERT OR UPDATE OF title, problem, affected, constraints, municipality_id, search_config, search_vector, search_title, search_body ON public.challenges FOR EACH ROW',
  municipalities_dialog_search_refill:
    'AFTER UPDATE OF country ON public.municipalities FOR EACH ROW WHEN ((old.country IS DISTINCT FROM new.country))',
  // src/db/append-only.test.ts ('refuses to empty an append-only table')
  audit_log_no_truncate: 'BEFORE TRUNCATE ON public.audit_log FOR EACH STATEMENT',
  benefit_measurements_no_truncate:
    'BEFORE TRUNCATE ON public.benefit_measurements FOR EACH STATEMENT',
  decision_checkpoints_no_truncate:
    'BEFORE TRUNCATE ON public.decision_checkpoints FOR EACH STATEMENT',
  decisions_no_truncate: 'BEFORE TRUNCATE ON public.decisions FOR EACH STATEMENT',
  future_story_versions_no_truncate:
    'BEFORE TRUNCATE ON public.future_story_versions FOR EACH STATEMENT',
  indicator_measurements_no_truncate:
    'BEFORE TRUNCATE ON public.indicator_measurements FOR EACH STATEMENT',
  stage_transitions_no_truncate: 'BEFORE TRUNCATE ON public.stage_transitions FOR EACH STATEMENT',
  dialogue_votes_no_truncate: 'BEFORE TRUNCATE ON public.dialogue_votes FOR EACH STATEMENT',
  case_versions_no_truncate: 'BEFORE TRUNCATE ON public.case_versions FOR EACH STATEMENT',
  // Below, in this file.
  api_tokens_changed:
    'AFTER DELETE OR UPDATE OF token_hash, user_id, municipality_id, expires_at, revoked_at OR TRUNCATE ON public.api_tokens FOR EACH STATEMENT',
  departments_changed:
    'AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.departments FOR EACH STATEMENT',
  municipality_branding_changed:
    'AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.municipality_branding FOR EACH STATEMENT',
  oidc_providers_changed:
    'AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.oidc_providers FOR EACH STATEMENT',
  role_grants_changed:
    'AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.role_grants FOR EACH STATEMENT',
  sessions_changed: 'AFTER DELETE OR UPDATE OR TRUNCATE ON public.sessions FOR EACH STATEMENT',
  users_changed: 'AFTER DELETE OR UPDATE OR TRUNCATE ON public.users FOR EACH STATEMENT',
  // Below, in this file ('announce stored maps and comments on the activity channel, not claims').
  dialogue_maps_activity:
    'AFTER INSERT OR DELETE OR UPDATE OF map OR TRUNCATE ON public.dialogue_maps FOR EACH STATEMENT',
  dialogue_comments_activity:
    'AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.dialogue_comments FOR EACH STATEMENT',
  comment_flags_activity:
    'AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.comment_flags FOR EACH STATEMENT',
  // Below, in this file ('announce who takes part in a challenge as activity, not content').
  challenge_participants_activity:
    'AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.challenge_participants FOR EACH STATEMENT',
  idea_comments_activity:
    'AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.idea_comments FOR EACH STATEMENT',
  workshop_signups_activity:
    'AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.workshop_signups FOR EACH STATEMENT',
  // Below, in this file ('announce every write to the content tables').
  ...Object.fromEntries(
    CONTENT_TABLES.map((table) => [
      `${table}_content_changed`,
      `AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.${table} FOR EACH STATEMENT`,
    ]),
  ),
  // Below, in this file ('announce a support's counts as activity, the rest of a proposal as content').
  proposals_content_changed: `AFTER INSERT OR DELETE OR UPDATE OF ${PROPOSAL_CONTENT_COLUMNS.join(', ')} OR TRUNCATE ON public.proposals FOR EACH STATEMENT`,
  proposals_support_counted: `AFTER UPDATE OF ${SUPPORT_COUNTS.join(', ')} ON public.proposals FOR EACH STATEMENT`,
};

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ demo: false });
});
afterAll(async () => {
  await t?.close();
});

const run = (query: SQL) => t.database.db.execute(query);

describe('the triggers of the schema', () => {
  it('are exactly the ones listed with their tests, firing on what is listed', async () => {
    const { rows } = (await run(sql`
      select t.tgname as name, pg_get_triggerdef(t.oid) as definition
      from pg_trigger t join pg_class c on c.oid = t.tgrelid
      join pg_namespace n on n.oid = c.relnamespace
      where not t.tgisinternal and n.nspname = 'public'`)) as unknown as {
      rows: { name: string; definition: string }[];
    };
    const found = Object.fromEntries(
      rows.map(({ name, definition }) => [
        name,
        definition.replace(/^CREATE TRIGGER \S+ /, '').replace(/ EXECUTE FUNCTION .*$/, ''),
      ]),
    );
    expect(found).toEqual(TRIGGERS);
  });
});

/**
 * Counts the notifications on `channel` that a write causes. PGlite delivers them with the result
 * of the committing statement. A server delivers them a moment after the commit, in commit order,
 * so a marker notification sent after the write is waited for instead: whatever arrived before
 * it was the write's. No fixed wait either way.
 */
async function listener(channel: string) {
  if (testDatabaseKind() === 'pglite') {
    let heard = 0;
    const subscription = await t.database.subscribe(channel, () => {
      heard++;
    });
    return {
      close: () => subscription.close(),
      async after(write: () => Promise<unknown>) {
        const before = heard;
        await write();
        return heard - before;
      },
    };
  }
  const { rows } = (await run(sql`select current_database() as name`)) as unknown as {
    rows: { name: string }[];
  };
  const url = new URL(process.env.TEST_DATABASE_URL ?? '');
  url.pathname = `/${rows[0]?.name}`;
  const client = new pg.Client({ connectionString: url.href });
  await client.connect();
  await client.query(`LISTEN ${channel}`);
  // Every write of these tests goes through `after`, so no notification is left over for the next.
  let payloads: string[] = [];
  let wake: (() => void) | undefined;
  client.on('notification', (n) => {
    payloads.push(n.payload ?? '');
    wake?.();
  });
  return {
    close: () => client.end(),
    async after(write: () => Promise<unknown>) {
      payloads = [];
      await write();
      const marker = randomUUID();
      await run(sql`select pg_notify(${channel}, ${marker})`);
      while (!payloads.includes(marker)) await new Promise<void>((resolve) => (wake = resolve));
      return payloads.indexOf(marker);
    },
  };
}

describe('change notifications', () => {
  let identity: Awaited<ReturnType<typeof listener>>;
  let tenancy: Awaited<ReturnType<typeof listener>>;
  beforeAll(async () => {
    identity = await listener('samskap_identity');
    tenancy = await listener('samskap_tenancy');
  });
  afterAll(async () => {
    await identity?.close();
    await tenancy?.close();
  });

  async function insertUser() {
    const id = randomUUID();
    await run(
      sql`insert into users (id, email, name) values (${id}, ${`${id}@test.example`}, 'N')`,
    );
    return id;
  }

  it('announce changed and ended sessions, not new ones', async () => {
    const user = await insertUser();
    const hash = randomUUID();
    const insert = sql`insert into sessions (id_hash, user_id, expires_at)
      values (${hash}, ${user}, now() + interval '1 hour')`;
    expect(await identity.after(() => run(insert))).toBe(0);
    expect(
      await identity.after(() =>
        run(sql`update sessions set expires_at = now() where id_hash = ${hash}`),
      ),
    ).toBe(1);
    expect(await identity.after(() => run(sql`delete from sessions where id_hash = ${hash}`))).toBe(
      1,
    );
    expect(await identity.after(() => run(insert))).toBe(0);
    expect(await identity.after(() => run(sql`truncate sessions`))).toBe(1);
  });

  it('announce changed and removed users, not new ones', async () => {
    expect(await identity.after(insertUser)).toBe(0);
    const user = await insertUser();
    expect(
      await identity.after(() => run(sql`update users set name = 'M' where id = ${user}`)),
    ).toBe(1);
    expect(await identity.after(() => run(sql`delete from users where id = ${user}`))).toBe(1);
  });

  it('announce every change of role grants, a new grant too', async () => {
    const user = await insertUser();
    const id = randomUUID();
    const insert = sql`insert into role_grants (id, user_id, role, municipality_id)
      values (${id}, ${user}, 'staff', 'SE-0180')`;
    expect(await identity.after(() => run(insert))).toBe(1);
    expect(
      await identity.after(() =>
        run(sql`update role_grants set revoked_at = now() where id = ${id}`),
      ),
    ).toBe(1);
    expect(await identity.after(() => run(sql`delete from role_grants where id = ${id}`))).toBe(1);
    expect(await identity.after(() => run(insert))).toBe(1);
    expect(await identity.after(() => run(sql`truncate role_grants`))).toBe(1);
  });

  it('announce what changes a token’s rights, not its use nor a new token', async () => {
    const user = await insertUser();
    const id = randomUUID();
    const insert = sql`insert into api_tokens (id, user_id, municipality_id, name, token_hash, expires_at)
      values (${id}, ${user}, 'SE-0180', 'T', ${id}, now() + interval '1 day')`;
    expect(await identity.after(() => run(insert))).toBe(0);
    expect(
      await identity.after(() =>
        run(sql`update api_tokens set last_used_at = now(), name = 'U' where id = ${id}`),
      ),
    ).toBe(0);
    for (const change of [
      sql`token_hash = ${randomUUID()}`,
      sql`user_id = ${await insertUser()}`,
      sql`municipality_id = 'SE-0127'`,
      sql`expires_at = now()`,
      sql`revoked_at = now()`,
    ]) {
      expect(
        await identity.after(() => run(sql`update api_tokens set ${change} where id = ${id}`)),
      ).toBe(1);
    }
    expect(await identity.after(() => run(sql`delete from api_tokens where id = ${id}`))).toBe(1);
    expect(await identity.after(() => run(insert))).toBe(0);
    expect(await identity.after(() => run(sql`truncate api_tokens`))).toBe(1);
  });

  it('announce nothing from a write that is rolled back', async () => {
    const user = await insertUser();
    const rolledBack = () =>
      t.database.db.transaction(async (tx) => {
        await tx.execute(sql`update users set name = 'R' where id = ${user}`);
        tx.rollback();
      });
    await expect(identity.after(rolledBack)).rejects.toThrow(/Rollback/);
    expect(await identity.after(async () => {})).toBe(0);
  });

  it.each([
    ['departments', sql`insert into departments (municipality_id, name) values ('SE-0180', 'D')`],
    [
      'oidc_providers',
      sql`insert into oidc_providers (municipality_id, issuer, client_id, client_secret)
        values ('SE-0180', 'https://idp.test.example', 'c', 's')`,
    ],
    [
      'municipality_branding',
      sql`insert into municipality_branding (municipality_id, accent_colour)
        values ('SE-0180', '#123456')`,
    ],
  ])('announce every change of %s on the tenancy channel', async (table, insert) => {
    const name = sql.identifier(table);
    const where = sql`where municipality_id = 'SE-0180'`;
    expect(await tenancy.after(() => run(insert))).toBe(1);
    expect(
      await tenancy.after(() => run(sql`update ${name} set municipality_id = 'SE-0180' ${where}`)),
    ).toBe(1);
    expect(await tenancy.after(() => run(sql`delete from ${name} ${where}`))).toBe(1);
    expect(await tenancy.after(() => run(insert))).toBe(1);
    if (table === 'departments') {
      // Initiatives, and through them the append-only stage changes, refer to departments:
      // emptying departments would empty those too, so it is refused, and nothing is announced.
      await expect(tenancy.after(() => run(sql`truncate ${name} cascade`))).rejects.toSatisfy((e) =>
        String((e as { cause?: Error }).cause?.message ?? e).includes('is append-only'),
      );
      expect(await tenancy.after(async () => {})).toBe(0);
    } else {
      expect(await tenancy.after(() => run(sql`truncate ${name} cascade`))).toBe(1);
    }
  });

  it('announce stored maps and comments on the activity channel, not claims', async () => {
    const activity = await listener('samskap_activity');
    try {
      const m = 'SE-0180';
      await run(sql`insert into decision_bodies (municipality_id, name, kind)
        values (${m}, 'Kommunfullmäktige', 'council')`);
      const { dialogueId } = await insertTestMatter(t.database.db, m, new Date());
      const claim = sql`insert into dialogue_maps (dialogue_id, claimed_until)
        values (${dialogueId}, now() + interval '1 minute')`;
      expect(await activity.after(() => run(claim))).toBe(1);
      const where = sql`where dialogue_id = ${dialogueId}`;
      expect(
        await activity.after(() =>
          run(sql`update dialogue_maps set claimed_until = now() + interval '2 minutes' ${where}`),
        ),
      ).toBe(0);
      expect(
        await activity.after(() =>
          run(sql`update dialogue_maps set map = '{}'::jsonb, votes_seen = 1 ${where}`),
        ),
      ).toBe(1);
      const participant = randomUUID();
      await run(sql`insert into dialogue_participants (id, dialogue_id, number, key_hash)
        values (${participant}, ${dialogueId}, 0, 'k')`);
      const comment = randomUUID();
      expect(
        await activity.after(() =>
          run(sql`insert into dialogue_comments (id, dialogue_id, participant_id, text)
            values (${comment}, ${dialogueId}, ${participant}, 'Bra!')`),
        ),
      ).toBe(1);
      const user = await insertUser();
      expect(
        await activity.after(() =>
          run(
            sql`insert into comment_flags (comment_id, user_id, reason) values (${comment}, ${user}, 'spam')`,
          ),
        ),
      ).toBe(1);
      expect(
        await activity.after(() =>
          run(sql`update dialogue_comments set status = 'hidden' where id = ${comment}`),
        ),
      ).toBe(1);
      expect(await activity.after(() => run(sql`delete from comment_flags`))).toBe(1);
      expect(await activity.after(() => run(sql`delete from dialogue_maps ${where}`))).toBe(1);
    } finally {
      await activity.close();
    }
  });

  it('announce a support’s counts as activity, the rest of a proposal as content', async () => {
    const activity = await listener('samskap_activity');
    const content = await listener('samskap_content');
    try {
      const id = randomUUID();
      const insert = sql`insert into proposals (id, municipality_id, title, body, topic)
        values (${id}, 'SE-0180', 'Fler bänkar', 'Vid ån', 'park')`;
      expect(await content.after(() => run(insert))).toBe(1);
      const where = sql`where id = ${id}`;
      // Both listeners hear each write once: the count of each channel, in that order.
      const heard = async (write: SQL) => {
        let onActivity = 0;
        const onContent = await content.after(async () => {
          onActivity = await activity.after(() => run(write));
        });
        return [onContent, onActivity];
      };
      for (const column of SUPPORT_COUNTS) {
        const counted = sql`update proposals set ${sql.identifier(column)} = 1 ${where}`;
        expect([column, await heard(counted)]).toEqual([column, [0, 1]]);
      }
      expect(await heard(sql`update proposals set state = 'collecting' ${where}`)).toEqual([1, 0]);
      // A write of both is content as well as activity.
      expect(
        await heard(
          sql`update proposals set title = 'Fler bänkar vid ån', support_paper = 2 ${where}`,
        ),
      ).toEqual([1, 1]);
    } finally {
      await activity.close();
      await content.close();
    }
  });

  it('announce who takes part in a challenge as activity, not content', async () => {
    const activity = await listener('samskap_activity');
    const content = await listener('samskap_content');
    try {
      const department = randomUUID();
      // Every write goes through a listener, so none is left over on a server for the next.
      expect(
        await content.after(() =>
          run(sql`insert into departments (id, municipality_id, name)
            values (${department}, 'SE-0180', 'Omsorg')`),
        ),
      ).toBe(1);
      const challenge = randomUUID();
      const idea = randomUUID();
      const workshop = randomUUID();
      expect(
        await content.after(() =>
          run(sql`insert into challenges (id, municipality_id, department_id, title, problem,
            affected, starts_on, ends_on)
            values (${challenge}, 'SE-0180', ${department}, 'U', 'P', 'A', '2027-01-01', '2027-02-01')`),
        ),
      ).toBe(1);
      expect(
        await content.after(() =>
          run(sql`insert into challenge_ideas (id, challenge_id, title, body)
            values (${idea}, ${challenge}, 'I', 'B')`),
        ),
      ).toBe(1);
      expect(
        await content.after(() =>
          run(sql`insert into workshops (id, challenge_id, title, starts_at, ends_at, place, capacity)
            values (${workshop}, ${challenge}, 'W', now() + interval '1 day',
              now() + interval '25 hours', 'P', 5)`),
        ),
      ).toBe(1);
      const user = await insertUser();
      for (const write of [
        sql`insert into challenge_participants (challenge_id, user_id, role)
          values (${challenge}, ${user}, 'resident')`,
        sql`insert into idea_comments (idea_id, author_id, text) values (${idea}, ${user}, 'Bra!')`,
        sql`insert into workshop_signups (workshop_id, user_id, status)
          values (${workshop}, ${user}, 'confirmed')`,
        sql`update workshop_signups set reminded_at = now() where user_id = ${user}`,
        sql`delete from workshop_signups where user_id = ${user}`,
      ]) {
        let announced = 0;
        const asContent = await content.after(async () => {
          announced = await activity.after(() => run(write));
        });
        expect([announced, asContent]).toEqual([1, 0]);
      }
      expect(
        await activity.after(() =>
          run(sql`delete from challenge_participants where user_id = ${user}`),
        ),
      ).toBe(1);
    } finally {
      await activity.close();
      await content.close();
    }
  });

  it('refuse to empty users, which would empty the append-only records along', async () => {
    await insertUser();
    await expect(identity.after(() => run(sql`truncate users cascade`))).rejects.toSatisfy((e) =>
      String((e as { cause?: Error }).cause?.message ?? e).includes('is append-only'),
    );
    expect(await identity.after(async () => {})).toBe(0);
  });

  it('announce every write to the content tables, once per statement', async () => {
    const content = await listener('samskap_content');
    try {
      expect(CONTENT_TABLES).toHaveLength(48);
      for (const table of CONTENT_TABLES) {
        const name = sql.identifier(table);
        // A statement-level trigger fires even when no row matches: each table's own trigger speaks.
        expect([
          table,
          await content.after(() => run(sql`delete from ${name} where false`)),
        ]).toEqual([table, 1]);
        const { rows } = (await run(sql`select column_name as name from information_schema.columns
          where table_schema = 'public' and table_name = ${table} order by ordinal_position limit 1`)) as unknown as {
          rows: { name: string }[];
        };
        const column = sql.identifier(rows[0]?.name ?? '');
        expect([
          table,
          await content.after(() => run(sql`update ${name} set ${column} = ${column} where false`)),
        ]).toEqual([table, 1]);
      }
      expect(await content.after(() => run(sql`delete from sessions where false`))).toBe(0);
    } finally {
      await content.close();
    }
  });
});
