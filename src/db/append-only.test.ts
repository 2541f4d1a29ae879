import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  decisionBodies,
  decisionCheckpoints,
  decisions,
} from '../domains/decisions/decisions.schema.ts';
import { insertTestCase, testCaseContent } from '../domains/delning/cases/cases.fixtures.ts';
import { caseVersions } from '../domains/delning/cases/cases.schema.ts';
import { unlinkCasesWork } from '../domains/delning/cases/personal-data.queries.ts';
import { users } from '../domains/identity/identity.schema.ts';
import { benefitMeasurements } from '../domains/styrning/benefits/benefits.schema.ts';
import { stageTransitions } from '../domains/styrning/portfolio/portfolio.schema.ts';
import {
  futureStoryVersions,
  goals,
  indicatorMeasurements,
  indicators,
} from '../domains/styrning/strategy/strategy.schema.ts';
import {
  insertTestBenefit,
  insertTestDepartment,
  insertTestInitiative,
} from '../testing/steering-fixtures.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

// Records that must stand once written are protected by the database itself, whatever route or
// script tries to change them.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ demo: false });
});
afterAll(async () => {
  await t?.close();
});

const refusal = (e: unknown) => String((e as { cause?: Error }).cause?.message ?? e);

describe('append-only records', () => {
  it('refuses to empty an append-only table, which row triggers alone would not stop', async () => {
    const tables = [
      'audit_log',
      'decisions',
      'decision_checkpoints',
      'stage_transitions',
      'indicator_measurements',
      'benefit_measurements',
      'future_story_versions',
      'dialogue_votes',
      'case_versions',
    ];
    for (const table of tables) {
      // CASCADE, so that no foreign key stops the statement before the trigger can.
      await expect(
        t.database.db.execute(sql`truncate ${sql.identifier(table)} cascade`),
        table,
      ).rejects.toSatisfy((e) => refusal(e).includes(`table ${table} is append-only`));
    }
  });

  it('refuses to edit or delete a recorded decision', async () => {
    const db = t.database.db;
    const [body] = await db
      .insert(decisionBodies)
      .values({ municipalityId: 'SE-0127', name: 'Kommunfullmäktige', kind: 'council' })
      .returning();
    const [decision] = await db
      .insert(decisions)
      .values({
        municipalityId: 'SE-0127',
        sequence: 1,
        bodyId: body?.id ?? '',
        decidedOn: '2026-11-23',
        text: 'Framtidsberättelsen antas.',
        previousHash: '0'.repeat(64),
        hash: 'f'.repeat(64),
        hashVersion: 2,
      })
      .returning();
    await expect(
      db
        .update(decisions)
        .set({ text: 'Ändrad' })
        .where(eq(decisions.id, decision?.id ?? '')),
    ).rejects.toSatisfy((e) => refusal(e).includes('append-only'));
    await expect(db.execute(sql`delete from decisions`)).rejects.toSatisfy((e) =>
      refusal(e).includes('append-only'),
    );
    const [kept] = await db.select().from(decisions);
    expect(kept?.text).toBe('Framtidsberättelsen antas.');
    // The body's name is in the hash of its decisions: it stays as it was.
    await expect(
      db
        .update(decisionBodies)
        .set({ name: 'Fullmäktige' })
        .where(eq(decisionBodies.id, body?.id ?? '')),
    ).rejects.toSatisfy((e) => refusal(e).includes('its name cannot change'));
    await expect(
      db
        .update(decisionBodies)
        .set({ municipalityId: 'SE-0180' })
        .where(eq(decisionBodies.id, body?.id ?? '')),
    ).rejects.toSatisfy((e) => refusal(e).includes('its name cannot change'));
    await db.insert(decisionCheckpoints).values({
      municipalityId: 'SE-0127',
      count: 1,
      head: 'f'.repeat(64),
      signedAt: new Date(),
      keyId: 'k',
      signature: 's',
    });
    await expect(db.execute(sql`update decision_checkpoints set count = 2`)).rejects.toSatisfy(
      (e) => refusal(e).includes('append-only'),
    );
    await expect(db.execute(sql`delete from decision_checkpoints`)).rejects.toSatisfy((e) =>
      refusal(e).includes('append-only'),
    );
  });

  it('lets a body without decisions be renamed', async () => {
    const db = t.database.db;
    const [body] = await db
      .insert(decisionBodies)
      .values({ municipalityId: 'SE-0127', name: 'Kulturnämnden', kind: 'committee' })
      .returning();
    const [renamed] = await db
      .update(decisionBodies)
      .set({ name: 'Kultur- och fritidsnämnden' })
      .where(eq(decisionBodies.id, body?.id ?? ''))
      .returning();
    expect(renamed?.name).toBe('Kultur- och fritidsnämnden');
  });

  it('lets a future story draft change, but never an adopted version', async () => {
    const db = t.database.db;
    const [draft] = await db
      .insert(futureStoryVersions)
      .values({ municipalityId: 'SE-0127', version: 1, title: 'Botkyrka 2035', body: 'Utkast' })
      .returning();
    const id = draft?.id ?? '';
    await db
      .update(futureStoryVersions)
      .set({ body: 'Bättre utkast' })
      .where(eq(futureStoryVersions.id, id));
    await db
      .update(futureStoryVersions)
      .set({ status: 'adopted' })
      .where(eq(futureStoryVersions.id, id));
    await expect(
      db
        .update(futureStoryVersions)
        .set({ body: 'Efterhandsändring' })
        .where(eq(futureStoryVersions.id, id)),
    ).rejects.toSatisfy((e) => refusal(e).includes('cannot change'));
    const [stored] = await db
      .select()
      .from(futureStoryVersions)
      .where(eq(futureStoryVersions.id, id));
    expect(stored?.body).toBe('Bättre utkast');
    await expect(
      db.delete(futureStoryVersions).where(eq(futureStoryVersions.id, id)),
    ).rejects.toSatisfy((e) => refusal(e).includes('cannot change'));
    const [other] = await db
      .insert(futureStoryVersions)
      .values({ municipalityId: 'SE-0127', version: 2, title: 'Botkyrka 2040', body: 'Utkast' })
      .returning();
    await db.delete(futureStoryVersions).where(eq(futureStoryVersions.id, other?.id ?? ''));
    expect(await db.select().from(futureStoryVersions)).toHaveLength(1);
  });

  /** Refuses to change or delete the rows of `table` (one at least), and keeps them as they were. */
  async function refusesChanges(table: string, set: string) {
    const db = t.database.db;
    const name = sql.identifier(table);
    const rows = async () =>
      ((await db.execute(sql`select * from ${name} order by id`)) as unknown as { rows: unknown[] })
        .rows;
    const before = await rows();
    expect(before.length).toBeGreaterThan(0);
    await expect(db.execute(sql`update ${name} set ${sql.raw(set)}`)).rejects.toSatisfy((e) =>
      refusal(e).includes(`table ${table} is append-only`),
    );
    await expect(db.execute(sql`delete from ${name}`)).rejects.toSatisfy((e) =>
      refusal(e).includes(`table ${table} is append-only`),
    );
    expect(await rows()).toEqual(before);
  }

  it('refuses to edit or delete a recorded stage change', async () => {
    const db = t.database.db;
    const department = await insertTestDepartment(db, 'SE-0127');
    const initiative = await insertTestInitiative(db, {
      municipalityId: 'SE-0127',
      departmentId: department.id,
    });
    await db.insert(stageTransitions).values({
      initiativeId: initiative.id,
      fromStage: 'idea',
      toStage: 'assessed',
      reason: 'Behovet är verifierat.',
    });
    await refusesChanges('stage_transitions', "reason = 'Ändrad'");
  });

  it('refuses to edit or delete a measurement of an indicator or of a benefit', async () => {
    const db = t.database.db;
    const [goal] = await db
      .insert(goals)
      .values({ municipalityId: 'SE-0127', title: 'Trygg omsorg' })
      .returning();
    const [indicator] = await db
      .insert(indicators)
      .values({
        goalId: goal?.id ?? '',
        name: 'Nöjdhet',
        unit: '%',
        direction: 'higher',
        baselineValue: 70,
        baselineDate: '2026-01-01',
        targetValue: 90,
        targetDate: '2028-12-31',
      })
      .returning();
    await db
      .insert(indicatorMeasurements)
      .values({ indicatorId: indicator?.id ?? '', value: 75, measuredOn: '2026-06-30' });
    await refusesChanges('indicator_measurements', 'value = 99');

    const department = await insertTestDepartment(db, 'SE-0127', 'Mätavdelning');
    const initiative = await insertTestInitiative(db, {
      municipalityId: 'SE-0127',
      departmentId: department.id,
    });
    const benefit = await insertTestBenefit(db, { initiativeId: initiative.id });
    await db
      .insert(benefitMeasurements)
      .values({ benefitId: benefit.id, value: 12, measuredOn: '2026-06-30' });
    await refusesChanges('benefit_measurements', 'value = 0');
  });

  it('keeps a shared case’s versions as published, letting only a deleted account be unlinked', async () => {
    const db = t.database.db;
    const department = await insertTestDepartment(db, 'SE-0127', 'Delningsavdelning');
    const initiative = await insertTestInitiative(db, {
      municipalityId: 'SE-0127',
      departmentId: department.id,
      isPublic: true,
    });
    const [author] = await db
      .insert(users)
      .values({ email: 'versioner@botkyrka.example', name: 'Versionsförfattare' })
      .returning();
    const shared = await insertTestCase(db, {
      municipalityId: 'SE-0127',
      initiativeId: initiative.id,
    });
    await db.insert(caseVersions).values({
      caseId: shared.id,
      version: 2,
      content: testCaseContent({ title: 'Andra versionen' }),
      changedBy: author?.id ?? null,
    });
    await refusesChanges('case_versions', `content = '{}'::jsonb`);
    await expect(
      db.execute(sql`update case_versions set version = 2, changed_by = null`),
    ).rejects.toSatisfy((e) => refusal(e).includes('table case_versions is append-only'));
    // The personal-data step that forgets an account: unlinked, the version otherwise unchanged.
    const written = eq(caseVersions.changedBy, author?.id ?? '');
    const before = await db.select().from(caseVersions).where(written);
    expect(before).toHaveLength(1);
    await unlinkCasesWork(db, author?.id ?? '');
    expect(await db.select().from(caseVersions).where(written)).toEqual([]);
    const [after] = await db
      .select()
      .from(caseVersions)
      .where(eq(caseVersions.id, before[0]?.id ?? ''));
    expect(after).toEqual({ ...before[0], changedBy: null });
  });
});
