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
 * What a decision concerns, kind by kind: a link to each thing the reader may see; a kind whose
 * things are all hidden from the reader (a scenario, to residents) is named without a link.
 */
export function Concerns(props: {
  t: Translator;
  base: string;
  adopts: { kind: string; id: string }[];
  links: Map<string, ThingLink>;
}) {
  const { t } = props;
  const kinds = [...new Set(props.adopts.map((a) => a.kind))];
  if (kinds.length === 0) return null;
  const kindLabel = (kind: string) => {
    const key = `decisions.adoption.${kind}`;
    return isMessageKey(key) ? t(key) : kind;
  };
  return (
    <ul class="plain-list decision-concerns">
      {kinds.map((kind) => {
        const found = props.adopts
          .filter((a) => a.kind === kind)
          .map((a) => props.links.get(linkKey(kind, a.id)))
          .filter((l): l is ThingLink => l !== undefined);
        return (
          <li>
            {`${t('decisions.concerns')}: ${kindLabel(kind)}`}
            {found.length > 0 && ': '}
            {found.map((l, i) => (
              <>
                {i > 0 && ', '}
                <a class="ds-link" href={`${props.base}/${l.path}`} lang={langOf(t)}>
                  {l.title}
                </a>
              </>
            ))}
          </li>
        );
      })}
    </ul>
  );
}
