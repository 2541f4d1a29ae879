import { createPublicKey, verify } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import type { ApiDecision } from './decisions.fixtures.ts';
import { decisionBodies } from './decisions.schema.ts';

// The chain's head as others see it: the Atom feed (parsed by PostgreSQL's own XML parser) and
// the verify page and API with a head kept earlier, answered in three languages; a malformed
// head is answered as bad input, never as a server error.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const m = 'SE-0483';
const hostileText = `<script>alert(1)</script> & "citat" 'apostrof' ]]> \u0007klocka`;
const listed = async () =>
  (await (await t.app.request(`/api/v1/municipalities/${m}/decisions`)).json()) as {
    items: ApiDecision[];
    head: { hash: string; count: number };
  };

const xmlUnescape = (s: string) =>
  s
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');

/** XPath 1.0 over the document, as PostgreSQL's libxml2 evaluates it: every result as text. */
async function xpath(xml: string, path: string): Promise<string[]> {
  const result = await t.database.db.execute(sql`
    select unnest(xpath(${path}, xmlparse(document ${xml}),
      array[array['a', 'http://www.w3.org/2005/Atom'], array['sk', 'urn:samskap:decision-chain:1']]
    ))::text as v`);
  return (result as { rows: { v: string }[] }).rows.map((r) => xmlUnescape(r.v));
}
const one = async (xml: string, path: string) => (await xpath(xml, path))[0] ?? '';

beforeAll(async () => {
  const politician = await t.signedIn('politician@katrineholm.example');
  const [council] = await t.database.db
    .select()
    .from(decisionBodies)
    .where(and(eq(decisionBodies.municipalityId, m), eq(decisionBodies.name, 'Kommunfullmäktige')));
  const res = await politician.postForm(`/sv/municipalities/${m}/decisions`, {
    bodyId: council?.id ?? '',
    decidedOn: '2026-11-30',
    text: hostileText,
    paragraph: '§ 99',
    protocolUrl: 'https://katrineholm.example/protokoll/kf-2026-11-30.pdf?a=1&b=2',
  });
  expect(res.status).toBe(303);
});

