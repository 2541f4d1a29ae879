import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departmentManagedBy } from '../../../testing/accounts.ts';
import { insertTestBenefit, insertTestInitiative } from '../../../testing/steering-fixtures.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';
import { mailOutbox } from '../../mail/mail.schema.ts';
import { benefitMeasurements, benefits } from '../../styrning/benefits/benefits.schema.ts';
import { initiatives, stageTransitions } from '../../styrning/portfolio/portfolio.schema.ts';
import { steeringSettings } from '../../styrning/steering/steering.schema.ts';
import { testCaseContent } from './cases.fixtures.ts';
import { caseAdoptions, sharedCases } from './cases.schema.ts';

const botkyrka = 'SE-0127';
const katrineholm = 'SE-0483';
let t: TestApp;
let publisher: TestClient;
let adopter: TestClient;
let adopterDepartment: string;

beforeAll(async () => {
  t = await createTestApp();
  publisher = await t.signedIn('manager@botkyrka.example');
  adopter = await t.signedIn('manager@katrineholm.example');
  adopterDepartment = await departmentManagedBy(t.database.db, 'manager@katrineholm.example');
});
afterAll(async () => {
  await t?.close();
});

/** A case published by Botkyrka's manager through the form, from a public initiative with a benefit. */
async function publishedCase(title: string) {
  const db = t.database.db;
  const departmentId = await departmentManagedBy(db, 'manager@botkyrka.example');
  const initiative = await insertTestInitiative(db, {
    municipalityId: botkyrka,
    departmentId,
    title,
    isPublic: true,
    stage: 'operation',
  });
  await insertTestBenefit(db, {
    initiativeId: initiative.id,
    description: 'Frigjord tid i hemtjänsten',
    baselineValue: 0,
    targetValue: 30,
    moneyPerUnit: 20_000,
  });
  const fields = Object.fromEntries(
    Object.entries(testCaseContent({ title })).map(([k, v]) => [k, String(v)]),
  );
  const res = await publisher.postForm(
    `/sv/municipalities/${botkyrka}/initiatives/${initiative.id}/case`,
    fields,
  );
  expect(res.status).toBe(303);
  const [row] = await db
    .select()
    .from(sharedCases)
    .where(eq(sharedCases.initiativeId, initiative.id));
  if (!row) throw new Error('no case');
  return row;
}

const adopt = (client: TestClient, municipalityId: string, fields: Record<string, string>) =>
  client.postForm(`/sv/municipalities/${municipalityId}/adoptions`, fields);

const adoptionsOf = (caseId: string) =>
  t.database.db.select().from(caseAdoptions).where(eq(caseAdoptions.caseId, caseId));

