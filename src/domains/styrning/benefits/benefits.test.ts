import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departmentManagedBy } from '../../../testing/accounts.ts';
import { insertTestDepartment, insertTestInitiative } from '../../../testing/steering-fixtures.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { auditLog } from '../../audit/audit.schema.ts';
import { benefitMeasurements, benefits } from './benefits.schema.ts';
import { benefitForm } from './benefits.test-support.ts';

// The app's clock: 1 December 2026, so "the past" and "the future" are fixed.
const now = () => new Date('2026-12-01T10:00:00Z');
let t: TestApp;
let own = ''; // a non-public pilot of the demo manager's department
let other = ''; // a public initiative of another department
let foreign = ''; // an initiative of Botkyrka
const base = '/en/municipalities/SE-0483/initiatives';

const countBenefits = async () => (await t.database.db.select().from(benefits)).length;
const countMeasurements = async () =>
  (await t.database.db.select().from(benefitMeasurements)).length;

beforeAll(async () => {
  t = await createTestApp({ now });
  const db = t.database.db;
  const dept = await departmentManagedBy(db, 'manager@katrineholm.example');
  const otherDept = await insertTestDepartment(db, 'SE-0483', 'Annan förvaltning');
  own = (
    await insertTestInitiative(db, {
      municipalityId: 'SE-0483',
      departmentId: dept,
      title: 'Digital nattillsyn',
      stage: 'pilot',
    })
  ).id;
  other = (
    await insertTestInitiative(db, {
      municipalityId: 'SE-0483',
      departmentId: otherDept.id,
      title: 'E-tjänst för bygglov',
      isPublic: true,
    })
  ).id;
  const botkyrkaDept = await departmentManagedBy(db, 'manager@botkyrka.example');
  foreign = (
    await insertTestInitiative(db, {
      municipalityId: 'SE-0127',
      departmentId: botkyrkaDept,
      title: 'Botkyrkas satsning',
    })
  ).id;
});
afterAll(async () => {
  await t?.close();
});

