import { CRITERIA } from '../../../../engines/prioritisation/index.ts';
import {
  CsrfField,
  ErrorSummary,
  type FormState,
  Notice,
} from '../../../../web/components/forms.tsx';
import { ScrollableTable } from '../../../../web/components/table.tsx';
import type { MessageKey } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
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
  adoptedBy: { sequence: number; decidedOn: string } | null;
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

/** One saved scenario: its figures, every initiative with score, cost and reason, and adoption. */
export function ScenarioPage(props: Props) {
  const { t, municipality: m, scenario: s } = props;
  const root = `/${t.lang}/municipalities/${m.id}`;
  const base = `${root}/prioritisation/scenarios/${s.id}`;
  const labels = decisionLabels(t);
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
              date: t.date(new Date(`${props.adoptedBy.decidedOn}T12:00:00Z`)),
            })}{' '}
            <a class="ds-link" href={`${root}/decisions`}>
              {t('prioritisation.decisionsLink')}
            </a>
          </p>
        </div>
      )}
      <section aria-labelledby="summary-heading" class="stack">
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
      <ScrollableTable label={t('prioritisation.initiatives')}>
        <caption class="ds-sr-only">{t('prioritisation.initiatives')}</caption>
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
                <a class="ds-link" href={`${root}/initiatives/${r.id}`}>
                  {r.title}
                </a>
                {r.mandatory && <span class="muted">{` (${t('prioritisation.mandatory')})`}</span>}
              </th>
              <td>{r.department}</td>
              <td class="num">{r.score === null ? '–' : points(t, r.score)}</td>
              <td class="num">{r.cost === null ? '–' : money(t, r.cost, props.currency)}</td>
              <td>{r.reason}</td>
            </tr>
          ))}
        </tbody>
      </ScrollableTable>
      {!props.adoptedBy && props.canAdopt && <AdoptForm {...props} base={base} />}
    </Layout>
  );
}
