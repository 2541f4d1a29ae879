import type { Calculus } from '../../../../engines/benefits/index.ts';
import { HowWeCalculate } from '../../../../web/components/how-we-calculate.tsx';
import { ScrollableTable } from '../../../../web/components/table.tsx';
import type { Translator } from '../../../../web/i18n/index.ts';
import { currencySymbol } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import type { CalculusOutcome } from '../calculus.ts';
import { calculusResult } from './calculus-result.ts';
import { change, money, num, percent } from './format.ts';
import { InitiativeHeader } from './initiative-header.tsx';

type Props = PageContext & {
  municipality: { id: string; name: string };
  initiative: { id: string; title: string };
  currency: string;
  discountRate: number;
  outcome: CalculusOutcome;
};

function Years(props: { t: Translator; c: Calculus; cur: (n: number) => string }) {
  const { t, c, cur } = props;
  return (
    <ScrollableTable label={t('benefits.years')}>
      <caption>{t('benefits.years')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('benefits.year')}</th>
          <th scope="col" class="numeric">
            {t('benefits.cost')}
          </th>
          <th scope="col" class="numeric">
            {t('benefits.benefit')}
          </th>
          <th scope="col" class="numeric">
            {t('benefits.net')}
          </th>
          <th scope="col" class="numeric">
            {t('benefits.factor')}
          </th>
          <th scope="col" class="numeric">
            {t('benefits.cumulative')}
          </th>
        </tr>
      </thead>
      <tbody>
        {c.years.map((y, i) => (
          <tr>
            <th scope="row">{y.year}</th>
            <td class="numeric">{cur(y.cost)}</td>
            <td class="numeric">{cur(y.benefit)}</td>
            <td class="numeric">{cur(y.net)}</td>
            <td class="numeric">
              {t.number(c.discounted[i]?.factor ?? 0, { maximumFractionDigits: 4 })}
            </td>
            <td class="numeric">{cur(c.discounted[i]?.cumulativeNet ?? 0)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}

function Sensitivity(props: { t: Translator; c: Calculus; cur: (n: number) => string }) {
  const { t, c, cur } = props;
  const s = c.sensitivity;
  return (
    <section aria-labelledby="sensitivity-heading" class="stack">
      <h2 class="ds-heading" data-size="md" id="sensitivity-heading">
        {t('benefits.sensitivity')}
      </h2>
      <p class="ds-paragraph">{t('benefits.sensitivityLead')}</p>
      <ScrollableTable label={t('benefits.sensitivity')} layout="matrix">
        <thead>
          <tr>
            <td />
            {s.costChanges.map((cc) => (
              <th scope="col" class="numeric">
                {t('benefits.costsChange', { change: change(t, cc) })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {s.benefitChanges.map((bc, i) => (
            <tr>
              <th scope="row">{t('benefits.benefitsChange', { change: change(t, bc) })}</th>
              {(s.npv[i] ?? []).map((v) => (
                <td class="numeric">{cur(v)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </ScrollableTable>
    </section>
  );
}

/**
 * The nyttokalkyl of an initiative: one plain sentence of the result first, then the figures and
 * tables, then how it is calculated (the convention in words, as issue 3 item 6 asks).
 */
export function CalculusPage(props: Props) {
  const { t, municipality: m, initiative: i, outcome } = props;
  const initiativePath = `/${t.lang}/municipalities/${m.id}/initiatives/${i.id}`;
  const title = t('benefits.calculusTitle', { title: i.title });
  const cur = (n: number) => money(t, n, props.currency);
  return (
    <Layout {...props} title={title} municipality={m}>
      <InitiativeHeader
        t={t}
        initiativePath={initiativePath}
        sibling={{ href: `${initiativePath}/benefits`, label: t('benefits.list') }}
        title={title}
      />
      {outcome.kind === 'empty' && <p class="ds-paragraph">{t('benefits.noHorizon')}</p>}
      {outcome.kind === 'invalid' && (
        <div class="ds-alert" data-color="danger" role="alert">
          <p class="ds-paragraph">
            {t('benefits.invalidData', { fields: outcome.fields.join(', ') })}
          </p>
        </div>
      )}
      {outcome.kind === 'ok' && (
        <div class="stack">
          <p class="ds-paragraph result-sentence" data-size="lg" id="calculus-result">
            {calculusResult(t, outcome.calculus, props.currency)}
          </p>
          <dl class="facts" id="calculus-summary">
            <dt>{t('benefits.npv')}</dt>
            <dd>{cur(outcome.calculus.npv)}</dd>
            <dt>{t('benefits.payback')}</dt>
            <dd>
              {outcome.calculus.paybackYear === null
                ? t('benefits.none.value')
                : String(outcome.calculus.paybackYear)}
            </dd>
            <dt>{t('benefits.pvCosts')}</dt>
            <dd>{cur(outcome.calculus.presentValueCosts)}</dd>
            <dt>{t('benefits.pvBenefits')}</dt>
            <dd>{cur(outcome.calculus.presentValueBenefits)}</dd>
            <dt>{t('benefits.ratio')}</dt>
            <dd>
              {outcome.calculus.benefitCostRatio === null
                ? t('benefits.none.value')
                : num(t, outcome.calculus.benefitCostRatio)}
            </dd>
          </dl>
          {outcome.calculus.unvaluedBenefitIds.length > 0 && (
            <p class="ds-paragraph">
              {t('benefits.unvalued', {
                list: outcome.calculus.unvaluedBenefitIds
                  .map((id) => outcome.descriptions.get(id) ?? id)
                  .join(', '),
              })}
            </p>
          )}
          <Years t={t} c={outcome.calculus} cur={cur} />
          <Sensitivity t={t} c={outcome.calculus} cur={cur} />
        </div>
      )}
      <HowWeCalculate t={t} id="how-calculated">
        <p class="ds-paragraph">
          {t('benefits.calculusLead', { currency: currencySymbol(t, props.currency) })}
        </p>
        {outcome.kind === 'ok' && (
          <p class="ds-paragraph">
            {t('benefits.horizon', {
              from: String(outcome.calculus.startYear),
              to: String(outcome.calculus.endYear),
            })}{' '}
            {t('benefits.result.net', { year: String(outcome.calculus.startYear) })}
          </p>
        )}
        <p class="ds-paragraph">{t('benefits.rate', { rate: percent(t, props.discountRate) })}</p>
        <p class="ds-paragraph" id="convention">
          {t('benefits.convention')}
        </p>
      </HowWeCalculate>
    </Layout>
  );
}
