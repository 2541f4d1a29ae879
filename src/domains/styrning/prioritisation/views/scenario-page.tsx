import { CRITERIA } from '../../../../engines/prioritisation/index.ts';
import {
  CsrfField,
  ErrorSummary,
  type FormState,
  Notice,
} from '../../../../web/components/forms.tsx';
import { ScrollableTable } from '../../../../web/components/table.tsx';
import { day } from '../../../../web/i18n/dates.ts';
import type { MessageKey, Translator } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import { decisionHref } from '../../../decisions/decision-link.ts';
import { DecisionFields, decisionLabels } from '../../../decisions/views/decision-fields.tsx';
import type { ScenarioRow } from './scenario-rows.ts';
import { criterionLabel, money, points } from './texts.ts';

type Props = PageContext & {
  municipality: { id: string; name: string };
  currency: string;
  scenario: {
    id: string;
    name: string;
    year: number;
    budget: number;
    weights: Record<string, number>;
  };
  totals: { totalCost: number; objective: number; chosen: number };
  rows: ScenarioRow[];
  adoptedBy: { id: string; sequence: number; decidedOn: string } | null;
  canAdopt: boolean;
  bodies: { id: string; name: string }[];
  form: FormState;
  formError?: string | undefined;
  notice?: MessageKey | undefined;
};

function AdoptForm(props: Props & { base: string }) {
  const { t, form } = props;
  return (
    <section aria-labelledby="adopt-heading" class="stack">
      <h2 class="ds-heading" data-size="sm" id="adopt-heading">
        {t('prioritisation.adopt')}
      </h2>
      {props.bodies.length === 0 ? (
        <p class="ds-paragraph">{t('decisions.noBodies')}</p>
      ) : (
        <form method="post" action={`${props.base}/adopt`} class="form" novalidate>
          <CsrfField token={props.csrfToken} />
          <DecisionFields
            t={t}
            form={form}
            bodies={props.bodies}
            submit={t('prioritisation.adoptSubmit')}
          >
            <div class="ds-field">
              <input
                class="ds-input"
                type="checkbox"
                id="field-promote"
                name="promote"
                value="on"
                checked={form.values.promote === 'on'}
              />
              <label class="ds-label" for="field-promote">
                {t('prioritisation.promote')}
              </label>
            </div>
          </DecisionFields>
        </form>
      )}
    </section>
  );
}

/** How much of the budget the chosen initiatives use: a meter, and the same figures as text. */
function BudgetUse(props: { t: Translator; currency: string; used: number; budget: number }) {
  const { t } = props;
  const share = props.budget > 0 ? props.used / props.budget : 0;
  return (
    <section aria-labelledby="budget-use-heading" class="stack budget-use">
      <h2 class="ds-heading" data-size="sm" id="budget-use-heading">
        {t('prioritisation.budgetUse')}
      </h2>
      <meter
        id="budget-meter"
        min={0}
        max={props.budget}
        value={Math.min(props.used, props.budget)}
        aria-labelledby="budget-use-heading"
        aria-describedby="budget-use-text"
      />
      <p class="ds-paragraph" id="budget-use-text">
        {t('prioritisation.budgetUseText', {
          used: money(t, props.used, props.currency),
          budget: money(t, props.budget, props.currency),
          percent: t.number(share, { style: 'percent', maximumFractionDigits: 1 }),
          left: money(t, Math.max(0, props.budget - props.used), props.currency),
        })}
      </p>
    </section>
  );
}

