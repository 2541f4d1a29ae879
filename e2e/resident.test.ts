import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { linkIn } from '../src/testing/smtp-server.ts';
import { translator } from '../src/web/i18n/index.ts';
import { logIn, registerOverHttp } from './support/accounts.ts';
import { expectFormErrors, followErrorLink } from './support/forms.ts';
import { useJourney } from './support/journey.ts';
import { useMailbox } from './support/mailbox.ts';
import { expectSoundPage } from './support/page-checks.ts';
import { pathOf } from './support/paths.ts';
import { demoPassword } from './support/server.ts';

// The server sends its mails through SMTP to a test mail server, as it would in production.
const mailbox = useMailbox();
const journey = useJourney({ env: mailbox.env });
const sv = translator('sv');

const demoResident = 'resident@botkyrka.example';
const resident = {
  name: 'Amina Larsson',
  email: 'amina.larsson@example.se',
  password: 'a long and private passphrase',
};

function header(page: Page) {
  return page.getByRole('navigation', { name: sv('nav.main') });
}

function notice(page: Page) {
  return page.getByRole('main').getByRole('status');
}

async function submit(page: Page, name: string, expectedPath: RegExp | string): Promise<void> {
  await Promise.all([page.waitForURL(expectedPath), page.getByRole('button', { name }).click()]);
}

/** The answer to a valid registration form: a mail was sent to `email`, whoever owns it. */
async function expectMailSentPage(page: Page, email: string): Promise<void> {
  await expectSoundPage(page, 'sv');
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
    sv('identity.register.sentTitle'),
  );
  expect(await notice(page).textContent()).toBe(sv('identity.register.sent', { email }));
}

async function expectLoggedInAccount(page: Page, email = resident.email): Promise<void> {
  expect(pathOf(page)).toMatch(/^\/sv\/account/);
  await expectSoundPage(page, 'sv');
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
    sv('identity.account.title'),
  );
  expect(await page.getByRole('main').getByText(email).count()).toBe(1);
  expect(
    await header(page)
      .getByRole('button', { name: sv('nav.logout') })
      .count(),
  ).toBe(1);
}

