import type { Translator } from '../../../../web/i18n/index.ts';
import { currencySymbol } from '../../../../web/i18n/index.ts';
import type { DashboardData } from '../dashboard.ts';
import { whole } from './chart-parts.ts';

/** One figure and the plain words that say what it is; read in order they make a sentence. */
function Figure(props: { value: string; label: string; id: string }) {
  return (
    <li class="key-figure" id={props.id}>
      <p class="key-figure__value">{props.value}</p>
      <p class="key-figure__label">{props.label}</p>
    </li>
  );
}

/**
 * The figures a dashboard opens with: goals on track, initiatives in pilot or scaling, realised
 * benefit so far against what was planned up to this year, the portfolio's total cost and its net
 * present value. A figure that is missing says so in words, never as 0.
 */
export function KeyFigures(props: {
  t: Translator;
  data: DashboardData;
  currency: string;
  discountRate: number;
}) {
  const { t, data, currency } = props;
  const k = data.keyFigures;
  const unit = currencySymbol(t, currency);
  const amount = (n: number) => t('dashboards.key.amount', { amount: whole(t)(n), currency: unit });
  const year = String(k.throughYear);
  const goalsTotal = data.goals.length;
  const moving = (data.stageTotals.pilot ?? 0) + (data.stageTotals.scaling ?? 0);
  return (
    <section aria-labelledby="key-figures-heading" class="stack">
      <h2 class="ds-heading" data-size="sm" id="key-figures-heading">
        {t('dashboards.key.heading')}
      </h2>
      <ul class="key-figures">
        <Figure
          id="key-goals"
          value={t('dashboards.key.ofTotal', {
            count: data.goalCounts['on-track'],
            total: goalsTotal,
          })}
          label={t('dashboards.key.goals')}
        />
        <Figure
          id="key-initiatives"
          value={t('dashboards.key.ofTotal', { count: moving, total: data.initiativeCount })}
          label={t('dashboards.key.initiatives')}
        />
        <Figure
          id="key-realised"
          value={
            k.realisedToDate === null ? t('dashboards.key.noMeasurement') : amount(k.realisedToDate)
          }
          label={
            k.plannedToDate === null
              ? t('dashboards.key.realisedNoPlan', { year })
              : t('dashboards.key.realised', {
                  planned: whole(t)(k.plannedToDate),
                  currency: unit,
                  year,
                })
          }
        />
        <Figure
          id="key-cost"
          value={k.totalCost === null ? t('dashboards.key.noCost') : amount(k.totalCost)}
          label={t('dashboards.key.cost')}
        />
        <Figure
          id="key-npv"
          value={data.calculus ? amount(data.calculus.npv) : t('dashboards.key.noNpv')}
          label={t('dashboards.key.npv', {
            rate: t.number(props.discountRate * 100, { maximumFractionDigits: 2 }),
          })}
        />
      </ul>
    </section>
  );
}
