import { langOf } from '../../../web/components/content.tsx';
import { isMessageKey, type Translator } from '../../../web/i18n/index.ts';
import { linkKey, type ThingLink } from '../../../web/links.ts';

/** Where a decision stands in the body's own records; each part may be missing. */
export type DecisionReference = {
  paragraph: string | null;
  registrationNumber: string | null;
  protocolUrl: string | null;
};

/** A paragraph as the minutes write it: a bare number gets its "§", anything else stays as typed. */
export function paragraphText(t: Translator, paragraph: string): string {
  return /^\d+$/.test(paragraph) ? t('decisions.paragraphValue', { number: paragraph }) : paragraph;
}

/** Paragraph, registration number and a link to the minutes, each on its line, as far as known. */
export function ReferenceCell(props: { t: Translator; decision: DecisionReference }) {
  const { t, decision: d } = props;
  if (!d.paragraph && !d.registrationNumber && !d.protocolUrl) return <>–</>;
  return (
    <ul class="plain-list decision-reference">
      {d.paragraph && <li>{paragraphText(t, d.paragraph)}</li>}
      {d.registrationNumber && (
        <li>{t('decisions.registrationValue', { number: d.registrationNumber })}</li>
      )}
      {d.protocolUrl && (
        <li>
          <a class="ds-link" href={d.protocolUrl} rel="noopener noreferrer">
            {t('decisions.protocolLink')}
          </a>
        </li>
      )}
    </ul>
  );
}

/**
 * What a decision concerns, kind by kind: the kind's label and the things of that kind the reader
 * may see. A kind whose things are all hidden from the reader (a scenario or a non-public
 * initiative, to residents) comes with none, and is named by its kind alone.
 */
export function concernsOf(
  t: Translator,
  adopts: readonly { kind: string; id: string }[],
  links: Map<string, ThingLink>,
): { label: string; found: ThingLink[] }[] {
  const kinds = [...new Set(adopts.map((a) => a.kind))];
  return kinds.map((kind) => {
    const key = `decisions.adoption.${kind}`;
    const found = adopts
      .filter((a) => a.kind === kind)
      .map((a) => links.get(linkKey(kind, a.id)))
      .filter((l): l is ThingLink => l !== undefined);
    return { label: isMessageKey(key) ? t(key) : kind, found };
  });
}

/** What a decision concerns (see `concernsOf`), with a link to each thing the reader may see. */
export function Concerns(props: {
  t: Translator;
  base: string;
  adopts: { kind: string; id: string }[];
  links: Map<string, ThingLink>;
}) {
  const { t } = props;
  const concerns = concernsOf(t, props.adopts, props.links);
  if (concerns.length === 0) return null;
  return (
    <ul class="plain-list decision-concerns">
      {concerns.map(({ label, found }) => (
        <li>
          {`${t('decisions.concerns')}: ${label}`}
          {found.length > 0 && ': '}
          {found.map((l, i) => (
            <>
              {i > 0 && ', '}
              <a class="ds-link" href={`${props.base}/${l.path}`} lang={langOf(t)}>
                {l.title}
              </a>
            </>
          ))}
          {found.map((l) =>
            l.details?.length ? <Details t={t} base={props.base} link={l} /> : null,
          )}
        </li>
      ))}
    </ul>
  );
}

/** What the thing's own domain says of it under the link (a matter: what its dialogue found). */
function Details(props: { t: Translator; base: string; link: ThingLink }) {
  const { t } = props;
  return (
    <ul class="plain-list decision-details">
      {props.link.details?.map((d) => (
        <li>
          {d.path ? (
            <a class="ds-link" href={`${props.base}/${d.path}`}>
              {t(d.key, d.params)}
            </a>
          ) : (
            t(d.key, d.params)
          )}
        </li>
      ))}
    </ul>
  );
}
