import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestProvider, type TestProvider } from '../src/testing/oidc-provider.ts';
import { localMoment } from '../src/vocabulary/dates.ts';
import { translator } from '../src/web/i18n/index.ts';
import { logIn } from './support/accounts.ts';
import { useJourney } from './support/journey.ts';
import { expectSoundPage } from './support/page-checks.ts';
import { demoPassword } from './support/server.ts';

// Dialogue journeys of other roles: staff, a resident with e-ID, flaggers and a moderator. A
// server of its own, since the municipality's login provider is set up here.
const journey = useJourney({ env: () => ({ OIDC_ALLOW_PRIVATE_ISSUERS: 'true' }) });
const sv = translator('sv');
const botkyrka = '/sv/municipalities/SE-0127';
let idp: TestProvider;

beforeAll(async () => {
  idp = await startTestProvider({
    redirectUri: `${journey.baseURL}/auth/oidc/callback`,
    accounts: {
      eva: {
        sub: '199001011234',
        email: 'eva.berg@example.se',
        email_verified: true,
        name: 'Eva Berg',
      },
    },
  });
});
afterAll(async () => {
  await idp?.close();
});

async function press(page: Page, name: string, url: RegExp | string) {
  await Promise.all([page.waitForURL(url), page.getByRole('button', { name }).click()]);
}

describe('a dialogue for residents with e-ID', () => {
  test('staff open it; a resident who logs in through the municipality’s provider votes and adds a statement', () =>
    journey.withPage({ locale: 'sv-SE' }, async (page) => {
      // The admin connects Botkyrka's login provider.
      await logIn(page, 'sv', 'admin@botkyrka.example', demoPassword);
      await page.goto(`${botkyrka}/admin/login`);
      await page.getByLabel(sv('identity.oidc.issuer')).fill(idp.issuer);
      await page.getByLabel(sv('identity.oidc.clientId')).fill(idp.clientId);
      await page.getByLabel(sv('identity.oidc.clientSecret')).fill(idp.clientSecret);
      await page.getByLabel(sv('identity.oidc.enabled')).check();
      await press(page, sv('identity.oidc.submit'), /done=oidcSaved/);
      await press(page, sv('nav.logout'), /\/sv\/login/);

      // Staff register the matter, open its dialogue to residents with e-ID, and seed it.
      await logIn(page, 'sv', 'staff@botkyrka.example', demoPassword);
      await page.goto(`${botkyrka}/matters/new`);
      await expectSoundPage(page, 'sv');
      const now = Date.now();
      const day = 86_400_000;
      const title = `Ny lekplats i Alby ${now}`;
      await page.getByLabel(sv('dialogues.field.title')).fill(title);
      await page
        .getByLabel(sv('dialogues.field.summary'))
        .fill('Var ska den nya lekplatsen ligga?');
      await page.getByLabel(sv('dialogues.field.decisionBody')).selectOption({ index: 1 });
      await page
        .getByLabel(sv('dialogues.field.plannedDecisionOn'))
        .fill(new Date(now + 30 * day).toISOString().slice(0, 10));
      await page
        .getByLabel(sv('dialogues.field.question'))
        .fill('Vad är viktigast för lekplatsen?');
      const zone = 'Europe/Stockholm';
      await page
        .getByLabel(sv('dialogues.field.opensAt'))
        .fill(localMoment(new Date(now - 3_600_000), zone));
      await page
        .getByLabel(sv('dialogues.field.closesAt'))
        .fill(localMoment(new Date(now + 14 * day), zone));
      await page
        .getByLabel(sv('dialogues.field.participation'))
        .selectOption({ label: sv('dialogues.participation.eid') });
      await press(page, sv('dialogues.new.submit'), /done=matterRegistered/);
      await expectSoundPage(page, 'sv');
      const matter = new URL(page.url()).pathname;
      for (const seed of [
        'Lekplatsen ska ligga nära skolan.',
        'Lekplatsen ska ha skugga på sommaren.',
      ]) {
        await page
          .getByRole('textbox', { name: sv('dialogues.vote.statement'), exact: true })
          .fill(seed);
        await press(page, sv('dialogues.seed.submit'), /done=seedAdded/);
      }
      await press(page, sv('nav.logout'), /\/sv\/login/);

      // A visitor is told the dialogue is for residents with e-ID, with the way to log in.
      await journey.withPage({ locale: 'sv-SE', javaScriptEnabled: false }, async (resident) => {
        await resident.goto(matter);
        await expectSoundPage(resident, 'sv');
        // The dialogue's own link starts the municipality's e-ID login.
        await resident.getByRole('link', { name: sv('dialogues.vote.eid') }).click();
        // The provider's own login page: Eva identifies herself, and comes back signed in.
        await press(resident, 'Eva Berg', new RegExp(`${botkyrka}$`));
        expect(await resident.getByRole('button', { name: sv('nav.logout') }).count()).toBe(1);
        await expectSoundPage(resident, 'sv');
        await resident.goto(matter);
        const vote = resident.locator('#vote');
        const first = await vote.locator('#vote-statement').textContent();
        expect(first).toMatch(/^Lekplatsen ska /);
        await press(resident, sv('dialogues.vote.agree'), /done=voted/);
        await expectSoundPage(resident, 'sv');
        const own = 'Lekplatsen ska gå att nå med rullstol.';
        await resident.getByLabel(sv('dialogues.statement.text')).fill(own);
        await resident.getByRole('button', { name: sv('dialogues.statement.submit') }).click();
        if ((await resident.locator('#similar-statements').count()) > 0) {
          await resident.getByRole('button', { name: sv('dialogues.statement.anyway') }).click();
        }
        await expectSoundPage(resident, 'sv');
        expect(await resident.getByRole('main').getByText(own).count()).toBeGreaterThan(0);
      });
    }));
});

