import { fractionalYear } from '../../../../web/components/charts/index.ts';
import type { Translator } from '../../../../web/i18n/index.ts';

/** Whole numbers per locale (amounts are rounded for display only). */
export const whole = (t: Translator) => (n: number) => t.number(n, { maximumFractionDigits: 0 });

/**
 * The y axis' labels for `values`: short ("2,5 mn") when they reach a million, so the labels
 * leave room for the plot; whole numbers otherwise.
 */
export const axisFormat = (t: Translator, values: (number | null)[]) =>
  Math.max(0, ...values.map((v) => Math.abs(v ?? 0))) >= 1_000_000
    ? (n: number) => t.number(n, { notation: 'compact', maximumFractionDigits: 1 })
    : whole(t);

/** A formatted table cell, or null (shown as "–") where the value is missing. */
export const cellOf = (format: (n: number) => string) => (v: number | null) =>
  v === null ? null : format(v);

/** The texts and "today" marker every dashboard chart shares. */
export function chartTexts(t: Translator, today: string) {
  return {
    description: t('dashboards.chartDesc'),
    emptyText: t('dashboards.empty'),
    summary: t('app.chart.numbers'),
    missing: t('app.chart.missing'),
    today: { at: fractionalYear(today), label: t('app.chart.today') },
  };
}