describe('a resident', () => {
  test('registers, logs out, and logs in again', () =>
    journey.withPage({ locale: 'sv-SE' }, async (page) => {
      await page.goto('/sv');
      await expectSoundPage(page, 'sv');
      await header(page)
        .getByRole('link', { name: sv('nav.login') })
        .click();
      await page.waitForURL('**/sv/login');
      await expectSoundPage(page, 'sv');
      await page
        .getByRole('main')
        .getByRole('link', { name: sv('nav.register') })
        .click();
      await page.waitForURL('**/sv/register');
      await expectSoundPage(page, 'sv');

      // First attempt: a bad e-mail address, a short password and no municipality.
      await page.getByLabel(sv('identity.register.name')).fill(resident.name);
      await page.getByLabel(sv('identity.register.email')).fill('amina.larsson');
      await page.getByLabel(sv('identity.register.password')).fill('short');
      await submit(page, sv('identity.register.submit'), '**/sv/register');
      await expectSoundPage(page, 'sv');
      await expectFormErrors(page, sv, {
        email: 'error.email',
        password: 'identity.error.passwordShort',
        municipalityId: 'identity.error.municipality',
      });
      expect(await page.getByLabel(sv('identity.register.name')).inputValue()).toBe(resident.name);
      expect(await page.getByLabel(sv('identity.register.password')).inputValue()).toBe('');
      await followErrorLink(page, 'email');

      await page.getByLabel(sv('identity.register.email')).fill(resident.email);
      await page.getByLabel(sv('identity.register.password')).fill(resident.password);
      await page
        .getByLabel(sv('identity.register.municipality'))
        .selectOption({ label: 'Botkyrka' });
      // The form answers that a mail is on its way; nobody is signed in yet.
      await submit(page, sv('identity.register.submit'), '**/sv/register');
      await expectMailSentPage(page, resident.email);
      expect(
        await header(page)
          .getByRole('link', { name: sv('nav.login') })
          .count(),
      ).toBe(1);

      // The mail's link shows what will be created and asks for one press.
      const mail = await mailbox.waitFor(resident.email);
      expect(mail.subject).toBe(sv('identity.mail.confirm.subject'));
      const link = linkIn(mail.text, '/sv/register/confirm');
      await page.goto(link);
      await expectSoundPage(page, 'sv');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
        sv('identity.register.confirmTitle'),
      );
      expect(await page.getByRole('main').getByText(resident.email).count()).toBe(1);
      // A new resident lands on their municipality's start page, told that the account exists.
      await submit(
        page,
        sv('identity.register.confirmSubmit'),
        '**/sv/municipalities/SE-0127?done=registered',
      );
      await expectSoundPage(page, 'sv');
      expect(await notice(page).textContent()).toBe(sv('identity.register.done'));

      // The link works once.
      const again = await page.goto(link);
      expect(again?.status()).toBe(410);
      await expectSoundPage(page, 'sv');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
        sv('identity.register.linkUsedTitle'),
      );
      await page.goto('/sv/account');
      await expectLoggedInAccount(page);
      const roles = await page.getByRole('main').getByRole('listitem').allTextContents();
      expect(roles).toEqual([`${sv('identity.role.resident')} – Botkyrka`]);

      await submit(page, sv('nav.logout'), '**/sv/login?done=loggedOut');
      await expectSoundPage(page, 'sv');
      expect(await notice(page).textContent()).toBe(sv('identity.logout.done'));
      expect(
        await header(page)
          .getByRole('link', { name: sv('nav.login') })
          .count(),
      ).toBe(1);

      // The account page now asks for a login and returns there afterwards.
      await page.goto('/sv/account');
      expect(pathOf(page)).toBe('/sv/login?next=%2Fsv%2Faccount');
      await expectSoundPage(page, 'sv');

      await page.getByLabel(sv('identity.login.email')).fill(resident.email);
      await page.getByLabel(sv('identity.login.password')).fill('not the passphrase');
      await submit(page, sv('identity.login.submit'), /\/sv\/login\?next=/);
      await expectSoundPage(page, 'sv');
      await expectFormErrors(page, sv, {});
      expect(await page.locator('#error-summary').getByRole('listitem').textContent()).toBe(
        sv('identity.login.failed'),
      );
      expect(await page.getByLabel(sv('identity.login.email')).inputValue()).toBe(resident.email);
      expect(await page.getByLabel(sv('identity.login.password')).inputValue()).toBe('');

      await page.getByLabel(sv('identity.login.password')).fill(resident.password);
      await submit(page, sv('identity.login.submit'), '**/sv/account');
      await expectLoggedInAccount(page);
    }));

  test('cannot log in with empty fields, learn whether an address has an account, or post without CSRF cookie', () =>
    journey.withPage({ locale: 'sv-SE' }, async (page) => {
      await page.goto('/sv/login');
      await submit(page, sv('identity.login.submit'), '**/sv/login');
      await expectSoundPage(page, 'sv');
      await expectFormErrors(page, sv, { email: 'error.required', password: 'error.required' });

      await page.goto('/sv/register');
      await page.getByLabel(sv('identity.register.name')).fill('Another Amina');
      await page.getByLabel(sv('identity.register.email')).fill(resident.email.toUpperCase());
      await page.getByLabel(sv('identity.register.password')).fill(resident.password);
      await page.getByLabel(sv('identity.register.municipality')).selectOption({ label: 'Asker' });
      // An address with an account gets the same answer as a new one; only the mail differs.
      await submit(page, sv('identity.register.submit'), '**/sv/register');
      await expectMailSentPage(page, resident.email);
      const mail = await mailbox.waitFor(resident.email, { skip: 1 });
      expect(mail.subject).toBe(sv('identity.mail.exists.subject'));
      expect(linkIn(mail.text, '/sv/login')).toMatch(/\/sv\/login$/);
      await page.goto('/sv/register');
      await page.getByLabel(sv('identity.register.name')).fill('Another Amina');

      // A form sent without its CSRF cookie (expired, or forged elsewhere) gets a localised 403.
      await page.context().clearCookies();
      const [refused] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST'),
        page.getByRole('button', { name: sv('identity.register.submit') }).click(),
      ]);
      expect(refused.status()).toBe(403);
      await page.waitForURL('**/sv/register');
      await expectSoundPage(page, 'sv');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
        sv('error.csrf.title'),
      );
    }));

  test('logs in and out with JavaScript disabled', () =>
    journey.withPage({ locale: 'sv-SE', javaScriptEnabled: false }, async (page) => {
      await page.goto('/sv/login');
      await expectSoundPage(page, 'sv');
      await page.getByLabel(sv('identity.login.email')).fill(demoResident);
      await page.getByLabel(sv('identity.login.password')).fill('not the passphrase');
      await submit(page, sv('identity.login.submit'), '**/sv/login');
      await expectSoundPage(page, 'sv');
      await expectFormErrors(page, sv, {});

      await page.getByLabel(sv('identity.login.password')).fill(demoPassword);
      await submit(page, sv('identity.login.submit'), /\/sv\/municipalities\/[A-Z]{2}-\d{4}$/);
      await expectSoundPage(page, 'sv');
      await page.goto('/sv/account');
      await expectLoggedInAccount(page, demoResident);
      await submit(page, sv('nav.logout'), '**/sv/login?done=loggedOut');
      await expectSoundPage(page, 'sv');
    }));
});

