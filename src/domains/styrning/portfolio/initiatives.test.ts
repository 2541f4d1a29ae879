import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { auditLog } from '../../audit/audit.schema.ts';
import { initiativeFixtures } from './initiatives-testkit.ts';
import { initiatives } from './portfolio.schema.ts';

let t: TestApp;
let fx: Awaited<ReturnType<typeof initiativeFixtures>>;
const base = '/en/municipalities/SE-0483';

beforeAll(async () => {
  t = await createTestApp();
  fx = await initiativeFixtures(t);
});
afterAll(async () => {
  await t?.close();
});

const countIn = async (municipalityId: string) =>
  (
    await t.database.db
      .select()
      .from(initiatives)
      .where(eq(initiatives.municipalityId, municipalityId))
  ).length;

/** Every page of the initiatives list as one text, as a reader paging through would see it. */
async function everyPage(email: string | null) {
  const client = await t.signedIn(email);
  const first = await (await client.get(`${base}/initiatives`)).text();
  const pages = Math.max(
    1,
    ...[...first.matchAll(/aria-label="Page (\d+)"/g)].map((m) => Number(m[1])),
  );
  const rest = [];
  for (let page = 2; page <= pages; page++)
    rest.push(await (await client.get(`${base}/initiatives?page=${page}`)).text());
  return [first, ...rest].join('\n');
}

describe('initiatives list', () => {
  it('shows visitors and residents the public initiatives only, the staff all', async () => {
    for (const email of [null, 'resident@katrineholm.example', 'staff@asker.example']) {
      const page = await everyPage(email);
      expect(page, String(email)).toContain('Offentlig satsning');
      expect(page, String(email)).not.toContain('Intern satsning');
    }
    for (const role of ['staff', 'manager', 'politician', 'admin']) {
      const page = await everyPage(`${role}@katrineholm.example`);
      expect(page, role).toContain('(page 2 of 2)');
      expect(page, role).toContain('Intern satsning');
      expect(page, role).toContain('Annan förvaltnings satsning');
    }
  });

  it('filters by stage and department with a plain GET form', async () => {
    const staff = await t.signedIn('staff@katrineholm.example');
    const byDept = await (await staff.get(`${base}/initiatives?department=${fx.other}`)).text();
    expect(byDept).toContain('Annan förvaltnings satsning');
    expect(byDept).not.toContain('Intern satsning');
    expect(byDept).toContain('<form method="get"');
    const byStage = await (
      await staff.get(`${base}/initiatives?stage=operation&department=${fx.other}`)
    ).text();
    expect(byStage).toContain('No initiatives match.');
    // Unknown filter values are ignored, not an error.
    const junk = await staff.get(`${base}/initiatives?stage=<script>&department=nope`);
    expect(junk.status).toBe(200);
    expect(await junk.text()).not.toContain('<script>');
  });

  it('is 404 for an unknown municipality', async () => {
    expect((await t.app.request('/en/municipalities/SE-9999/initiatives')).status).toBe(404);
  });
});

describe('proposing', () => {
  it('staff propose an idea for a department of this municipality, audited', async () => {
    const staff = await t.signedIn('staff@katrineholm.example');
    expect((await staff.get(`${base}/initiatives/new`)).status).toBe(200);
    const res = await staff.postForm(`${base}/initiatives/new`, {
      title: 'Digital nattillsyn <script>alert(1)</script>',
      departmentId: fx.other,
      problem: 'Nattbesök väcker brukare.',
      idea: 'Kameror med samtycke.',
    });
    expect(res.status).toBe(303);
    const location = res.headers.get('location') ?? '';
    expect(location).toMatch(/\/initiatives\/[0-9a-f-]{36}\?done=initiativeProposed$/);
    const id = location.split('/initiatives/')[1]!.split('?')[0]!;
    const [row] = await t.database.db.select().from(initiatives).where(eq(initiatives.id, id));
    expect(row).toMatchObject({ stage: 'idea', departmentId: fx.other, isPublic: false });
    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, 'initiative.create'), eq(auditLog.target, `initiative:${id}`)),
      );
    expect(audits).toHaveLength(1);
    const page = await (await staff.get(location)).text();
    expect(page).toContain('The initiative was proposed.');
    expect(page).toContain('Digital nattillsyn &lt;script&gt;');
    expect(page).not.toContain('<script>alert(1)');
  });

  it('is refused to residents, politicians and visitors', async () => {
    const before = await countIn('SE-0483');
    for (const email of [
      'resident@katrineholm.example',
      'politician@katrineholm.example',
      'staff@asker.example',
    ]) {
      const res = await (await t.signedIn(email)).postForm(`${base}/initiatives/new`, {
        title: 'x',
        departmentId: fx.own,
      });
      expect(res.status, email).toBe(403);
    }
    const anon = await (await t.signedIn(null)).postForm(`${base}/initiatives/new`, {
      title: 'x',
      departmentId: fx.own,
    });
    expect(anon.status).toBe(303);
    expect(anon.headers.get('location')).toContain('/login');
    expect(await countIn('SE-0483')).toBe(before);
  });

  it('refuses an empty title and a department of another municipality', async () => {
    const staff = await t.signedIn('staff@katrineholm.example');
    const before = await countIn('SE-0483');
    const empty = await staff.postForm(`${base}/initiatives/new`, {
      title: '  ',
      departmentId: fx.own,
    });
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain('Fill in this field.');
    const foreign = await staff.postForm(`${base}/initiatives/new`, {
      title: 'x',
      departmentId: fx.foreignDept,
    });
    expect(foreign.status).toBe(422);
    expect(await foreign.text()).toContain('Choose a department of this municipality.');
    const malformed = await staff.postForm(`${base}/initiatives/new`, {
      title: 'x',
      departmentId: "1' OR 1=1",
    });
    expect(malformed.status).toBe(422);
    expect(await countIn('SE-0483')).toBe(before);
  });
});

describe('the initiative page', () => {
  it('shows public initiatives to everyone and internal ones to the staff only', async () => {
    const anon = await t.signedIn(null);
    const pub = await anon.get(`${base}/initiatives/${fx.publicOwn.id}`);
    expect(pub.status).toBe(200);
    const html = await pub.text();
    expect(html).toContain(`/initiatives/${fx.publicOwn.id}/benefits`);
    expect(html).toContain(`/initiatives/${fx.publicOwn.id}/calculus`);
    expect(html).not.toContain('/edit"');
    expect((await anon.get(`${base}/initiatives/${fx.internalOwn.id}`)).status).toBe(404);
    const resident = await t.signedIn('resident@katrineholm.example');
    expect((await resident.get(`${base}/initiatives/${fx.internalOwn.id}`)).status).toBe(404);
    const staff = await t.signedIn('staff@katrineholm.example');
    expect((await staff.get(`${base}/initiatives/${fx.internalOwn.id}`)).status).toBe(200);
  });

  it('is 404 for another municipality’s initiative and for malformed ids', async () => {
    const admin = await t.signedIn('admin@katrineholm.example');
    expect((await admin.get(`${base}/initiatives/${fx.foreign.id}`)).status).toBe(404);
    expect((await admin.get(`${base}/initiatives/not-a-uuid`)).status).toBe(404);
    expect((await admin.get(`${base}/initiatives/${fx.foreign.id}/edit`)).status).toBe(404);
  });
});