describe('adopting a shared case', () => {
  it('starts a public pilot in the adopter’s portfolio with the case’s data, links it back and mails the publisher', async () => {
    const shared = await publishedCase('Nattillsyn att återanvända');
    const page = await (await adopter.get(`/sv/cases/${shared.id}`)).text();
    expect(page).toContain('Vi återanvänder det här');
    const res = await adopt(adopter, katrineholm, {
      caseId: shared.id,
      departmentId: adopterDepartment,
      stage: 'pilot',
      mode: 'adapted',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/sv/cases/${shared.id}?done=caseAdopted`);
    const [adoption] = await adoptionsOf(shared.id);
    expect(adoption?.municipalityId).toBe(katrineholm);
    expect(adoption?.mode).toBe('adapted');
    const [started] = await t.database.db
      .select()
      .from(initiatives)
      .where(eq(initiatives.id, adoption?.initiativeId ?? ''));
    expect(started?.municipalityId).toBe(katrineholm);
    expect(started?.departmentId).toBe(adopterDepartment);
    expect(started?.stage).toBe('pilot');
    expect(started?.isPublic).toBe(true);
    expect(started?.title).toBe('Nattillsyn att återanvända');
    expect(started?.idea).toContain('Botkyrka');
    const moves = await t.database.db
      .select()
      .from(stageTransitions)
      .where(eq(stageTransitions.initiativeId, started?.id ?? ''));
    expect(moves.map((m) => [m.fromStage, m.toStage])).toEqual([['idea', 'pilot']]);
    const copied = await t.database.db
      .select()
      .from(benefits)
      .where(eq(benefits.initiativeId, started?.id ?? ''));
    expect(copied.map((b) => [b.description, b.moneyPerUnit])).toEqual([
      ['Frigjord tid i hemtjänsten', 20_000],
    ]);
    const mails = await t.database.db
      .select()
      .from(mailOutbox)
      .where(
        and(
          eq(mailOutbox.toAddress, 'manager@botkyrka.example'),
          eq(mailOutbox.kind, 'cases.adopted'),
        ),
      );
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe('Katrineholm återanvänder ert delade exempel');
    expect(mails[0]?.bodyText).toContain(`/sv/cases/${shared.id}`);
    const after = await (await t.client().get(`/en/cases/${shared.id}`)).text();
    expect(after).toContain('Adopted by 1 municipality, 0 measuring.');
    expect(after).toContain('Piloting');

    // Each initiative's page links to the case: the adopter's to what it reuses, the publisher's
    // to what it is shared as.
    const caseLink = `href="/sv/cases/${shared.id}"`;
    const adopters = await (
      await t.client().get(`/sv/municipalities/${katrineholm}/initiatives/${started?.id}`)
    ).text();
    expect(adopters).toMatch(
      /Återanvänder exemplet <a [^>]*href="\/sv\/cases\/[^"]+"[^>]*>Nattillsyn att återanvända<\/a> \(Botkyrka\)/,
    );
    expect(adopters).toContain(caseLink);
    expect(adopters).not.toContain('Delad med nätverket som exemplet');
    const publishers = await (
      await t.client().get(`/sv/municipalities/${botkyrka}/initiatives/${shared.initiativeId}`)
    ).text();
    expect(publishers).toContain('Delad med nätverket som exemplet');
    expect(publishers).toContain(caseLink);
    expect(publishers).not.toContain('Återanvänder exemplet');
  });

  it('rolls the adopters’ measured benefits up to the case', async () => {
    const shared = await publishedCase('Nattillsyn med mätning');
    await adopt(adopter, katrineholm, {
      caseId: shared.id,
      departmentId: adopterDepartment,
      stage: 'idea',
      mode: 'as-is',
    });
    const [adoption] = await adoptionsOf(shared.id);
    const [benefit] = await t.database.db
      .select()
      .from(benefits)
      .where(eq(benefits.initiativeId, adoption?.initiativeId ?? ''));
    await t.announced(() =>
      t.database.db
        .insert(benefitMeasurements)
        .values({ benefitId: benefit?.id ?? '', value: 12, measuredOn: '2026-11-01' }),
    );
    // 12 hours more a week than the baseline of 0, at 20,000 SEK an hour and year.
    const page = await (await t.client().get(`/en/cases/${shared.id}`)).text();
    expect(page).toContain('Adopted by 1 municipality, 1 measuring.');
    expect(page).toContain(
      'Realised 240,000 SEK a year across 1 municipality (from 240,000 to 240,000).',
    );
    expect(page).toContain('Planned');
    // An adopter that counts in a currency of its own has its benefits added up in it.
    const db = t.database.db;
    const own = eq(steeringSettings.municipalityId, katrineholm);
    const [before] = await db.select().from(steeringSettings).where(own);
    await t.announced(() =>
      db
        .insert(steeringSettings)
        .values({ municipalityId: katrineholm, currency: 'EUR', weights: {} })
        .onConflictDoUpdate({ target: steeringSettings.municipalityId, set: { currency: 'EUR' } }),
    );
    try {
      const inEuro = await (await t.client().get(`/en/cases/${shared.id}`)).text();
      expect(inEuro).toContain(
        'Realised 240,000 EUR a year across 1 municipality (from 240,000 to 240,000).',
      );
      expect(inEuro).not.toContain('SEK a year');
    } finally {
      await t.announced(() =>
        before
          ? db.update(steeringSettings).set({ currency: before.currency }).where(own)
          : db.delete(steeringSettings).where(own),
      );
    }
  });

  it('refuses adopting one’s own case, adopting twice and adopting a withdrawn case, writing nothing', async () => {
    const shared = await publishedCase('Nattillsyn en gång');
    const own = await adopt(await t.signedIn('admin@botkyrka.example'), botkyrka, {
      caseId: shared.id,
      departmentId: await departmentManagedBy(t.database.db, 'manager@botkyrka.example'),
      stage: 'idea',
      mode: 'as-is',
    });
    expect(own.status).toBe(409);
    expect(await own.text()).toContain('Det här är er egen kommuns exempel.');
    const fields = {
      caseId: shared.id,
      departmentId: adopterDepartment,
      stage: 'idea',
      mode: 'as-is',
    };
    expect((await adopt(adopter, katrineholm, fields)).status).toBe(303);
    const twice = await adopt(adopter, katrineholm, fields);
    expect(twice.status).toBe(409);
    expect(await twice.text()).toContain('Er kommun återanvänder redan det här exemplet.');
    expect(await adoptionsOf(shared.id)).toHaveLength(1);

    const gone = await publishedCase('Nattillsyn tillbakadragen');
    await publisher.postForm(
      `/sv/municipalities/${botkyrka}/initiatives/${gone.initiativeId}/case/withdraw`,
      {},
    );
    const late = await adopt(adopter, katrineholm, { ...fields, caseId: gone.id });
    expect(late.status).toBe(409);
    expect(await late.text()).toContain('Exemplet är tillbakadraget');
    expect(await adoptionsOf(gone.id)).toEqual([]);
  });

  it('adopts once when the same municipality asks twice at the same moment, and answers both', async () => {
    const shared = await publishedCase('Nattillsyn två gånger samtidigt');
    const fields = {
      caseId: shared.id,
      departmentId: adopterDepartment,
      stage: 'idea',
      mode: 'as-is',
    };
    const statuses = (
      await Promise.all([adopt(adopter, katrineholm, fields), adopt(adopter, katrineholm, fields)])
    ).map((r) => r.status);
    expect(statuses.sort()).toEqual([303, 409]);
    expect(await adoptionsOf(shared.id)).toHaveLength(1);
  });

  it('refuses bad input and departments that are not the adopter’s own', async () => {
    const shared = await publishedCase('Nattillsyn med fel indata');
    const noStage = await adopt(adopter, katrineholm, {
      caseId: shared.id,
      departmentId: adopterDepartment,
      stage: 'scaling',
      mode: 'as-is',
    });
    expect(noStage.status).toBe(422);
    const stageHtml = await noStage.text();
    // Beside its field, tied to it, and in the summary with the field's name.
    expect(stageHtml).toContain(
      '<p class="ds-validation-message" data-field="validation" id="error-stage">Välj idé eller pilot.</p>',
    );
    expect(stageHtml).toMatch(/<select[^>]*name="stage"[^>]*aria-describedby="error-stage"/);
    expect(stageHtml).toContain('Börja som: Välj idé eller pilot.');
    const noMode = await adopt(adopter, katrineholm, {
      caseId: shared.id,
      departmentId: adopterDepartment,
      stage: 'idea',
      mode: 'copied',
    });
    expect(noMode.status).toBe(422);
    const modeHtml = await noMode.text();
    expect(modeHtml).toMatch(/id="error-mode">[^<]+<\/p>/);
    expect(modeHtml).toMatch(/<select[^>]*name="mode"[^>]*aria-describedby="error-mode"/);
    expect(modeHtml).not.toContain('id="error-stage"');
    const botkyrkaDepartment = await departmentManagedBy(t.database.db, 'manager@botkyrka.example');
    const foreign = await adopt(adopter, katrineholm, {
      caseId: shared.id,
      departmentId: botkyrkaDepartment,
      stage: 'idea',
      mode: 'as-is',
    });
    expect(foreign.status).toBe(403);
    const noCase = await adopt(adopter, katrineholm, {
      caseId: 'not-a-case',
      departmentId: adopterDepartment,
      stage: 'idea',
      mode: 'as-is',
    });
    expect(noCase.status).toBe(404);
    const staff = await adopt(await t.signedIn('staff@katrineholm.example'), katrineholm, {
      caseId: shared.id,
      departmentId: adopterDepartment,
      stage: 'idea',
      mode: 'as-is',
    });
    expect(staff.status).toBe(403);
    expect(await adoptionsOf(shared.id)).toEqual([]);
  });
});