describe('benefits of an initiative', () => {
  it('are added by the department’s manager, audited, and shown on the list and detail pages', async () => {
    const manager = await t.signedIn('manager@katrineholm.example');
    const res = await manager.postForm(
      `${base}/${own}/benefits`,
      benefitForm({ moneyPerUnit: '1 250,5', description: 'Nattillsyn <script>x</script>' }),
    );
    expect(res.status).toBe(303);
    const location = res.headers.get('location') ?? '';
    expect(location).toMatch(/\/benefits\/[0-9a-f-]{36}\?done=benefitAdded$/);
    const [row] = await t.database.db.select().from(benefits).where(eq(benefits.initiativeId, own));
    expect(row).toMatchObject({
      kind: 'time',
      isDisbenefit: false,
      ownerName: 'Anna Andersson',
      moneyPerUnit: 1250.5,
      baselineDate: '2026-01-01',
      planned: { '2027': 80, '2028': 120 },
      countsForGate: true,
      confidence: 'green',
    });
    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.target, `benefit:${row?.id}`));
    expect(audits.map((a) => a.action)).toEqual(['benefit.create']);
    const detail = await (await manager.get(location)).text();
    expect(detail).toContain('The benefit has been added.');
    expect(detail).toContain('Nattillsyn &lt;script&gt;');
    expect(detail).not.toContain('<script>x');
    const list = await (await manager.get(`${base}/${own}/benefits`)).text();
    expect(list).toContain('Benefits of Digital nattillsyn');
    expect(list).toContain('Anna Andersson');
    expect(list).toContain('role="img"');
  });

  it('are refused to a manager of another department, staff, residents, visitors and other municipalities', async () => {
    const before = await countBenefits();
    for (const [email, path] of [
      ['manager@katrineholm.example', `${base}/${other}/benefits`],
      ['staff@katrineholm.example', `${base}/${own}/benefits`],
      ['politician@katrineholm.example', `${base}/${own}/benefits`],
      ['resident@katrineholm.example', `${base}/${own}/benefits`],
      ['admin@botkyrka.example', `${base}/${own}/benefits`],
    ] as const) {
      const res = await (await t.signedIn(email)).postForm(path, benefitForm());
      expect(res.status, email).toBe(403);
    }
    const anonymous = await t.client().postForm(`${base}/${own}/benefits`, benefitForm());
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toContain('/login');
    expect(
      (await (await t.signedIn('manager@katrineholm.example')).get(`${base}/${other}/benefits/new`))
        .status,
    ).toBe(403);
    // Another municipality's initiative under this municipality's path is not found.
    const admin = await t.signedIn('admin@katrineholm.example');
    expect((await admin.postForm(`${base}/${foreign}/benefits`, benefitForm())).status).toBe(404);
    expect(await countBenefits()).toBe(before);
    // An admin edits every department's initiatives.
    expect((await admin.postForm(`${base}/${other}/benefits`, benefitForm())).status).toBe(303);
  });

  it('are seen as the initiative is: residents only a public initiative’s', async () => {
    const resident = await t.signedIn('resident@katrineholm.example');
    expect((await resident.get(`${base}/${own}/benefits`)).status).toBe(404);
    expect((await resident.get(`${base}/${other}/benefits`)).status).toBe(200);
    expect((await t.client().get(`${base}/${other}/benefits`)).status).toBe(200);
    const anonymous = await t.client().get(`${base}/${own}/benefits`);
    expect(anonymous.status).toBe(303);
    expect(
      (await (await t.signedIn('staff@katrineholm.example')).get(`${base}/${own}/benefits`)).status,
    ).toBe(200);
    expect(
      (await (await t.signedIn('admin@asker.example')).get(`${base}/${own}/benefits`)).status,
    ).toBe(404);
    expect((await t.client().get(`${base}/not-a-uuid/benefits`)).status).toBe(404);
    const [b] = await t.database.db.select().from(benefits).where(eq(benefits.initiativeId, own));
    // A benefit of one initiative is not found under another.
    expect((await resident.get(`${base}/${other}/benefits/${b?.id}`)).status).toBe(404);
    expect((await resident.get(`${base}/${own}/benefits/${b?.id}`)).status).toBe(404);
  });

  it('refuse bad input with a localised message and change nothing', async () => {
    const manager = await t.signedIn('manager@katrineholm.example');
    const before = await countBenefits();
    const cases: [Record<string, string>, string, string][] = [
      [{ moneyPerUnit: '-5' }, 'moneyPerUnit', 'The number cannot be negative.'],
      [{ moneyPerUnit: '1e400' }, 'moneyPerUnit', 'Enter a number'],
      [{ baselineValue: 'NaN' }, 'baselineValue', 'Enter a number'],
      [{ targetValue: 'Infinity' }, 'targetValue', 'Enter a number'],
      [{ targetValue: '99999999999999' }, 'targetValue', 'The number is too large.'],
      [{ targetDate: '2026-06-30' }, 'targetDate', 'The target date cannot be in the past.'],
      [
        { baselineDate: '2027-06-01', targetDate: '2027-05-01' },
        'targetDate',
        'The target date must come after the baseline date.',
      ],
      [{ targetDate: '2027-02-30' }, 'targetDate', 'Enter a real date as YYYY-MM-DD.'],
      [{ targetValue: '-10' }, 'targetValue', 'The target must be better than the baseline'],
      [{ kind: 'magic' }, 'kind', 'Choose one of the options.'],
      [{ confidence: 'purple' }, 'confidence', 'Choose one of the options.'],
      [{ direction: 'sideways' }, 'direction', 'Choose one of the options.'],
      [{ planned: '1999: 10' }, 'planned', 'Use years from 2000 to 2100.'],
      [{ planned: '2101: 10' }, 'planned', 'Use years from 2000 to 2100.'],
      [{ planned: '2027: 10\n2027: 20' }, 'planned', 'Each year may appear only once.'],
      [{ planned: '2027: -3' }, 'planned', 'The number cannot be negative.'],
      [{ planned: 'next year: lots' }, 'planned', 'Write each line as year: value'],
      [{ description: '  ' }, 'description', 'Fill in this field.'],
      [{ ownerName: 'x'.repeat(201) }, 'ownerName', 'The text is too long.'],
    ];
    for (const [override, field, message] of cases) {
      const res = await manager.postForm(`${base}/${own}/benefits`, benefitForm(override));
      const where = JSON.stringify(override);
      expect(res.status, where).toBe(422);
      const html = await res.text();
      expect(html, where).toContain(`id="error-${field}"`);
      expect(html, where).toContain(message);
    }
    const sv = await manager.postForm(
      `/sv/municipalities/SE-0483/initiatives/${own}/benefits`,
      benefitForm({ targetDate: '2025-01-01', baselineDate: '2024-01-01' }),
    );
    expect(await sv.text()).toContain('Måldatumet kan inte ha passerat.');
    expect(await countBenefits()).toBe(before);
  });

  it('are edited by the manager; an edit may keep a target date that has passed', async () => {
    const manager = await t.signedIn('manager@katrineholm.example');
    const [b] = await t.database.db.select().from(benefits).where(eq(benefits.initiativeId, own));
    const editPage = await manager.get(`${base}/${own}/benefits/${b?.id}/edit`);
    expect(editPage.status).toBe(200);
    expect(await editPage.text()).toContain('2027: 80');
    const res = await manager.postForm(
      `${base}/${own}/benefits/${b?.id}`,
      benefitForm({
        baselineDate: '2025-01-01',
        targetDate: '2026-06-30',
        confidence: 'red',
        countsForGate: '',
      }),
    );
    expect(res.status).toBe(303);
    const [after] = await t.database.db
      .select()
      .from(benefits)
      .where(eq(benefits.id, b?.id ?? ''));
    expect(after).toMatchObject({
      targetDate: '2026-06-30',
      confidence: 'red',
      countsForGate: false,
    });
    const bad = await manager.postForm(
      `${base}/${own}/benefits/${b?.id}`,
      benefitForm({ kind: '' }),
    );
    expect(bad.status).toBe(422);
    const [unchanged] = await t.database.db
      .select()
      .from(benefits)
      .where(eq(benefits.id, b?.id ?? ''));
    expect(unchanged?.kind).toBe('time');
    expect(
      (
        await (
          await t.signedIn('staff@katrineholm.example')
        ).postForm(`${base}/${own}/benefits/${b?.id}`, benefitForm())
      ).status,
    ).toBe(403);
  });
});

