import type { SignedCheckpoint } from '../../../engines/decisions/index.ts';
import { xmlElement, xmlEmpty, xmlText } from '../../../lib/xml.ts';
import { day } from '../../../web/i18n/dates.ts';
import type { Translator } from '../../../web/i18n/index.ts';
import type { ThingLink } from '../../../web/links.ts';
import { decisionHref } from '../decision-link.ts';
import type { DecisionRow } from '../decisions.queries.ts';
import { concernsOf, paragraphText } from './decision-reference.tsx';

/** The namespace of the chain's own elements in the feed (`sk:head`, `sk:decision`, `sk:checkpoint`). */
export const CHAIN_NAMESPACE = 'urn:samskap:decision-chain:1';

const element = xmlElement;
const empty = xmlEmpty;

const checkpointElement = (c: SignedCheckpoint) =>
  empty('sk:checkpoint', {
    count: c.count,
    head: c.head,
    signedAt: c.signedAt,
    keyId: c.keyId,
    signature: c.signature,
  });

export type FeedInput = {
  t: Translator;
  /** Absolute origin of the addresses in the feed, e.g. `https://samskap.kommun.se`. */
  origin: string;
  municipality: { id: string; name: string };
  /** The latest decisions, newest first, with their body's name. */
  rows: readonly { decision: DecisionRow; bodyName: string }[];
  /** The whole chain's head and length (the feed may hold fewer entries). */
  head: { hash: string; count: number };
  /** The signed checkpoints of the decisions in the feed, by count. */
  checkpoints: ReadonlyMap<number, SignedCheckpoint>;
  /** What the decisions concern that a visitor may see (resolved for an anonymous reader). */
  links: Map<string, ThingLink>;
  keyPath: string;
  keyId: string;
  /** The feed's `updated` when it has no entries. */
  now: Date;
};

/**
 * A municipality's decisions as an Atom feed (RFC 4287), newest first, for anyone to follow and
 * archive: each entry is one decision in words (its text, what it concerns, where it stands in the
 * minutes) and, in the chain's namespace, its number, hash version, hashes and signed checkpoint;
 * the feed carries the chain's head. All content is plain text, escaped.
 */
export function decisionsFeed(input: FeedInput): string {
  const { t, municipality: m } = input;
  const page = `${input.origin}/${t.lang}/municipalities/${m.id}/decisions`;
  const latest = input.rows[0]?.decision.recordedAt ?? input.now;
  const entries = input.rows.map(({ decision: d, bodyName }) => {
    const lines = [d.text, ''];
    for (const c of concernsOf(t, d.adopts, input.links)) {
      const titles = c.found.map((l) => l.title).join(', ');
      lines.push(`${t('decisions.concerns')}: ${c.label}${titles ? `: ${titles}` : ''}`);
    }
    const references = [
      d.paragraph && paragraphText(t, d.paragraph),
      d.registrationNumber && t('decisions.registrationValue', { number: d.registrationNumber }),
    ].filter(Boolean);
    if (references.length > 0) lines.push(`${t('decisions.recordedAs')}: ${references.join(', ')}`);
    lines.push(`${t('decisions.hash')}: ${d.hash}`);
    const checkpoint = input.checkpoints.get(d.sequence);
    return [
      '<entry>',
      element('id', `urn:uuid:${d.id}`),
      element(
        'title',
        t('decisions.heading', {
          number: d.sequence,
          date: day(t, d.decidedOn),
          body: bodyName,
        }),
      ),
      element('published', d.recordedAt.toISOString()),
      element('updated', d.recordedAt.toISOString()),
      empty('link', { rel: 'alternate', type: 'text/html', href: decisionHref(page, d.id) }),
      d.protocolUrl
        ? empty('link', { rel: 'related', href: d.protocolUrl, title: t('decisions.protocolLink') })
        : '',
      `<content type="text">${xmlText(lines.join('\n'))}</content>`,
      empty('sk:decision', {
        sequence: d.sequence,
        hashVersion: d.hashVersion,
        previousHash: d.previousHash,
        hash: d.hash,
      }),
      checkpoint ? checkpointElement(checkpoint) : '',
      '</entry>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:sk="${CHAIN_NAMESPACE}" xml:lang="${t.lang}">`,
    element('id', `urn:samskap:decisions:${m.id}:${t.lang}`),
    element('title', t('decisions.title', { name: m.name })),
    element('subtitle', t('decisions.anchorLead')),
    element('updated', latest.toISOString()),
    `<author>${element('name', m.name)}</author>`,
    element('generator', 'Samskap'),
    empty('link', { rel: 'self', type: 'application/atom+xml', href: `${page}.atom` }),
    empty('link', { rel: 'alternate', type: 'text/html', href: page }),
    empty('link', {
      rel: 'related',
      type: 'application/jwk+json',
      href: `${input.origin}${input.keyPath}`,
      title: t('decisions.keyLink'),
    }),
    empty('sk:head', { count: input.head.count, hash: input.head.hash }),
    empty('sk:key', { id: input.keyId, href: `${input.origin}${input.keyPath}` }),
    ...entries,
    '</feed>\n',
  ].join('\n');
}
