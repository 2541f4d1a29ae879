import type { Realisation } from '../../../../engines/benefits/index.ts';
import { ChartTable, LineChart } from '../../../../web/components/charts/index.ts';
import {
  CsrfField,
  ErrorSummary,
  type FormState,
  Notice,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../../../../web/components/forms.tsx';
import { ScrollableTable } from '../../../../web/components/table.tsx';
import type { MessageKey, Translator } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import type { BenefitRow, MeasurementRow } from '../benefits.queries.ts';
import { effectText } from './effect-chain.tsx';
import { day, label, num } from './format.ts';

type Props = PageContext & {
  municipality: { id: string; name: string };
  initiative: { id: string; title: string };
  benefit: BenefitRow;
  measurements: MeasurementRow[];
  realisation: Realisation | null;
  canEdit: boolean;
  form: FormState;
  notice?: MessageKey | undefined;
};

const cell = (t: Translator, v: number | null) => (v === null ? '–' : num(t, v));

function Realised(props: { t: Translator; benefit: BenefitRow; realisation: Realisation | null }) {
  const { t, benefit: b } = props;
  const years = props.realisation?.years ?? [];
  const title = t('benefits.chartTitle', { indicator: `${b.indicator} (${b.unit})` });
  return (
    <section aria-labelledby="realisation-heading" class="stack">
      <h2 class="ds-heading" data-size="md" id="realisation-heading">
        {t('benefits.realisation')}
      </h2>
      <p class="ds-paragraph">{t('benefits.realisationRule')}</p>
      <div class="chart-with-table">
        <LineChart
          id="realisation-chart"
          title={title}
          description={t('benefits.chartLegend')}
          emptyText={t('benefits.noYears')}
          xLabels={years.map((y) => String(y.year))}
          format={(n) => num(t, n)}
          series={[
            {
              label: t('benefits.plannedValue'),
              values: years.map((y) => y.planned),
              dashed: true,
            },
            { label: t('benefits.realisedValue'), values: years.map((y) => y.realised) },
          ]}
        />
        <ChartTable
          caption={title}
          rowHeader={t('benefits.year')}
          columns={[
            t('benefits.plannedValue'),
            t('benefits.realisedValue'),
            t('benefits.difference'),
          ]}
          rows={years.map((y) => ({
            label: String(y.year),
            cells: [cell(t, y.planned), cell(t, y.realised), cell(t, y.difference)],
          }))}
          emptyText={t('benefits.noYears')}
        />
      </div>
    </section>
  );
}

/** One benefit: what it is, realised against planned (chart and table), its measurements. */
export function BenefitPage(props: Props) {
  const { t, municipality: m, initiative: i, benefit: b } = props;
  const base = `/${t.lang}/municipalities/${m.id}/initiatives/${i.id}/benefits`;
  const title = t('benefits.detailTitle', { description: b.description });
  const labels = {
    value: t('benefits.value'),
    measuredOn: t('benefits.measuredOn'),
    note: t('benefits.note'),
  };
  return (
    <Layout {...props} title={title} municipality={m}>
      <ErrorSummary t={t} form={props.form} labels={labels} />
      <Notice t={t} messageKey={props.notice} />
      <p class="ds-paragraph">
        <a class="ds-link" href={base}>
          {t('benefits.title', { title: i.title })}
        </a>
      </p>
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <dl class="facts">
        <dt>{t('benefits.kind')}</dt>
        <dd>{label(t, 'benefits.kind', b.kind)}</dd>
        <dt>{t('benefits.effect')}</dt>
        <dd>{t(b.isDisbenefit ? 'benefits.effect.dis-benefit' : 'benefits.effect.benefit')}</dd>
        <dt>{t('benefits.recipient')}</dt>
        <dd>{b.recipient || '–'}</dd>
        <dt>{t('benefits.owner')}</dt>
        <dd>{b.ownerName}</dd>
        <dt>{t('benefits.chainEffect')}</dt>
        <dd>{effectText(t, b)}</dd>
        <dt>{t('benefits.direction')}</dt>
        <dd>
          {t(b.direction === 'lower' ? 'benefits.direction.lower' : 'benefits.direction.higher')}
        </dd>
        <dt>{t('benefits.moneyPerUnit')}</dt>
        <dd>{b.moneyPerUnit === null ? '–' : num(t, b.moneyPerUnit)}</dd>
        <dt>{t('benefits.confidence')}</dt>
        <dd>{label(t, 'benefits.confidence', b.confidence)}</dd>
        <dt>{t('benefits.countsForGate')}</dt>
        <dd>{t(b.countsForGate ? 'benefits.yes' : 'benefits.no')}</dd>
      </dl>
      {props.canEdit && (
        <p class="ds-paragraph">
          <a class="ds-link" href={`${base}/${b.id}/edit`}>
            {t('benefits.edit')}
          </a>
        </p>
      )}
      <Realised t={t} benefit={b} realisation={props.realisation} />
      <section aria-labelledby="measurements-heading" class="stack">
        <h2 class="ds-heading" data-size="md" id="measurements-heading">
          {t('benefits.measurements')}
        </h2>
        <p class="ds-paragraph">{t('benefits.appendOnly')}</p>
        {props.measurements.length === 0 ? (
          <p class="ds-paragraph">{t('benefits.noMeasurements')}</p>
        ) : (
          <ScrollableTable label={t('benefits.measurements')}>
            <thead>
              <tr>
                <th scope="col">{labels.measuredOn}</th>
                <th scope="col">{labels.value}</th>
                <th scope="col">{labels.note}</th>
                <th scope="col">{t('benefits.recordedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {props.measurements.map((r) => (
                <tr>
                  <td>{day(t, r.measuredOn)}</td>
                  <td class="numeric">{num(t, r.value)}</td>
                  <td>{r.note}</td>
                  <td>{r.recordedByEmail}</td>
                </tr>
              ))}
            </tbody>
          </ScrollableTable>
        )}
        {props.canEdit && (
          <form method="post" action={`${base}/${b.id}/measurements`} class="form" novalidate>
            <h3 class="ds-heading" data-size="sm">
              {t('benefits.record')}
            </h3>
            <CsrfField token={props.csrfToken} />
            <TextField
              t={t}
              form={props.form}
              name="value"
              type="number"
              label={labels.value}
              required
            />
            <TextField
              t={t}
              form={props.form}
              name="measuredOn"
              type="date"
              label={labels.measuredOn}
              hint={t('benefits.dateHint')}
              required
              maxlength={10}
            />
            <TextAreaField t={t} form={props.form} name="note" label={labels.note} rows={2} />
            <div>
              <SubmitButton>{t('benefits.recordSubmit')}</SubmitButton>
            </div>
          </form>
        )}
      </section>
    </Layout>
  );
}
