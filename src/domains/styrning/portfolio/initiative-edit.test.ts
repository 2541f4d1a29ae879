import { describe, expect, it } from 'vitest';
import { initiativeTestApp } from './initiatives-testkit.ts';

const base = '/en/municipalities/SE-0483/initiatives';
const kit = initiativeTestApp();
const { row, costsOf, client } = kit;

describe('who edits', () => {
  it('managers edit their own department’s initiatives, admins every one', async () => {
    const id = kit.fx.internalOwn.id;
    expect((await kit.manager.get(`${base}/${id}/edit`)).status).toBe(200);
    const res = await kit.manager.postForm(`${base}/${id}/basics`, {
      title: 'Intern satsning',
      problem: 'Problem',
      idea: 'Idé',
      ownerName: 'Anna Andersson',
      isPublic: '',
      mandatory: 'on',
      startsOn: '2027-01-01',
      endsOn: '2028-12-31',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toContain('?done=initiativeSaved');
    expect(await row(id)).toMatchObject({
      ownerName: 'Anna Andersson',
      mandatory: true,
      startsOn: '2027-01-01',
    });
    const admin = await client('admin@katrineholm.example');
    expect((await admin.get(`${base}/${kit.fx.otherDept.id}/edit`)).status).toBe(200);
  });

  it('refuses a manager another department’s initiative, and staff, politicians, residents any', async () => {
    const before = await row(kit.fx.otherDept.id);
    const body = { title: 'Kapad', problem: '', idea: '' };
    expect((await kit.manager.get(`${base}/${kit.fx.otherDept.id}/edit`)).status).toBe(403);
    expect((await kit.manager.postForm(`${base}/${kit.fx.otherDept.id}/basics`, body)).status).toBe(
      403,
    );
    // Even bad input is refused as forbidden first: nothing is revealed about the form.
    expect(
      (await kit.manager.postForm(`${base}/${kit.fx.otherDept.id}/costs`, { year: 'x' })).status,
    ).toBe(403);
    for (const email of [
      'staff@katrineholm.example',
      'politician@katrineholm.example',
      'resident@katrineholm.example',
      'admin@asker.example',
    ]) {
      const c = await client(email);
      expect((await c.get(`${base}/${kit.fx.internalOwn.id}/edit`)).status, email).toBe(403);
      expect(
        (await c.postForm(`${base}/${kit.fx.internalOwn.id}/basics`, body)).status,
        email,
      ).toBe(403);
    }
    expect(await row(kit.fx.otherDept.id)).toEqual(before);
  });

  it('is 404 for another municipality’s initiative', async () => {
    const admin = await client('admin@katrineholm.example');
    const res = await admin.postForm(`${base}/${kit.fx.foreign.id}/basics`, { title: 'Kapad' });
    expect(res.status).toBe(404);
    expect((await row(kit.fx.foreign.id)).title).toBe('Askers satsing');
  });
});

describe('basics', () => {
  it('refuse bad dates and an end before the start, changing nothing', async () => {
    const id = kit.fx.publicOwn.id;
    const before = await row(id);
    for (const [fields, message] of [
      [{ startsOn: '2027-02-30' }, 'Enter a real date'],
      [{ startsOn: '1999-01-01' }, 'Enter a real date'],
      [
        { startsOn: '2028-01-01', endsOn: '2027-01-01' },
        'The end date must not be before the start date.',
      ],
      [{ title: '' }, 'Fill in this field.'],
      [{ title: 'x'.repeat(201) }, 'The text is too long.'],
    ] as const) {
      const res = await kit.manager.postForm(`${base}/${id}/basics`, {
        title: 'Ny titel',
        ...fields,
      });
      expect(res.status, JSON.stringify(fields)).toBe(422);
      const html = await res.text();
      expect(html).toContain(message);
      expect(html).toContain('id="error-summary"');
    }
    expect(await row(id)).toEqual(before);
  });
});

describe('costs', () => {
  it('add, change and remove a year', async () => {
    const id = kit.fx.internalOwn.id;
    expect(
      (
        await kit.manager.postForm(`${base}/${id}/costs`, {
          year: '2027',
          investment: '1 250 000',
          running: '50000,5',
        })
      ).status,
    ).toBe(303);
    expect(
      (
        await kit.manager.postForm(`${base}/${id}/costs`, {
          year: '2028',
          investment: '0',
          running: '60000',
        })
      ).status,
    ).toBe(303);
    expect(
      (
        await kit.manager.postForm(`${base}/${id}/costs`, {
          year: '2027',
          investment: '1000000',
          running: '',
        })
      ).status,
    ).toBe(303);
    const rows = (await costsOf(id)).sort((a, b) => a.year - b.year);
    expect(rows.map((r) => [r.year, r.investment, r.running])).toEqual([
      [2027, 1_000_000, 0],
      [2028, 0, 60_000],
    ]);
    const page = await (
      await kit.manager.get(`/sv/municipalities/SE-0483/initiatives/${id}`)
    ).text();
    // Total over the years: 1 000 000 + 0 + 0 + 60 000 = 1 060 000 kr.
    expect(page.replace(/[\u00a0\u202f]/g, ' ')).toContain('1 060 000 kr');
    expect((await kit.manager.postForm(`${base}/${id}/costs/2028/remove`, {})).status).toBe(303);
    expect((await costsOf(id)).map((r) => r.year)).toEqual([2027]);
    expect((await kit.manager.postForm(`${base}/${id}/costs/2099/remove`, {})).status).toBe(404);
  });

  it('refuse negative, absurd and non-numeric amounts and years out of range', async () => {
    const id = kit.fx.internalOwn.id;
    const before = await costsOf(id);
    for (const [fields, message] of [
      [{ year: '2027', investment: '-100' }, 'Enter an amount from 0 to 1 000 000 000 000.'],
      [{ year: '2027', running: '2000000000000' }, 'Enter an amount from 0 to 1 000 000 000 000.'],
      [{ year: '2027', investment: 'mycket' }, 'Enter an amount as digits'],
      [{ year: '2027', investment: '1e9' }, 'Enter an amount as digits'],
      [{ year: '1999', investment: '1' }, 'Enter a year from 2000 to 2100.'],
      [{ year: '2101', investment: '1' }, 'Enter a year from 2000 to 2100.'],
      [{ year: '<script>', investment: '1' }, 'Enter a year from 2000 to 2100.'],
      [{ investment: '1' }, 'Enter a year from 2000 to 2100.'],
    ] as const) {
      const res = await kit.manager.postForm(`${base}/${id}/costs`, fields);
      expect(res.status, JSON.stringify(fields)).toBe(422);
      expect(await res.text()).toContain(message);
    }
    expect(await costsOf(id)).toEqual(before);
  });
});
