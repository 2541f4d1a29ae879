import {
  CsrfField,
  ErrorSummary,
  type FormState,
  Notice,
  SelectField,
  SubmitButton,
  TextField,
} from '../../../../web/components/forms.tsx';
import { ScrollableTable } from '../../../../web/components/table.tsx';
import type { MessageKey, Translator } from '../../../../web/i18n/index.ts';
import { currencySymbol } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import { MAX_YEAR, MIN_YEAR } from '../prioritisation.inputs.ts';
import { CandidatesSection, type CandidatesView } from './candidates-section.tsx';
import { money, points } from './texts.ts';
import { WeightFields, weightLabels } from './weight-fields.tsx';

/** One saved scenario in the list. */
export type ScenarioSummary = {
  id: string;
  name: string;
  year: number;
  budget: number;
  chosen: number;
  totalCost: number;
  objective: number;
  adoptedBy: number | null;
};

type Props = PageContext & {
  municipality: { id: string; name: string };
  currency: string;
  scenarios: ScenarioSummary[];
  departments: { id: string; name: string }[];
  /** The candidates of the year the page shows, and what they cost together. */
  candidates: CandidatesView;
  canRun: boolean;
  canConfigure: boolean;
  form: FormState;
  formError?: string | undefined;
  notice?: MessageKey | undefined;
};

function Rules({ t }: { t: Translator }) {
  return (
    <section aria-labelledby="rules-heading" class="stack">
      <h2 class="ds-heading" data-size="sm" id="rules-heading">
        {t('prioritisation.rulesHeading')}
      </h2>
      <ul class="ds-list">
        <li>{t('prioritisation.ruleStages')}</li>
        <li>{t('prioritisation.ruleRequirements')}</li>
        <li>{t('prioritisation.ruleScore')}</li>
        <li>{t('prioritisation.ruleGoal')}</li>
        <li>{t('prioritisation.ruleCost')}</li>
      </ul>
    </section>
  );
}

