import type { Page } from 'playwright-core';

/**
 * Follows a link in the municipality's menu as a visitor would: on a phone the menu is folded
 * behind its "Menu" button, so it is opened first. Resolves once the linked page has loaded.
 */
export async function followMenuLink(page: Page, name: string, expectedUrl: string | RegExp) {
  const menu = page.locator('nav.muni-nav');
  const link = menu.getByRole('link', { name, exact: true });
  if (!(await link.isVisible())) await menu.locator('summary').click();
  await Promise.all([page.waitForURL(expectedUrl), link.click()]);
}