describe('measurements of a benefit', () => {
  it('are recorded by the manager with who and when, and shown against the plan', async () => {
    const manager = await t.signedIn('manager@katrineholm.example');
    const [b] = await t.database.db.select().from(benefits).where(eq(benefits.initiativeId, own));
    const path = `${base}/${own}/benefits/${b?.id}`;
    for (const [value, measuredOn] of [
      ['40', '2025-06-30'],
      ['75,5', '2026-11-30'],
    ]) {
      const res = await manager.postForm(`${path}/measurements`, {
        value: value ?? '',
        measuredOn: measuredOn ?? '',
        note: 'Uppföljning',
      });
      expect(res.status).toBe(303);
    }
    const rows = await t.database.db
      .select()
      .from(benefitMeasurements)
      .where(eq(benefitMeasurements.benefitId, b?.id ?? ''));
    expect(rows.map((r) => r.value)).toEqual([40, 75.5]);
    expect(rows.every((r) => r.recordedBy !== null)).toBe(true);
    const html = await (await manager.get(path)).text();
    expect(html).toContain('manager@katrineholm.example');
    expect(html).toContain('id="realisation-chart"');
    // Realised 2026 = 75.5 against no plan; plan 2027 = 80 without a measurement yet.
    expect(html).toContain('75.5');
    const table = html.slice(html.indexOf('<caption>'), html.indexOf('</table>'));
    expect(table).toMatch(
      /<th scope="row"[^>]*>2026<\/th><td class="numeric missing"[^>]*>.*?<\/td><td class="numeric"[^>]*>75.5<\/td>/,
    );
    expect(table).toMatch(
      /<th scope="row"[^>]*>2027<\/th><td class="numeric"[^>]*>80<\/td><td class="numeric missing"[^>]*>/,
    );
    // The kind is named in words, not by its stored code.
    expect(html).toContain('<dd>Freed time</dd>');
  });

  it('refuse bad values and dates and cannot be changed or deleted by any route', async () => {
    const manager = await t.signedIn('manager@katrineholm.example');
    const [b] = await t.database.db.select().from(benefits).where(eq(benefits.initiativeId, own));
    const path = `${base}/${own}/benefits/${b?.id}/measurements`;
    const before = await countMeasurements();
    for (const [form, message] of [
      [{ value: 'NaN', measuredOn: '2026-11-01' }, 'Enter a number'],
      [{ value: '1e999', measuredOn: '2026-11-01' }, 'Enter a number'],
      [{ value: '5', measuredOn: '2026-13-01' }, 'Enter a real date'],
      [{ value: '5', measuredOn: '2024-12-31' }, 'before the baseline date'],
      [{ value: '5', measuredOn: '2027-01-01' }, 'in the future'],
      [{ value: '5', measuredOn: '2026-11-01', note: 'n'.repeat(2001) }, 'The text is too long.'],
    ] as const) {
      const res = await manager.postForm(path, form);
      expect(res.status, JSON.stringify(form)).toBe(422);
      expect(await res.text()).toContain(message);
    }
    expect(
      (
        await (
          await t.signedIn('staff@katrineholm.example')
        ).postForm(path, { value: '1', measuredOn: '2026-11-01' })
      ).status,
    ).toBe(403);
    expect(
      (
        await (
          await t.signedIn('manager@botkyrka.example')
        ).postForm(path, { value: '1', measuredOn: '2026-11-01' })
      ).status,
    ).toBe(403);
    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      // Refused by the CSRF guard (403) or by having no such route (404): never a change.
      const res = await manager.request(`${path}/${b?.id}`, { method });
      expect([403, 404, 405], method).toContain(res.status);
    }
    // Refused by the append-only trigger, not by some other error of the statement.
    const appendOnly = (e: unknown) =>
      String((e as { cause?: Error }).cause?.message).includes('is append-only');
    await expect(
      t.database.db.execute(sql`update benefit_measurements set value = 0`),
    ).rejects.toSatisfy(appendOnly);
    await expect(t.database.db.execute(sql`delete from benefit_measurements`)).rejects.toSatisfy(
      appendOnly,
    );
    expect(await countMeasurements()).toBe(before);
  });
});
