import type { Translator } from '../../../../web/i18n/index.ts';
import { isMessageKey } from '../../../../web/i18n/index.ts';

/** A number as the page shows it: up to two decimals, grouped per locale. */
export const num = (t: Translator, n: number) => t.number(n, { maximumFractionDigits: 2 });

/** An amount in the municipality's currency, whole units. */
export const money = (t: Translator, n: number, currency: string) =>
  t.number(n, { style: 'currency', currency, maximumFractionDigits: 0 });

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

/**
 * An amount as a sentence says it: from a million up in millions with one decimal at most
 * ("2,4 mnkr", "2,4 mill. kr", "2.4 MSEK"), below that in whole units ("850 000 kr").
 */
export function compactMoney(t: Translator, n: number, currency: string): string {
  if (Math.abs(n) < 999_950) return money(t, n, currency);
  const amount = t.number(n / 1_000_000, { maximumFractionDigits: 1 });
  if (currency === 'SEK') return t('benefits.millions.SEK', { amount });
  if (currency === 'NOK') return t('benefits.millions.NOK', { amount });
  return t('benefits.millions.other', { amount, currency });
}

/** A number of years in words up to ten ("four years", "fyra år"), in digits beyond. */
export function yearsText(t: Translator, count: number): string {
  return t('benefits.yearCount', { count });
}
