import { expect, test } from 'vitest';
import { expectAccessible } from './support/accessibility.ts';
import { useJourney } from './support/journey.ts';

const journey = useJourney();

// The check every journey relies on finds what it is there to find: an image without a text
// alternative, text too pale to read, a field without a label; and passes the same page mended.
test('the accessibility check fails a page with violations and passes it mended', () =>
  journey.withPage({}, async (page) => {
    const document = (
      mended: boolean,
    ) => `<!doctype html><html lang="sv"><head><title>Prov</title></head>
      <body><main><h1>Prov</h1>
      <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" ${mended ? 'alt="Karta"' : ''}>
      <p style="color:${mended ? '#333' : '#ccc'};background:#fff">Öppet i dag</p>
      ${mended ? '<label for="q">Sök</label>' : ''}<input id="q" type="text">
      </main></body></html>`;
    await page.setContent(document(false));
    const failure = await expectAccessible(page).then(
      () => '',
      (error: Error) => error.message,
    );
    for (const rule of ['image-alt', 'color-contrast', 'label']) expect(failure).toContain(rule);
    await page.setContent(document(true));
    await expectAccessible(page);
  }));
