import { xmlElement as element, xmlEmpty as empty, xmlText } from '../../../lib/xml.ts';
import type { MessageKey, Translator } from '../../../web/i18n/index.ts';
import { conventionsOf } from '../../../web/i18n/index.ts';
import type { FoundCase } from '../cases/case-search.queries.ts';

/** Cases the feed holds: the most recently updated. */
export const FEED_ENTRIES = 50;

export type CasesFeedInput = {
  t: Translator;
  /** Absolute origin of the addresses in the feed, e.g. `https://samskap.example`. */
  origin: string;
  /** The most recently updated published cases, newest first. */
  cases: readonly FoundCase[];
  /** The feed's `updated` when it has no entries. */
  now: Date;
};

/**
 * New and updated shared cases as an Atom feed (RFC 4287), newest first: each entry is a case
 * with its municipality as author and a link to its page in the feed's language. All content is
 * plain text, escaped; nothing is shown that the case page does not show a visitor.
 */
export function casesFeed(input: CasesFeedInput): string {
  const { t, origin } = input;
  const list = `${origin}/${t.lang}/cases`;
  const latest = input.cases[0]?.updatedAt ?? input.now;
  const entries = input.cases.map((c) =>
    [
      '<entry>',
      element('id', `urn:uuid:${c.id}`),
      // The case's own words, in its country's language, which may not be the feed's.
      `<title xml:lang="${conventionsOf(c.country).lang}">${xmlText(c.title)}</title>`,
      element('published', c.publishedAt.toISOString()),
      element('updated', c.updatedAt.toISOString()),
      `<author>${element('name', c.municipalityName)}</author>`,
      empty('link', { rel: 'alternate', type: 'text/html', href: `${list}/${c.id}` }),
      empty('category', {
        term: c.serviceDomain,
        label: t(`cases.domain.${c.serviceDomain}` as MessageKey),
      }),
      `<summary type="text" xml:lang="${conventionsOf(c.country).lang}">${xmlText(c.summary)}</summary>`,
      '</entry>',
    ].join(''),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${t.lang}">`,
    element('id', `${origin}/${t.lang}/cases.atom`),
    element('title', t('catalogue.feed.title')),
    element('subtitle', t('catalogue.feed.subtitle')),
    element('updated', latest.toISOString()),
    `<author>${element('name', 'Samskap')}</author>`,
    element('generator', 'Samskap'),
    empty('link', { rel: 'self', type: 'application/atom+xml', href: `${list}.atom` }),
    empty('link', { rel: 'alternate', type: 'text/html', href: list }),
    ...entries,
    '</feed>\n',
  ].join('\n');
}
