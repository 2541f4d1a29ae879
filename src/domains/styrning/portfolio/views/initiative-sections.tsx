import type { Child } from 'hono/jsx';
import { langOf } from '../../../../web/components/content.tsx';
import { HowWeCalculate } from '../../../../web/components/how-we-calculate.tsx';
import { ScrollableTable } from '../../../../web/components/table.tsx';
import { day as calendarDay } from '../../../../web/i18n/dates.ts';
import type { Translator } from '../../../../web/i18n/index.ts';
import { RATED_CRITERIA, REQUIREMENT_KEYS } from '../commands/edit-basics.ts';
import type { InitiativeDetail } from '../initiative-detail.queries.ts';

// Read-only sections of the initiative page, shared with the API's vocabulary.

/** Money in the municipality's currency, without decimals. */
export const money = (t: Translator, n: number, currency: string) =>
  t.number(n, { style: 'currency', currency, maximumFractionDigits: 0 });

/** A YYYY-MM-DD date shown per locale, or a dash where there is none. */
export const day = (t: Translator, d: string | null) => (d ? calendarDay(t, d) : '–');

function Section(props: { id: string; title: string; children: Child }) {
  return (
    <section aria-labelledby={`${props.id}-heading`} class="stack" id={props.id}>
      <h2 class="ds-heading" data-size="sm" id={`${props.id}-heading`}>
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}

export function RequirementsSection({ t, d }: { t: Translator; d: InitiativeDetail }) {
  const i = d.initiative;
  const met = REQUIREMENT_KEYS.filter((k) => i.requirements[k]).length;
  const total = REQUIREMENT_KEYS.length;
  return (
    <Section id="assessment" title={t('portfolio.initiative.assessment')}>
      <p class="ds-paragraph" id="requirements-result">
        {met === total
          ? t('portfolio.initiative.requirementsMet', { total })
          : t('portfolio.initiative.requirementsNotMet', { met, total })}
      </p>
      <ul class="ds-list">
        {REQUIREMENT_KEYS.map((k) => (
          <li>
            {t(`portfolio.initiative.req.${k}`)}:{' '}
            {i.requirements[k] ? t('portfolio.initiative.met') : t('portfolio.initiative.notMet')}
          </li>
        ))}
      </ul>
      <h3 class="ds-heading" data-size="xs">
        {t('portfolio.initiative.ratings')}
      </h3>
      <ul class="ds-list" id="ratings">
        {RATED_CRITERIA.map((c) => (
          <li>
            {t(`portfolio.initiative.rating.${c}`)}:{' '}
            {typeof i.ratings[c] === 'number'
              ? t('portfolio.initiative.ofScale', { value: i.ratings[c], max: 5 })
              : t('portfolio.initiative.notRated')}
          </li>
        ))}
      </ul>
      <HowWeCalculate t={t}>
        <p class="ds-paragraph">{t('portfolio.initiative.requirementsLead')}</p>
        <p class="ds-paragraph">{t('portfolio.initiative.ratingsHow')}</p>
      </HowWeCalculate>
    </Section>
  );
}

/** The goals the initiative contributes to, each a link to its goal page, with its weight. */
export function GoalsSection({ t, d, base }: { t: Translator; d: InitiativeDetail; base: string }) {
  return (
    <Section id="goals" title={t('portfolio.initiative.goals')}>
      {d.contributions.length === 0 ? (
        <p class="ds-paragraph">{t('portfolio.initiative.none')}</p>
      ) : (
        <>
          <p class="ds-paragraph">
            {t('portfolio.initiative.goalsResult', { count: d.contributions.length })}
          </p>
          <ScrollableTable
            label={t('portfolio.initiative.tableOf', { name: t('portfolio.initiative.goals') })}
          >
            <thead>
              <tr>
                <th scope="col">{t('portfolio.initiative.goal')}</th>
                <th scope="col">{t('portfolio.initiative.weight')}</th>
              </tr>
            </thead>
            <tbody>
              {d.contributions.map((g) => (
                <tr>
                  <td>
                    <a class="ds-link" href={`${base}/goals/${g.goalId}`} lang={langOf(t)}>
                      {g.title}
                    </a>
                  </td>
                  <td>{t.number(g.weight)}</td>
                </tr>
              ))}
            </tbody>
          </ScrollableTable>
          <HowWeCalculate t={t}>
            <p class="ds-paragraph">{t('portfolio.initiative.goalsLead')}</p>
          </HowWeCalculate>
        </>
      )}
    </Section>
  );
}

export function CostsTable(props: { t: Translator; d: InitiativeDetail; currency: string }) {
  const { t, d, currency } = props;
  if (d.costs.length === 0) return <p class="ds-paragraph">{t('portfolio.initiative.none')}</p>;
  const sum = (f: (c: InitiativeDetail['costs'][number]) => number) =>
    d.costs.reduce((s, c) => s + f(c), 0);
  return (
    <ScrollableTable
      label={t('portfolio.initiative.tableOf', { name: t('portfolio.initiative.costs') })}
    >
      <thead>
        <tr>
          <th scope="col">{t('portfolio.initiative.year')}</th>
          <th scope="col">{t('portfolio.initiative.investment')}</th>
          <th scope="col">{t('portfolio.initiative.running')}</th>
          <th scope="col">{t('portfolio.initiative.total')}</th>
        </tr>
      </thead>
      <tbody>
        {d.costs.map((c) => (
          <tr>
            <th scope="row">{c.year}</th>
            <td class="num">{money(t, c.investment, currency)}</td>
            <td class="num">{money(t, c.running, currency)}</td>
            <td class="num">{money(t, c.investment + c.running, currency)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('portfolio.initiative.total')}</th>
          <td class="num">
            {money(
              t,
              sum((c) => c.investment),
              currency,
            )}
          </td>
          <td class="num">
            {money(
              t,
              sum((c) => c.running),
              currency,
            )}
          </td>
          <td class="num">
            {money(
              t,
              sum((c) => c.investment + c.running),
              currency,
            )}
          </td>
        </tr>
      </tfoot>
    </ScrollableTable>
  );
}

/** The risks: the highest first in a sentence, then the table, then how a risk is scored. */
export function RisksSection({ t, d }: { t: Translator; d: InitiativeDetail }) {
  const top = d.risks.reduce<InitiativeDetail['risks'][number] | null>(
    (best, r) =>
      best === null || r.likelihood * r.impact > best.likelihood * best.impact ? r : best,
    null,
  );
  return (
    <Section id="risks" title={t('portfolio.initiative.risks')}>
      {top === null ? (
        <p class="ds-paragraph">{t('portfolio.initiative.none')}</p>
      ) : (
        <>
          <p class="ds-paragraph">
            {t('portfolio.initiative.risksResult', {
              description: top.description,
              score: top.likelihood * top.impact,
            })}
          </p>
          <ScrollableTable
            label={t('portfolio.initiative.tableOf', { name: t('portfolio.initiative.risks') })}
          >
            <thead>
              <tr>
                <th scope="col">{t('portfolio.initiative.riskDescription')}</th>
                <th scope="col">{t('portfolio.initiative.likelihood')}</th>
                <th scope="col">{t('portfolio.initiative.impact')}</th>
                <th scope="col">{t('portfolio.initiative.riskScore')}</th>
              </tr>
            </thead>
            <tbody>
              {d.risks.map((r) => (
                <tr>
                  <td lang={langOf(t)}>{r.description}</td>
                  <td class="num">{r.likelihood}</td>
                  <td class="num">{r.impact}</td>
                  <td class="num">{r.likelihood * r.impact}</td>
                </tr>
              ))}
            </tbody>
          </ScrollableTable>
          <HowWeCalculate t={t}>
            <p class="ds-paragraph">{t('portfolio.initiative.risksHow')}</p>
          </HowWeCalculate>
        </>
      )}
    </Section>
  );
}

export { Section };
