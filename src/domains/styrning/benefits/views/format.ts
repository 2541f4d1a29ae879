import type { Translator } from '../../../../web/i18n/index.ts';
import { isMessageKey } from '../../../../web/i18n/index.ts';

/** A number as the page shows it: up to two decimals, grouped per locale. */
export const num = (t: Translator, n: number) => t.number(n, { maximumFractionDigits: 2 });

/** An amount in the municipality's currency, whole units. */
export const money = (t: Translator, n: number, currency: string) =>
  t.number(n, { style: 'currency', currency, maximumFractionDigits: 0 });

/** A calendar date (YYYY-MM-DD) in the page's language. */
export const day = (t: Translator, date: string) => t.date(new Date(`${date}T12:00:00Z`));

/** A share as a percentage, e.g. 0.04 → "4 %". */
export const percent = (t: Translator, n: number) =>
  t.number(n, { style: 'percent', maximumFractionDigits: 1 });

/** A signed percentage change, e.g. −0.2 → "−20 %", 0 → "±0 %". */
export const change = (t: Translator, n: number) =>
  n === 0 ? `±${percent(t, 0)}` : t.number(n, { style: 'percent', signDisplay: 'always' });

/**
 * The label of a stored code (a kind, a confidence, a stage) under a message prefix; a code with no
 * message (data written by other means) is shown as it is rather than breaking the page.
 */
export const label = (t: Translator, prefix: string, code: string) => {
  const key = `${prefix}.${code}`;
  return isMessageKey(key) ? t(key) : code;
};