describe('a resident who forgot the password', () => {
  const forgetful = {
    name: 'Leo Sandberg',
    email: 'leo.sandberg@example.se',
    password: 'a passphrase now long forgotten',
    municipalityId: 'SE-0127',
  };
  const newPassword = 'seven quiet herons over the lake';

  test('asks for a link, follows it from the mail, sets a new password and logs in with it', () =>
    journey.withPage({ locale: 'sv-SE', javaScriptEnabled: false }, async (page) => {
      await registerOverHttp(journey.baseURL, forgetful, mailbox);
      await page.goto('/sv/login');
      await page.getByRole('link', { name: sv('identity.login.forgot') }).click();
      await page.waitForURL('**/sv/password-reset');
      await expectSoundPage(page, 'sv');
      await page.getByLabel(sv('identity.reset.email')).fill(forgetful.email);
      await submit(page, sv('identity.reset.submit'), '**/sv/password-reset');
      await expectSoundPage(page, 'sv');
      expect(await notice(page).textContent()).toBe(
        sv('identity.reset.sent', { email: forgetful.email }),
      );

      // The registration's mail came first; then the link.
      const mail = await mailbox.waitFor(forgetful.email, { skip: 1 });
      expect(mail.subject).toBe(sv('identity.mail.reset.subject'));
      await page.goto(linkIn(mail.text, '/sv/password-reset/'));
      await expectSoundPage(page, 'sv');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
        sv('identity.reset.newTitle'),
      );
      const link = pathOf(page);

      // A common password is refused, and not shown again.
      await page.getByLabel(sv('identity.reset.password')).fill('lösenord2026!');
      await submit(page, sv('identity.reset.newSubmit'), `**${link}`);
      await expectSoundPage(page, 'sv');
      await expectFormErrors(page, sv, { password: 'identity.error.passwordCommon' });
      expect(await page.getByLabel(sv('identity.reset.password')).inputValue()).toBe('');

      await page.getByLabel(sv('identity.reset.password')).fill(newPassword);
      await submit(page, sv('identity.reset.newSubmit'), '**/sv/login?done=passwordChanged');
      await expectSoundPage(page, 'sv');
      expect(await notice(page).textContent()).toBe(sv('identity.reset.done'));
      const changed = await mailbox.waitFor(forgetful.email, { skip: 2 });
      expect(changed.subject).toBe(sv('identity.mail.changed.subject'));

      await page.getByLabel(sv('identity.login.email')).fill(forgetful.email);
      await page.getByLabel(sv('identity.login.password')).fill(newPassword);
      await submit(page, sv('identity.login.submit'), /\/sv\/municipalities\/SE-0127$/);
      await expectSoundPage(page, 'sv');
      await page.goto('/sv/account');
      await expectLoggedInAccount(page, forgetful.email);

      // The link worked once.
      const again = await page.goto(link);
      expect(again?.status()).toBe(410);
      await expectSoundPage(page, 'sv');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
        sv('identity.reset.linkUsedTitle'),
      );
    }));
});

