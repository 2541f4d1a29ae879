import type { Translator } from '../../../web/i18n/index.ts';

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

/** "§ 45 · Dnr KS 2026/123" (the parts known), or null when none is. */
export function referenceText(t: Translator, d: DecisionReference): string | null {
  const parts = [
    d.paragraph ? paragraphText(t, d.paragraph) : null,
    d.registrationNumber
      ? t('decisions.registrationValue', { number: d.registrationNumber })
      : null,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(' · ') : null;
}

/** Paragraph, registration number and a link to the minutes, as far as they are known. */
export function ReferenceCell(props: { t: Translator; decision: DecisionReference }) {
  const { t, decision: d } = props;
  const text = referenceText(t, d);
  if (!text && !d.protocolUrl) return <>–</>;
  return (
    <ul class="plain-list">
      {text && <li>{text}</li>}
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
