import {
  CsrfField,
  type FormState,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../../../../web/components/forms.tsx';
import { ScrollableTable } from '../../../../web/components/table.tsx';
import { ValueAtDate } from '../../../../web/components/value-at-date.tsx';
import type { Translator } from '../../../../web/i18n/index.ts';
import type { KoladaKpi } from '../kolada.ts';

/** Labels of a goal's own fields (title, description), shared with the error summaries. */
export function goalTextLabels(t: Translator) {
  return {
    title: t('strategy.goals.goalTitle'),
    description: t('strategy.goals.description'),
  };
}

/** A goal's title and description, as the create and the edit form ask for them. */
export function GoalTextFields(props: { t: Translator; form: FormState }) {
  const { t, form } = props;
  const labels = goalTextLabels(t);
  return (
    <>
      <TextField t={t} form={form} name="title" label={labels.title} required maxlength={200} />
      <TextAreaField
        t={t}
        form={form}
        name="description"
        label={labels.description}
        rows={3}
        maxlength={5000}
      />
    </>
  );
}

/** Labels of the indicator form's fields, shared with its error summary. */
export function indicatorLabels(t: Translator): Record<string, string> {
  return {
    name: t('strategy.indicator.name'),
    unit: t('strategy.indicator.unit'),
    direction: t('strategy.indicator.direction'),
    baselineValue: t('strategy.indicator.baselineValue'),
    baselineDate: t('strategy.indicator.baselineDate'),
    targetValue: t('strategy.indicator.targetValue'),
    targetDate: t('strategy.indicator.targetDate'),
    koladaKpiId: t('strategy.indicator.koladaKpiId'),
  };
}

export function measurementLabels(t: Translator): Record<string, string> {
  return {
    indicatorId: t('strategy.measurement.indicator'),
    value: t('strategy.measurement.value'),
    measuredOn: t('strategy.measurement.measuredOn'),
    note: t('strategy.measurement.note'),
  };
}

/**
 * A GET search of the Kolada catalogue (works without JavaScript): each match links back to this
 * page with `kpi=<id>`, which fills the indicator form's KPI field (and its name when empty).
 */
export function KoladaSearch(props: {
  t: Translator;
  action: string;
  query: string;
  results: { total: number; items: KoladaKpi[] } | undefined;
}) {
  const { t, results } = props;
  return (
    <section aria-labelledby="kolada-heading" class="stack" id="kolada">
      <h3 class="ds-heading" data-size="xs" id="kolada-heading">
        {t('strategy.kolada.heading')}
      </h3>
      <form method="get" action={`${props.action}#kolada`} class="search-row">
        <div class="ds-field">
          <label class="ds-label" for="field-q">
            {t('strategy.kolada.query')}
          </label>
          <input
            class="ds-input"
            id="field-q"
            name="q"
            type="search"
            value={props.query}
            maxlength={200}
          />
        </div>
        <div>
          <SubmitButton variant="secondary">{t('strategy.kolada.submit')}</SubmitButton>
        </div>
      </form>
      {results && results.items.length === 0 && (
        <p class="ds-paragraph" role="status">
          {t('strategy.kolada.none')}
        </p>
      )}
      {results && results.items.length > 0 && (
        <>
          <p class="ds-paragraph" role="status">
            {t('strategy.kolada.results', { total: results.total, shown: results.items.length })}
          </p>
          <ScrollableTable label={t('strategy.kolada.heading')}>
            <thead>
              <tr>
                <th scope="col">{t('strategy.kolada.id')}</th>
                <th scope="col">{t('strategy.kolada.kpiTitle')}</th>
                <th scope="col">
                  <span class="ds-sr-only">{t('strategy.kolada.choose')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {results.items.map((k) => (
                <tr>
                  <td>{k.id}</td>
                  <td>{k.title}</td>
                  <td>
                    <a
                      class="ds-link"
                      href={`${props.action}?q=${encodeURIComponent(props.query)}&kpi=${encodeURIComponent(k.id)}#new-indicator`}
                    >
                      {t('strategy.kolada.choose')}
                      <span class="ds-sr-only">{` ${k.id} ${k.title}`}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </ScrollableTable>
        </>
      )}
      <p class="ds-paragraph muted" data-size="sm">
        {t('strategy.kolada.source')}
      </p>
    </section>
  );
}

/** The form that adds an indicator to a goal. */
export function IndicatorForm(props: {
  t: Translator;
  action: string;
  csrfToken: string;
  form: FormState;
  chosen: KoladaKpi | undefined;
}) {
  const { t, form } = props;
  const labels = indicatorLabels(t);
  const dateHint = t('strategy.indicator.dateHint');
  return (
    <form method="post" action={props.action} class="form" novalidate id="new-indicator">
      <CsrfField token={props.csrfToken} />
      {props.chosen && (
        <p class="ds-paragraph" role="status">
          {t('strategy.kolada.chosen', { id: props.chosen.id, title: props.chosen.title })}
        </p>
      )}
      <TextField t={t} form={form} name="name" label={labels.name ?? ''} required maxlength={200} />
      <TextField t={t} form={form} name="unit" label={labels.unit ?? ''} required maxlength={50} />
      <SelectField
        t={t}
        form={form}
        name="direction"
        label={labels.direction ?? ''}
        options={(['higher', 'lower'] as const).map((d) => ({
          value: d,
          label: t(`strategy.indicator.direction.${d}`),
        }))}
        required
      />
      <ValueAtDate
        t={t}
        form={form}
        value={{ name: 'baselineValue', label: labels.baselineValue ?? '' }}
        date={{ name: 'baselineDate', label: labels.baselineDate ?? '', hint: dateHint }}
      />
      <ValueAtDate
        t={t}
        form={form}
        value={{ name: 'targetValue', label: labels.targetValue ?? '' }}
        date={{ name: 'targetDate', label: labels.targetDate ?? '', hint: dateHint }}
      />
      <TextField
        t={t}
        form={form}
        name="koladaKpiId"
        label={labels.koladaKpiId ?? ''}
        hint={t('strategy.indicator.kpiHint')}
        maxlength={20}
      />
      <div>
        <SubmitButton>{t('strategy.indicator.submit')}</SubmitButton>
      </div>
    </form>
  );
}

/** One form for a measurement of any of the goal's indicators (chosen in a list). */
export function MeasurementForm(props: {
  t: Translator;
  action: string;
  csrfToken: string;
  form: FormState;
  indicators: { id: string; name: string }[];
}) {
  const { t, form } = props;
  const labels = measurementLabels(t);
  return (
    <form method="post" action={props.action} class="form" novalidate id="new-measurement">
      <CsrfField token={props.csrfToken} />
      <SelectField
        t={t}
        form={form}
        name="indicatorId"
        label={labels.indicatorId ?? ''}
        options={props.indicators.map((i) => ({ value: i.id, label: i.name }))}
        required
      />
      <ValueAtDate
        t={t}
        form={form}
        value={{ name: 'value', label: labels.value ?? '' }}
        date={{
          name: 'measuredOn',
          label: labels.measuredOn ?? '',
          hint: t('strategy.indicator.dateHint'),
        }}
      />
      <TextField t={t} form={form} name="note" label={labels.note ?? ''} maxlength={1000} />
      <div>
        <SubmitButton>{t('strategy.measurement.submit')}</SubmitButton>
      </div>
    </form>
  );
}