/** One group of the scenario's initiatives (chosen, or not) with score, cost and reason. */
function RowsSection(
  props: Props & { root: string; id: string; heading: string; empty: string; rows: ScenarioRow[] },
) {
  const { t, scenario: s } = props;
  return (
    <section aria-labelledby={`${props.id}-heading`} class="stack" id={props.id}>
      <h2 class="ds-heading" data-size="sm" id={`${props.id}-heading`}>
        {props.heading}
      </h2>
      {props.rows.length === 0 ? (
        <p class="ds-paragraph">{props.empty}</p>
      ) : (
        <ScrollableTable label={props.heading}>
          <thead>
            <tr>
              <th scope="col">{t('prioritisation.initiative')}</th>
              <th scope="col">{t('prioritisation.department')}</th>
              <th scope="col">{t('prioritisation.score')}</th>
              <th scope="col">{t('prioritisation.cost', { year: String(s.year) })}</th>
              <th scope="col">{t('prioritisation.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr data-chosen={r.chosen ? 'yes' : 'no'}>
                <th scope="row">
                  <a class="ds-link" href={`${props.root}/initiatives/${r.id}`}>
                    {r.title}
                  </a>
                  {r.mandatory && (
                    <span class="muted">{` (${t('prioritisation.mandatory')})`}</span>
                  )}
                </th>
                <td>{r.department}</td>
                <td class="num">{r.score === null ? '–' : points(t, r.score)}</td>
                <td class="num">{r.cost === null ? '–' : money(t, r.cost, props.currency)}</td>
                <td>{r.reason}</td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
      )}
    </section>
  );
}

/**
 * One saved scenario: its figures, how much of the budget it uses, the chosen initiatives and
 * those not chosen (each with score, cost and reason), and adoption.
 */
export function ScenarioPage(props: Props) {
  const { t, municipality: m, scenario: s } = props;
  const root = `/${t.lang}/municipalities/${m.id}`;
  const base = `${root}/prioritisation/scenarios/${s.id}`;
  const labels = decisionLabels(t);
  const chosen = props.rows.filter((r) => r.chosen);
  const notChosen = props.rows.filter((r) => !r.chosen);
  return (
    <Layout {...props} title={s.name} municipality={m}>
      <ErrorSummary t={t} form={props.form} labels={labels} formError={props.formError} />
      <Notice t={t} messageKey={props.notice} />
      <h1 class="ds-heading" data-size="lg">
        {s.name}
      </h1>
      <p class="ds-paragraph">
        <a class="ds-link" href={`${root}/prioritisation`}>
          {t('prioritisation.back')}
        </a>
        {' · '}
        <a class="ds-link" href={`${base}/sensitivity`}>
          {t('prioritisation.sensitivityLink')}
        </a>
      </p>
      {props.adoptedBy && (
        <div class="ds-alert" data-color="success" role="status" id="adoption-status">
          <p class="ds-paragraph">
            {t('prioritisation.adoptedBy', {
              number: props.adoptedBy.sequence,
              date: day(t, props.adoptedBy.decidedOn),
            })}{' '}
            <a class="ds-link" href={decisionHref(`${root}/decisions`, props.adoptedBy.id)}>
              {t('prioritisation.decisionsLink')}
            </a>
          </p>
        </div>
      )}
      <BudgetUse t={t} currency={props.currency} used={props.totals.totalCost} budget={s.budget} />
      <section aria-labelledby="summary-heading" class="stack" id="summary">
        <h2 class="ds-heading" data-size="sm" id="summary-heading">
          {t('prioritisation.summary')}
        </h2>
        <dl class="facts">
          <dt>{t('prioritisation.year')}</dt>
          <dd>{s.year}</dd>
          <dt>{t('prioritisation.budgetShort')}</dt>
          <dd>{money(t, s.budget, props.currency)}</dd>
          <dt>{t('prioritisation.chosenCount')}</dt>
          <dd>{props.totals.chosen}</dd>
          <dt>{t('prioritisation.totalCost')}</dt>
          <dd>{money(t, props.totals.totalCost, props.currency)}</dd>
          <dt>{t('prioritisation.objective')}</dt>
          <dd>{points(t, props.totals.objective)}</dd>
          {CRITERIA.map((c) => (
            <>
              <dt>{`${t('prioritisation.weight')}: ${criterionLabel(t, c)}`}</dt>
              <dd>{t.number(s.weights[c] ?? 0)}</dd>
            </>
          ))}
        </dl>
      </section>
      <RowsSection
        {...props}
        root={root}
        id="chosen"
        heading={t('prioritisation.chosenHeading', { count: chosen.length })}
        empty={t('prioritisation.noneChosen')}
        rows={chosen}
      />
      <RowsSection
        {...props}
        root={root}
        id="not-chosen"
        heading={t('prioritisation.notChosenHeading', { count: notChosen.length })}
        empty={t('prioritisation.allChosen')}
        rows={notChosen}
      />
      {!props.adoptedBy && props.canAdopt && <AdoptForm {...props} base={base} />}
    </Layout>
  );
}