describe('the Atom feed', () => {
  it('is announced in the head of the decisions page', async () => {
    const page = await (await t.app.request(`/sv/municipalities/${m}/decisions`)).text();
    const head = page.slice(0, page.indexOf('</head>'));
    expect(head).toContain(
      `<link rel="alternate" type="application/atom+xml" title="Beslut i Katrineholm" href="/sv/municipalities/${m}/decisions.atom"/>`,
    );
  });

  it('is a well-formed Atom document with the head, every decision and its signed checkpoint, escaped', async () => {
    const res = await t.app.request(`/sv/municipalities/${m}/decisions.atom`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const xml = await res.text();
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    expect(xml).not.toContain('<script>');
    const { items, head } = await listed();
    const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

    // RFC 4287: a feed has an id, a title, an updated time, an author, and a link to itself.
    expect(await one(xml, 'string(/a:feed/a:id)')).toBe(`urn:samskap:decisions:${m}:sv`);
    expect(await one(xml, 'string(/a:feed/a:title)')).toBe('Beslut i Katrineholm');
    expect(await one(xml, 'string(/a:feed/a:updated)')).toMatch(rfc3339);
    expect(await one(xml, 'string(/a:feed/a:author/a:name)')).toBe('Katrineholm');
    expect(await one(xml, "string(/a:feed/a:link[@rel='self']/@href)")).toBe(
      `http://localhost/sv/municipalities/${m}/decisions.atom`,
    );
    expect(await one(xml, 'string(/a:feed/sk:head/@hash)')).toBe(head.hash);
    expect(await one(xml, 'string(/a:feed/sk:head/@count)')).toBe(String(items.length));

    // Each entry has an id, a title, an updated time and content; newest first.
    expect(await one(xml, 'count(/a:feed/a:entry)')).toBe(String(items.length));
    for (const path of ['a:id', 'a:title', 'a:updated', 'a:content']) {
      expect(await one(xml, `count(/a:feed/a:entry[not(${path})])`), path).toBe('0');
    }
    for (const updated of await xpath(xml, '/a:feed/a:entry/a:updated/text()')) {
      expect(updated).toMatch(rfc3339);
    }
    const newest = items.at(-1) as ApiDecision;
    const entry = '/a:feed/a:entry[1]';
    expect(await one(xml, `string(${entry}/a:id)`)).toBe(`urn:uuid:${newest.id}`);
    expect(await one(xml, `string(${entry}/sk:decision/@hash)`)).toBe(newest.hash);
    expect(await one(xml, `string(${entry}/sk:decision/@previousHash)`)).toBe(newest.previousHash);
    expect(await one(xml, `string(${entry}/sk:decision/@hashVersion)`)).toBe('2');
    expect(await one(xml, `string(${entry}/a:link[@rel='related']/@href)`)).toBe(
      'https://katrineholm.example/protokoll/kf-2026-11-30.pdf?a=1&b=2',
    );
    // The text comes back exactly, but for the bell character XML cannot carry.
    const content = await one(xml, `string(${entry}/a:content)`);
    expect(content.startsWith(hostileText.replace('\u0007', '\uFFFD'))).toBe(true);
    expect(content).toContain('I protokollet: § 99');
    expect(content).toContain(`Kontrollsumma: ${newest.hash}`);

    // Its checkpoint verifies with the published key, as anyone archiving the feed can check.
    const key = createPublicKey({
      key: await (await t.app.request('/.well-known/samskap-decision-key')).json(),
      format: 'jwk',
    });
    const attr = (name: string) => one(xml, `string(${entry}/sk:checkpoint/@${name})`);
    const payload =
      `{"count":${await attr('count')},"head":"${await attr('head')}","keyId":"${await attr('keyId')}",` +
      `"municipalityId":"${m}","signedAt":"${await attr('signedAt')}",` +
      '"type":"samskap-decision-checkpoint","v":1}';
    expect(await attr('head')).toBe(newest.hash);
    expect(
      verify(null, Buffer.from(payload), key, Buffer.from(await attr('signature'), 'base64url')),
    ).toBe(true);
  });

  it('is there in every language, and not for an unknown municipality', async () => {
    for (const lang of ['en', 'nb']) {
      const xml = await (await t.app.request(`/${lang}/municipalities/${m}/decisions.atom`)).text();
      expect(await one(xml, 'string(/a:feed/@xml:lang)')).toBe(lang);
    }
    expect((await t.app.request('/sv/municipalities/XX-0000/decisions.atom')).status).toBe(404);
  });
});

describe('checking a kept head', () => {
  it('answers in words, in three languages: still the head, further back in the chain, or gone', async () => {
    const { items, head } = await listed();
    const first = (items[0] as ApiDecision).hash;
    const page = async (lang: string, h: string) => {
      const res = await t.app.request(`/${lang}/municipalities/${m}/decisions/verify?head=${h}`);
      expect(res.status).toBe(200);
      return res.text();
    };
    expect(await page('sv', head.hash)).toContain(
      'Kontrollsumman du har sparat är fortfarande kedjans senaste',
    );
    expect(await page('nb', head.hash)).toContain(
      'Sjekksummen du har tatt vare på, er fortsatt kjedens siste',
    );
    expect(await page('en', head.hash)).toContain('The hash you kept is still the latest');
    const since = items.length - 1;
    expect(await page('sv', first)).toContain(
      `hör till beslut nr 1 och finns kvar i kedjan. ${since} beslut har registrerats sedan dess.`,
    );
    expect(await page('en', first.toUpperCase())).toContain(
      `belongs to decision no. 1 and is still in the chain. ${since} decisions have been recorded since.`,
    );
    const gone = 'e'.repeat(64);
    expect(await page('sv', gone)).toContain('Kontrollsumman du har sparat finns inte i kedjan.');
    expect(await page('nb', gone)).toContain(
      'Sjekksummen du har tatt vare på, finnes ikke i kjeden.',
    );
    expect(await page('en', gone)).toContain('The hash you kept is not in the chain.');
    const api = await (
      await t.app.request(`/api/v1/municipalities/${m}/decisions/verify?head=${gone}`)
    ).json();
    expect(api).toMatchObject({
      ok: false,
      reason: 'head-not-found',
      head: head.hash,
      expectedHead: { hash: gone, found: false, sequence: null },
    });
  });

  it('refuses a head that is not a hash: 422 with a field error on the page, 400 in the API', async () => {
    const bad = [
      '',
      '   ',
      'abc',
      'g'.repeat(64),
      `${'a'.repeat(64)}0`,
      '<script>alert(1)</script>',
    ];
    const messages = {
      sv: 'Fyll i en kontrollsumma med 64 tecken',
      nb: 'Fyll inn en sjekksum på 64 tegn',
      en: 'Enter a hash of 64 characters',
    };
    for (const value of bad) {
      const q = encodeURIComponent(value);
      for (const [lang, message] of Object.entries(messages)) {
        const res = await t.app.request(`/${lang}/municipalities/${m}/decisions/verify?head=${q}`);
        expect(res.status, `${lang} ${value}`).toBe(422);
        const html = await res.text();
        expect(html).toContain(message);
        expect(html).toContain('aria-describedby="hint-head error-head"');
        expect(html).not.toContain('<script>alert(1)');
      }
      const res = await t.app.request(`/api/v1/municipalities/${m}/decisions/verify?head=${q}`);
      expect(res.status, value).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect((await res.json()).errors).toEqual([
        { field: 'head', message: 'must be a decision hash: 64 hexadecimal digits' },
      ]);
    }
    // Asked nothing, the page simply checks the chain.
    const plain = await t.app.request(`/en/municipalities/${m}/decisions/verify`);
    expect(plain.status).toBe(200);
    expect(await plain.text()).toMatch(/All \d+ signed checkpoints agree with the chain\./);
  });
});
