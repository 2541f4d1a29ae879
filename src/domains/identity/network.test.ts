import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { roleGrants, users } from './identity.schema.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function liveCoordinatorCounties(email: string) {
  const rows = await t.database.db
    .select({ countyId: roleGrants.countyId })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(
      and(eq(users.email, email), eq(roleGrants.role, 'coordinator'), isNull(roleGrants.revokedAt)),
    );
  return rows.map((r) => r.countyId);
}

describe('network coordinators', () => {
  it('are appointed and revoked by a whole-network coordinator', async () => {
    const network = t.client();
    await network.login('coordinator@network.example');
    expect(await (await network.get('/en/account')).text()).toContain('/en/network/coordinators');
    const granted = await network.postForm('/en/network/coordinators', {
      email: 'staff@asker.example',
      countyId: 'NO-32',
    });
    expect(granted.status).toBe(303);
    expect(await liveCoordinatorCounties('staff@asker.example')).toEqual(['NO-32']);
    const page = await (await network.get('/nb/network/coordinators')).text();
    expect(page).toContain('Akershus');
    const ids = [...page.matchAll(/\/nb\/network\/coordinators\/([0-9a-f-]{36})\/revoke/g)].map(
      (m) => m[1],
    );
    const [row] = await t.database.db
      .select({ id: roleGrants.id })
      .from(roleGrants)
      .innerJoin(users, eq(users.id, roleGrants.userId))
      .where(and(eq(users.email, 'staff@asker.example'), eq(roleGrants.role, 'coordinator')));
    expect(ids).toContain(row?.id);
    expect((await network.postForm(`/en/network/coordinators/${row?.id}/revoke`, {})).status).toBe(
      303,
    );
    expect(await liveCoordinatorCounties('staff@asker.example')).toEqual([]);
  });

  it('re-renders with field errors for an unknown account or county, changing nothing', async () => {
    const network = t.client();
    await network.login('coordinator@network.example');
    const unknownUser = await network.postForm('/en/network/coordinators', {
      email: 'nobody@example.org',
      countyId: '',
    });
    expect(unknownUser.status).toBe(422);
    expect(await unknownUser.text()).toContain('No account has this e-mail address.');
    const unknownCounty = await network.postForm('/en/network/coordinators', {
      email: 'staff@asker.example',
      countyId: 'SE-99',
    });
    expect(unknownCounty.status).toBe(422);
    expect(await unknownCounty.text()).toContain('Choose a county from the list.');
    expect(await liveCoordinatorCounties('staff@asker.example')).toEqual([]);
  });

  it('are out of reach for county coordinators and municipal admins', async () => {
    for (const email of ['coordinator@stockholm.example', 'admin@botkyrka.example']) {
      const client = t.client();
      await client.login(email);
      expect((await client.get('/en/network/coordinators')).status, email).toBe(403);
      const res = await client.postForm('/en/network/coordinators', { email, countyId: '' });
      expect(res.status, email).toBe(403);
    }
    expect(await liveCoordinatorCounties('admin@botkyrka.example')).toEqual([]);
  });
});