describe('a comment three people flag', () => {
  test('is hidden until a moderator decides, and then shows the reason', () =>
    journey.withPage({ locale: 'sv-SE', javaScriptEnabled: false }, async (page) => {
      const title = 'Digital tillsyn på natten i hemtjänsten';
      const spam = `Köp billiga kameror hos oss, rabattkod ${Date.now()}`;
      // A visitor writes the comment.
      await page.goto(`${botkyrka}/matters`);
      await page.getByRole('link', { name: title }).first().click();
      const matter = new URL(page.url()).pathname;
      await page.getByLabel(sv('dialogues.comments.new')).fill(spam);
      await page.getByRole('button', { name: sv('dialogues.comments.submit') }).click();
      expect(await page.getByText(spam).count()).toBe(1);

      // Three signed-in people flag it; after the third it is hidden.
      for (const who of ['resident', 'staff', 'politician']) {
        await journey.withPage({ locale: 'sv-SE', javaScriptEnabled: false }, async (flagger) => {
          await logIn(flagger, 'sv', `${who}@botkyrka.example`, demoPassword);
          await flagger.goto(matter);
          const comment = flagger.locator('li.comment').filter({ hasText: spam });
          await comment.getByText(sv('dialogues.comments.flag')).click();
          await comment
            .getByLabel(sv('dialogues.comments.flagReason'))
            .selectOption({ label: sv('dialogues.flag.spam') });
          await Promise.all([
            flagger.waitForURL(/done=flagged/),
            comment.getByRole('button', { name: sv('dialogues.comments.flagSubmit') }).click(),
          ]);
          await expectSoundPage(flagger, 'sv');
        });
      }
      await page.goto(matter);
      expect(await page.getByText(spam).count()).toBe(0);
      expect(await page.getByText(sv('dialogues.comments.hiddenByFlags')).count()).toBeGreaterThan(
        0,
      );

      // The moderator finds it in the queue and rejects it with a reason everyone sees.
      await journey.withPage({ locale: 'sv-SE', javaScriptEnabled: false }, async (moderator) => {
        await logIn(moderator, 'sv', 'moderator@botkyrka.example', demoPassword);
        await moderator.goto(`${botkyrka}/moderation?kind=comment`);
        await expectSoundPage(moderator, 'sv');
        const item = moderator.locator('li.moderation-item').filter({ hasText: spam });
        await item.getByRole('checkbox').check();
        await moderator
          .getByLabel(sv('moderation.decision'))
          .selectOption({ label: sv('moderation.reject') });
        await moderator.getByLabel(sv('moderation.reason')).fill('Reklam hör inte hemma här.');
        await Promise.all([
          moderator.waitForURL(/done=moderated/),
          moderator.getByRole('button', { name: sv('moderation.submit') }).click(),
        ]);
        await expectSoundPage(moderator, 'sv');
      });
      await page.goto(matter);
      expect(
        await page
          .getByText(sv('dialogues.comments.hidden', { reason: 'Reklam hör inte hemma här.' }))
          .count(),
      ).toBe(1);
    }));
});