function ScenarioList(props: Props & { base: string }) {
  const { t } = props;
  if (props.scenarios.length === 0) return <p class="ds-paragraph">{t('prioritisation.none')}</p>;
  return (
    <ScrollableTable label={t('prioritisation.saved')}>
      <thead>
        <tr>
          <th scope="col">{t('prioritisation.scenario')}</th>
          <th scope="col">{t('prioritisation.year')}</th>
          <th scope="col">{t('prioritisation.budgetShort')}</th>
          <th scope="col">{t('prioritisation.chosenCount')}</th>
          <th scope="col">{t('prioritisation.totalCost')}</th>
          <th scope="col">{t('prioritisation.objective')}</th>
          <th scope="col">{t('prioritisation.status')}</th>
        </tr>
      </thead>
      <tbody>
        {props.scenarios.map((s) => (
          <tr>
            <td>
              <a class="ds-link" href={`${props.base}/scenarios/${s.id}`}>
                {s.name}
              </a>
            </td>
            <td>{s.year}</td>
            <td class="num">{money(t, s.budget, props.currency)}</td>
            <td class="num">{s.chosen}</td>
            <td class="num">{money(t, s.totalCost, props.currency)}</td>
            <td class="num">{points(t, s.objective)}</td>
            <td>
              {s.adoptedBy === null ? t('prioritisation.notAdopted') : t('prioritisation.adopted')}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}

function CompareForm(props: Props & { base: string }) {
  const { t } = props;
  const options = props.scenarios.map((s) => ({ value: s.id, label: `${s.name} (${s.year})` }));
  const [first, second] = props.scenarios;
  return (
    <section aria-labelledby="compare-heading" class="stack">
      <h2 class="ds-heading" data-size="sm" id="compare-heading">
        {t('prioritisation.compare')}
      </h2>
      <form method="get" action={`${props.base}/compare`} class="form">
        <SelectField
          t={t}
          form={{ values: { a: second?.id ?? '' }, errors: {} }}
          name="a"
          label={t('prioritisation.compareA')}
          options={options}
          required
        />
        <SelectField
          t={t}
          form={{ values: { b: first?.id ?? '' }, errors: {} }}
          name="b"
          label={t('prioritisation.compareB')}
          options={options}
          required
        />
        <div>
          <SubmitButton variant="secondary">{t('prioritisation.compareSubmit')}</SubmitButton>
        </div>
      </form>
    </section>
  );
}

function RunForm(props: Props & { base: string }) {
  const { t, form } = props;
  return (
    <section aria-labelledby="run-heading" class="stack">
      <h2 class="ds-heading" data-size="sm" id="run-heading">
        {t('prioritisation.run')}
      </h2>
      {props.candidates.candidates.length === 0 && (
        <p class="ds-paragraph">{t('prioritisation.noCandidates')}</p>
      )}
      <form method="post" action={`${props.base}/scenarios`} class="form" novalidate>
        <CsrfField token={props.csrfToken} />
        <TextField
          t={t}
          form={form}
          name="name"
          label={t('prioritisation.name')}
          required
          maxlength={200}
        />
        <TextField
          t={t}
          form={form}
          name="year"
          type="number"
          number={{ integer: true, min: MIN_YEAR, max: MAX_YEAR }}
          label={t('prioritisation.year')}
          hint={t('prioritisation.yearHint')}
          required
          maxlength={4}
        />
        <TextField
          t={t}
          form={form}
          name="budget"
          type="number"
          number={{ min: 0 }}
          label={t('prioritisation.budget', { currency: currencySymbol(t, props.currency) })}
          hint={`${t('prioritisation.budgetHint')} ${t('prioritisation.budgetAtStake', {
            total: money(t, props.candidates.totalCost, props.currency),
            year: String(props.candidates.year),
          })}`}
          required
          maxlength={20}
        />
        <WeightFields t={t} form={form} />
        {props.departments.length > 0 && (
          <details class="stack">
            <summary>{t('prioritisation.minimums')}</summary>
            <p class="ds-paragraph" data-size="sm">
              {t('prioritisation.minimumsHint')}
            </p>
            {props.departments.map((d) => (
              <fieldset class="ds-fieldset stack">
                <legend class="ds-label">{d.name}</legend>
                <TextField
                  t={t}
                  form={form}
                  name={`minCount_${d.id}`}
                  type="number"
                  number={{ integer: true, min: 0 }}
                  label={`${t('prioritisation.minCount')} (${d.name})`}
                  maxlength={6}
                />
                <TextField
                  t={t}
                  form={form}
                  name={`minSpend_${d.id}`}
                  type="number"
                  number={{ min: 0 }}
                  label={`${t('prioritisation.minSpend', { currency: currencySymbol(t, props.currency) })} (${d.name})`}
                  maxlength={20}
                />
              </fieldset>
            ))}
          </details>
        )}
        <div>
          <SubmitButton>{t('prioritisation.runSubmit')}</SubmitButton>
        </div>
      </form>
    </section>
  );
}

/**
 * What is at stake first (the candidates of the year with score and cost, and their total), then
 * the saved scenarios, the comparison picker, the rules, and the form to run a new scenario,
 * whose budget is thus set knowing what the candidates cost.
 */
export function ScenariosPage(props: Props) {
  const { t, municipality: m } = props;
  const base = `/${t.lang}/municipalities/${m.id}/prioritisation`;
  const title = t('prioritisation.title', { name: m.name });
  const labels: Record<string, string> = {
    name: t('prioritisation.name'),
    year: t('prioritisation.year'),
    budget: t('prioritisation.budgetShort'),
    ...weightLabels(t),
  };
  for (const d of props.departments) {
    labels[`minCount_${d.id}`] = `${t('prioritisation.minCount')} (${d.name})`;
    labels[`minSpend_${d.id}`] =
      `${t('prioritisation.minSpend', { currency: currencySymbol(t, props.currency) })} (${d.name})`;
  }
  return (
    <Layout {...props} title={title} municipality={m}>
      <ErrorSummary t={t} form={props.form} labels={labels} formError={props.formError} />
      <Notice t={t} messageKey={props.notice} />
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph">{t('prioritisation.lead')}</p>
      {props.canConfigure && (
        <p class="ds-paragraph">
          <a class="ds-link" href={`${base}/settings`}>
            {t('prioritisation.settingsLink')}
          </a>
        </p>
      )}
      <CandidatesSection
        t={t}
        base={base}
        root={`/${t.lang}/municipalities/${m.id}`}
        currency={props.currency}
        view={props.candidates}
      />
      <section aria-labelledby="saved-heading" class="stack">
        <h2 class="ds-heading" data-size="sm" id="saved-heading">
          {t('prioritisation.saved')}
        </h2>
        <ScenarioList {...props} base={base} />
      </section>
      {props.scenarios.length >= 2 && <CompareForm {...props} base={base} />}
      <Rules t={t} />
      {props.canRun && <RunForm {...props} base={base} />}
    </Layout>
  );
}
