import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { TestApp } from '../../../testing/test-app.ts';
import { proposals } from './proposals.schema.ts';

/** Botkyrka, whose demo accounts the proposal tests use. */
export const testMunicipality = 'SE-0127';
export const proposalsBase = (lang = 'sv') =>
  `/${lang}/municipalities/${testMunicipality}/proposals`;

export const testProposal = {
  title: 'Belysning på gångvägen vid Tumba station',
  body: 'Gångvägen mellan Tumba station och skolan är mörk på kvällarna. Sätt upp lampor längs vägen.',
  topic: 'traffic',
  district: 'Tumba',
};

export const proposalIdIn = (location: string | null) =>
  location?.match(/proposals\/([0-9a-f-]{36})/)?.[1] ?? '';

export const proposalRow = async (t: TestApp, id: string) =>
  (await t.database.db.select().from(proposals).where(eq(proposals.id, id)))[0];

/**
 * A proposal sent by Botkyrka's demo resident and accepted in screening by its staff, through
 * the forms as they would; it then collects support. Returns its id.
 */
export async function acceptedProposal(
  t: TestApp,
  text: Partial<typeof testProposal> = {},
): Promise<string> {
  const resident = await t.signedIn('resident@botkyrka.example');
  const sent = await resident.postForm(`${proposalsBase()}/new`, {
    ...testProposal,
    ...text,
    intent: 'send',
  });
  expect(sent.status).toBe(303);
  const id = proposalIdIn(sent.headers.get('location'));
  const staff = await t.signedIn('staff@botkyrka.example');
  const screened = await staff.postForm(`${proposalsBase()}/${id}/screening`, {
    verdict: 'accept',
    refusal: '',
    note: '',
  });
  expect(screened.status).toBe(303);
  return id;
}

/**
 * An accepted proposal moved straight to the body (its support is beside the point of the test),
 * with its deadline half a year away. Returns its id.
 */
export async function proposalWithBody(
  t: TestApp,
  text: Partial<typeof testProposal> = {},
): Promise<string> {
  const id = await acceptedProposal(t, text);
  const now = Date.now();
  await t.announced(() =>
    t.database.db
      .update(proposals)
      .set({
        state: 'withBody',
        receivedByBodyAt: new Date(now),
        bodyDeadline: new Date(now + 180 * 86_400_000),
      })
      .where(eq(proposals.id, id)),
  );
  return id;
}

/**
 * An accepted proposal supported through its page by each of `supporters` (those with `tellMe`
 * ask to be told), then handed to the body. Returns its id.
 */
export async function supportedWithBody(
  t: TestApp,
  title: string,
  supporters: readonly { email: string; tellMe?: boolean }[],
): Promise<string> {
  const id = await acceptedProposal(t, { title });
  for (const { email, tellMe } of supporters) {
    const res = await (await t.signedIn(email)).postForm(
      `${proposalsBase()}/${id}/support`,
      tellMe ? { tellMe: 'on' } : {},
    );
    expect(res.status, email).toBe(303);
  }
  await t.announced(() =>
    t.database.db
      .update(proposals)
      .set({ state: 'withBody', receivedByBodyAt: new Date() })
      .where(eq(proposals.id, id)),
  );
  return id;
}