describe('a resident who follows a matter', () => {
  const matterTitle = 'Digital tillsyn på natten i hemtjänsten';

  test('is mailed when it is decided, and stops the mails with the link in the mail', () =>
    journey.withPage({ locale: 'sv-SE', javaScriptEnabled: false }, async (page) => {
      await logIn(page, 'sv', demoResident, demoPassword);
      await page.goto('/sv/municipalities/SE-0127/matters');
      await page.getByRole('link', { name: matterTitle }).first().click();
      // Signed in, the resident votes and adds a statement of their own.
      await Promise.all([
        page.waitForURL(/done=voted/),
        page.getByRole('button', { name: sv('dialogues.vote.agree') }).click(),
      ]);
      const own = `Anhöriga ska få veta när kameran används ${Date.now()}`;
      await page.getByLabel(sv('dialogues.statement.text')).fill(own);
      await page.getByRole('button', { name: sv('dialogues.statement.submit') }).click();
      if ((await page.locator('#similar-statements').count()) > 0) {
        await page.getByRole('button', { name: sv('dialogues.statement.anyway') }).click();
      }
      await expectSoundPage(page, 'sv');
      expect(await page.getByRole('main').getByText(own).count()).toBeGreaterThan(0);
      await page.getByRole('link', { name: sv('following.link') }).click();
      await expectSoundPage(page, 'sv');
      // Taking part signed in already counts as following; the page says so and offers to stop.
      expect(await page.getByText(sv('following.state.participant')).count()).toBe(1);
      await submit(page, sv('following.stop'), /\/follow\?done=stopped$/);
      await submit(page, sv('following.follow'), /\/follow\?done=followed$/);
      await expectSoundPage(page, 'sv');
      expect(await notice(page).textContent()).toBe(sv('following.done.followed'));
      await page.getByRole('link', { name: sv('following.settingsLink') }).click();
      await expectSoundPage(page, 'sv');
      await page
        .getByLabel(sv('following.settings.frequency'))
        .selectOption({ label: sv('following.frequency.immediately') });
      await submit(page, sv('following.settings.submit'), '**/sv/notifications?done=saved');
      await expectSoundPage(page, 'sv');
      expect(await page.getByRole('main').getByRole('link', { name: matterTitle }).count()).toBe(1);

      // A politician records the decision on the matter's page.
      await journey.withPage({ locale: 'sv-SE' }, async (politician) => {
        await logIn(politician, 'sv', 'politician@botkyrka.example', demoPassword);
        await politician.goto('/sv/municipalities/SE-0127/matters');
        await politician.getByRole('link', { name: matterTitle }).first().click();
        const form = politician.getByRole('region', { name: sv('dialogues.decide.title') });
        await form.getByLabel(sv('decisions.body')).selectOption({ index: 1 });
        await form.getByLabel(sv('decisions.date')).fill(new Date().toISOString().slice(0, 10));
        await form
          .getByLabel(sv('decisions.text'))
          .fill('Kommunen inför digital tillsyn på natten.');
        await Promise.all([
          politician.waitForURL(/done=matterDecided/),
          form.getByRole('button', { name: sv('dialogues.decide.submit') }).click(),
        ]);
      });

      // The follower's mail arrives with a one-click unsubscribe address and the same link inside.
      const mail = await mailbox.waitFor(demoResident);
      expect(mail.subject).toBe(sv('following.mail.subject.decided', { title: matterTitle }));
      expect(mail.text).toContain(sv('following.mail.decided'));
      const link = linkIn(mail.text, '/sv/unsubscribe/');
      expect(mail.headers.get('list-unsubscribe')).toBe(`<${link}>`);
      expect(mail.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');

      // Staff tell how the input was used; the follower hears of that too.
      await journey.withPage({ locale: 'sv-SE' }, async (staff) => {
        await logIn(staff, 'sv', 'staff@botkyrka.example', demoPassword);
        await staff.goto('/sv/municipalities/SE-0127/matters');
        await staff.getByRole('link', { name: matterTitle }).first().click();
        await staff
          .getByLabel(sv('dialogues.feedback.summary'))
          .fill('Synpunkterna om integritet ledde till att kameran går att stänga av.');
        await staff.locator('[name="theme1"]').fill('Integritet');
        await staff
          .locator('[name="outcome1"]')
          .selectOption({ label: sv('dialogues.outcome.used') });
        await staff.locator('[name="reason1"]').fill('Kameran går nu att stänga av.');
        // The other themes the form suggests from the map stay unanswered, and are left out.
        await Promise.all([
          staff.waitForURL(/done=feedbackPublished/),
          staff.getByRole('button', { name: sv('dialogues.feedback.submit') }).click(),
        ]);
        await expectSoundPage(staff, 'sv');
      });
      const feedbackMail = await mailbox.waitFor(demoResident, { skip: 1 });
      expect(feedbackMail.subject).toBe(
        sv('following.mail.subject.feedback', { title: matterTitle }),
      );
      expect(feedbackMail.text).toContain(sv('following.mail.feedback'));

      await page.goto(link);
      await expectSoundPage(page, 'sv');
      await page.getByRole('button', { name: sv('following.unsubscribe.submit') }).click();
      await expectSoundPage(page, 'sv');
      expect(await notice(page).textContent()).toBe(sv('following.unsubscribe.done'));
      await page.goto('/sv/notifications');
      expect(await page.getByLabel(sv('following.settings.frequency')).inputValue()).toBe('none');
    }));
});
