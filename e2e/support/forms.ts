import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { MessageKey, Translator } from '../../src/web/i18n/index.ts';

/**
 * A form re-rendered with errors: the error summary is shown and has focus, it links to every
 * field in error, and each such field is marked invalid and described by its own message.
 * `errors` maps field names to the message key expected for them, in the form's order.
 */
export async function expectFormErrors(
  page: Page,
  t: Translator,
  errors: Record<string, MessageKey>,
): Promise<void> {
  const summary = page.locator('#error-summary');
  await summary.waitFor();
  expect(await summary.isVisible()).toBe(true);
  await page.locator('#error-summary:focus').waitFor();
  expect(await summary.getByRole('heading').textContent()).toBe(t('form.errorSummary'));

  const links = summary.getByRole('link');
  const hrefs = await Promise.all((await links.all()).map((link) => link.getAttribute('href')));
  expect(hrefs).toEqual(Object.keys(errors).map((field) => `#field-${field}`));

  for (const [field, key] of Object.entries(errors)) {
    const input = page.locator(`#field-${field}`);
    expect(await input.getAttribute('aria-invalid'), field).toBe('true');
    const describedBy = (await input.getAttribute('aria-describedby'))?.split(' ') ?? [];
    expect(describedBy, field).toContain(`error-${field}`);
    const message = page.locator(`#error-${field}`);
    expect(await message.textContent(), field).toBe(t(key));
    expect(await message.isVisible(), field).toBe(true);
    const linkText = await summary.locator(`a[href="#field-${field}"]`).textContent();
    expect(linkText, field).toContain(t(key));
  }
}

/** Following the summary's link to a field moves focus to that field. */
export async function followErrorLink(page: Page, field: string): Promise<void> {
  await page.locator(`#error-summary a[href="#field-${field}"]`).click();
  await page.locator(`#field-${field}:focus`).waitFor();
}
